package org.collectivization.experiment;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.math3.random.MersenneTwister;
import org.collectivization.analysis.Bootstrap;
import org.collectivization.analysis.Shapley;

/**
 * The Shapley attribution of an attribute study, from its rows: each figure's mean in every cell over
 * the replicates (the same seeds in every cell), the Shapley value of each factor, the pair interaction
 * indices, and percentile bootstrap intervals that resample replicate indices jointly across all cells,
 * keeping the pairing of the common random numbers. Everything is made again from study.json, so a
 * study run at once and one collected from tasks give the same files.
 */
public final class Attribution {
    private Attribution() {}

    public static final String EXACT = "shapley-exact";
    public static final String PERMUTATIONS = "shapley-permutations";
    public static final String ATTRIBUTION = "attribution.csv";
    public static final String INTERACTIONS = "interactions.csv";
    public static final String CELLS = "cells.csv";
    public static final String ATTRIBUTION_HEADER = "figure,factor,shapley,low,high,share_of_total";
    public static final String INTERACTIONS_HEADER = "figure,factor_a,factor_b,interaction,low,high";

    /** The figures attributed: famine deaths in all, in Ukraine and in Kazakhstan, and the change of each herd. */
    public static final List<String> FIGURES = List.of("excess_deaths_total", "excess_deaths_ukraine",
            "excess_deaths_kazakhstan", "cattle_loss_share", "horses_loss_share", "pigs_loss_share", "sheep_goats_loss_share");

    /** One factor's share of a figure: its Shapley value with interval, and its share of the total difference. */
    public record Value(String factor, double shapley, Bootstrap.Interval interval, double shareOfTotal) {}

    /** One pair's interaction index with its interval. */
    public record Pair(String a, String b, double index, Bootstrap.Interval interval) {}

    /**
     * A figure's attribution: its mean with every cause switched off and with all present (history), their
     * intervals, each factor's value, and the pairs' interactions (none from sampled permutations).
     */
    public record FigureResult(String figure, double none, Bootstrap.Interval noneInterval, double all,
                               Bootstrap.Interval allInterval, List<Value> values, List<Pair> pairs) {
        public double total() {
            return all - none;
        }
    }

    /** The factors' names, in the study's order. */
    public static List<String> factors(StudyInfo info) {
        List<String> n = new ArrayList<>();
        for (StudyInfo.Varied v : info.parameters()) n.add(v.column());
        return n;
    }

    private static boolean exact(StudyInfo info) {
        return EXACT.equals(info.analysis().method());
    }

    /** The orders a sampled attribution follows, drawn again from the recorded count and seed. */
    public static List<int[]> orders(StudyInfo info) {
        return Shapley.permutations(info.parameters().size(), info.analysis().samples(), info.analysis().seed());
    }

    /** The cells to run: all 2^k for exact values, else those the seeded orders pass through. */
    public static int[] cells(int k, boolean exact, int permutations, long seed) {
        if (exact) {
            int[] all = new int[1 << k];
            for (int c = 0; c < all.length; c++) all[c] = c;
            return all;
        }
        return Shapley.cellsVisited(Shapley.permutations(k, permutations, seed));
    }

    /** Every figure of {@link #FIGURES}, in order. */
    public static List<FigureResult> analyse(StudyInfo info, List<Replicate> reps) {
        int k = info.parameters().size(), r = info.replications(), arms = info.arms().size();
        int[] cellOfArm = new int[arms];
        for (int a = 0; a < arms; a++) cellOfArm[a] = Factors.cellOf(info.arms().get(a).label());
        StudyInfo.Analysis an = info.analysis();
        MersenneTwister rng = new MersenneTwister(an.bootstrapSeed());
        int[][] resamples = new int[an.resamples()][];
        for (int b = 0; b < resamples.length; b++) resamples[b] = Bootstrap.resample(r, rng);
        List<int[]> orders = exact(info) ? null : orders(info);
        List<String> names = factors(info);
        List<FigureResult> out = new ArrayList<>();
        for (String figure : FIGURES) {
            int m = info.metrics().indexOf(figure);
            double[][] y = new double[arms][r];
            for (Replicate rep : reps) y[rep.arm()][rep.replicate() - 1] = rep.metrics()[m];
            Estimate point = estimate(y, identity(r), cellOfArm, k, orders);
            Estimate[] boot = new Estimate[resamples.length];
            for (int b = 0; b < boot.length; b++) boot[b] = estimate(y, resamples[b], cellOfArm, k, orders);
            double total = point.all - point.none;
            List<Value> values = new ArrayList<>();
            for (int i = 0; i < k; i++) {
                final int f = i;
                values.add(new Value(names.get(i), point.phi[i], interval(boot, e -> e.phi[f], an.confidence()),
                        total == 0 ? Double.NaN : point.phi[i] / total));
            }
            List<Pair> pairs = new ArrayList<>();
            if (point.pairs != null) {
                for (int i = 0; i < k; i++) {
                    for (int j = i + 1; j < k; j++) {
                        final int a = i, c = j;
                        pairs.add(new Pair(names.get(i), names.get(j), point.pairs[i][j],
                                interval(boot, e -> e.pairs[a][c], an.confidence())));
                    }
                }
            }
            out.add(new FigureResult(figure, point.none, interval(boot, e -> e.none, an.confidence()), point.all,
                    interval(boot, e -> e.all, an.confidence()), values, pairs));
        }
        return out;
    }

    private record Estimate(double none, double all, double[] phi, double[][] pairs) {}

    private static int[] identity(int r) {
        int[] idx = new int[r];
        for (int i = 0; i < r; i++) idx[i] = i;
        return idx;
    }

    /** The cells' means over the replicates {@code idx}, and the attribution they give. */
    private static Estimate estimate(double[][] y, int[] idx, int[] cellOfArm, int k, List<int[]> orders) {
        double[] cells = new double[1 << k];
        java.util.Arrays.fill(cells, Double.NaN);
        for (int a = 0; a < y.length; a++) {
            double s = 0;
            for (int i : idx) s += y[a][i];
            cells[cellOfArm[a]] = s / idx.length;
        }
        int all = (1 << k) - 1;
        if (orders == null) {
            return new Estimate(cells[0], cells[all], Shapley.exact(cells, k), k >= 2 ? Shapley.interactions(cells, k) : null);
        }
        return new Estimate(cells[0], cells[all], Shapley.sampled(c -> cells[c], k, orders), null);
    }

    private static Bootstrap.Interval interval(Estimate[] boot, java.util.function.ToDoubleFunction<Estimate> f, double confidence) {
        double[] v = new double[boot.length];
        for (int b = 0; b < v.length; b++) v[b] = f.applyAsDouble(boot[b]);
        return Bootstrap.percentile(v, confidence);
    }

    public static List<String> attributionLines(List<FigureResult> results) {
        List<String> lines = new ArrayList<>();
        for (FigureResult f : results) {
            for (Value v : f.values()) {
                lines.add(String.join(",", f.figure(), StudyFiles.csv(v.factor()), StudyFiles.stat(v.shapley()),
                        StudyFiles.stat(v.interval().low()), StudyFiles.stat(v.interval().high()), StudyFiles.stat(v.shareOfTotal())));
            }
        }
        return lines;
    }

    public static List<String> interactionLines(List<FigureResult> results) {
        List<String> lines = new ArrayList<>();
        for (FigureResult f : results) {
            for (Pair p : f.pairs()) {
                lines.add(String.join(",", f.figure(), StudyFiles.csv(p.a()), StudyFiles.csv(p.b()), StudyFiles.stat(p.index()),
                        StudyFiles.stat(p.interval().low()), StudyFiles.stat(p.interval().high())));
            }
        }
        return lines;
    }

    public static String cellsHeader(StudyInfo info) {
        return "cell," + String.join(",", factors(info)) + ",switched_off,figure,mean,n";
    }

    /** cells.csv: each cell's mean of each attributed figure, long form. */
    public static List<String> cellLines(StudyInfo info, List<Replicate> reps) {
        Map<Integer, double[]> sums = new HashMap<>();
        for (Replicate rep : reps) {
            double[] s = sums.computeIfAbsent(rep.arm(), a -> new double[FIGURES.size()]);
            for (int f = 0; f < FIGURES.size(); f++) s[f] += rep.metrics()[info.metrics().indexOf(FIGURES.get(f))];
        }
        List<String> names = factors(info);
        List<String> lines = new ArrayList<>();
        for (int a = 0; a < info.arms().size(); a++) {
            StudyInfo.Arm arm = info.arms().get(a);
            List<String> off = new ArrayList<>(), flags = new ArrayList<>();
            for (int i = 0; i < names.size(); i++) {
                boolean present = arm.values().get(i) == 1.0;
                flags.add(present ? "1" : "0");
                if (!present) off.add(names.get(i));
            }
            for (int f = 0; f < FIGURES.size(); f++) {
                lines.add(String.join(",", StudyFiles.csv(arm.label()), String.join(",", flags),
                        StudyFiles.csv(off.isEmpty() ? "none" : String.join(" ", off)), FIGURES.get(f),
                        StudyFiles.stat(sums.get(a)[f] / info.replications()), String.valueOf(info.replications())));
            }
        }
        return lines;
    }

    /** Writes attribution.csv, interactions.csv and cells.csv into {@code dir} and returns the results. */
    public static List<FigureResult> write(Path dir, StudyInfo info, List<Replicate> reps) throws IOException {
        List<FigureResult> results = analyse(info, reps);
        StudyFiles.writeLines(dir.resolve(ATTRIBUTION), ATTRIBUTION_HEADER, attributionLines(results));
        StudyFiles.writeLines(dir.resolve(INTERACTIONS), INTERACTIONS_HEADER, interactionLines(results));
        StudyFiles.writeLines(dir.resolve(CELLS), cellsHeader(info), cellLines(info, reps));
        return results;
    }
}
