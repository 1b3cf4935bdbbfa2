package org.collectivization.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntToDoubleFunction;

import org.apache.commons.math3.random.MersenneTwister;

/**
 * Shapley values and two-factor Shapley interaction indices of a function of which factors are
 * present. A cell is a bitmask over k factors: bit i set means factor i is present (in an attribution,
 * the cause is left as in history), clear means it is switched off. Cell 0 is the world with every
 * factor off, cell 2^k − 1 the world with all present.
 *
 * <p>The Shapley value of factor i is the mean, over every order in which the factors could be
 * switched on, of what switching i on adds to the figure (Shapley 1953). The values sum to
 * f(all) − f(none) exactly (efficiency), whatever the interactions; an interaction is split between
 * the factors that take part in it. The interaction index of a pair (Grabisch and Roubens 1999) is
 * the mean, weighted the same way, of f(S∪ij) − f(S∪i) − f(S∪j) + f(S): positive when the two together
 * do more than each alone, negative when either alone does most of what both do.
 */
public final class Shapley {
    private Shapley() {}

    /** The largest number of factors for which exact values are computed from the full factorial. */
    public static final int EXACT_MAX = 8;
    /** The largest number of factors sampled permutations handle (2^k cells are indexed by an int). */
    public static final int MAX_FACTORS = 20;

    /**
     * Exact Shapley values from the value of every cell, indexed by bitmask ({@code cells.length == 2^k}).
     * Sums in the order of the subsets, so the result is the same on every machine.
     */
    public static double[] exact(double[] cells, int k) {
        check(cells, k);
        double[] weight = weights(k, 1);
        double[] phi = new double[k];
        int all = (1 << k) - 1;
        for (int i = 0; i < k; i++) {
            int bit = 1 << i;
            double sum = 0;
            for (int s = 0; s <= all; s++) {
                if ((s & bit) != 0) continue;
                sum += weight[Integer.bitCount(s)] * (cells[s | bit] - cells[s]);
            }
            phi[i] = sum;
        }
        return phi;
    }

    /**
     * The two-factor Shapley interaction indices of Grabisch and Roubens (1999): entry [i][j] (i ≠ j) is
     * Σ over S ⊆ N∖{i,j} of |S|!(k − |S| − 2)!/(k − 1)! × (f(S∪{i,j}) − f(S∪{i}) − f(S∪{j}) + f(S)).
     * The diagonal is NaN. Needs k ≥ 2.
     */
    public static double[][] interactions(double[] cells, int k) {
        check(cells, k);
        if (k < 2) throw new IllegalArgumentException("an interaction needs two factors, got k = " + k);
        double[] weight = weights(k, 2);
        double[][] out = new double[k][k];
        int all = (1 << k) - 1;
        for (int i = 0; i < k; i++) {
            out[i][i] = Double.NaN;
            for (int j = i + 1; j < k; j++) {
                int bi = 1 << i, bj = 1 << j;
                double sum = 0;
                for (int s = 0; s <= all; s++) {
                    if ((s & (bi | bj)) != 0) continue;
                    sum += weight[Integer.bitCount(s)] * (cells[s | bi | bj] - cells[s | bi] - cells[s | bj] + cells[s]);
                }
                out[i][j] = sum;
                out[j][i] = sum;
            }
        }
        return out;
    }

    /**
     * Weight of a subset of size s among the k − m factors left out of a set of m: s!(k − s − m)!/(k − m + 1)!
     * (m = 1: the Shapley value; m = 2: the interaction index).
     */
    private static double[] weights(int k, int m) {
        double[] w = new double[k - m + 1];
        for (int s = 0; s <= k - m; s++) w[s] = Math.exp(logFactorial(s) + logFactorial(k - s - m) - logFactorial(k - m + 1));
        return w;
    }

    private static double logFactorial(int n) {
        double s = 0;
        for (int i = 2; i <= n; i++) s += Math.log(i);
        return s;
    }

    /**
     * {@code n} orders of the k factors, each a uniform random permutation drawn by Fisher-Yates from a
     * Mersenne Twister seeded with {@code seed}: the same orders on every machine.
     */
    public static List<int[]> permutations(int k, int n, long seed) {
        if (k < 1 || k > MAX_FACTORS) throw new IllegalArgumentException("permutations need 1 to " + MAX_FACTORS + " factors, got " + k);
        if (n < 1) throw new IllegalArgumentException("at least one permutation is needed, got " + n);
        MersenneTwister rng = new MersenneTwister(seed);
        List<int[]> out = new ArrayList<>();
        for (int p = 0; p < n; p++) {
            int[] order = new int[k];
            for (int i = 0; i < k; i++) order[i] = i;
            for (int i = k - 1; i > 0; i--) {
                int j = rng.nextInt(i + 1);
                int t = order[i];
                order[i] = order[j];
                order[j] = t;
            }
            out.add(order);
        }
        return out;
    }

    /** The cells the orders pass through (each starts from cell 0 and switches one factor on at a time), ascending. */
    public static int[] cellsVisited(List<int[]> orders) {
        java.util.TreeSet<Integer> cells = new java.util.TreeSet<>();
        for (int[] order : orders) {
            int s = 0;
            cells.add(s);
            for (int i : order) {
                s |= 1 << i;
                cells.add(s);
            }
        }
        int[] out = new int[cells.size()];
        int n = 0;
        for (int c : cells) out[n++] = c;
        return out;
    }

    /**
     * Shapley values estimated from sampled orders (Castro, Gómez and Tejada 2009): for each order, what
     * each factor adds when it is switched on after those before it, averaged over the orders. Unbiased;
     * like the exact values, they sum to f(all) − f(none) in every sample.
     */
    public static double[] sampled(IntToDoubleFunction f, int k, List<int[]> orders) {
        double[] phi = new double[k];
        for (int[] order : orders) {
            if (order.length != k) throw new IllegalArgumentException("an order of " + order.length + " factors, expected " + k);
            int s = 0;
            double before = f.applyAsDouble(s);
            for (int i : order) {
                s |= 1 << i;
                double after = f.applyAsDouble(s);
                phi[i] += after - before;
                before = after;
            }
        }
        for (int i = 0; i < k; i++) phi[i] /= orders.size();
        return phi;
    }

    private static void check(double[] cells, int k) {
        if (k < 1 || k > MAX_FACTORS) throw new IllegalArgumentException("1 to " + MAX_FACTORS + " factors, got " + k);
        if (cells.length != 1 << k) {
            throw new IllegalArgumentException(cells.length + " cells for " + k + " factors; expected 2^k = " + (1 << k));
        }
    }
}
