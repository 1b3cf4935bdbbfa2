package org.collectivization.targets;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.collectivization.experiment.StudyFiles;
import org.collectivization.experiment.Suggest;
import org.collectivization.model.Calendar;
import org.collectivization.observe.Column;
import org.collectivization.observe.Recorder;

/**
 * Reads a targets file (CSV, UTF-8, a header row; README, "Targets files"). Every mistake is refused with
 * one line naming the file, the line and the column, and what is allowed; nothing is guessed.
 */
public final class TargetsFile {
    public static final List<String> REQUIRED =
            List.of("series", "period", "kind", "scenario", "low", "high", "discrepancy_sd", "source");
    public static final List<String> OPTIONAL = List.of("id", "value", "unit", "note");
    /** The months of the historical run (ODD §2, Scales: October 1928 to December 1934), for a file read alone. */
    public static final YearMonth RUN_FIRST = YearMonth.of(Calendar.START_YEAR, Calendar.START_MONTH_OF_YEAR + 1);
    public static final YearMonth RUN_LAST = RUN_FIRST.plusMonths(74);
    static final long MAX_FILE_BYTES = 1_000_000;
    private static final Pattern SCENARIO = Pattern.compile("[A-Za-z0-9_.-]+");
    // plain decimal numbers only: Java would also read "NaN", "Infinity", "1d" and hexadecimal
    private static final Pattern NUMBER = Pattern.compile("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d+)?");
    private static final Pattern PERCENT = Pattern.compile("(\\d+(\\.\\d+)?)%");

    private TargetsFile() {}

    /** The columns of timeseries.csv a target may read. */
    public static Set<String> columns() {
        Set<String> s = new java.util.LinkedHashSet<>();
        for (Column c : Recorder.COLUMNS) if (!c.name().equals("month")) s.add(c.name());
        return s;
    }

    /** Reads a file whose targets must lie in the historical run's months. */
    public static List<Target> read(Path file) {
        return read(file, RUN_FIRST, RUN_LAST);
    }

    /** Reads a file whose every period must lie within the months from {@code first} to {@code last}. */
    public static List<Target> read(Path file, YearMonth first, YearMonth last) {
        List<String> lines = lines(file);
        if (lines.isEmpty() || lines.get(0).isBlank()) throw new TargetException(file, 0, null, "is empty; expected a header row");
        String headerLine = lines.get(0).startsWith("\uFEFF") ? lines.get(0).substring(1) : lines.get(0);
        String[] header = cells(file, 1, headerLine);
        Map<String, Integer> at = new HashMap<>();
        List<String> known = new ArrayList<>(REQUIRED);
        known.addAll(OPTIONAL);
        for (int i = 0; i < header.length; i++) {
            String h = header[i].strip();
            if (!known.contains(h)) {
                throw new TargetException(file, 1, h, "unknown column" + Suggest.didYouMean(h, known)
                        + "; allowed: " + String.join(", ", known));
            }
            if (at.put(h, i) != null) throw new TargetException(file, 1, h, "appears twice in the header");
        }
        for (String r : REQUIRED) {
            if (!at.containsKey(r)) throw new TargetException(file, 1, r, "missing from the header; required: " + String.join(", ", REQUIRED));
        }
        List<Target> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int n = 2; n <= lines.size(); n++) {
            String line = lines.get(n - 1);
            if (line.isBlank()) continue;
            String[] c = cells(file, n, line);
            if (c.length != header.length) {
                throw new TargetException(file, n, null, c.length + " cells for the header's " + header.length
                        + " columns (a cell holding a comma must be quoted)");
            }
            Map<String, String> row = new LinkedHashMap<>();
            for (Map.Entry<String, Integer> e : at.entrySet()) row.put(e.getKey(), c[e.getValue()].strip());
            Target t = new Row(file, n, row, first, last).target();
            if (at.containsKey("id") && !row.get("id").isEmpty() && !ids.add(row.get("id"))) {
                throw new TargetException(file, n, "id", "'" + row.get("id") + "' is the id of an earlier line; ids must differ");
            }
            out.add(t);
        }
        if (out.isEmpty()) throw new TargetException(file, 0, null, "has a header but no targets");
        return out;
    }

    private static List<String> lines(Path file) {
        if (!Files.exists(file)) throw new TargetException(file, 0, null, "no such file");
        if (!Files.isRegularFile(file)) throw new TargetException(file, 0, null, "is not a file");
        try {
            long size = Files.size(file);
            if (size > MAX_FILE_BYTES) {
                throw new TargetException(file, 0, null, "is " + size + " bytes; a targets file may be at most " + MAX_FILE_BYTES);
            }
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(Files.readAllBytes(file))).toString();
            return text.lines().toList();
        } catch (CharacterCodingException e) {
            throw new TargetException(file, 0, null, "is not valid UTF-8 text");
        } catch (IOException e) {
            throw new TargetException(file, 0, null, "cannot be read: " + e.getMessage());
        }
    }

    private static String[] cells(Path file, int line, String text) {
        if (text.chars().filter(ch -> ch == '"').count() % 2 != 0) {
            throw new TargetException(file, line, null, "a quoted cell is not closed (a quote inside a cell is written \"\")");
        }
        return StudyFiles.splitCsv(text);
    }

    /** One line being read, with what every message needs to say where it is. */
    private record Row(Path file, int line, Map<String, String> cells, YearMonth first, YearMonth last) {

        Target target() {
            Target.Kind kind = kind();
            String series = required("series");
            String period = cells.get("period");
            Formula formula;
            if (kind == Target.Kind.STOCK || kind == Target.Kind.FLOW) {
                column(series, "series");
                if (period.isEmpty()) throw refuse("period", "a " + kind.word() + " needs a period: " + Period.FORMS);
                Period p = period("period", period);
                if (p.stock() != (kind == Target.Kind.STOCK)) {
                    throw refuse("period", kind == Target.Kind.STOCK
                            ? "a stock is read on a date, YYYY-MM-01; found '" + period + "'"
                            : "a flow is summed over YYYY, YYYY/YY or YYYY-MM..YYYY-MM; found the date '" + period + "'");
                }
                formula = new Formula.Figure(series, p);
            } else {
                if (!period.isEmpty()) {
                    throw refuse("period", "must be empty for a " + kind.word() + ": each figure in series carries its own, as column@period");
                }
                formula = formula(series);
                if (kind == Target.Kind.RATIO && !formula.isRatio()) {
                    throw refuse("series", "a ratio is one figure over another, a@period / b@period; found '" + series
                            + "' (use kind expression for more)");
                }
            }
            String scenario = required("scenario");
            if (!SCENARIO.matcher(scenario).matches()) {
                throw refuse("scenario", "a scenario's name (letters, digits, _, - and .), found '" + scenario + "'");
            }
            double value = cells.containsKey("value") && !cells.get("value").isEmpty() ? number("value", cells.get("value")) : Double.NaN;
            Band band = band();
            double sd = discrepancy(value);
            String source = required("source");
            String id = cells.getOrDefault("id", "");
            String name = !id.isEmpty() ? id : (kind == Target.Kind.STOCK || kind == Target.Kind.FLOW) ? series + "@" + period : series;
            return new Target(file, line, name, kind, series, period, scenario, formula, value, band, sd, source, cells.getOrDefault("note", ""));
        }

        private Target.Kind kind() {
            String k = required("kind");
            for (Target.Kind x : Target.Kind.values()) if (x.word().equals(k)) return x;
            List<String> words = Arrays.stream(Target.Kind.values()).map(Target.Kind::word).toList();
            throw refuse("kind", "'" + k + "' is not a kind" + Suggest.didYouMean(k, words) + "; allowed: " + String.join(", ", words));
        }

        private String required(String column) {
            String v = cells.get(column);
            if (v.isEmpty()) throw refuse(column, "is empty; every target needs its " + column);
            return v;
        }

        private void column(String name, String where) {
            Set<String> known = columns();
            if (!known.contains(name)) {
                throw refuse(where, "'" + name + "' is not a column of timeseries.csv" + Suggest.didYouMean(name, known)
                        + " (the columns are those of observe/Recorder.java)");
            }
        }

        private Period period(String where, String text) {
            Period p;
            try {
                p = Period.parse(text);
            } catch (IllegalArgumentException e) {
                throw refuse(where, e.getMessage());
            }
            outside(where, p);
            return p;
        }

        private void outside(String where, Period p) {
            if (!p.within(first, last)) {
                throw refuse(where, "period '" + p.text() + "' reads " + p.rows() + ", outside the run (" + first + " to " + last + ")");
            }
        }

        private Formula formula(String text) {
            Formula f;
            try {
                f = Formula.parse(text);
            } catch (IllegalArgumentException e) {
                throw refuse("series", e.getMessage());
            }
            for (Formula.Leaf leaf : f.leaves()) {
                if (leaf instanceof Formula.Figure fig) {
                    column(fig.column(), "series");
                    outside("series", fig.period());
                }
            }
            return f;
        }

        private Band band() {
            String lo = cells.get("low"), hi = cells.get("high");
            if (lo.isEmpty() && hi.isEmpty()) throw refuse("low", "low and high are both empty; a target needs a band");
            boolean lowOpen = lo.startsWith(">"), highOpen = hi.startsWith("<");
            double low = lo.isEmpty() ? Double.NEGATIVE_INFINITY : number("low", lowOpen ? lo.substring(1).strip() : lo);
            double high = hi.isEmpty() ? Double.POSITIVE_INFINITY : number("high", highOpen ? hi.substring(1).strip() : hi);
            if (low > high || (low == high && (lowOpen || highOpen))) {
                throw refuse("low", "low " + lo + " is above high " + hi + "; the band would be empty");
            }
            return new Band(low, lowOpen, high, highOpen);
        }

        private double discrepancy(double value) {
            String d = required("discrepancy_sd");
            var pc = PERCENT.matcher(d);
            if (pc.matches()) {
                if (Double.isNaN(value)) {
                    throw refuse("discrepancy_sd", "'" + d + "' is a share of the value, but the line has no value; give the sd in the target's unit");
                }
                return Math.abs(value) * Double.parseDouble(pc.group(1)) / 100;
            }
            double sd = number("discrepancy_sd", d);
            if (sd < 0) throw refuse("discrepancy_sd", "must be 0 or more (a number in the target's unit, or a share such as 10%), found " + d);
            return sd;
        }

        private double number(String column, String text) {
            double v = NUMBER.matcher(text).matches() ? Double.parseDouble(text) : Double.NaN;
            if (Double.isFinite(v)) return v;
            String allowed = switch (column) {
                case "low" -> "a number, >number (strictly above) or empty (no lower bound)";
                case "high" -> "a number, <number (strictly below) or empty (no upper bound)";
                case "discrepancy_sd" -> "a number (in the target's unit) or a share of the value such as 10%";
                default -> "a number or empty";
            };
            throw refuse(column, "'" + text + "' is not a number; allowed: " + allowed);
        }

        private TargetException refuse(String column, String what) {
            return new TargetException(file, line, column, what);
        }
    }
}
