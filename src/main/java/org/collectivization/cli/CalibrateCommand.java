package org.collectivization.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.collectivization.calibration.Calibration;
import org.collectivization.calibration.CalibrationFiles;
import org.collectivization.experiment.Cost;
import org.collectivization.experiment.Design;
import org.collectivization.experiment.Home;
import org.collectivization.experiment.Loader;
import org.collectivization.experiment.Memory;
import org.collectivization.experiment.RunFolder;
import org.collectivization.experiment.Scenario;
import org.collectivization.experiment.StudyFiles;
import org.collectivization.experiment.StudyJob;
import org.collectivization.report.CalibrationReport;
import org.collectivization.targets.Target;
import org.collectivization.targets.TargetsFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code collectivization calibrate SCENARIO --targets FILE --vary KEY=LO:HI ...}: history matching in waves. */
@Command(name = "calibrate", mixinStandardHelpOptions = true,
        description = {"Calibrate a scenario against a targets file by history matching.",
                "Each wave runs P points of a Latin hypercube in its box, every point R times with the same R seeds, and "
                        + "rules out the points whose third-largest implausibility over the targets exceeds 3; the "
                        + "survivors bound the next wave's box.",
                "Writes nroy.csv (the plausible set: equal weights, not a posterior), targets.csv, waves.csv, "
                        + "wave-W/replicates.csv, calibrated.yaml, charts/, report.html and manifest.json (last).",
                "Targets of another scenario than the one calibrated are not measured, and listed as such."},
        footer = {"", "If no point survives a wave, calibrate stops there, writes the waves so far and says so (exit 0: "
                + "the finding is that the model cannot meet the targets in that box).",
                "calibrate runs on one machine: --tasks and --resume are not supported yet."})
public final class CalibrateCommand implements Callable<Integer> {
    @Mixin
    VaryOptions given;

    @Option(names = "--targets", required = true, paramLabel = "FILE", split = ",",
            description = "a targets file, or the name of one the project ships: article or record; several, "
                    + "comma-separated or repeated, are read as one (article,record)")
    List<String> targets;

    @Option(names = "--waves", paramLabel = "W", defaultValue = "2", description = "waves (default: ${DEFAULT-VALUE})")
    int waves;

    @Option(names = "--points", paramLabel = "P", defaultValue = "16", description = "points per wave (default: ${DEFAULT-VALUE})")
    int points;

    @Mixin
    StudyOptions options;

    @Override
    public Integer call() throws Exception {
        options.check(1);
        if (options.tasks != null || options.taskIndex != null || options.resume != null) {
            throw new UsageException("calibrate runs on one machine for now: --tasks, --task-index and --resume are not supported");
        }
        if (waves < 1) throw new UsageException("--waves must be at least 1, got " + waves);
        if (points < 2) throw new UsageException("--points must be at least 2, got " + points);
        List<Design.Vary> varied;
        try {
            varied = Studies.varied(given.vary, false);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        Scenario scenario = Loader.load(given.scenario);
        List<Target> all = TargetsCommand.read(targets, TargetsFile.RUN_FIRST, TargetsFile.RUN_LAST);
        List<Target> mine = all.stream().filter(t -> t.scenario().equals(scenario.name())).toList();
        List<Target> skipped = all.stream().filter(t -> !t.scenario().equals(scenario.name())).toList();
        if (mine.isEmpty()) {
            throw new UsageException("--targets " + String.join(",", targets) + " has no target of scenario " + scenario.name()
                    + " (its targets are for " + all.stream().map(Target::scenario).distinct().toList() + ")");
        }
        Calibration.Setup setup = new Calibration.Setup(given.scenario, scenario.name(), varied, mine, skipped, waves, points,
                options.replications, options.seedBase, options.households, Version.version(), Version.gitCommit());
        // the first wave's study checks the keys and ranges before anything runs
        Calibration.waveStudy(setup, List.of(Design.box(varied).at(new double[varied.size()])));
        int threads = options.threads();
        long households = options.households != null ? options.households : (long) scenario.number("run.households");
        int runs = waves * points * options.replications;
        if (Preflight.active()) return Preflight.report(households * Math.min(threads, runs));
        try {
            Memory.requireHeapFor(households * Math.min(threads, runs));
        } catch (IllegalStateException e) {
            throw new UsageException(e.getMessage() + " (calibrate runs up to " + threads + " models at once: --threads 1 needs less)");
        }
        String cost = Cost.line("calibrate", runs, households, (int) scenario.number("run.months"), threads)
                + (waves > 1 ? "; at most, as a wave with no survivor ends the calibration" : "");
        if (options.dryRun) {
            System.out.println(cost);
            return 0;
        }
        System.err.println(cost);
        if (!skipped.isEmpty()) {
            System.err.println("calibrate: " + skipped.size() + " of " + all.size() + " targets are of another scenario than "
                    + scenario.name() + " and are not measured: " + skipped.stream().map(Target::name).toList());
        }
        Instant started = Instant.now();
        Path out = options.out != null ? options.out : StudyJob.defaultFolder(Home.results(), "calibrate", started);
        Path partial = Files.createDirectories(out.toAbsolutePath().getParent()).resolve("." + out.getFileName() + ".partial");
        if (Files.exists(partial)) {
            throw new UsageException("an interrupted calibration is at " + partial + "; remove it and run again");
        }
        Files.createDirectories(partial);
        String commandLine = "collectivization calibrate " + String.join(" ", ProcessInfo.arguments());
        List<Calibration.WaveResult> result;
        try {
            try (Progress progress = new Progress("calibrate", runs, "runs", true)) {
                result = Calibration.run(setup, threads, progress::update);
            }
            CalibrationFiles.write(partial, setup, result, commandLine);
            List<String> lines = CalibrationReport.write(partial, setup, result);
            Map<String, Object> m = Studies.manifestOf("calibrate", options.replications, options.seedBase, commandLine);
            m.put("threads", threads);
            m.put("waves_run", result.size());
            m.put("runs", result.stream().mapToInt(w -> w.reps().size()).sum());
            m.put("start_time", started.toString());
            m.put("duration_s", Math.round((Instant.now().toEpochMilli() - started.toEpochMilli()) / 10.0) / 100.0);
            StudyFiles.writeJson(m, partial.resolve(StudyFiles.MANIFEST));
            Files.move(partial, out);
            lines.forEach(System.out::println);
        } catch (RuntimeException | java.io.IOException e) {
            RunFolder.deleteQuietly(partial);
            throw e;
        }
        System.out.println("calibrate: " + result.size() + " wave" + (result.size() == 1 ? "" : "s") + " of " + points
                + " points x " + options.replications + " replicates; written to " + Home.shown(out));
        return 0;
    }
}
