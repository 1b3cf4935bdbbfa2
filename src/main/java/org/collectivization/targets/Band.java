package org.collectivization.targets;

/**
 * The values a target accepts: from {@code low} to {@code high}, both included unless marked open (an
 * article's "more than" or "less than half"); an infinite side is no bound.
 */
public record Band(double low, boolean lowOpen, double high, boolean highOpen) {

    public boolean contains(double x) {
        if (Double.isNaN(x)) return false;
        boolean above = lowOpen ? x > low : x >= low;
        boolean below = highOpen ? x < high : x <= high;
        return above && below;
    }

    /** As written in a targets file's low and high columns: "&gt;0" and "&lt;0.5" are open, a blank is no bound. */
    static String cell(double v, boolean open, char mark) {
        if (Double.isInfinite(v)) return "";
        return (open ? String.valueOf(mark) : "") + Numbers.plain(v);
    }

    public String lowCell() {
        return cell(low, lowOpen, '>');
    }

    public String highCell() {
        return cell(high, highOpen, '<');
    }

    /** The largest finite bound, to show a line's numbers in one unit. */
    public double scale() {
        return Math.max(Double.isFinite(low) ? Math.abs(low) : 0, Double.isFinite(high) ? Math.abs(high) : 0);
    }

    /** For a table, numbers on the given scale ({@link Numbers#shown}): "4.000 M to 6.000 M", "&gt;= 1.5", "&lt; 0.5". */
    public String describe(double scale) {
        if (Double.isInfinite(high)) return (lowOpen ? "> " : ">= ") + Numbers.shown(low, scale);
        if (Double.isInfinite(low)) return (highOpen ? "< " : "<= ") + Numbers.shown(high, scale);
        return (lowOpen ? "(" : "") + Numbers.shown(low, scale) + " to " + Numbers.shown(high, scale) + (highOpen ? ")" : "");
    }
}
