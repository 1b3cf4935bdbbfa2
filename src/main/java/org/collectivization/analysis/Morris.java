package org.collectivization.analysis;

import java.util.ArrayList;
import java.util.List;

import org.apache.commons.math3.random.MersenneTwister;
import org.apache.commons.math3.random.RandomGenerator;

/**
 * Morris's elementary effects for screening many parameters cheaply: r trajectories of g + 1 points
 * each on a grid of p levels, each step moving one group by Δ = p / (2(p − 1)) of its range (Morris
 * 1991; Campolongo, Cariboni and Saltelli 2007 for groups and μ*). A group of several parameters
 * moves all of them at once, each in its own direction, so only μ* means something for it.
 */
public final class Morris {
    private Morris() {}

    /** The usual number of grid levels. */
    public static final int LEVELS = 4;

    /**
     * The design in the unit hypercube: trajectory t is the rows t(g + 1) ... t(g + 1) + g; step s of
     * it (from row s to row s + 1 of the trajectory) moves group {@code moved[t][s]}, and parameter i
     * moves by {@code direction[t][i]} · Δ.
     */
    public record Design(Groups groups, int levels, double delta, List<double[]> points, int[][] moved,
                         int[][] direction) {
        public Design {
            points = List.copyOf(points);
        }

        public int trajectories() {
            return moved.length;
        }

        /** The row of trajectory t's s-th point. */
        public int row(int t, int s) {
            return t * (groups.count() + 1) + s;
        }
    }

    /**
     * One group's screening figures for one output, in output units per whole range of the
     * parameter: μ* (mean absolute elementary effect) with its bootstrap interval, μ (mean effect)
     * and σ (their sample sd, the sign of interactions or non-linearity). μ and σ are NaN for a group
     * of several parameters, whose effects have no sign.
     */
    public record Effect(String group, double muStar, Bootstrap.Interval muStarInterval, double mu, double sigma) {}

    /** The effects of every group for one output, and the noise share over all the design's points. */
    public record Result(List<Effect> effects, double noiseShare, double confidence) {
        public Result {
            effects = List.copyOf(effects);
        }
    }

    /**
     * {@code trajectories} trajectories on a grid of {@code levels} levels (0, 1/(p − 1), ..., 1), drawn
     * from a Mersenne Twister seeded with {@code seed}. Each starts at a random grid point from which
     * every parameter can move by Δ in its random direction, and moves the groups one at a time in a
     * random order. The levels must be even so that Δ = p / (2(p − 1)) lands on the grid.
     */
    public static Design design(Groups groups, int trajectories, int levels, long seed) {
        if (levels < 2 || levels % 2 != 0) {
            throw new IllegalArgumentException("--levels must be an even number of at least 2 for Morris (so that the step"
                    + " p/(2(p-1)) lands on the grid), got " + levels + "; try " + (levels < 2 ? LEVELS : levels + 1));
        }
        if (trajectories < 2) {
            throw new IllegalArgumentException("Morris needs at least 2 trajectories to estimate a spread, got " + trajectories);
        }
        int k = groups.dims(), g = groups.count();
        double delta = delta(levels);
        RandomGenerator rng = new MersenneTwister(seed);
        List<double[]> points = new ArrayList<>();
        int[][] moved = new int[trajectories][], direction = new int[trajectories][k];
        for (int t = 0; t < trajectories; t++) {
            double[] x = new double[k];
            for (int i = 0; i < k; i++) {
                // a base level from which +Δ stays on the grid; going down starts Δ higher
                double base = rng.nextInt(levels / 2) / (levels - 1.0);
                direction[t][i] = rng.nextBoolean() ? 1 : -1;
                x[i] = direction[t][i] > 0 ? base : base + delta;
            }
            moved[t] = LatinHypercube.permutation(g, rng);
            points.add(x.clone());
            for (int s = 0; s < g; s++) {
                for (int i : groups.members()[moved[t][s]]) x[i] += direction[t][i] * delta;
                points.add(x.clone());
            }
        }
        return new Design(groups, levels, delta, points, moved, direction);
    }

    /** Morris's step for p levels, as a fraction of the range: p / (2(p − 1)). */
    public static double delta(int levels) {
        return levels / (2.0 * (levels - 1));
    }

    /**
     * The effects for one output from {@code outputs[point][replicate]} in the design's row order.
     * An elementary effect is the change in the point's mean over Δ, signed so that it is the change
     * per increase of a single parameter. μ*'s interval is a percentile bootstrap over trajectories
     * ({@code resamples} draws with replacement, Mersenne Twister seeded with {@code seed}).
     */
    public static Result analyse(Design design, double[][] outputs, double confidence, int resamples, long seed) {
        Replicated.check(outputs, design.points().size());
        Bootstrap.checkConfidence(confidence);
        Bootstrap.checkResamples(resamples);
        double[][] ee = elementaryEffects(design, Replicated.means(outputs));
        int r = design.trajectories();
        RandomGenerator rng = new MersenneTwister(seed);
        double[][] boot = new double[ee.length][resamples];
        for (int b = 0; b < resamples; b++) {
            int[] idx = Bootstrap.resample(r, rng);
            for (int g = 0; g < ee.length; g++) boot[g][b] = meanAbsolute(ee[g], idx);
        }
        int[] all = new int[r];
        for (int t = 0; t < r; t++) all[t] = t;
        List<Effect> effects = new ArrayList<>();
        for (int g = 0; g < ee.length; g++) {
            boolean single = design.groups().members()[g].length == 1;
            effects.add(new Effect(design.groups().names().get(g), meanAbsolute(ee[g], all),
                    Bootstrap.percentile(boot[g], confidence),
                    single ? Replicated.mean(ee[g]) : Double.NaN,
                    single ? Math.sqrt(Replicated.sampleVariance(ee[g])) : Double.NaN));
        }
        return new Result(effects, Replicated.noiseShare(outputs), confidence);
    }

    /** {@code ee[group][trajectory]}: each group's elementary effect in each trajectory. */
    static double[][] elementaryEffects(Design design, double[] y) {
        Groups groups = design.groups();
        double[][] ee = new double[groups.count()][design.trajectories()];
        for (int t = 0; t < design.trajectories(); t++) {
            for (int s = 0; s < groups.count(); s++) {
                int g = design.moved()[t][s];
                int[] members = groups.members()[g];
                int sign = members.length == 1 ? design.direction()[t][members[0]] : 1;
                ee[g][t] = sign * (y[design.row(t, s + 1)] - y[design.row(t, s)]) / design.delta();
            }
        }
        return ee;
    }

    private static double meanAbsolute(double[] x, int[] idx) {
        double s = 0;
        for (int i : idx) s += Math.abs(x[i]);
        return s / idx.length;
    }
}
