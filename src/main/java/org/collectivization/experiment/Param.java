package org.collectivization.experiment;

import java.nio.file.Path;
import java.util.List;
import java.util.SortedMap;

/**
 * One scenario parameter: its value with unit, allowed range and source, and where it was set.
 * The value is a {@link Double}, {@link Boolean}, {@link String} (text or a month "YYYY-MM"),
 * a {@code List<Double>} or a {@code SortedMap<Integer, Double>} (a per-year schedule).
 */
public record Param(String key, Object value, String unit, Double min, Double max, String source,
                    Path file, int line) {

    Param withValue(Object newValue, Path newFile, int newLine) {
        return new Param(key, newValue, unit, min, max, source, newFile, newLine);
    }

    Param withSource(String newSource) {
        return new Param(key, value, unit, min, max, newSource, file, line);
    }

    /** A month parameter: text with unit "month", "YYYY-MM" or "never". */
    boolean isMonth() {
        return value instanceof String && "month".equals(unit);
    }

    static boolean isMonth(String v) {
        return "never".equals(v) || v.matches("\\d{4}-(0[1-9]|1[0-2])");
    }

    String kind() {
        if (isMonth()) return "a month YYYY-MM (or never)";
        if (value instanceof Double) return "a number";
        if (value instanceof Boolean) return "true or false";
        if (value instanceof List) return "a list of numbers";
        if (value instanceof SortedMap) return "a mapping from year to number";
        return "text";
    }

    String allowed() {
        if (min != null && max != null) return kind() + " in [" + fmt(min) + ", " + fmt(max) + "]";
        return kind();
    }

    static String fmt(double d) {
        if (d == Math.rint(d) && Math.abs(d) < 1e15) return Long.toString((long) d);
        return Double.toString(d);
    }
}
