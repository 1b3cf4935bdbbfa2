package org.collectivization.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.commons.math3.random.MersenneTwister;

/**
 * History matching (Vernon, Goldstein and Bower 2010; Andrianakis et al. 2015), run on the model
 * itself rather than on an emulator: a point is ruled out when the model's mean is implausibly far
 * from a target given the observation's uncertainty, the model's stated discrepancy and the
 * replicates' noise. What survives is a set of plausible points with equal weights, not a
 * posterior: it says where the model cannot be ruled out, not how likely each point is.
 *
 * <p>Waves: the first samples a Latin hypercube in the box given; each later wave samples a Latin
 * hypercube in the bounding box of the last wave's survivors, widened on each side by
 * {@link #MARGIN} of its width (the outermost survivors lie inside the plausible region, up to a
 * point spacing short of its edge) and cut back to the first box, so no wave samples outside it.
 */
public final class HistoryMatching {
    private HistoryMatching() {}

    /** The usual cut-off: three sd, by Pukelsheim's three-sigma rule for a unimodal distribution. */
    public static final double CUTOFF = 3;
    /** How far a wave's box reaches past its survivors, as a share of their bounding box's width. */
    public static final double MARGIN = 0.1;

    /**
     * An observed figure: the value z, a band [low, high] read as ±2 sd (so asymmetric bands give
     * an observation sd that depends on the side), and the model-discrepancy sd stated for it.
     */
    public record Target(String figure, double value, double low, double high, double discrepancySd) {
        public Target {
            if (!(low <= value && value <= high)) {
                throw new IllegalArgumentException("target " + figure + ": the band [" + low + ", " + high
                        + "] must contain the value " + value);
            }
            if (!(discrepancySd >= 0)) {
                throw new IllegalArgumentException("target " + figure + ": the discrepancy sd must be at least 0, got " + discrepancySd);
            }
        }

        /**
         * The observation sd on the side of the model's mean: a quarter of the band from z to high
         * when the mean is above z, from low to z otherwise.
         */
        public double observationSd(double modelMean) {
            return modelMean > value ? (high - value) / 4 : (value - low) / 4;
        }

        /**
         * I = |z − mean| / √(σ_obs² + σ_disc² + s²/R), with {@code varianceOfMean} = s²/R from the
         * replicates. Infinite when the mean misses z with no uncertainty at all; 0 when it hits it.
         */
        public double implausibility(double modelMean, double varianceOfMean) {
            double sdObs = observationSd(modelMean);
            double miss = Math.abs(value - modelMean);
            if (miss == 0) return 0;
            return miss / Math.sqrt(sdObs * sdObs + discrepancySd * discrepancySd + varianceOfMean);
        }
    }

    /**
     * The implausibility that decides a point: the third largest of its targets' (so that two
     * targets the model misses for reasons of their own do not rule it out), the largest with fewer
     * than three targets.
     */
    public static double deciding(double[] implausibilities) {
        if (implausibilities.length == 0) throw new IllegalArgumentException("a point needs at least one target");
        double[] sorted = implausibilities.clone();
        Arrays.sort(sorted);
        return sorted.length < 3 ? sorted[sorted.length - 1] : sorted[sorted.length - 3];
    }

    /**
     * One wave's verdicts: each point's implausibility per target ({@code implausibility[point][target]}),
     * its deciding implausibility, and whether it survives (deciding ≤ {@link #CUTOFF}).
     */
    public record Wave(List<double[]> points, double[][] implausibility, double[] deciding, boolean[] plausible) {
        public Wave {
            points = List.copyOf(points);
        }

        /** The points that survive, in the wave's order. */
        public List<double[]> survivors() {
            List<double[]> s = new ArrayList<>();
            for (int i = 0; i < plausible.length; i++) if (plausible[i]) s.add(points.get(i));
            return s;
        }
    }

    /**
     * Judges a wave: {@code outputs.get(t)[point][replicate]} is target t's figure at each point, every
     * point run with the same R seeds. With one replicate, s²/R is taken as 0.
     */
    public static Wave assess(List<double[]> points, List<Target> targets, List<double[][]> outputs) {
        if (targets.size() != outputs.size()) {
            throw new IllegalArgumentException(targets.size() + " targets but outputs for " + outputs.size());
        }
        int n = points.size();
        double[][] imp = new double[n][targets.size()];
        for (int t = 0; t < targets.size(); t++) {
            Replicated.check(outputs.get(t), n);
            double[] mean = Replicated.means(outputs.get(t)), var = Replicated.varianceOfMeans(outputs.get(t));
            for (int i = 0; i < n; i++) imp[i][t] = targets.get(t).implausibility(mean[i], Double.isNaN(var[i]) ? 0 : var[i]);
        }
        double[] deciding = new double[n];
        boolean[] plausible = new boolean[n];
        for (int i = 0; i < n; i++) {
            deciding[i] = deciding(imp[i]);
            plausible[i] = deciding[i] <= CUTOFF;
        }
        return new Wave(points, imp, deciding, plausible);
    }

    /** {@code points} points of a Latin hypercube in {@code box}, drawn from a Mersenne Twister seeded with {@code seed}. */
    public static List<double[]> sample(Box box, int points, long seed) {
        List<double[]> out = new ArrayList<>();
        for (double[] u : LatinHypercube.unit(points, box.dims(), new MersenneTwister(seed))) out.add(box.at(u));
        return out;
    }

    /**
     * The box of the next wave: the survivors' bounding box widened by {@link #MARGIN} of its width
     * on each side, inside the first wave's box. Refuses when nothing survived: there is then no
     * plausible region to refine, and the targets, discrepancies or box need rethinking.
     */
    public static Box nextBox(Box first, List<double[]> survivors) {
        if (survivors.isEmpty()) {
            throw new IllegalArgumentException("no point survived the wave: the model cannot match the targets within"
                    + " the box given; widen the box or the discrepancy sds, or check the targets");
        }
        return Box.around(survivors, MARGIN).within(first);
    }
}
