package org.collectivization.model;

/**
 * Months of the run. Step 0 is October 1928; the agricultural year runs July-June and is named by
 * the year in which it starts (agricultural year 1932 = July 1932 - June 1933).
 */
public final class Calendar {
    public static final int START_YEAR = 1928;
    /** 0 = January. */
    public static final int START_MONTH_OF_YEAR = 9;

    private Calendar() {}

    public static int year(int step) {
        return START_YEAR + (START_MONTH_OF_YEAR + step) / 12;
    }

    /** 1 = January ... 12 = December. */
    public static int monthOfYear(int step) {
        return (START_MONTH_OF_YEAR + step) % 12 + 1;
    }

    public static int agriculturalYear(int step) {
        return monthOfYear(step) >= 7 ? year(step) : year(step) - 1;
    }

    /** Months from this step until the next harvest begins (July): 1 in June, 12 in July. */
    public static int monthsUntilHarvest(int step) {
        int m = monthOfYear(step);
        return m >= 7 ? 19 - m : 7 - m;
    }

    public static String label(int step) {
        return String.format("%04d-%02d", year(step), monthOfYear(step));
    }

    /** "YYYY-MM" as a step number (may be negative for months before the run). */
    public static int monthIndex(String yyyyMm) {
        int y = Integer.parseInt(yyyyMm.substring(0, 4));
        int m = Integer.parseInt(yyyyMm.substring(5, 7));
        return (y - START_YEAR) * 12 + (m - 1) - START_MONTH_OF_YEAR;
    }
}
