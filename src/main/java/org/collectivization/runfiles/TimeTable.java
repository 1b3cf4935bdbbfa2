package org.collectivization.runfiles;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.collectivization.observe.Column;
import org.collectivization.observe.Recorder;

/**
 * The monthly time series of a run ({@code timeseries.csv}): one row per month, one column per
 * measure. Flows are the month's, stocks are at the month's end.
 */
public final class TimeTable {

    /** The columns of the output contract (the recorder's, after the month), in the order the model writes them. */
    public static final List<String> CONTRACT_COLUMNS = Recorder.COLUMNS.stream()
            .filter(c -> c.contract() && !c.name().equals("month")).map(Column::name).toList();

    private final List<YearMonth> months;
    private final Map<String, double[]> columns;

    /**
     * @param months  the months, strictly consecutive
     * @param columns one array per column, each as long as {@code months}
     */
    public TimeTable(List<YearMonth> months, Map<String, double[]> columns) {
        if (months.isEmpty()) {
            throw new IllegalArgumentException("a time table needs at least one month");
        }
        for (int i = 1; i < months.size(); i++) {
            if (!months.get(i).equals(months.get(i - 1).plusMonths(1))) {
                throw new IllegalArgumentException("months are not consecutive: " + months.get(i - 1)
                        + " is followed by " + months.get(i));
            }
        }
        Map<String, double[]> copy = new LinkedHashMap<>();
        for (Map.Entry<String, double[]> e : columns.entrySet()) {
            if (e.getValue().length != months.size()) {
                throw new IllegalArgumentException("column " + e.getKey() + " has " + e.getValue().length
                        + " values for " + months.size() + " months");
            }
            copy.put(e.getKey(), e.getValue().clone());
        }
        this.months = List.copyOf(months);
        this.columns = Collections.unmodifiableMap(copy);
    }

    /**
     * Reads {@code timeseries.csv}. Every column of {@link #CONTRACT_COLUMNS} must be present; further
     * columns are kept. An empty cell reads as NaN (no value).
     */
    public static TimeTable read(Path csv) throws IOException {
        List<YearMonth> months = new ArrayList<>();
        List<double[]> rows = new ArrayList<>();
        String[] header;
        try (BufferedReader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            String line = in.readLine();
            if (line == null) {
                throw new IOException(csv + " is empty; expected a header row");
            }
            header = splitRow(stripBom(line));
            if (!header[0].equals("month")) {
                throw new IOException(csv + ": the first column must be 'month', found '" + header[0] + "'");
            }
            int lineNumber = 1;
            while ((line = in.readLine()) != null) {
                lineNumber++;
                if (line.isBlank()) {
                    continue;
                }
                String[] cells = splitRow(line);
                if (cells.length != header.length) {
                    throw new IOException(csv + " line " + lineNumber + ": " + cells.length
                            + " cells for " + header.length + " columns");
                }
                try {
                    months.add(YearMonth.parse(cells[0]));
                } catch (DateTimeParseException e) {
                    throw new IOException(csv + " line " + lineNumber + ": month '" + cells[0]
                            + "' is not YYYY-MM", e);
                }
                double[] row = new double[header.length - 1];
                for (int c = 1; c < header.length; c++) {
                    row[c - 1] = parseCell(cells[c], csv, lineNumber, header[c]);
                }
                rows.add(row);
            }
        }
        if (months.isEmpty()) {
            throw new IOException(csv + " has a header but no rows");
        }
        Set<String> present = Set.of(Arrays.copyOfRange(header, 1, header.length));
        List<String> missing = CONTRACT_COLUMNS.stream().filter(c -> !present.contains(c)).toList();
        if (!missing.isEmpty()) {
            throw new IOException(csv + " lacks the column(s) " + missing);
        }
        Map<String, double[]> columns = new LinkedHashMap<>();
        for (int c = 1; c < header.length; c++) {
            double[] values = new double[rows.size()];
            for (int r = 0; r < rows.size(); r++) {
                values[r] = rows.get(r)[c - 1];
            }
            if (columns.put(header[c], values) != null) {
                throw new IOException(csv + ": column '" + header[c] + "' appears twice");
            }
        }
        try {
            return new TimeTable(months, columns);
        } catch (IllegalArgumentException e) {
            throw new IOException(csv + ": " + e.getMessage(), e);
        }
    }

    private static String stripBom(String s) {
        return s.startsWith("\uFEFF") ? s.substring(1) : s;
    }

    private static String[] splitRow(String line) {
        String[] cells = line.split(",", -1);
        for (int i = 0; i < cells.length; i++) {
            String c = cells[i].trim();
            if (c.length() >= 2 && c.startsWith("\"") && c.endsWith("\"")) {
                c = c.substring(1, c.length() - 1).trim();
            }
            cells[i] = c;
        }
        return cells;
    }

    private static double parseCell(String cell, Path csv, int line, String column) throws IOException {
        if (cell.isEmpty() || cell.equalsIgnoreCase("nan") || cell.equalsIgnoreCase("na")) {
            return Double.NaN;
        }
        try {
            return Double.parseDouble(cell);
        } catch (NumberFormatException e) {
            throw new IOException(csv + " line " + line + ", column " + column + ": '" + cell
                    + "' is not a number", e);
        }
    }

    public List<YearMonth> months() {
        return months;
    }

    public int size() {
        return months.size();
    }

    public YearMonth first() {
        return months.get(0);
    }

    public YearMonth last() {
        return months.get(months.size() - 1);
    }

    public boolean has(String column) {
        return columns.containsKey(column);
    }

    /** The values of a column (a copy). */
    public double[] column(String name) {
        double[] values = columns.get(name);
        if (values == null) {
            throw new IllegalArgumentException("no column '" + name + "' in the time series; columns: "
                    + columns.keySet());
        }
        return values.clone();
    }

    /** The row index of a month, or -1 when the run does not cover it. */
    public int indexOf(YearMonth month) {
        int i = (int) first().until(month, java.time.temporal.ChronoUnit.MONTHS);
        return i >= 0 && i < months.size() ? i : -1;
    }

    /** The value of a column at a month, or NaN when the run does not cover that month. */
    public double at(String column, YearMonth month) {
        int i = indexOf(month);
        return i < 0 ? Double.NaN : column(column)[i];
    }

    /** The largest value of a column, ignoring NaN; NaN if there is none. */
    public double max(String column) {
        double m = Double.NaN;
        for (double v : column(column)) {
            if (!Double.isNaN(v) && (Double.isNaN(m) || v > m)) {
                m = v;
            }
        }
        return m;
    }

    /** The sum of a column over the months from {@code from} to {@code to} inclusive that the run covers. */
    public double sum(String column, YearMonth from, YearMonth to) {
        double s = 0;
        double[] values = column(column);
        for (int i = 0; i < months.size(); i++) {
            YearMonth m = months.get(i);
            if (!m.isBefore(from) && !m.isAfter(to) && !Double.isNaN(values[i])) {
                s += values[i];
            }
        }
        return s;
    }
}
