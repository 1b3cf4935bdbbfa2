package org.collectivization.stylized;

import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.StatUtils;

/**
 * Welch's t interval for the difference of two means (unequal variances, Welch-Satterthwaite degrees
 * of freedom). Commons Math has Welch's test ({@code TTest.tTest(double[], double[])}, a p-value)
 * but no interval, so it is written here:
 * diff = mean(a) - mean(b); se = sqrt(var(a)/n_a + var(b)/n_b);
 * df = se^4 / ((var(a)/n_a)^2/(n_a-1) + (var(b)/n_b)^2/(n_b-1));
 * interval = diff ± t(1 - alpha/2, df) x se.
 */
record WelchInterval(double difference, double low, double high, double degreesOfFreedom) {

    static WelchInterval of(double[] a, double[] b, double confidence) {
        if (a.length < 2 || b.length < 2) throw new IllegalArgumentException("need two values or more in each sample");
        double va = StatUtils.variance(a) / a.length, vb = StatUtils.variance(b) / b.length;
        double diff = StatUtils.mean(a) - StatUtils.mean(b);
        double se2 = va + vb;
        if (se2 == 0) return new WelchInterval(diff, diff, diff, Double.POSITIVE_INFINITY);
        double df = se2 * se2 / (va * va / (a.length - 1) + vb * vb / (b.length - 1));
        double t = new TDistribution(df).inverseCumulativeProbability(1 - (1 - confidence) / 2);
        double half = t * Math.sqrt(se2);
        return new WelchInterval(diff, diff - half, diff + half, df);
    }

    boolean containsZero() {
        return low <= 0 && 0 <= high;
    }
}
