package org.collectivization.rules;

/**
 * {@code Math.min} and {@code Math.max} with the same results — bit for bit, signed zeros included —
 * written with comparisons; a NaN argument gives a NaN, though not always the same NaN bits (neither
 * does {@code Math}: interpreted and compiled, it returns different NaNs; the model holds no NaN, and any
 * NaN would print the same). On x86 the JIT compiles {@code Math.min}/{@code max} of doubles to a
 * branch-free sequence of blends that is two to three times slower than a predictable branch, and the
 * model calls them a few dozen times per household a month (docs/performance.md). The int, long and
 * float versions are {@code Math}'s, so that a call resolves to the same types as before.
 */
public final class MinMax {
    private MinMax() {}

    /** {@link Math#max(double, double)}'s result. */
    public static double max(double a, double b) {
        if (a > b) return a;
        if (b > a) return b;
        if (a == b) {
            // equal: the same bits, or two zeros of which the larger is +0 (sign bits ANDed)
            return Double.longBitsToDouble(Double.doubleToRawLongBits(a) & Double.doubleToRawLongBits(b));
        }
        return a != a ? a : b;  // a NaN
    }

    /** {@link Math#min(double, double)}'s result. */
    public static double min(double a, double b) {
        if (a < b) return a;
        if (b < a) return b;
        if (a == b) {
            // equal: the same bits, or two zeros of which the smaller is -0 (sign bits ORed)
            return Double.longBitsToDouble(Double.doubleToRawLongBits(a) | Double.doubleToRawLongBits(b));
        }
        return a != a ? a : b;  // a NaN
    }

    public static float max(float a, float b) {
        return Math.max(a, b);
    }

    public static float min(float a, float b) {
        return Math.min(a, b);
    }

    public static int max(int a, int b) {
        return Math.max(a, b);
    }

    public static int min(int a, int b) {
        return Math.min(a, b);
    }

    public static long max(long a, long b) {
        return Math.max(a, b);
    }

    public static long min(long a, long b) {
        return Math.min(a, b);
    }
}
