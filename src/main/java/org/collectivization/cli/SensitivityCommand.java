package org.collectivization.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.collectivization.analysis.Bootstrap;
import org.collectivization.analysis.Groups;
import org.collectivization.experiment.Design;
import org.collectivization.experiment.Sensitivity;
import org.collectivization.experiment.Study;
import org.collectivization.experiment.StudyInfo;
import org.collectivization.experiment.TaskShare;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code collectivization sensitivity SCENARIO --method morris|sobol --vary KEY=LO:HI ...}: which parameters move the figures. */
@Command(name = "sensitivity", mixinStandardHelpOptions = true,
        description = {"Find which varied parameters move a scenario's figures.",
                "A sweep over a Sobol (Saltelli) or Morris design, every point run R times with the same R seeds.",
                "Writes design.csv, replicates.csv, series.csv, sweep.csv, indices.csv (long form: figure, parameter, "
                        + "method, index, estimate, low, high), noise.csv (the replicate noise share and the warnings of "
                        + "each figure), charts/, report.html and manifest.json (last)."},
        footer = {"", "--samples is N for Sobol (a power of two; N(k + 2) points for k groups) and the number of "
                + "trajectories r for Morris (r(k + 1) points).",
                "The --vary ranges must lie inside the scenario's declared ranges."})
public final class SensitivityCommand implements Callable<Integer> {
    @Mixin
    VaryOptions given;

    @Option(names = "--method", paramLabel = "morris|sobol", required = true,
            description = "morris: screening by elementary effects (cheap); sobol: variance-based indices S1 and ST")
    String method;

    @Option(names = "--samples", paramLabel = "N", defaultValue = "8",
            description = "Sobol: N, a power of two; Morris: trajectories (default: ${DEFAULT-VALUE})")
    int samples;

    @Option(names = "--levels", paramLabel = "P", defaultValue = "4", description = "Morris's grid levels, even (default: ${DEFAULT-VALUE})")
    int levels;

    @Option(names = "--group", paramLabel = "NAME=KEY,KEY,...",
            description = "parameters that move together as one factor (keys as in --vary, with * for a multiplier); repeatable")
    List<String> group;

    @Option(names = "--confidence", paramLabel = "C", defaultValue = "0.95",
            description = "the level of the bootstrap intervals (default: ${DEFAULT-VALUE})")
    double confidence;

    @Mixin
    StudyOptions options;

    @Override
    public Integer call() throws Exception {
        options.check(1);
        TaskShare share = Studies.share(options);
        List<Design.Vary> varied;
        StudyInfo.Analysis analysis;
        List<double[]> points;
        try {
            if (!method.equals(Sensitivity.SOBOL) && !method.equals(Sensitivity.MORRIS)) {
                throw new IllegalArgumentException("--method must be morris or sobol, not '" + method + "'");
            }
            if (!(confidence > 0 && confidence < 1)) {
                throw new IllegalArgumentException("--confidence must lie strictly between 0 and 1, got " + confidence);
            }
            varied = Studies.varied(given.vary, false);
            List<String> columns = new ArrayList<>();
            for (Design.Vary v : varied) columns.add(v.column());
            Map<String, List<String>> groups = groups(group);
            Groups g = Groups.of(columns, groups);
            boolean sobol = method.equals(Sensitivity.SOBOL);
            analysis = new StudyInfo.Analysis(method, samples, sobol ? null : levels, sobol ? null : options.seedBase,
                    groups, confidence, Bootstrap.RESAMPLES, options.seedBase);
            points = new ArrayList<>();
            for (double[] u : Sensitivity.unitPoints(analysis, g)) points.add(Design.box(varied).at(u));
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        Studies.notTooMany(points.size(), options.replications);
        Study study = Study.sensitivity(given.scenario, varied, analysis, points, options.replications, options.seedBase,
                options.households, Version.version(), Version.gitCommit());
        return Studies.run("sensitivity", study, options, share);
    }

    /** --group NAME=KEY,KEY,... in the order given. */
    static Map<String, List<String>> groups(List<String> specs) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        if (specs == null) return out;
        for (String spec : specs) {
            int eq = spec.indexOf('=');
            if (eq <= 0 || eq == spec.length() - 1) throw new IllegalArgumentException("--group " + spec + ": expected NAME=KEY,KEY,...");
            String name = spec.substring(0, eq).trim();
            if (out.containsKey(name)) throw new IllegalArgumentException("--group names " + name + " twice");
            List<String> keys = new ArrayList<>();
            for (String k : spec.substring(eq + 1).split(",")) if (!k.isBlank()) keys.add(k.trim());
            out.put(name, keys);
        }
        return out;
    }
}
