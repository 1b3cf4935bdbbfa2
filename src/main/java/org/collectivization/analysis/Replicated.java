package org.collectivization.analysis;

/**
 * The replicates of a design: {@code outputs[point][replicate]}, every point run with the same R
 * seeds. A point's value is the mean of its replicates.
 */
public final class Replicated {
    private Replicated() {}

    /** Each point's mean over its replicates. */
    public static double[] means(double[][] outputs) {
        double[] m = new double[outputs.length];
        for (int i = 0; i < m.length; i++) m[i] = mean(outputs[i]);
        return m;
    }

    /**
     * Each point's variance of its mean, s²/R, with s² the sample variance (divisor R − 1) of its R
     * replicates; NaN with one replicate.
     */
    public static double[] varianceOfMeans(double[][] outputs) {
        double[] v = new double[outputs.length];
        for (int i = 0; i < v.length; i++) v[i] = sampleVariance(outputs[i]) / outputs[i].length;
        return v;
    }

    /**
     * The share of the spread between the points' means that is replicate noise: the mean over
     * points of s²/R (the noise left in a point's mean) over the sample variance of the points'
     * means. For a model f(x) + e with Var e = τ², it estimates (τ²/R) / (Var f + τ²/R). Near 0 the
     * design sees the model's response; near 1 it mostly sees noise, and every total-order index and
     * every σ of the elementary effects is inflated by it. NaN with one replicate; may exceed 1 by
     * chance when there is no signal.
     */
    public static double noiseShare(double[][] outputs) {
        return mean(varianceOfMeans(outputs)) / sampleVariance(means(outputs));
    }

    /** The checks every analysis makes on its output matrix: one row per design point, every row as long. */
    static void check(double[][] outputs, int points) {
        if (outputs.length != points) {
            throw new IllegalArgumentException("the design has " + points + " points but the outputs have "
                    + outputs.length + " rows");
        }
        for (double[] row : outputs) {
            if (row.length == 0 || row.length != outputs[0].length) {
                throw new IllegalArgumentException("every design point needs the same number (at least one) of replicates");
            }
        }
    }

    static double mean(double[] x) {
        double s = 0;
        for (double v : x) s += v;
        return s / x.length;
    }

    /** The sample variance, divisor n − 1; NaN for fewer than two values. */
    static double sampleVariance(double[] x) {
        if (x.length < 2) return Double.NaN;
        double m = mean(x), s = 0;
        for (double v : x) s += (v - m) * (v - m);
        return s / (x.length - 1);
    }
}
