package org.collectivization.analysis;

import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;

/** Percentile bootstrap intervals. */
public final class Bootstrap {
    private Bootstrap() {}

    /** The usual confidence level of an interval. */
    public static final double CONFIDENCE = 0.95;
    /** The usual number of bootstrap resamples: enough for stable 2.5 % and 97.5 % percentiles. */
    public static final int RESAMPLES = 1000;

    /** An interval, low to high. */
    public record Interval(double low, double high) {
        /** Whether zero lies in the interval, ends included. */
        public boolean holdsZero() {
            return low <= 0 && high >= 0;
        }

        public boolean holds(double x) {
            return low <= x && x <= high;
        }
    }

    /**
     * The percentile interval of a bootstrap distribution at {@code confidence}: its (1 − c)/2 and
     * (1 + c)/2 quantiles, interpolated between order statistics as R's default (type 7) does.
     */
    public static Interval percentile(double[] replicates, double confidence) {
        checkConfidence(confidence);
        Percentile p = new Percentile().withEstimationType(Percentile.EstimationType.R_7);
        p.setData(replicates);
        return new Interval(p.evaluate(50 * (1 - confidence)), p.evaluate(50 * (1 + confidence)));
    }

    /** {@code n} indices drawn from 0 ... n − 1 with replacement. */
    public static int[] resample(int n, RandomGenerator rng) {
        int[] idx = new int[n];
        for (int i = 0; i < n; i++) idx[i] = rng.nextInt(n);
        return idx;
    }

    static void checkConfidence(double confidence) {
        if (!(confidence > 0 && confidence < 1)) {
            throw new IllegalArgumentException("the confidence level must lie strictly between 0 and 1, got " + confidence);
        }
    }

    static void checkResamples(int resamples) {
        if (resamples < 1) throw new IllegalArgumentException("the bootstrap needs at least one resample, got " + resamples);
    }
}
