package org.collectivization.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.Callable;

import org.collectivization.experiment.Checkpoint;
import org.collectivization.experiment.Loader;
import org.collectivization.experiment.RunJob;
import org.collectivization.experiment.RunResult;
import org.collectivization.experiment.Scenario;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code collectivization branch CHECKPOINT --scenario S}: continue a saved run under another policy. */
@Command(name = "branch", mixinStandardHelpOptions = true,
        description = {"Continue a run from a checkpoint under another scenario.",
                "The checkpoint is written by run --checkpoint-at; the run continues under the other scenario's "
                        + "parameters, with the same seed and size, and writes a run folder as run does.",
                "The months before the checkpoint are the saved run's; from the checkpoint's month on the new "
                        + "scenario's levers apply."})
public final class BranchCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "CHECKPOINT", description = "a checkpoint-YYYY-MM.ser.gz file from a run folder")
    Path checkpointFile;

    @Option(names = "--scenario", paramLabel = "FILE", required = true,
            description = "the scenario to continue under, e.g. scenarios/responsive-relief.yaml")
    Path scenario;

    @Option(names = "--out", paramLabel = "DIR", description = "write exactly here; DIR must not exist yet "
            + "(default: results/<scenario>/<date-time>-seed<N>-from-<YYYY-MM>/)")
    Path out;

    @Option(names = "--no-report", description = "skip charts and report.html (faster)")
    boolean noReport;

    @Override
    public Integer call() throws Exception {
        if (!Files.isRegularFile(checkpointFile)) throw new UsageException(checkpointFile + " is not a checkpoint file");
        if (out != null && Files.exists(out)) throw new UsageException("--out " + out + " already exists; choose a new folder");
        Instant started = Instant.now();
        Scenario s = Loader.load(scenario);
        Checkpoint c;
        try {
            c = Checkpoint.read(checkpointFile);
        } catch (IOException e) {
            throw new UsageException(e.getMessage());
        }
        Progress progress = new Progress("branch " + s.name() + " from " + c.monthLabel(), c.params().months, "months");
        RunResult r;
        try {
            r = c.branch(s, progress::update);
        } finally {
            progress.close();
        }
        Path folder = out;
        if (folder == null) {
            Path base = RunJob.defaultFolder(Path.of("results"), r.scenario, r.params, started);
            folder = base.resolveSibling(base.getFileName() + "-from-" + c.monthLabel());
        }
        RunJob job = new RunJob(scenario);
        job.version = Version.version();
        job.gitCommit = Version.gitCommit();
        job.commandLine = "collectivization branch " + String.join(" ", ProcessInfo.arguments());
        job.continuedFrom = c.provenance();
        job.write(r, folder, started, noReport ? null : Reports.hook());
        RunCommand.printSummary(r, folder);
        return 0;
    }
}
