package org.collectivization.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

/** The Wilcoxon signed-rank test, against p-values found by enumerating every sign pattern. */
class SignedRankTest {

    /**
     * The exact two-sided p-value by brute force: under the null hypothesis each of the 2^n patterns of
     * signs on the ranks 1..n is equally likely; p is the share of patterns whose W+ lies at least as far
     * from its mean n(n+1)/4 as the observed one. Assumes no zero differences and no ties in size.
     */
    static double enumeratedP(double[] d) {
        int n = d.length;
        double[] abs = Arrays.stream(d).map(Math::abs).toArray();
        int[] rank = new int[n];
        for (int i = 0; i < n; i++) {
            int r = 1;
            for (int j = 0; j < n; j++) if (abs[j] < abs[i]) r++;
            rank[i] = r;
        }
        int observed = 0;
        for (int i = 0; i < n; i++) if (d[i] > 0) observed += rank[i];
        double mean = n * (n + 1) / 4.0;
        int extreme = 0;
        for (int mask = 0; mask < (1 << n); mask++) {
            int w = 0;
            for (int i = 0; i < n; i++) if ((mask >> i & 1) == 1) w += rank[i];
            if (Math.abs(w - mean) >= Math.abs(observed - mean) - 1e-9) extreme++;
        }
        return (double) extreme / (1 << n);
    }

    @Test
    void smallExampleMatchesEnumerationAndZerosAreDropped() {
        double[] d = {1.5, -0.5, 2.5, 3.5, -4.5, 5.5, 6.5, 0, 0};
        double[] nonZero = {1.5, -0.5, 2.5, 3.5, -4.5, 5.5, 6.5};
        // ranks 2, 1, 3, 4, 5, 6, 7: W+ = 2 + 3 + 4 + 6 + 7 = 22, W- = 1 + 5 = 6. By hand: 14 subsets of
        // {1..7} sum to 6 or less (1 + 1 + 1 + 2 + 2 + 3 + 4 for sums 0..6), as many to 22 or more, so
        // p = 28 / 128 = 0.21875
        assertThat(enumeratedP(nonZero)).isCloseTo(28 / 128.0, within(1e-12));

        SignedRank.Result r = SignedRank.test(d);

        assertThat(r.method()).isEqualTo(SignedRank.Method.EXACT);
        assertThat(r.nonZero()).isEqualTo(7);
        assertThat(r.p()).isCloseTo(enumeratedP(nonZero), within(1e-12));
    }

    @Test
    void allOneWayInEightPairsGivesTwoIn256() {
        double[] d = {-3, -1, -4, -1.5, -5, -9, -2, -6};
        assertThat(SignedRank.test(d).p()).isCloseTo(2 / 256.0, within(1e-12));
        assertThat(enumeratedP(d)).isCloseTo(2 / 256.0, within(1e-12));
    }

    @Test
    void everyDifferenceZeroIsIdenticalWithPOne() {
        SignedRank.Result r = SignedRank.test(new double[] {0, 0, 0, 0, 0});
        assertThat(r.method()).isEqualTo(SignedRank.Method.IDENTICAL);
        assertThat(r.p()).isEqualTo(1.0);
        assertThat(r.nonZero()).isZero();
    }

    @Test
    void aBalancedSampleIsCappedAtOne() {
        SignedRank.Result r = SignedRank.test(new double[] {1, -2, 3, -4, -5, 6, 0});
        assertThat(r.p()).isLessThanOrEqualTo(1.0).isCloseTo(enumeratedP(new double[] {1, -2, 3, -4, -5, 6}), within(1e-12));
    }

    @Test
    void tiesInSizeOrManyPairsUseTheNormalApproximation() {
        assertThat(SignedRank.test(new double[] {1, 1, -2, 3, 4}).method()).isEqualTo(SignedRank.Method.NORMAL);
        double[] many = new double[25];
        for (int i = 0; i < many.length; i++) many[i] = (i + 1) * (i % 3 == 0 ? -1 : 1);
        SignedRank.Result r = SignedRank.test(many);
        assertThat(r.method()).isEqualTo(SignedRank.Method.NORMAL);
        assertThat(r.p()).isBetween(0.0, 1.0);
    }

    /** With n pairs all going one way, the test gives its smallest p-value; Holm multiplies the smallest by m. */
    @Test
    void fewPairsCannotReachFivePerCentAndHolmNeedsMore() {
        assertThat(SignedRank.test(new double[] {1, 2, 3, 4, 5}).p()).isEqualTo(SignedRank.smallestP(5));
        assertThat(SignedRank.smallestP(5)).isEqualTo(0.0625);
        assertThat(SignedRank.test(new double[] {-1, -2, -3, -4, -5, -6}).p()).isEqualTo(SignedRank.smallestP(6));
        assertThat(SignedRank.pairsNeeded(1, 0.05)).isEqualTo(6);
        // 23 figures: 23 x 2 / 2^9 = 0.09, 23 x 2 / 2^10 = 0.045
        assertThat(SignedRank.pairsNeeded(23, 0.05)).isEqualTo(10);
        double[] p = new double[23];
        Arrays.fill(p, 1);
        p[0] = SignedRank.smallestP(9);
        assertThat(Holm.adjust(p)[0]).isGreaterThanOrEqualTo(0.05);
        p[0] = SignedRank.smallestP(10);
        assertThat(Holm.adjust(p)[0]).isLessThan(0.05);
    }
}
