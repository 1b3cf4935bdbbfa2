package org.collectivization.targets;

import java.util.Locale;

/** How the targets command writes numbers: plainly in files, readably in its table. */
public final class Numbers {
    private Numbers() {}

    /** The shortest decimal that reads back as the same double, without an exponent, for targets.csv; NaN is "". */
    static String plain(double v) {
        if (Double.isNaN(v)) return "";
        return java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }

    /**
     * For the table, on the scale of a line's largest number so that a line reads in one unit: millions with
     * three decimals from 100,000 up (check-historical prints one), whole numbers from 100 up, otherwise four
     * significant figures.
     */
    public static String shown(double v, double scale) {
        if (Double.isNaN(v)) return "n/a";
        double a = Math.abs(scale);
        if (a >= 1e5) return String.format(Locale.ROOT, "%.3f M", v / 1e6);
        if (a >= 100) return String.format(Locale.ROOT, "%.0f", v);
        return new java.math.BigDecimal(v).round(new java.math.MathContext(4)).stripTrailingZeros().toPlainString();
    }
}
