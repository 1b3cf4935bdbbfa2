package org.collectivization.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.collectivization.experiment.Study;
import org.collectivization.experiment.TaskShare;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code collectivization compare BASELINE SCENARIO...}: paired replicates of policies against a baseline. */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = {"Compare scenarios over paired replicates.",
                "Every scenario is compared with the first (the baseline) over R replicates each.",
                "Replicate r of every scenario uses seed BASE + r, so it starts from the same villages: "
                        + "differences are paired.",
                "Writes replicates.csv, series.csv, summary.csv (mean, 95 %% t interval), comparison.csv (paired "
                        + "difference, paired t interval, Wilcoxon signed-rank test, Holm-adjusted p), charts/, "
                        + "report.html and manifest.json (last)."})
public final class CompareCommand implements Callable<Integer> {
    // One scenario is accepted here and refused in plain words by tooFewScenarios: picocli's own message
    // ("positional parameter at index 0..* (SCENARIO) requires at least 2 values") is jargon.
    @Parameters(index = "0..*", arity = "1..*", paramLabel = "SCENARIO",
            description = "scenario files; the first is the baseline, e.g. scenarios/historical.yaml scenarios/responsive-relief.yaml")
    List<Path> scenarios;

    @Mixin
    StudyOptions options;

    @picocli.CommandLine.Option(names = "--branch-at", paramLabel = "YYYY-MM",
            description = "every scenario runs the baseline's history up to this month and its own levers from the "
                    + "start of this month on: e.g. what if the centre had changed course in the summer of 1932?")
    String branchAt;

    @picocli.CommandLine.Mixin
    PosteriorOption posterior;

    /**
     * The message for fewer than two scenarios, or null. Main also asks it when another option is missing,
     * since a command with one scenario is best told about that first.
     */
    String tooFewScenarios() {
        int n = scenarios == null ? 0 : scenarios.size();
        if (n >= 2) return null;
        return "compare needs at least two scenarios, the first the baseline; got " + (n == 0 ? "none"
                : "one (" + scenarios.get(0) + ")") + " (see: collectivization compare --help)";
    }

    @Override
    public Integer call() throws Exception {
        if (tooFewScenarios() != null) throw new UsageException(tooFewScenarios());
        options.check(2);
        TaskShare share = Studies.share(options);
        Study study = Study.compare(scenarios, options.replications, options.seedBase, options.households,
                Version.version(), Version.gitCommit(), branchAt);
        if (branchAt != null) RunCommand.monthOfRun("--branch-at", branchAt, study.info.arms().get(0).months());
        study = Studies.withPosterior(study, posterior.file, options);
        return Studies.run("compare", study, options, share);
    }
}
