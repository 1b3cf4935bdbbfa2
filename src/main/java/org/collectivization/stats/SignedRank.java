package org.collectivization.stats;

import java.util.Arrays;

import org.apache.commons.math3.stat.inference.WilcoxonSignedRankTest;

/**
 * The Wilcoxon signed-rank test of paired differences against a median of zero, two-sided, with zero
 * differences dropped (Wilcoxon's original treatment). Commons Math computes the statistic and the
 * p-value; what it lacks is added here:
 * <ul>
 * <li>zero differences are dropped before the test (Commons Math ranks them as if they were positive);</li>
 * <li>when every difference is zero the result is p = 1, "identical" (Commons Math gives a tiny p);</li>
 * <li>the exact p-value, which Commons Math finds by enumerating all 2<sup>n</sup> sign patterns, is
 *     used for up to {@value #EXACT_MAX} non-zero differences without ties in their size, since the
 *     enumeration assumes distinct ranks; otherwise the normal approximation;</li>
 * <li>the p-value is capped at 1 (the doubled one-sided exact probability can exceed it).</li>
 * </ul>
 */
public final class SignedRank {
    /** Above this many non-zero differences the exact enumeration (2^n sign patterns) gets slow. */
    public static final int EXACT_MAX = 20;

    public enum Method {
        /** Every difference was zero: nothing to test; p = 1. */
        IDENTICAL("identical"),
        EXACT("wilcoxon_signed_rank_exact"),
        NORMAL("wilcoxon_signed_rank_normal");

        public final String id;

        Method(String id) {
            this.id = id;
        }
    }

    /** The test's p-value, how it was found, and how many differences were not zero. */
    public record Result(double p, Method method, int nonZero) {}

    private SignedRank() {}

    public static Result test(double[] differences) {
        double[] d = Arrays.stream(differences).filter(v -> v != 0).toArray();
        if (d.length == 0) return new Result(1.0, Method.IDENTICAL, 0);
        boolean exact = d.length <= EXACT_MAX && !tiedInSize(d);
        double p = new WilcoxonSignedRankTest().wilcoxonSignedRankTest(d, new double[d.length], exact);
        return new Result(Math.min(1.0, p), exact ? Method.EXACT : Method.NORMAL, d.length);
    }

    /**
     * The smallest two-sided p-value the exact test can give with {@code n} non-zero differences: 2 / 2<sup>n</sup>,
     * when all of them go the same way. With fewer than six pairs it is above 0.05 however large the
     * differences are.
     */
    public static double smallestP(int n) {
        return Math.min(1.0, 2.0 / Math.pow(2, n));
    }

    /**
     * The fewest pairs with which the smallest p-value, multiplied by {@code tests} as Holm's adjustment
     * multiplies the smallest of that many p-values, can fall below {@code alpha}.
     */
    public static int pairsNeeded(int tests, double alpha) {
        int n = 1;
        while (tests * smallestP(n) >= alpha) n++;
        return n;
    }

    private static boolean tiedInSize(double[] d) {
        double[] a = Arrays.stream(d).map(Math::abs).sorted().toArray();
        for (int i = 1; i < a.length; i++) if (a[i] == a[i - 1]) return true;
        return false;
    }
}
