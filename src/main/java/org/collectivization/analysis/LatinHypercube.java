package org.collectivization.analysis;

import org.apache.commons.math3.random.RandomGenerator;

/** Latin hypercubes in the unit cube. */
public final class LatinHypercube {
    private LatinHypercube() {}

    /**
     * {@code points} points in the unit cube of {@code dims} dimensions: each dimension cut into
     * {@code points} equal strata, each stratum used once, a uniform draw within it, the strata
     * paired at random. Dimension by dimension, the generator first shuffles the strata
     * (Fisher-Yates) and then draws within them, so a given seed always gives the same points.
     */
    public static double[][] unit(int points, int dims, RandomGenerator rng) {
        double[][] unit = new double[points][dims];
        for (int d = 0; d < dims; d++) {
            int[] strata = permutation(points, rng);
            for (int i = 0; i < points; i++) unit[i][d] = (strata[i] + rng.nextDouble()) / points;
        }
        return unit;
    }

    /** A random order of 0 ... n − 1 by Fisher-Yates, drawing from the end down. */
    static int[] permutation(int n, RandomGenerator rng) {
        int[] p = new int[n];
        for (int i = 0; i < n; i++) p[i] = i;
        for (int i = n - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int tmp = p[i];
            p[i] = p[j];
            p[j] = tmp;
        }
        return p;
    }
}
