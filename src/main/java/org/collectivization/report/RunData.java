package org.collectivization.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

import org.collectivization.experiment.Home;
import org.collectivization.runfiles.HistoricalRecord;
import org.collectivization.runfiles.Manifest;
import org.collectivization.runfiles.RunFiles;
import org.collectivization.runfiles.RunSummary;
import org.collectivization.runfiles.TimeTable;
import org.collectivization.targets.Evaluation;
import org.collectivization.targets.RunFigures;
import org.collectivization.targets.Target;
import org.collectivization.targets.TargetException;
import org.collectivization.targets.TargetsFile;

import static org.collectivization.runfiles.RunFiles.MANIFEST;
import static org.collectivization.runfiles.RunFiles.SCENARIO;
import static org.collectivization.runfiles.RunFiles.SUMMARY;
import static org.collectivization.runfiles.RunFiles.TIMESERIES;

/**
 * Everything the report needs from a finished run, read once from the run folder (or built in memory
 * for a test) with the run folder's readers ({@code runfiles}, and {@code experiment.Loader} for the scenario). Charts and the HTML page are built from this and never touch files themselves.
 *
 * @param series   {@code timeseries.csv}
 * @param summary  {@code summary.json}
 * @param scenario {@code scenario.yaml}, or {@link Scenario#empty()} if the folder has none
 * @param manifest {@code manifest.json}, or {@link Manifest#empty()} if the folder has none
 * @param notes    what was missing from the run folder, to be said in the report
 * @param record   the project's copy of the historical record ({@link HistoricalRecord#SHIPPED}), drawn beside the
 *                 model; {@link HistoricalRecord#none()} if it could not be read
 * @param recordFit each figure of the record's targets ({@link #RECORD_TARGETS}) measured on this run, in the
 *                 file's order; empty if the targets could not be read
 */
public record RunData(TimeTable series, RunSummary summary, Scenario scenario, Manifest manifest,
                      List<String> notes, HistoricalRecord record, List<Evaluation.Result> recordFit) {

    /** The record as calibration targets (with the discrepancy allowed where the model counts otherwise). */
    public static final String RECORD_TARGETS = "data/targets/record.csv";

    /** The food need per person when the scenario does not state one (kg per year). */
    public static final double DEFAULT_FOOD_NEED_KG = 240;
    static final String FOOD_NEED_KEY = "food.need_kg_per_person_year";

    public RunData {
        Objects.requireNonNull(series, "series");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(manifest, "manifest");
        notes = List.copyOf(notes);
        Objects.requireNonNull(record, "record");
        recordFit = List.copyOf(recordFit);
    }

    public RunData(TimeTable series, RunSummary summary, Scenario scenario, Manifest manifest, List<String> notes) {
        this(series, summary, scenario, manifest, notes, HistoricalRecord.none(), List.of());
    }

    public RunData(TimeTable series, RunSummary summary, Scenario scenario, Manifest manifest) {
        this(series, summary, scenario, manifest, List.of());
    }

    /** The same run with the record beside it. */
    public RunData withRecord(HistoricalRecord r, List<Evaluation.Result> fit) {
        return new RunData(series, summary, scenario, manifest, notes, r, fit);
    }

    /**
     * Reads a run folder. {@code timeseries.csv} and {@code summary.json} are required; a missing
     * {@code scenario.yaml} or {@code manifest.json} is noted in the report instead.
     */
    public static RunData read(Path runDir) throws IOException {
        if (!Files.isDirectory(runDir)) {
            throw new NoSuchFileException(runDir.toString(), null, "not a run folder");
        }
        TimeTable series = TimeTable.read(RunFiles.require(runDir.resolve(TIMESERIES)));
        RunSummary summary = RunSummary.read(RunFiles.require(runDir.resolve(SUMMARY)));
        List<String> notes = new ArrayList<>();
        Scenario scenario = Scenario.empty();
        Path scenarioFile = runDir.resolve(SCENARIO);
        if (Files.isRegularFile(scenarioFile)) {
            scenario = Scenario.read(scenarioFile);
        } else {
            notes.add("The run folder has no " + SCENARIO + "; the scenario's parameters cannot be shown.");
        }
        Manifest manifest = Manifest.empty();
        Path manifestFile = runDir.resolve(MANIFEST);
        if (Files.isRegularFile(manifestFile)) {
            manifest = Manifest.read(manifestFile);
        } else {
            notes.add("The run folder has no " + MANIFEST + "; how the run was made cannot be shown.");
        }
        HistoricalRecord record = RecordOverlay.shipped(notes::add);
        return new RunData(series, summary, scenario, manifest, notes, record, recordFit(runDir));
    }

    /**
     * Each target of the record measured on this run, whatever the run's scenario: the record is what happened,
     * and a counterfactual is read against it too. A figure outside the months the run covers is left out.
     */
    static List<Evaluation.Result> recordFit(Path runDir) throws IOException {
        Path targetsFile = Home.shipped(RECORD_TARGETS);
        if (!Files.isRegularFile(targetsFile)) return List.of();
        List<Target> targets;
        try {
            targets = TargetsFile.read(targetsFile);
        } catch (TargetException e) {
            return List.of();
        }
        RunFigures run = RunFigures.read(runDir);
        List<Evaluation.Result> out = new ArrayList<>();
        for (Target t : targets) {
            try {
                out.add(Evaluation.evaluate(t, List.of(run)));
            } catch (TargetException e) {
                // a figure the run cannot give (a month it does not cover, a column an older run lacks): not measured
            }
        }
        return out;
    }

    /** The scenario's name: from the summary, else from the scenario file. */
    public Optional<String> scenarioName() {
        return summary.text("scenario").or(scenario::name);
    }

    /** The run's seed: from the summary, else from the manifest. */
    public Optional<String> seed() {
        OptionalDouble s = summary.number("seed");
        if (s.isPresent()) {
            return Optional.of(Formats.plain(s.getAsDouble()));
        }
        return summary.text("seed").or(() -> manifest.get("seed"));
    }

    /** How many real households one simulated household stands for, if the summary says. */
    public OptionalDouble householdsPerAgent() {
        OptionalDouble sim = summary.number("households_simulated");
        OptionalDouble real = summary.number("households_real");
        if (sim.isPresent() && real.isPresent() && sim.getAsDouble() > 0) {
            return OptionalDouble.of(real.getAsDouble() / sim.getAsDouble());
        }
        return OptionalDouble.empty();
    }

    /** The food need per person and year in kg, and whether it came from the scenario. */
    public double foodNeedKgPerPersonYear() {
        return scenario.number(FOOD_NEED_KEY).orElse(DEFAULT_FOOD_NEED_KG);
    }

    public boolean foodNeedFromScenario() {
        return scenario.number(FOOD_NEED_KEY).isPresent();
    }

    /**
     * The one-line source note under every chart: "Source: model run, scenario S, seed N, H households
     * simulated (each stands for K); article: Gessen, The New Yorker, 2017, ¶30–32".
     */
    public String sourceNote() {
        StringBuilder s = new StringBuilder("Source: model run");
        scenarioName().ifPresent(n -> s.append(", scenario ").append(n));
        seed().ifPresent(n -> s.append(", seed ").append(n));
        OptionalDouble sim = summary.number("households_simulated");
        if (sim.isPresent()) {
            s.append(", ").append(Formats.count(sim.getAsDouble())).append(" households simulated");
            OptionalDouble k = householdsPerAgent();
            if (k.isPresent()) {
                s.append(" (each stands for ").append(Formats.count(k.getAsDouble())).append(')');
            }
        }
        s.append("; article: Gessen, The New Yorker, 2017, \u00b630\u201332");
        return s.toString();
    }
}
