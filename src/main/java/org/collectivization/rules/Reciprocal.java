package org.collectivization.rules;

/**
 * Division by a small whole number (months, persons) as a multiplication by its reciprocal, looked up:
 * the model divides by household sizes and month counts several times per household a month, and a
 * multiplication costs a fraction of a division (docs/performance.md). The result can differ from
 * {@code x / n} in the last bit.
 */
public final class Reciprocal {
    private Reciprocal() {}

    /** 1/n for n = 1 ... 127 (household sizes are bytes; month counts are below 24); [0] is unused. */
    private static final double[] ONE_OVER = new double[128];

    static {
        for (int n = 1; n < ONE_OVER.length; n++) ONE_OVER[n] = 1.0 / n;
    }

    /** x / n, for n ≥ 1 (the callers pass household sizes of present households and month counts of at least 1). */
    public static double divide(double x, int n) {
        return n < ONE_OVER.length ? x * ONE_OVER[n] : x / n;
    }
}
