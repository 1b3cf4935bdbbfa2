package org.collectivization.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.Callable;

import org.collectivization.experiment.Checkpoint;
import org.collectivization.experiment.Loader;
import org.collectivization.experiment.Home;
import org.collectivization.experiment.RunFolder;
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
        Instant started = Instant.now();
        Scenario s = Loader.load(scenario);
        Checkpoint c;
        try {
            c = Checkpoint.read(checkpointFile);
        } catch (IOException e) {
            throw new UsageException(e.getMessage());
        }
        Path base = RunJob.defaultFolder(Home.results(), s, c.params(), started);
        try (RunFolder claim = out != null ? RunFolder.claimExactly(out, false)
                : RunFolder.claimNumbered(base.resolveSibling(base.getFileName() + "-from-" + c.monthLabel()))) {
            Reports.tellRemoved(claim);
            Progress progress = new Progress("branch " + s.name() + " from " + c.monthLabel(), c.params().run.months(),
                    "months");
            RunResult r;
            try {
                r = c.branch(s, progress::update);
            } finally {
                progress.close();
            }
            RunJob job = new RunJob(scenario);
            job.version = Version.version();
            job.gitCommit = Version.gitCommit();
            job.commandLine = "collectivization branch " + String.join(" ", ProcessInfo.arguments());
            job.continuedFrom = c.provenance();
            Path folder = job.write(r, claim, started, noReport ? null : Reports.hook());
            RunCommand.printSummary(r, folder);
        }
        return 0;
    }
}
