package org.collectivization.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import org.collectivization.analysis.Bootstrap;
import org.collectivization.analysis.Shapley;
import org.collectivization.experiment.Attribution;
import org.collectivization.experiment.Factors;
import org.collectivization.experiment.Loader;
import org.collectivization.experiment.Study;
import org.collectivization.experiment.StudyInfo;
import org.collectivization.experiment.TaskShare;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code collectivization attribute SCENARIO --factors FILE}: how much of the model's famine each cause explains. */
@Command(name = "attribute", mixinStandardHelpOptions = true,
        description = {"Attribute a scenario's famine to its causes with Shapley values.",
                "Each factor in the factors file switches one cause off; every combination of factors switched off is run "
                        + "R times with the same R seeds (2^k combinations for k causes; above "
                        + Shapley.EXACT_MAX + " causes, the combinations that seeded random orders pass through).",
                "Writes attribution.csv (long form: figure, factor, shapley, low, high, share_of_total), interactions.csv "
                        + "(two-factor Shapley interaction indices), cells.csv (each combination's means), the sweep's files, "
                        + "charts/ (waterfalls), report.html and manifest.json (last)."},
        footer = {"", "The attribution describes the model, not history. See scenarios/factors/famine-causes.yaml for a "
                + "factors file and docs/ODD.md, 'What the model says about causes', for its result."})
public final class AttributeCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "SCENARIO", description = "the scenario whose famine is attributed, e.g. scenarios/historical.yaml")
    Path scenario;

    @Option(names = "--factors", paramLabel = "FILE", required = true,
            description = "the factors file: each factor a named group of parameter values that switches one cause off")
    Path factorsFile;

    @Option(names = "--permutations", paramLabel = "N",
            description = "above " + Shapley.EXACT_MAX + " factors: the number of random orders sampled (seeded by --seed; "
                    + "default: 100)")
    Integer permutations;

    @Mixin
    PosteriorOption posterior;

    @Mixin
    StudyOptions options;

    @Override
    public Integer call() throws Exception {
        options.check(2);
        TaskShare share = Studies.share(options);
        Factors factors = Factors.load(factorsFile, Loader.load(scenario), Shapley.MAX_FACTORS);
        int k = factors.size();
        boolean exact = k <= Shapley.EXACT_MAX;
        if (exact && permutations != null) {
            throw new UsageException("--permutations applies above " + Shapley.EXACT_MAX + " factors; " + factorsFile + " has "
                    + k + ", so every combination is run and the values are exact");
        }
        int orders = permutations == null ? 100 : permutations;
        if (orders < 1) throw new UsageException("--permutations must be at least 1, got " + orders);
        int[] cells = Attribution.cells(k, exact, orders, options.seedBase);
        Studies.notTooMany(cells.length, options.replications);
        Map<String, List<String>> groups = new LinkedHashMap<>();
        for (Factors.Factor f : factors.factors()) groups.put(f.name(), f.keys());
        StudyInfo.Analysis analysis = new StudyInfo.Analysis(exact ? Attribution.EXACT : Attribution.PERMUTATIONS,
                exact ? cells.length : orders, null, exact ? null : options.seedBase, groups, Bootstrap.CONFIDENCE,
                Bootstrap.RESAMPLES, options.seedBase);
        Study study = Study.attribution(scenario, factors, cells, analysis, options.replications, options.seedBase,
                options.households, Version.version(), Version.gitCommit());
        study = Studies.withPosterior(study, posterior.file, options);
        String design = exact
                ? String.format(Locale.ROOT, "%d factors, 2^%d = %,d combinations", k, k, cells.length)
                : String.format(Locale.ROOT, "%d factors, %,d combinations on the paths of %,d random orders (seed %d)", k,
                        cells.length, orders, options.seedBase);
        String runs = String.format(Locale.ROOT, "attribute: %s x %d replicates = %,d runs%s", design, options.replications,
                (long) cells.length * options.replications, posterior.file == null ? ""
                        : " (replicate r draws one parameter set from " + posterior.file + " for every combination)");
        // stdout, so that a refusal after it (too little memory) is still one line on stderr; not in the launcher's
        // preflight, whose stdout the launcher reads
        if (!Preflight.active()) System.out.println(runs);
        return Studies.run(StudyInfo.ATTRIBUTE, study, options, share);
    }
}
