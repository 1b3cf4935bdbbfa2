package org.collectivization.experiment;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.IntConsumer;
import java.util.stream.Stream;

import org.collectivization.model.Params;
import org.collectivization.report.RunFiles;

/**
 * One headless run from a scenario file to a finished run folder. The folder is written under a
 * temporary name beside its destination and renamed into place when complete, manifest last, so a
 * folder that exists is a whole run.
 */
public final class RunJob {
    public final Path scenarioFile;
    public Long seed;
    public Integer households;
    public int threads = Runtime.getRuntime().availableProcessors();
    public String commandLine = "";
    public String version = "unknown";
    public String gitCommit = "unknown";
    /** A file (a checkpoint) moved into the run folder under {@link #extraFileName} before it is sealed. */
    public Path extraFile;
    public String extraFileName;
    /** Replace an existing run folder at the destination, once the new one is complete. */
    public boolean replaceExisting;
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

    /** The default folder: results/&lt;scenario&gt;/&lt;date-time&gt;-seed&lt;N&gt;. */
    public static Path defaultFolder(Path resultsRoot, Scenario s, Params p, Instant now) {
        String stamp = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC).format(now);
        Path base = resultsRoot.resolve(s.name()).resolve(stamp + "-seed" + p.seed);
        Path f = base;
        for (int i = 2; Files.exists(f); i++) f = base.resolveSibling(base.getFileName() + "-" + i);
        return f;
    }

    public RunResult run(Scenario s, Params p, IntConsumer progress) {
        return Runner.run(s, p, threads, progress);
    }

    /** Writes the run's files into {@code folder}, which must not exist yet. */
    public void write(RunResult r, Path folder, Instant started, RunReportHook report) throws IOException {
        Path parent = folder.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path tmp = Files.createTempDirectory(parent, "." + folder.getFileName() + ".partial-");
        try {
            RunFiles.writeTimeseries(r, tmp.resolve("timeseries.csv"));
            RunFiles.writeSummary(r, tmp.resolve("summary.json"));
            RunFiles.writeScenario(r, tmp.resolve("scenario.yaml"));
            if (extraFile != null) Files.move(extraFile, tmp.resolve(extraFileName));
            Map<String, Object> manifest = new LinkedHashMap<>();
            manifest.put("scenario", r.scenario.name());
            manifest.put("scenario_file", scenarioFile.toString());
            manifest.put("seed", r.params.seed);
            manifest.put("households_simulated", r.params.households);
            manifest.put("threads", threads);
            manifest.put("version", version);
            manifest.put("git_commit", gitCommit);
            manifest.put("command_line", commandLine);
            manifest.put("java_version", System.getProperty("java.version"));
            manifest.put("start_time", started.toString());
            manifest.put("model_seconds", Math.round(r.seconds * 1000) / 1000.0);
            if (continuedFrom != null) manifest.put("continued_from", continuedFrom);
            if (report != null) {
                // The report shows the manifest; the manifest is then written again, last, with the whole duration.
                RunFiles.writeJson(manifest, tmp.resolve("manifest.json"));
                report.write(tmp);
            }
            manifest.put("duration_s", Math.round((Instant.now().toEpochMilli() - started.toEpochMilli()) / 10.0) / 100.0);
            RunFiles.writeJson(manifest, tmp.resolve("manifest.json"));
            makeReadable(tmp);
            if (replaceExisting && Files.exists(folder)) {
                Path old = Files.createTempDirectory(parent, "." + folder.getFileName() + ".replaced-");
                Files.delete(old);
                Files.move(folder, old);
                deleteQuietly(old);
            }
            try {
                Files.move(tmp, folder, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, folder);
            }
        } catch (IOException | RuntimeException e) {
            deleteQuietly(tmp);
            throw e;
        }
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

    static void deleteQuietly(Path p) {
        if (!Files.exists(p)) return;
        try (Stream<Path> s = Files.walk(p)) {
            s.sorted(Comparator.reverseOrder()).forEach(x -> x.toFile().delete());
        } catch (IOException e) {
            // best effort: a partial folder has a name that marks it as such
        }
    }
}
