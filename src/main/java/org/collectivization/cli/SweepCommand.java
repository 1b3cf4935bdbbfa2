package org.collectivization.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.collectivization.experiment.Design;
import org.collectivization.experiment.Study;
import org.collectivization.experiment.TaskShare;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code collectivization sweep SCENARIO --vary KEY=LO:HI[:STEP] ...}: one scenario over a design of points. */
@Command(name = "sweep", mixinStandardHelpOptions = true,
        description = {"Run one scenario over a design of parameter values.",
                "Each point is replicated R times with common random numbers (replicate r of every point uses "
                        + "seed BASE + r).",
                "Writes design.csv, replicates.csv, series.csv, sweep.csv (long form: point, parameters, metric, "
                        + "mean, sd, 95 %% t interval, n), charts/ and manifest.json (last)."},
        footer = {"", "KEY is any scenario key holding a number, e.g. procurement.share_of_estimate_cap=0.10:0.45:0.05;",
                "KEY* is a multiplier on every year of a per-year schedule, e.g. procurement.centre_needs_t*=0.5:1.5:0.25."})
public final class SweepCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "SCENARIO", description = "the scenario to vary, e.g. scenarios/historical.yaml")
    Path scenario;

    @Option(names = "--vary", paramLabel = "KEY=LO:HI[:STEP]", required = true,
            description = "a parameter and its range (with a step for a grid); repeat for more parameters")
    List<String> vary;

    @Option(names = "--design", paramLabel = "grid|lhs|sobol", defaultValue = "grid",
            description = "grid: every combination of the steps; lhs: a Latin hypercube; sobol: a Sobol sequence"
                    + " (default: ${DEFAULT-VALUE})")
    String design;

    @Option(names = "--samples", paramLabel = "K", description = "points of an lhs or sobol design")
    Integer samples;

    @Mixin
    StudyOptions options;

    @Override
    public Integer call() throws Exception {
        options.check(1);
        TaskShare share = Studies.share(options);
        Design.Kind kind;
        List<Design.Vary> varied = new ArrayList<>();
        List<double[]> points;
        try {
            kind = Design.Kind.parse(design);
            varied.addAll(Studies.varied(vary, true));
            if (kind == Design.Kind.GRID) {
                if (samples != null) throw new IllegalArgumentException("--samples belongs to --design lhs or sobol; a grid has its steps");
                points = Design.grid(varied);
            } else {
                if (samples == null || samples < 1) throw new IllegalArgumentException("--design " + kind.id() + " needs --samples K (K >= 1)");
                points = kind == Design.Kind.LHS ? Design.latinHypercube(varied, samples, options.seedBase)
                        : Design.sobol(varied, samples);
            }
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        Studies.notTooMany(points.size(), options.replications);
        Study study = Study.sweep(scenario, varied, kind, samples, points, options.replications, options.seedBase,
                options.households, Version.version(), Version.gitCommit());
        return Studies.run("sweep", study, options, share);
    }
}
