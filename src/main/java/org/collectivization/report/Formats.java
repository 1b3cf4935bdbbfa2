package org.collectivization.report;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** Numbers and parameter values written for people: "5.6 million", "1,234", "−46%". */
public final class Formats {

    static final char MINUS = '\u2212';
    private static final DecimalFormatSymbols SYMBOLS = DecimalFormatSymbols.getInstance(Locale.UK);

    private Formats() {
    }

    /**
     * A count for a reader: "5.6 million" from a million on; three significant digits from ten thousand
     * on ("462,000", since a model's output is not exact to the person); the whole number below that
     * ("1,234"); "–" for no value.
     */
    public static String count(double v) {
        if (Double.isNaN(v)) {
            return "\u2013";
        }
        double a = Math.abs(v);
        if (a >= 999_950) {
            return signed(new DecimalFormat("0.0", SYMBOLS).format(a / 1e6) + " million", v);
        }
        if (a >= 10_000) {
            double rounded = new BigDecimal(a).round(new java.math.MathContext(3)).doubleValue();
            return signed(new DecimalFormat("#,##0", SYMBOLS).format(rounded), v);
        }
        return signed(new DecimalFormat("#,##0", SYMBOLS).format(Math.rint(a)), Math.rint(v));
    }

    /** A mass in tonnes: "22.1 million tonnes", "310,000 tonnes". */
    public static String tonnes(double t) {
        return Double.isNaN(t) ? "\u2013" : count(t) + " tonnes";
    }

    /** Tonnes as million tonnes for a table column: "13.2", "0.12", "< 0.01", "0". */
    public static String millionTonnes(double t) {
        if (Double.isNaN(t)) {
            return "\u2013";
        }
        double m = Math.abs(t) / 1e6;
        String digits;
        if (m == 0) {
            return "0";
        } else if (m >= 1) {
            digits = new DecimalFormat("#,##0.0", SYMBOLS).format(m);
        } else if (m >= 0.005) {
            digits = new DecimalFormat("0.00", SYMBOLS).format(m);
        } else {
            return t < 0 ? "> " + MINUS + "0.01" : "< 0.01";
        }
        return signed(digits, t);
    }

    /** A change given as a share (−0.46): "−46%". */
    public static String percentChange(double share) {
        if (Double.isNaN(share)) {
            return "\u2013";
        }
        String digits = new DecimalFormat("0", SYMBOLS).format(Math.abs(share) * 100);
        if (digits.equals("0")) {
            return "0%";
        }
        return (share < 0 ? String.valueOf(MINUS) : "+") + digits + "%";
    }

    /** A share (0.62) as a percentage of a whole: "62%". */
    public static String percent(double share) {
        return Double.isNaN(share) ? "\u2013" : new DecimalFormat("0", SYMBOLS).format(share * 100) + "%";
    }

    /** A number as written in a file, without exponent or needless decimals: "0.35", "25000000". */
    public static String plain(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return String.valueOf(v);
        }
        String s = BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
        return v < 0 ? MINUS + s.substring(1) : s;
    }

    /** A number in a parameter table: grouped when large ("25,000,000"), else as written ("0.35"). */
    public static String parameterNumber(Number n) {
        double v = n.doubleValue();
        if (v == Math.rint(v) && Math.abs(v) >= 10_000 && Math.abs(v) < 1e15) {
            return signed(new DecimalFormat("#,##0", SYMBOLS).format(Math.abs(v)), v);
        }
        return plain(v);
    }

    /**
     * A parameter value compactly: numbers as in {@link #parameterNumber}, lists in brackets,
     * a year-to-number mapping as "1929: 1, 1930: 1.1, …".
     */
    public static String parameterValue(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Number n) {
            return parameterNumber(n);
        }
        if (value instanceof List<?> list) {
            return list.stream().map(Formats::parameterValue).collect(Collectors.joining(", ", "[", "]"));
        }
        if (value instanceof Map<?, ?> map) {
            return map.entrySet().stream()
                    .map(e -> e.getKey() + ": " + parameterValue(e.getValue()))
                    .collect(Collectors.joining(", "));
        }
        return String.valueOf(value);
    }

    /**
     * An instant as written in a manifest ("2026-12-05T09:41:27.117612496Z") for a reader:
     * "2026-12-05 09:41 UTC". Text that is not an instant is returned as it is, since a manifest
     * edited by hand still deserves a report.
     */
    public static String timestamp(String iso) {
        try {
            return MINUTE_UTC.format(java.time.Instant.parse(iso));
        } catch (java.time.format.DateTimeParseException e) {
            return iso;
        }
    }

    private static final java.time.format.DateTimeFormatter MINUTE_UTC = java.time.format.DateTimeFormatter
            .ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT).withZone(java.time.ZoneOffset.UTC);

    /** A range [lo, hi] as "lo – hi"; empty when absent. */
    public static String range(List<?> range) {
        if (range == null || range.isEmpty()) {
            return "";
        }
        if (range.size() == 2) {
            return parameterValue(range.get(0)) + " \u2013 " + parameterValue(range.get(1));
        }
        return parameterValue(range);
    }

    private static String signed(String magnitude, double v) {
        return v < 0 ? MINUS + magnitude : magnitude;
    }
}
