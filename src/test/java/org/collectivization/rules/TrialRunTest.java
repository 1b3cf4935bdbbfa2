package org.collectivization.rules;

import static org.assertj.core.api.Assertions.assertThat;

import ec.util.MersenneTwisterFast;
import org.apache.commons.math3.distribution.BinomialDistribution;
import org.apache.commons.math3.stat.inference.ChiSquareTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** ODD 4.13: a run of trials of one probability, drawn by jumping from one success to the next. */
class TrialRunTest {

    @Test
    void theGeometricDrawIsTheInverseOfItsDistributionFunction() {
        double logFailure = Math.log1p(-0.5);
        // P(failures >= g) = 0.5^g: u below 0.5 gives 0 failures, u in [0.5, 0.75) gives 1, ...
        assertThat(TrialRun.failuresBeforeSuccess(logFailure, 0.0)).isZero();
        assertThat(TrialRun.failuresBeforeSuccess(logFailure, 0.49)).isZero();
        assertThat(TrialRun.failuresBeforeSuccess(logFailure, 0.51)).isEqualTo(1);
        assertThat(TrialRun.failuresBeforeSuccess(logFailure, 0.74)).isEqualTo(1);
        assertThat(TrialRun.failuresBeforeSuccess(logFailure, 0.76)).isEqualTo(2);
        // a success that essentially never comes does not overflow
        assertThat(TrialRun.failuresBeforeSuccess(Math.log1p(-1e-300), 0.99)).isEqualTo(Long.MAX_VALUE);
    }

    @Test
    void certainAndImpossibleTrialsDrawNothing() {
        MersenneTwisterFast random = new MersenneTwisterFast(1);
        MersenneTwisterFast untouched = new MersenneTwisterFast(1);
        TrialRun run = new TrialRun();
        assertThat(run.successes(7, 0, random)).isZero();
        assertThat(run.successes(7, 1, random)).isEqualTo(7);
        assertThat(run.successes(0, 0.3, random)).isZero();
        assertThat(run.successes(-2, 0.3, random)).isZero();
        assertThat(random.nextDouble()).isEqualTo(untouched.nextDouble());
    }

    @Test
    @org.junit.jupiter.api.Timeout(5)
    void aNaNProbabilityIsNoChanceFirstOrLater() {
        MersenneTwisterFast random = new MersenneTwisterFast(2);
        TrialRun run = new TrialRun();
        assertThat(run.successes(5, Double.NaN, random)).isZero();  // first call: must not match the unset marker
        run.successes(5, 0.3, random);
        assertThat(run.successes(5, Double.NaN, random)).isZero();
        assertThat(run.next(Double.NaN, random)).isFalse();
    }

    /**
     * Households of mixed sizes, two probabilities taking turns and other draws from the same stream in
     * between (as in Demography, where deaths and births alternate): each probability's counts, pooled by
     * size, still follow the binomial (chi-square, seed 21; fails by chance once in a thousand).
     */
    @Test
    void alternatingProbabilitiesAndOtherDrawsLeaveEachBinomial() {
        MersenneTwisterFast random = new MersenneTwisterFast(21);
        TrialRun deaths = new TrialRun(), births = new TrialRun();
        int[] sizes = {1, 3, 5, 8};
        long[][] observed = new long[sizes.length][9];
        int per = 20_000;
        for (int i = 0; i < per * sizes.length; i++) {
            int k = i % sizes.length;
            observed[k][deaths.successes(sizes[k], 0.15, random)]++;
            births.successes(sizes[k], 0.05, random);
            random.nextDouble();  // someone else's draw
        }
        for (int k = 0; k < sizes.length; k++) {
            BinomialDistribution b = new BinomialDistribution(sizes[k], 0.15);
            int cells = 0;
            double[] expected = new double[sizes[k] + 1];
            long[] pooled = new long[sizes[k] + 1];
            for (int c = 0; c <= sizes[k]; c++) {
                if (cells > 0 && per * b.probability(c) < 5) {
                    expected[cells - 1] += per * b.probability(c);
                    pooled[cells - 1] += observed[k][c];
                } else {
                    expected[cells] = per * b.probability(c);
                    pooled[cells] = observed[k][c];
                    cells++;
                }
            }
            double pValue = new ChiSquareTest().chiSquareTest(java.util.Arrays.copyOf(expected, cells),
                    java.util.Arrays.copyOf(pooled, cells));
            assertThat(pValue).as("households of %d", sizes[k]).isGreaterThan(0.001);
        }
    }

    @Test
    void aRareEventCostsADrawPerSuccessNotPerTrial() {
        CountingRandom random = new CountingRandom(3);
        TrialRun run = new TrialRun();
        int successes = 0;
        for (int household = 0; household < 100_000; household++) successes += run.successes(5, 0.001, random);
        // 500,000 trials at 0.001: about 500 successes, one draw each plus the first
        assertThat(successes).isBetween(400, 600);
        assertThat(random.draws).isEqualTo(successes + 1);
    }

    /**
     * Counts per household follow binomial(n, p) (chi-square goodness of fit, 20,000 households per case,
     * fixed seeds; at the 0.001 level a correct sampler fails one case in a thousand by chance).
     */
    @ParameterizedTest
    @CsvSource({"5, 0.05, 11", "8, 0.3, 12", "3, 0.002, 13", "1, 0.5, 14"})
    void countsPerHouseholdAreBinomial(int persons, double p, long seed) {
        MersenneTwisterFast random = new MersenneTwisterFast(seed);
        TrialRun run = new TrialRun();
        int households = 20_000;
        long[] observed = new long[persons + 1];
        for (int i = 0; i < households; i++) observed[run.successes(persons, p, random)]++;
        BinomialDistribution b = new BinomialDistribution(persons, p);
        // cells with a small expectation are pooled into the last cell kept
        int cells = 0;
        double[] expected = new double[persons + 1];
        long[] pooled = new long[persons + 1];
        for (int k = 0; k <= persons; k++) {
            if (cells > 0 && households * b.probability(k) < 5) {
                expected[cells - 1] += households * b.probability(k);
                pooled[cells - 1] += observed[k];
            } else {
                expected[cells] = households * b.probability(k);
                pooled[cells] = observed[k];
                cells++;
            }
        }
        if (cells < 2) return;
        double pValue = new ChiSquareTest().chiSquareTest(java.util.Arrays.copyOf(expected, cells),
                java.util.Arrays.copyOf(pooled, cells));
        assertThat(pValue).as("chi-square p for binomial(%d, %s)", persons, p).isGreaterThan(0.001);
    }

    @Test
    void aNewProbabilityStartsAFreshGapAndTheMeanHolds() {
        MersenneTwisterFast random = new MersenneTwisterFast(5);
        TrialRun run = new TrialRun();
        long low = 0, high = 0;
        int n = 200_000;
        for (int i = 0; i < n; i++) {
            low += run.successes(4, 0.01, random);   // alternating probabilities: each call redraws
            high += run.successes(4, 0.2, random);
        }
        // means 0.04 and 0.8 per call; standard errors about 0.0004 and 0.002 (these bounds are 10 of them)
        assertThat(low / (double) n).isBetween(0.036, 0.044);
        assertThat(high / (double) n).isBetween(0.78, 0.82);
    }

    @Test
    void nextIsOneTrial() {
        MersenneTwisterFast random = new MersenneTwisterFast(9);
        TrialRun run = new TrialRun();
        int yes = 0, n = 100_000;
        for (int i = 0; i < n; i++) if (run.next(0.25, random)) yes++;
        // mean 0.25, standard error 0.0014: the bound is 7 of them
        assertThat(yes / (double) n).isBetween(0.24, 0.26);
    }

    /**
     * The short paths of next and successes (the same run, no success yet) change nothing: calls mixing
     * trial counts and probabilities give, draw for draw, what walking the run by hand gives —
     * a geometric gap drawn at a run's first trial and again at each success. Deterministic (seed 5).
     */
    @Test
    void theShortPathsWalkTheRunAsTheDefinitionDoes() {
        MersenneTwisterFast a = new MersenneTwisterFast(5), b = new MersenneTwisterFast(5);
        TrialRun run = new TrialRun();
        double[] probabilities = {0.02, 0.02, 0.3, 0.3, 0.3, 0.02};
        double current = Double.NaN, logFailure = 0;
        long gap = 0;
        for (int call = 0; call < 30_000; call++) {
            double p = probabilities[(call / 500) % probabilities.length];
            int trials = call % 3 == 0 ? 1 : call % 7;
            int got = trials == 1 && call % 2 == 0 ? (run.next(p, a) ? 1 : 0) : run.successes(trials, p, a);
            // by hand: a new probability draws a fresh gap at its first trial
            int expected = 0;
            if (trials > 0 && p != current) {
                current = p;
                logFailure = Math.log1p(-p);
                gap = TrialRun.failuresBeforeSuccess(logFailure, b.nextDouble());
            }
            for (int t = 0; t < trials; t++) {
                if (gap > 0) {
                    gap--;
                } else {
                    expected++;
                    gap = TrialRun.failuresBeforeSuccess(logFailure, b.nextDouble());
                }
            }
            assertThat(got).as("call %d: %d trials of %s", call, trials, p).isEqualTo(expected);
        }
        assertThat(a.nextDouble()).as("the same numbers drawn").isEqualTo(b.nextDouble());
    }

    /**
     * Passing the trials {@code room} promises, in groups, is calling {@code successes} on each group:
     * the same successes later and the same numbers drawn, no draw while passing; a new probability has
     * no room, and passing more than the room is refused. Deterministic (seed 13).
     */
    @Test
    void passingTheRoomIsTheSameAsTrialsWithNoSuccess() {
        MersenneTwisterFast a = new MersenneTwisterFast(13), b = new MersenneTwisterFast(13);
        TrialRun byGroups = new TrialRun(), passed = new TrialRun();
        double p = 0.01;
        assertThat(passed.room(p)).as("before the first draw").isEqualTo(-1);
        int successes = 0;
        for (int round = 0; round < 2_000; round++) {
            int group = 1 + round % 9;
            long room = passed.room(p);
            if (room >= group) {
                passed.pass(group);
                assertThat(byGroups.successes(group, p, a)).as("round %d: inside the room", round).isZero();
            } else {
                int got = passed.successes(group, p, b);
                assertThat(byGroups.successes(group, p, a)).as("round %d", round).isEqualTo(got);
                successes += got;
            }
            assertThat(passed.room(p)).as("round %d: the same failures left", round).isEqualTo(byGroups.room(p));
        }
        assertThat(successes).as("about 2,000 x 5 x 0.01 successes").isBetween(50, 150);
        assertThat(a.nextDouble()).as("the same numbers drawn").isEqualTo(b.nextDouble());
        assertThat(passed.room(0.02)).as("another probability").isEqualTo(-1);
        long room = passed.room(p);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> passed.pass(room + 1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** A generator that counts its draws. */
    private static final class CountingRandom extends MersenneTwisterFast {
        private static final long serialVersionUID = 1L;
        int draws;

        CountingRandom(long seed) {
            super(seed);
        }

        @Override
        public double nextDouble() {
            draws++;
            return super.nextDouble();
        }
    }
}
