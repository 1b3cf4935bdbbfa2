package org.collectivization.targets;

import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When a figure is read from a run's monthly rows. Rows hold the state at the end of their month, or the
 * month's flow, so:
 * <ul>
 * <li>{@code YYYY-MM-01}: a stock on the 1st of a month, read from the row of the month before (the
 * cattle on 1 January 1934 are the row 1933-12);</li>
 * <li>{@code YYYY}: a flow summed over January-December of that year;</li>
 * <li>{@code YYYY/YY}: a flow summed over the agricultural year, July of YYYY to June of the next;</li>
 * <li>{@code YYYY-MM..YYYY-MM}: a flow summed over those months, both included.</li>
 * </ul>
 *
 * @param from  the first row read
 * @param to    the last row read (equal to {@code from} for a stock)
 * @param stock whether this is a stock on a date rather than a sum of flows
 * @param text  the period as written
 */
public record Period(YearMonth from, YearMonth to, boolean stock, String text) {

    static final String FORMS = "YYYY-MM-01 (a stock on that day), YYYY (a calendar year), YYYY/YY "
            + "(an agricultural year, July-June) or YYYY-MM..YYYY-MM (months, both included)";
    private static final Pattern DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern AGRI = Pattern.compile("(\\d{4})/(\\d{2})");
    private static final Pattern RANGE = Pattern.compile("(\\d{4})-(\\d{2})\\.\\.(\\d{4})-(\\d{2})");

    /** Reads a period; the message of the exception says what is wrong and what is allowed. */
    public static Period parse(String text) {
        Matcher m;
        if ((m = DATE.matcher(text)).matches()) {
            YearMonth day = month(m.group(1), m.group(2), text);
            if (!m.group(3).equals("01")) {
                throw new IllegalArgumentException("period '" + text + "': a stock is read on the 1st of a month "
                        + "(rows hold the month's end), so the day must be 01");
            }
            YearMonth row = day.minusMonths(1);
            return new Period(row, row, true, text);
        }
        if (YEAR.matcher(text).matches()) {
            int y = Integer.parseInt(text);
            return new Period(YearMonth.of(y, 1), YearMonth.of(y, 12), false, text);
        }
        if ((m = AGRI.matcher(text)).matches()) {
            int y = Integer.parseInt(m.group(1));
            if (Integer.parseInt(m.group(2)) != (y + 1) % 100) {
                throw new IllegalArgumentException("period '" + text + "': an agricultural year is written YYYY/YY "
                        + "with YY the next year, e.g. " + y + "/" + String.format("%02d", (y + 1) % 100));
            }
            return new Period(YearMonth.of(y, 7), YearMonth.of(y + 1, 6), false, text);
        }
        if ((m = RANGE.matcher(text)).matches()) {
            YearMonth from = month(m.group(1), m.group(2), text);
            YearMonth to = month(m.group(3), m.group(4), text);
            if (to.isBefore(from)) {
                throw new IllegalArgumentException("period '" + text + "' ends before it begins");
            }
            return new Period(from, to, false, text);
        }
        throw new IllegalArgumentException("period '" + text + "' is not one of " + FORMS);
    }

    private static YearMonth month(String year, String month, String text) {
        int mm = Integer.parseInt(month);
        if (mm < 1 || mm > 12) {
            throw new IllegalArgumentException("period '" + text + "': month " + month + " is not 01-12");
        }
        return YearMonth.of(Integer.parseInt(year), mm);
    }

    /** Whether every row this period reads lies in a run of those months. */
    public boolean within(YearMonth first, YearMonth last) {
        return !from.isBefore(first) && !to.isAfter(last);
    }

    /** The rows read, for a message: "row 1933-12" or "rows 1929-07 to 1930-06". */
    public String rows() {
        return stock ? "row " + from : "rows " + from + " to " + to;
    }
}
