package org.collectivization.targets;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.collectivization.experiment.Loader;
import org.collectivization.experiment.RunResult;
import org.collectivization.experiment.ScenarioException;
import org.collectivization.observe.Recorder;
import org.collectivization.runfiles.RunFiles;
import org.collectivization.runfiles.RunSummary;
import org.collectivization.runfiles.TimeTable;

/**
 * What a target reads from one run: its scenario, its monthly rows and its summary.json numbers. Made from a
 * run in memory ({@link #of(RunResult)}) or read back from a run folder ({@link #read(Path)}); both give the
 * same figures, as the folder is written from the run.
 *
 * @param label    the run, for messages (its folder, or scenario and seed)
 * @param scenario the scenario's name
 * @param series   the monthly rows
 * @param summary  summary.json's numbers, nested keys joined by dots
 */
public record RunFigures(String label, String scenario, TimeTable series, Map<String, Double> summary) {

    public RunFigures {
        summary = Map.copyOf(summary);
    }

    public static RunFigures of(RunResult run) {
        List<String> months = run.months();
        Map<String, double[]> columns = new LinkedHashMap<>();
        for (int c = 1; c < Recorder.COLUMNS.size(); c++) {
            double[] v = new double[months.size()];
            for (int i = 0; i < v.length; i++) v[i] = run.recorder.rows().get(i)[c];
            columns.put(Recorder.COLUMNS.get(c).name(), v);
        }
        Map<String, Double> summary = new LinkedHashMap<>();
        flatten("", run.summary(), summary);
        TimeTable table = new TimeTable(months.stream().map(YearMonth::parse).toList(), columns);
        return new RunFigures(run.scenario.name() + " seed " + run.params.run.seed(), run.scenario.name(), table,
                summary);
    }

    /** Reads a run folder's timeseries.csv and summary.json. */
    public static RunFigures read(Path runDir) throws IOException {
        TimeTable series = TimeTable.read(RunFiles.require(runDir.resolve(RunFiles.TIMESERIES)));
        Path summaryFile = RunFiles.require(runDir.resolve(RunFiles.SUMMARY));
        String scenario = RunSummary.read(summaryFile).text("scenario").orElseGet(() -> scenarioName(runDir));
        JsonNode json = new ObjectMapper().readTree(summaryFile.toFile());
        Map<String, Double> summary = new LinkedHashMap<>();
        flatten("", json, summary);
        return new RunFigures(runDir.toString(), scenario, series, summary);
    }

    /** The name in the folder's scenario.yaml, for a summary that does not say; "" if there is none to read. */
    private static String scenarioName(Path runDir) {
        Path yaml = runDir.resolve(RunFiles.SCENARIO);
        if (!Files.isRegularFile(yaml)) return "";
        try {
            return Loader.load(yaml).name();
        } catch (ScenarioException e) {
            return "";
        }
    }

    private static void flatten(String prefix, Object node, Map<String, Double> out) {
        if (node instanceof Map<?, ?> m) {
            for (Map.Entry<?, ?> e : m.entrySet()) flatten(prefix + e.getKey() + ".", e.getValue(), out);
        } else if (node instanceof Number n) {
            out.put(prefix.substring(0, prefix.length() - 1), n.doubleValue());
        } else if (node instanceof JsonNode j && j.isObject()) {
            j.fields().forEachRemaining(e -> flatten(prefix + e.getKey() + ".", e.getValue(), out));
        } else if (node instanceof JsonNode j && j.isNumber()) {
            out.put(prefix.substring(0, prefix.length() - 1), j.asDouble());
        }
    }

    /** A figure: a stock's row, or a flow's sum over its rows (every row must be in the run). */
    public double figure(Formula.Figure f) {
        double[] v = series.column(f.column());
        double s = 0;
        for (YearMonth m = f.period().from(); !m.isAfter(f.period().to()); m = m.plusMonths(1)) s += v[series.indexOf(m)];
        return s;
    }

    public OptionalDouble summaryNumber(String key) {
        Double v = summary.get(key);
        return v == null ? OptionalDouble.empty() : OptionalDouble.of(v);
    }
}
