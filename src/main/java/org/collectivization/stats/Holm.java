package org.collectivization.stats;

import java.util.Arrays;
import java.util.Comparator;

/**
 * Holm's step-down adjustment of p-values for a family of tests (Holm 1979, Scand. J. Statist. 6:65-70):
 * sort the m p-values ascending; the i-th smallest (i = 1..m) becomes max over j ≤ i of
 * min(1, (m − j + 1) · p(j)). It controls the family-wise error rate without assuming independence.
 * Commons Math 3.6.1 has no multiple-comparison adjustment.
 */
public final class Holm {
    private Holm() {}

    /** Adjusted p-values in the order given. NaN p-values are left NaN and do not count in m. */
    public static double[] adjust(double[] p) {
        double[] out = new double[p.length];
        Arrays.fill(out, Double.NaN);
        Integer[] order = new Integer[p.length];
        int m = 0;
        for (int i = 0; i < p.length; i++) if (!Double.isNaN(p[i])) order[m++] = i;
        Integer[] idx = Arrays.copyOf(order, m);
        // a stable sort: equal p-values keep their order, so the result never depends on chance
        Arrays.sort(idx, Comparator.comparingDouble(i -> p[i]));
        double running = 0;
        for (int rank = 0; rank < m; rank++) {
            double adj = Math.min(1.0, (m - rank) * p[idx[rank]]);
            running = Math.max(running, adj);
            out[idx[rank]] = running;
        }
        return out;
    }
}
