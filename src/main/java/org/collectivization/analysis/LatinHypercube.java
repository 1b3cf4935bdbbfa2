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
            int[] strata = new int[points];
            for (int i = 0; i < points; i++) strata[i] = i;
            for (int i = points - 1; i > 0; i--) {
                int j = rng.nextInt(i + 1);
                int t = strata[i];
                strata[i] = strata[j];
                strata[j] = t;
            }
            for (int i = 0; i < points; i++) unit[i][d] = (strata[i] + rng.nextDouble()) / points;
        }
        return unit;
    }
}
