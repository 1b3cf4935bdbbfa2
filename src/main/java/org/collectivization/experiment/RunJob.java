package org.collectivization.experiment;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.IntConsumer;

import org.collectivization.model.Params;
import org.collectivization.runfiles.RunFiles;

/**
 * One headless run from a scenario file to a finished run folder. The folder is written in the hidden
 * working folder of its {@link RunFolder} claim and renamed into place when complete, manifest last,
 * so a folder that exists is a whole run.
 */
public final class RunJob {
    public final Path scenarioFile;
    public Long seed;
    public Integer households;
    public int threads = Runtime.getRuntime().availableProcessors();
    public String commandLine = "";
    public String version = "unknown";
    public String gitCommit = "unknown";
    /** For a branch, where its history came from ({@link Checkpoint#provenance}), as manifest.json's continued_from. */
    public Map<String, Object> continuedFrom;

    public RunJob(Path scenarioFile) {
        this.scenarioFile = scenarioFile;
    }

    /** The scenario with the command line's overrides applied. */
    public Scenario scenario() {
        Scenario s = Loader.load(scenarioFile);
        if (seed != null) s = s.with("run.seed", seed, "--seed");
        if (households != null) s = s.with("run.households", households, "--households");
        return s;
    }

    /** The default folder: results/&lt;scenario&gt;/&lt;date-time&gt;-seed&lt;N&gt; (numbered -2, -3, ... when claimed, if taken). */
    public static Path defaultFolder(Path resultsRoot, Scenario s, Params p, Instant now) {
        String stamp = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC).format(now);
        return resultsRoot.resolve(s.name()).resolve(stamp + "-seed" + p.run.seed());
    }

    public RunResult run(Scenario s, Params p, IntConsumer progress) {
        return Runner.run(s, p, threads, progress);
    }

    /**
     * Writes the run's files into the claimed folder's working folder and renames it into place; returns
     * where the run is. A checkpoint the run saved is already in the working folder.
     */
    public Path write(RunResult r, RunFolder folder, Instant started, RunReportHook report) throws IOException {
        Path tmp = folder.work;
        Failures.writing(tmp.resolve(RunFiles.TIMESERIES), r::writeTimeseries);
        Failures.writing(tmp.resolve(RunFiles.REGIONS), r::writeRegions);
        Failures.writing(tmp.resolve(RunFiles.SUMMARY), r::writeSummary);
        Failures.writing(tmp.resolve(RunFiles.SCENARIO), r::writeScenario);
        Map<String, Object> manifest = new LinkedHashMap<>();
        manifest.put("kind", RunFolder.KIND);
        manifest.put("scenario", r.scenario.name());
        manifest.put("scenario_file", scenarioFile.toString());
        manifest.put("seed", r.params.run.seed());
        manifest.put("households_simulated", r.params.run.households());
        manifest.put("threads", threads);
        manifest.put("version", version);
        manifest.put("git_commit", gitCommit);
        manifest.put("command_line", commandLine);
        manifest.put("java_version", System.getProperty("java.version"));
        manifest.put("start_time", started.toString());
        manifest.put("model_seconds", Math.round(r.seconds * 1000) / 1000.0);
        if (continuedFrom != null) manifest.put("continued_from", continuedFrom);
        Path manifestFile = tmp.resolve(RunFiles.MANIFEST);
        if (report != null) {
            // The report shows the manifest; the manifest is then written again, last, with the whole duration.
            Failures.writing(manifestFile, f -> RunFiles.writeJson(manifest, f));
            report.write(tmp);
        }
        manifest.put("duration_s", Math.round((Instant.now().toEpochMilli() - started.toEpochMilli()) / 10.0) / 100.0);
        Failures.writing(manifestFile, f -> RunFiles.writeJson(manifest, f));
        makeReadable(tmp);
        return folder.seal();
    }

    /** A temporary folder is private to its owner; a finished run folder is readable like any other. */
    private static void makeReadable(Path folder) throws IOException {
        try {
            Files.setPosixFilePermissions(folder, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: the default permissions apply
        }
    }

    /** Something that adds files (charts, report) to a run folder before it is sealed. */
    public interface RunReportHook {
        void write(Path folder) throws IOException;
    }
}
