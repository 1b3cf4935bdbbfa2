package org.collectivization.experiment;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * The files of a study and how numbers are written in them. Every line is made by the same code
 * whether a study ran at once or as tasks, so that merging the tasks' lines in the study's order
 * gives byte for byte the files of a single run.
 */
public final class StudyFiles {
    public static final String STUDY = "study.json";
    public static final String REPLICATES = "replicates.csv";
    public static final String SERIES = "series.csv";
    public static final String SUMMARY = "summary.csv";
    public static final String COMPARISON = "comparison.csv";
    public static final String DESIGN = "design.csv";
    public static final String SWEEP = "sweep.csv";
    public static final String MANIFEST = "manifest.json";
    public static final String TASKS = "tasks";
    public static final String SCENARIOS = "scenarios";

    static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE);

    private StudyFiles() {}

    // ------------------------------------------------------------------ numbers

    /** A figure exactly as computed: a whole number without decimals, else the shortest decimal that reads back the same. */
    public static String exact(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) return "NA";
        if (v == Math.rint(v) && Math.abs(v) < 1e15) return Long.toString((long) v);
        return BigDecimal.valueOf(v).toPlainString();
    }

    /** A statistic: ten significant digits, plain decimal notation; NA when it does not exist. */
    public static String stat(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) return "NA";
        if (v == 0) return "0";
        String s = new BigDecimal(v).round(new MathContext(10)).stripTrailingZeros().toPlainString();
        return s.equals("-0") ? "0" : s;
    }

    /** A monthly value of a series: shares to 6 decimals, counts and tonnes to 1 (as timeseries.csv). */
    static String seriesValue(double v, boolean share) {
        if (Double.isNaN(v) || Double.isInfinite(v)) return "NA";
        String s = String.format(Locale.ROOT, share ? "%.6f" : "%.1f", v);
        return s.equals("-0.0") || s.equals("-0.000000") ? s.substring(1) : s;
    }

    static double parse(String s) {
        return s.equals("NA") ? Double.NaN : Double.parseDouble(s);
    }

    // ------------------------------------------------------------------ study.json and scenarios

    public static void writeStudy(StudyInfo info, Path file) throws IOException {
        JSON.writeValue(file.toFile(), info);
    }

    public static StudyInfo readStudy(Path file) throws IOException {
        return JSON.readValue(file.toFile(), StudyInfo.class);
    }

    /** The resolved scenario of each arm of a comparison, as scenarios/&lt;label&gt;.yaml (a sweep: the base only). */
    public static void writeScenarios(Study study, Path dir) throws IOException {
        Path d = Files.createDirectories(dir.resolve(SCENARIOS));
        if (!study.info.isCompare()) {
            Files.writeString(d.resolve(safe(study.base().name()) + ".yaml"), ScenarioWriter.toYaml(study.base()),
                    StandardCharsets.UTF_8);
            return;
        }
        for (int i = 0; i < study.scenarios().size(); i++) {
            Files.writeString(d.resolve(safe(study.info.arms().get(i).label()) + ".yaml"),
                    ScenarioWriter.toYaml(study.scenarios().get(i)), StandardCharsets.UTF_8);
        }
    }

    static String safe(String label) {
        return label.replaceAll("[^A-Za-z0-9._-]", "_");
    }

    public static void writeJson(Map<String, Object> data, Path file) throws IOException {
        JSON.writeValue(file.toFile(), data);
    }

    // ------------------------------------------------------------------ replicates.csv and series.csv

    public static String replicatesHeader(StudyInfo info) {
        List<String> h = new ArrayList<>();
        h.add(info.armColumn());
        for (StudyInfo.Varied v : info.parameters()) h.add(v.column());
        h.add("replicate");
        h.add("seed");
        h.addAll(info.metrics());
        return String.join(",", h);
    }

    public static String replicateLine(StudyInfo info, Replicate r) {
        StringBuilder b = new StringBuilder();
        StudyInfo.Arm arm = info.arms().get(r.arm());
        b.append(csv(arm.label()));
        for (Double v : arm.values()) b.append(',').append(exact(v));
        b.append(',').append(r.replicate()).append(',').append(r.seed());
        for (double v : r.metrics()) b.append(',').append(exact(v));
        return b.toString();
    }

    public static String seriesHeader(StudyInfo info) {
        return info.armColumn() + ",replicate,month," + String.join(",", info.series());
    }

    public static List<String> seriesLines(StudyInfo info, Replicate r) {
        List<String> lines = new ArrayList<>();
        String arm = csv(info.arms().get(r.arm()).label());
        for (int m = 0; m < r.months().size(); m++) {
            StringBuilder b = new StringBuilder(arm).append(',').append(r.replicate()).append(',').append(r.months().get(m));
            for (int s = 0; s < r.series().length; s++) {
                b.append(',').append(seriesValue(r.series()[s][m], Metrics.SERIES.get(s).share()));
            }
            lines.add(b.toString());
        }
        return lines;
    }

    public static void writeRows(StudyInfo info, List<Replicate> reps, Path dir) throws IOException {
        List<String> rl = new ArrayList<>(), sl = new ArrayList<>();
        for (Replicate r : reps) {
            rl.add(replicateLine(info, r));
            sl.addAll(seriesLines(info, r));
        }
        writeLines(dir.resolve(REPLICATES), replicatesHeader(info), rl);
        writeLines(dir.resolve(SERIES), seriesHeader(info), sl);
    }

    public static void writeLines(Path file, String header, List<String> lines) throws IOException {
        StringBuilder b = new StringBuilder(header).append('\n');
        for (String l : lines) b.append(l).append('\n');
        Files.writeString(file, b, StandardCharsets.UTF_8);
    }

    /** Reads replicates.csv and series.csv back into replicates, in the order of the file. */
    public static List<Replicate> readRows(StudyInfo info, Path dir) throws IOException {
        List<String> rl = Files.readAllLines(dir.resolve(REPLICATES), StandardCharsets.UTF_8);
        if (rl.isEmpty() || !rl.get(0).equals(replicatesHeader(info))) {
            throw new IOException(dir.resolve(REPLICATES) + ": header does not match " + STUDY);
        }
        int lead = 1 + info.parameters().size();
        Map<String, List<String>> months = new LinkedHashMap<>();
        Map<String, List<double[]>> values = new LinkedHashMap<>();
        List<String> sl = Files.readAllLines(dir.resolve(SERIES), StandardCharsets.UTF_8);
        if (sl.isEmpty() || !sl.get(0).equals(seriesHeader(info))) {
            throw new IOException(dir.resolve(SERIES) + ": header does not match " + STUDY);
        }
        for (String line : sl.subList(1, sl.size())) {
            String[] f = splitCsv(line);
            String key = f[0] + "\u0000" + f[1];
            months.computeIfAbsent(key, k -> new ArrayList<>()).add(f[2]);
            double[] v = new double[info.series().size()];
            for (int s = 0; s < v.length; s++) v[s] = parse(f[3 + s]);
            values.computeIfAbsent(key, k -> new ArrayList<>()).add(v);
        }
        List<Replicate> out = new ArrayList<>();
        for (String line : rl.subList(1, rl.size())) {
            String[] f = splitCsv(line);
            int arm = info.armIndex(f[0]);
            if (arm < 0) throw new IOException(dir.resolve(REPLICATES) + ": unknown " + info.armColumn() + " '" + f[0] + "'");
            int rep = Integer.parseInt(f[lead]);
            long seed = Long.parseLong(f[lead + 1]);
            double[] metrics = new double[info.metrics().size()];
            for (int i = 0; i < metrics.length; i++) metrics[i] = parse(f[lead + 2 + i]);
            String key = f[0] + "\u0000" + f[lead];
            List<double[]> rows = values.getOrDefault(key, List.of());
            double[][] series = new double[info.series().size()][rows.size()];
            for (int m = 0; m < rows.size(); m++) for (int s = 0; s < series.length; s++) series[s][m] = rows.get(m)[s];
            out.add(new Replicate(arm, rep, seed, metrics, months.getOrDefault(key, List.of()), series));
        }
        return out;
    }

    /** A label is written bare when it needs no quotes; scenario names rarely do. */
    public static String csv(String s) {
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0) return s;
        return '"' + s.replace("\"", "\"\"") + '"';
    }

    public static String[] splitCsv(String line) {
        List<String> f = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cur.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cur.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                f.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        f.add(cur.toString());
        return f.toArray(new String[0]);
    }
}
