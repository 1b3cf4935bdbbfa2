package org.collectivization.targets;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

import org.collectivization.experiment.StudyFiles;
import org.collectivization.experiment.Suggest;
import org.collectivization.stats.Estimate;

/**
 * Targets measured on runs. For each target, over the runs of its scenario:
 * <ul>
 * <li>{@code mean}: the target's formula applied to the mean of each figure over the runs. For a stock, a
 * flow or any sum this is the mean of the runs' values; for a ratio it is the ratio of the means, which is how
 * the article's patterns are defined (ODD §1: a pattern holds when the mean over seeds meets its
 * bound) and how ArticlePatternsTest and check-historical measure them;</li>
 * <li>{@code ciLow}, {@code ciHigh}: the two-sided 95 % t interval of the runs' own values
 * ({@link Estimate}), NaN with one run;</li>
 * <li>{@code inside}: whether the mean lies in the target's band.</li>
 * </ul>
 */
public final class Evaluation {
    public static final String HEADER = "target,kind,scenario,series,period,value,low,high,discrepancy_sd,runs,mean,ci_low,ci_high,inside,source";

    private Evaluation() {}

    /**
     * A target as measured.
     *
     * @param runs   the number of runs of its scenario (0: none was given, and nothing is measured)
     * @param perRun the target's value in each run, in the order given
     */
    public record Result(Target target, int runs, double mean, double ciLow, double ciHigh, double[] perRun, boolean inside) {
        public boolean measured() {
            return runs > 0;
        }
    }

    /** Every target, each on the runs of its own scenario, in the order of the targets. */
    public static List<Result> evaluate(List<Target> targets, List<RunFigures> runs) {
        List<Result> out = new ArrayList<>();
        for (Target t : targets) {
            out.add(evaluate(t, runs.stream().filter(r -> r.scenario().equals(t.scenario())).toList()));
        }
        return out;
    }

    /** One target on these runs (all of its scenario). */
    public static Result evaluate(Target t, List<RunFigures> runs) {
        if (runs.isEmpty()) return new Result(t, 0, Double.NaN, Double.NaN, Double.NaN, new double[0], false);
        double[] perRun = new double[runs.size()];
        for (int i = 0; i < perRun.length; i++) perRun[i] = value(t, runs.get(i));
        double mean = t.formula().value(leaf -> {
            double s = 0;
            for (RunFigures r : runs) s += leaf(t, r, leaf);
            return s / runs.size();
        });
        Estimate e = Estimate.of(perRun);
        return new Result(t, runs.size(), mean, e.ciLow(), e.ciHigh(), perRun, t.band().contains(mean));
    }

    /** The target's value in one run. */
    public static double value(Target t, RunFigures run) {
        return t.formula().value(leaf -> leaf(t, run, leaf));
    }

    private static double leaf(Target t, RunFigures run, Formula.Leaf leaf) {
        if (leaf instanceof Formula.SummaryKey k) {
            OptionalDouble v = run.summaryNumber(k.key());
            if (v.isEmpty()) {
                throw new TargetException(t.file(), t.line(), "series", "the summary.json of " + run.label()
                        + " has no number '" + k.key() + "'" + Suggest.didYouMean(k.key(), run.summary().keySet()));
            }
            return v.getAsDouble();
        }
        Formula.Figure f = (Formula.Figure) leaf;
        if (!run.series().has(f.column())) {
            throw new TargetException(t.file(), t.line(), "series", "the timeseries.csv of " + run.label()
                    + " has no column '" + f.column() + "' (a run of an older version of the program?)");
        }
        if (!f.period().within(run.series().first(), run.series().last())) {
            throw new TargetException(t.file(), t.line(), t.kind() == Target.Kind.STOCK || t.kind() == Target.Kind.FLOW ? "period" : "series",
                    "period '" + f.period().text() + "' reads " + f.period().rows() + ", outside the run " + run.label()
                            + " (" + run.series().first() + " to " + run.series().last() + ")");
        }
        return run.figure(f);
    }

    /** Writes the results as CSV, one line a target, numbers in full. */
    public static void write(Path csv, List<Result> results) throws IOException {
        StringBuilder b = new StringBuilder(HEADER).append('\n');
        for (Result r : results) {
            Target t = r.target();
            b.append(String.join(",", StudyFiles.csv(t.name()), t.kind().word(), t.scenario(), StudyFiles.csv(t.series()), t.period(),
                    Numbers.plain(t.value()), t.band().lowCell(), t.band().highCell(), Numbers.plain(t.discrepancySd()),
                    String.valueOf(r.runs()), Numbers.plain(r.mean()), Numbers.plain(r.ciLow()), Numbers.plain(r.ciHigh()),
                    r.measured() ? (r.inside() ? "yes" : "no") : "", StudyFiles.csv(t.source()))).append('\n');
        }
        Files.writeString(csv, b, StandardCharsets.UTF_8);
    }

    /** The result as the targets table shows it: band, then mean and interval, all in the unit of the line's largest number. */
    public static String[] shown(Result r) {
        double scale = Math.max(r.target().band().scale(), Double.isNaN(r.mean()) ? 0 : Math.abs(r.mean()));
        String interval = Double.isNaN(r.ciLow()) ? ""
                : " [" + Numbers.shown(r.ciLow(), scale) + ", " + Numbers.shown(r.ciHigh(), scale) + "]";
        return new String[] {r.target().band().describe(scale), Numbers.shown(r.mean(), scale) + interval};
    }
}
