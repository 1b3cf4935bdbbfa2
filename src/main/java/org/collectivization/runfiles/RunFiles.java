package org.collectivization.runfiles;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.collectivization.observe.Column;

/**
 * A run folder's files: their names, and the writers of timeseries.csv, regions.csv, summary.json, scenario.yaml and
 * manifest.json (written last). The writers take plain data, so that whoever runs the model writes the
 * folder without depending on the report, and the report reads it back with {@link TimeTable},
 * {@link RunSummary} and {@link Manifest} (scenario.yaml is read by the scenario loader, as any scenario).
 */
public final class RunFiles {
    public static final String TIMESERIES = "timeseries.csv";
    public static final String SUMMARY = "summary.json";
    public static final String SCENARIO = "scenario.yaml";
    public static final String MANIFEST = "manifest.json";
    public static final String REGIONS = "regions.csv";
    /** The report's page and its folder of charts (PNG and SVG), written by the report package. */
    public static final String REPORT = "report.html";
    public static final String CHARTS = "charts";

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private RunFiles() {}

    /** timeseries.csv: a header of the columns' names, then one line a month (its label, then the row from column 1 on). */
    public static void writeTimeseries(List<Column> cols, List<String> months, List<double[]> rows, Path file) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int i = 0; i < cols.size(); i++) {
                if (i > 0) w.write(',');
                w.write(cols.get(i).name());
            }
            w.write('\n');
            for (int j = 0; j < rows.size(); j++) {
                double[] row = rows.get(j);
                w.write(months.get(j));
                for (int i = 1; i < cols.size(); i++) {
                    w.write(',');
                    w.write(number(row[i], cols.get(i).unit()));
                }
                w.write('\n');
            }
        }
    }

    /**
     * regions.csv, in long form: a header (month, region, then the columns' names), then one line a month and
     * region, regions in the order given; {@code rows.get(month)} holds each region's values one after another.
     */
    public static void writeRegions(List<Column> cols, List<String> regions, List<String> months, List<double[]> rows,
                                    Path file) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("month,region");
            for (Column c : cols) w.write(',' + c.name());
            w.write('\n');
            for (int j = 0; j < rows.size(); j++) {
                double[] row = rows.get(j);
                for (int g = 0; g < regions.size(); g++) {
                    w.write(months.get(j) + ',' + regions.get(g));
                    for (int i = 0; i < cols.size(); i++) {
                        w.write(',');
                        w.write(number(row[g * cols.size() + i], cols.get(i).unit()));
                    }
                    w.write('\n');
                }
            }
        }
    }

    /** Plain decimals that a spreadsheet or R reads: shares to 6 places, counts and tonnes to 1. */
    static String number(double v, String unit) {
        if (Double.isNaN(v) || Double.isInfinite(v)) return "NA";
        boolean share = unit.equals("share") || unit.equals("0-1");
        String s = String.format(Locale.ROOT, share ? "%.6f" : "%.1f", v);
        return s.equals("-0.0") || s.equals("-0.000000") ? s.substring(1) : s;
    }

    /** summary.json, or manifest.json: a JSON object, indented. */
    public static void writeJson(Map<String, Object> data, Path file) throws IOException {
        JSON.writeValue(file.toFile(), data);
    }

    /** scenario.yaml: the resolved scenario's YAML text. */
    public static void writeScenario(String yaml, Path file) throws IOException {
        Files.writeString(file, yaml, StandardCharsets.UTF_8);
    }

    /** {@code file}, if it is a regular file; a run folder must hold it. */
    public static Path require(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new NoSuchFileException(file.toString(), null, "the run folder must contain it");
        }
        return file;
    }
}
