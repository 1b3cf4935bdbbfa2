package org.collectivization.runfiles;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The published record the project ships in {@code data/history/record.csv} (its README names the sources):
 * each figure with its band, read so that the report can draw the record beside the model. Columns
 * {@code series,period,value,low,high,unit,note,source}; {@code series} names a column of timeseries.csv and
 * {@code period} is a date YYYY-MM-01 (a stock), a year YYYY or an agricultural year YYYY/YY (flows).
 *
 * @param file    where it was read from, or null for {@link #none()}
 * @param figures the figures in the file's order
 */
public record HistoricalRecord(Path file, List<Figure> figures) {
    /** The project's copy, relative to the project's folder. */
    public static final String SHIPPED = "data/history/record.csv";
    private static final List<String> HEADER = List.of("series", "period", "value", "low", "high", "unit", "note", "source");

    /** One figure of the record and its band. */
    public record Figure(String series, String period, double value, double low, double high, String unit, String note,
                         String source) {}

    public HistoricalRecord {
        figures = List.copyOf(figures);
    }

    /** No record: the report draws the model alone. */
    public static HistoricalRecord none() {
        return new HistoricalRecord(null, List.of());
    }

    public boolean isEmpty() {
        return figures.isEmpty();
    }

    /** The figures of one series, in the file's order. */
    public List<Figure> of(String series) {
        return figures.stream().filter(f -> f.series().equals(series)).toList();
    }

    /** Reads the file; a malformed line is refused with its number. */
    public static HistoricalRecord read(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        if (lines.isEmpty() || !cells(lines.get(0).replace("\uFEFF", "")).equals(HEADER)) {
            throw new IOException(file + ": the header must be " + String.join(",", HEADER));
        }
        List<Figure> out = new ArrayList<>();
        for (int n = 1; n < lines.size(); n++) {
            if (lines.get(n).isBlank()) continue;
            List<String> c = cells(lines.get(n));
            if (c.size() != HEADER.size()) {
                throw new IOException(file + ":" + (n + 1) + ": " + c.size() + " cells; expected " + HEADER.size());
            }
            try {
                out.add(new Figure(c.get(0), c.get(1), Double.parseDouble(c.get(2)), Double.parseDouble(c.get(3)),
                        Double.parseDouble(c.get(4)), c.get(5), c.get(6), c.get(7)));
            } catch (NumberFormatException e) {
                throw new IOException(file + ":" + (n + 1) + ": value, low and high must be numbers", e);
            }
        }
        return new HistoricalRecord(file, out);
    }

    /** The cells of one CSV line: commas separate, double quotes enclose a cell that holds commas ("" is a quote). */
    static List<String> cells(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (quoted && ch == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                cell.append('"');
                i++;
            } else if (ch == '"') {
                quoted = !quoted;
            } else if (ch == ',' && !quoted) {
                out.add(cell.toString().strip());
                cell.setLength(0);
            } else {
                cell.append(ch);
            }
        }
        out.add(cell.toString().strip());
        return out;
    }

    /** A stock's date "1930-03-01" as its year and month; a flow's period gives null. */
    public static java.time.YearMonth date(String period) {
        return period.matches("\\d{4}-\\d{2}-01") ? java.time.YearMonth.parse(period.substring(0, 7)) : null;
    }

    /** The first calendar year of a period "1929" or "1929/30"; -1 for a date. */
    public static int startYear(String period) {
        return period.matches("\\d{4}(/\\d{2})?") ? Integer.parseInt(period.substring(0, 4)) : -1;
    }

    /** Whether a period is an agricultural year "1929/30". */
    public static boolean agricultural(String period) {
        return period.toLowerCase(Locale.ROOT).matches("\\d{4}/\\d{2}");
    }
}
