package org.collectivization.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.commons.math3.random.MersenneTwister;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.SobolSequenceGenerator;

/**
 * Sobol' variance-based sensitivity indices on Saltelli's design: first-order indices by the
 * estimator of Saltelli et al. (2010), total-order indices by Jansen's (1999), with seeded
 * percentile bootstrap intervals. A factor is a {@link Groups group}: one column swap moves every
 * parameter of the group at once, so a group's first-order index is the share of variance its
 * parameters explain together, interactions among them included.
 */
public final class Sobol {
    private Sobol() {}

    /** Commons Math's Sobol' sequence has direction numbers for at most 1000 dimensions; A and B take 2k. */
    public static final int MAX_PARAMETERS = 500;

    /**
     * Saltelli's design: {@code samples} rows of A, then {@code samples} rows of B, then for each
     * group g in order the rows of AB_g (A with the columns of group g taken from B), N(g + 2)
     * points in all, in the unit hypercube.
     */
    public record Design(Groups groups, int samples, List<double[]> points) {
        public Design {
            points = List.copyOf(points);
        }

        /** The row of A's j-th sample. */
        public int rowA(int j) {
            return j;
        }

        /** The row of B's j-th sample. */
        public int rowB(int j) {
            return samples + j;
        }

        /** The row of AB_g's j-th sample. */
        public int rowAB(int g, int j) {
            return (2 + g) * samples + j;
        }
    }

    /**
     * One group's indices with their intervals, and the signs that there were too few samples (or
     * too much noise): an interval that holds zero, or S1 above ST beyond the bootstrap interval of
     * their difference (S1 ≤ ST always holds for the true indices).
     */
    public record Index(String group, double s1, Bootstrap.Interval s1Interval, double st,
                        Bootstrap.Interval stInterval, boolean s1IntervalHoldsZero, boolean stIntervalHoldsZero,
                        boolean firstAboveTotal) {

        /** One sentence for a user when a flag is up; empty when none is. */
        public String warning() {
            List<String> why = new ArrayList<>();
            if (s1IntervalHoldsZero) why.add("the interval of S1 " + show(s1Interval) + " includes zero");
            if (stIntervalHoldsZero) why.add("the interval of ST " + show(stInterval) + " includes zero");
            if (firstAboveTotal) why.add(String.format(Locale.ROOT, "S1 (%.3f) exceeds ST (%.3f) beyond its interval", s1, st));
            if (why.isEmpty()) return "";
            return group + ": " + String.join(" and ", why)
                    + ", so this index is not resolved; an inert factor shows this, otherwise try more samples or replicates.";
        }

        private static String show(Bootstrap.Interval i) {
            return String.format(Locale.ROOT, "[%.3f, %.3f]", i.low(), i.high());
        }
    }

    /**
     * The indices of every group for one output figure, the variance V of the points' means over A
     * and B together, and the noise share of {@link Replicated#noiseShare} over all the design's points.
     */
    public record Result(List<Index> indices, double variance, double noiseShare, double confidence) {
        public Result {
            indices = List.copyOf(indices);
        }

        /** The warnings of the indices that have one. */
        public List<String> warnings() {
            return indices.stream().map(Index::warning).filter(w -> !w.isEmpty()).toList();
        }
    }

    /**
     * Saltelli's design from the first {@code samples} points of Commons Math's Sobol' sequence in
     * 2k dimensions (the first k columns form A, the next k form B). The first point (the all-zero
     * corner) is kept, as Owen (2020) advises: the balance of the first 2^m points, which is why N
     * must be a power of two, holds only with it. The design needs no seed: the sequence is fixed.
     */
    public static Design design(Groups groups, int samples) {
        checkPowerOfTwo(samples);
        int k = groups.dims();
        if (k < 1) throw new IllegalArgumentException("a Sobol analysis needs at least one varied parameter");
        if (k > MAX_PARAMETERS) {
            throw new IllegalArgumentException("a Sobol analysis takes at most " + MAX_PARAMETERS
                    + " parameters (Commons Math's Sobol' sequence stops at 1000 dimensions), got " + k
                    + "; group them or screen them first with Morris");
        }
        SobolSequenceGenerator seq = new SobolSequenceGenerator(2 * k);
        double[][] a = new double[samples][], b = new double[samples][];
        for (int j = 0; j < samples; j++) {
            double[] u = seq.nextVector();
            a[j] = java.util.Arrays.copyOfRange(u, 0, k);
            b[j] = java.util.Arrays.copyOfRange(u, k, 2 * k);
        }
        refuseUnseparated(groups, a, b, samples);
        List<double[]> points = new ArrayList<>(List.of(a));
        points.addAll(List.of(b));
        for (int[] members : groups.members()) {
            for (int j = 0; j < samples; j++) {
                double[] ab = a[j].clone();
                for (int i : members) ab[i] = b[j][i];
                points.add(ab);
            }
        }
        return new Design(groups, samples, points);
    }

    /**
     * Refuses a design in which a group's columns of A and B are the same in every row: its AB matrix is
     * then A itself, and its indices come out as exactly 0 whatever the model does. The first points of
     * some pairs of the sequence's dimensions coincide (at N = 4, the 2nd and 4th), so this happens only at
     * very small N.
     */
    private static void refuseUnseparated(Groups groups, double[][] a, double[][] b, int samples) {
        for (int g = 0; g < groups.count(); g++) {
            boolean same = true;
            for (int j = 0; j < samples && same; j++) {
                for (int i : groups.members()[g]) same &= a[j][i] == b[j][i];
            }
            if (same) {
                throw new IllegalArgumentException("--samples " + samples + " is too small for " + groups.dims()
                        + " parameters: Saltelli's design gives '" + groups.names().get(g) + "' the same values in both "
                        + "halves, so its indices cannot be estimated; try " + 2 * samples + " or more");
            }
        }
    }

    /**
     * Refuses a sample count that is not a power of two, naming the nearest one: Saltelli's design
     * relies on the balance of the Sobol' sequence's first 2^m points.
     */
    static void checkPowerOfTwo(int samples) {
        if (samples < 1) throw new IllegalArgumentException("--samples must be a positive power of two for Sobol, got " + samples);
        if (Integer.bitCount(samples) != 1) {
            int below = Integer.highestOneBit(samples);
            long above = 2L * below;
            long nearest = samples - below <= above - samples ? below : above;
            throw new IllegalArgumentException("--samples must be a power of two for Sobol (Saltelli's design), got "
                    + samples + "; try " + nearest);
        }
    }

    /**
     * The indices for one output figure from {@code outputs[point][replicate]} in the design's row
     * order, with percentile bootstrap intervals at {@code confidence}: {@code resamples} times the N
     * sample rows are drawn with replacement (the same rows of A, B and every AB_g), and V, S1 and ST
     * are computed again. The rows' values are first centred on their mean over A and B. The draws
     * come from a Mersenne Twister seeded with {@code seed}.
     */
    public static Result analyse(Design design, double[][] outputs, double confidence, int resamples, long seed) {
        Replicated.check(outputs, design.points().size());
        Bootstrap.checkConfidence(confidence);
        Bootstrap.checkResamples(resamples);
        double[] y = Replicated.means(outputs);
        int n = design.samples(), groups = design.groups().count();
        // centred on the mean of A and B: the expectation of f(B)(f(AB) − f(A)) is unchanged, but its
        // variance no longer grows with the square of the output's mean (deaths in millions, say)
        double centre = 0;
        for (int j = 0; j < 2 * n; j++) centre += y[j] / (2.0 * n);
        double[] fA = new double[n], fB = new double[n];
        double[][] fAB = new double[groups][n];
        for (int j = 0; j < n; j++) {
            fA[j] = y[design.rowA(j)] - centre;
            fB[j] = y[design.rowB(j)] - centre;
            for (int g = 0; g < groups; g++) fAB[g][j] = y[design.rowAB(g, j)] - centre;
        }
        int[] all = new int[n];
        for (int j = 0; j < n; j++) all[j] = j;
        double v = variance(fA, fB, all);

        double[][] s1Boot = new double[groups][resamples], stBoot = new double[groups][resamples],
                diffBoot = new double[groups][resamples];
        RandomGenerator rng = new MersenneTwister(seed);
        for (int b = 0; b < resamples; b++) {
            int[] idx = Bootstrap.resample(n, rng);
            double vb = variance(fA, fB, idx);
            for (int g = 0; g < groups; g++) {
                s1Boot[g][b] = firstOrder(fA, fB, fAB[g], idx, vb);
                stBoot[g][b] = totalOrder(fA, fAB[g], idx, vb);
                diffBoot[g][b] = s1Boot[g][b] - stBoot[g][b];
            }
        }
        List<Index> indices = new ArrayList<>();
        for (int g = 0; g < groups; g++) {
            double s1 = firstOrder(fA, fB, fAB[g], all, v), st = totalOrder(fA, fAB[g], all, v);
            Bootstrap.Interval s1i = Bootstrap.percentile(s1Boot[g], confidence);
            Bootstrap.Interval sti = Bootstrap.percentile(stBoot[g], confidence);
            boolean above = Bootstrap.percentile(diffBoot[g], confidence).low() > 0;
            indices.add(new Index(design.groups().names().get(g), s1, s1i, st, sti, s1i.holdsZero(), sti.holdsZero(), above));
        }
        return new Result(indices, v, Replicated.noiseShare(outputs), confidence);
    }

    /** Saltelli et al. (2010): S1 = mean(f(B)·(f(AB) − f(A))) / V over the rows {@code idx}. */
    static double firstOrder(double[] fA, double[] fB, double[] fAB, int[] idx, double v) {
        double s = 0;
        for (int j : idx) s += fB[j] * (fAB[j] - fA[j]);
        return s / idx.length / v;
    }

    /** Jansen (1999): ST = mean((f(A) − f(AB))²) / 2 / V over the rows {@code idx}. */
    static double totalOrder(double[] fA, double[] fAB, int[] idx, double v) {
        double s = 0;
        for (int j : idx) s += (fA[j] - fAB[j]) * (fA[j] - fAB[j]);
        return s / idx.length / 2 / v;
    }

    /** The variance (divisor 2n, as the estimators' means) of f over the rows {@code idx} of A and B together. */
    static double variance(double[] fA, double[] fB, int[] idx) {
        double sum = 0;
        for (int j : idx) sum += fA[j] + fB[j];
        double m = sum / (2.0 * idx.length), sq = 0;
        // two passes: an output in millions with a small spread would lose its variance to rounding in one
        for (int j : idx) sq += (fA[j] - m) * (fA[j] - m) + (fB[j] - m) * (fB[j] - m);
        return sq / (2.0 * idx.length);
    }
}
