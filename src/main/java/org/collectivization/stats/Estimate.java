package org.collectivization.stats;

import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.StatUtils;

/**
 * The mean of a sample with its standard deviation and a two-sided t interval for the mean:
 * mean ± t(1 − (1 − level)/2, n − 1) · sd / √n. With one value the sd and the interval are NaN;
 * with no spread the interval is the mean itself.
 */
public record Estimate(double mean, double sd, double ciLow, double ciHigh, int n) {

    public static final double LEVEL = 0.95;

    public static Estimate of(double[] x) {
        return of(x, LEVEL);
    }

    public static Estimate of(double[] x, double level) {
        int n = x.length;
        if (n == 0) return new Estimate(Double.NaN, Double.NaN, Double.NaN, Double.NaN, 0);
        double mean = StatUtils.mean(x);
        if (n == 1) return new Estimate(mean, Double.NaN, Double.NaN, Double.NaN, 1);
        double sd = Math.sqrt(StatUtils.variance(x, mean));
        double half = tQuantile(level, n - 1) * sd / Math.sqrt(n);
        return new Estimate(mean, sd, mean - half, mean + half, n);
    }

    /** The two-sided critical value of Student's t with {@code df} degrees of freedom. */
    public static double tQuantile(double level, int df) {
        return new TDistribution(null, df).inverseCumulativeProbability(1 - (1 - level) / 2);
    }

    /** Half the width of the interval. */
    public double halfWidth() {
        return (ciHigh - ciLow) / 2;
    }
}
