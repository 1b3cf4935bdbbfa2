package org.collectivization.report;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.collectivization.experiment.RunResult;
import org.collectivization.experiment.ScenarioWriter;
import org.collectivization.observe.Column;
import org.collectivization.observe.Recorder;

/** Writes a run's files: timeseries.csv, summary.json, scenario.yaml, and (last) manifest.json. */
public final class RunFiles {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private RunFiles() {}

    public static void writeTimeseries(RunResult r, Path file) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            List<Column> cols = Recorder.COLUMNS;
            for (int i = 0; i < cols.size(); i++) {
                if (i > 0) w.write(',');
                w.write(cols.get(i).name());
            }
            w.write('\n');
            List<double[]> rows = r.recorder.rows();
            for (int j = 0; j < rows.size(); j++) {
                double[] row = rows.get(j);
                w.write(r.months().get(j));
                for (int i = 1; i < cols.size(); i++) {
                    w.write(',');
                    w.write(number(row[i], cols.get(i).unit()));
                }
                w.write('\n');
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

    public static void writeSummary(RunResult r, Path file) throws IOException {
        JSON.writeValue(file.toFile(), r.summary());
    }

    public static void writeScenario(RunResult r, Path file) throws IOException {
        Files.writeString(file, ScenarioWriter.toYaml(r.scenario), StandardCharsets.UTF_8);
    }

    public static void writeJson(Map<String, Object> data, Path file) throws IOException {
        JSON.writeValue(file.toFile(), data);
    }
}
