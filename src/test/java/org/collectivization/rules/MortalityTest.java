package org.collectivization.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import ec.util.MersenneTwisterFast;
import org.apache.commons.math3.distribution.BinomialDistribution;
import org.apache.commons.math3.distribution.PoissonDistribution;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** ODD 4.13 Demography: hazards and the draws by inversion. */
class MortalityTest {
    private static final double EPS = 1e-12;
    /** Commons Math's CDFs are accurate to about 1e-12; a uniform this close to a step is not checked either way. */
    private static final double CDF_TOLERANCE = 1e-9;

    @ParameterizedTest
    @CsvSource({
            // reserve, full, max, exponent, hazard
            "3,   3, 0.25, 3, 0",                     // full reserve: no famine deaths
            "4,   3, 0.25, 3, 0",                     // above full counts as full
            "0,   3, 0.25, 3, 0.25",                  // exhausted: the maximum
            "-1,  3, 0.25, 3, 0.25",                  // below empty counts as empty
            "1.5, 3, 0.25, 3, 0.03125",               // 0.25 x 0.5^3
            "2,   3, 0.25, 3, 0.009259259259259259",  // 0.25 x (1/3)^3 = 0.25 / 27
            "1.5, 3, 0.25, 1, 0.125",                 // exponent 1: linear
    })
    void famineHazardIsMaxTimesTheReserveDeficitToAPower(double reserve, double full, double max, double exponent,
                                                         double expected) {
        assertThat(Mortality.famineHazard(reserve, full, max, exponent)).isCloseTo(expected, within(EPS));
    }

    @ParameterizedTest
    @CsvSource({"1", "3", "8"})
    void famineHazardRisesStrictlyAsTheReserveRunsOut(double exponent) {
        double previous = Mortality.famineHazard(3, 3, 0.25, exponent);
        assertThat(previous).isZero();
        for (int i = 299; i >= 0; i--) {
            double reserve = i / 100.0;
            double h = Mortality.famineHazard(reserve, 3, 0.25, exponent);
            assertThat(h).as("reserve %s", reserve).isGreaterThan(previous).isLessThanOrEqualTo(0.25);
            previous = h;
        }
        assertThat(previous).isEqualTo(0.25);
    }

    /** Exact: every input and result is a sum of powers of two that double holds exactly. */
    @ParameterizedTest
    @CsvSource({
            // normal, famine hazard, intake share, survival share, refeeding factor, disease, hazard
            "0.125, 0,    0.5,  0.75, 0.5, 2, 0.125",  // no famine: the normal hazard
            "0.125, 0.25, 0.5,  0.75, 0.5, 1, 0.375",  // + the famine hazard
            "0.125, 0.25, 0.5,  0.75, 0.5, 2, 0.625",  // disease doubles the famine hazard
            "0.125, 0.25, 1,    0.75, 0.5, 2, 0.375",  // refed this month: half the famine hazard
            "0.125, 0.25, 0.75, 0.75, 0.5, 2, 0.375",  // refed at exactly the survival minimum
            "0.5,   0.5,  0.5,  0.75, 0.5, 2, 1",      // never more than certain death
    })
    void deathHazardIsNormalPlusFamineTimesDiseaseLessOnceRefed(double normal, double famine, double intake,
                                                               double survival, double refed, double disease,
                                                               double expected) {
        assertThat(Mortality.deathHazard(normal, famine, intake, survival, refed, disease)).isEqualTo(expected);
    }

    @Test
    void deporteesDieAtTheNormalHazardPlusTheirExcess() {
        assertThat(Mortality.deporteeHazard(0.125, 1.5)).isEqualTo(0.25);  // + 1.5 / 12 a month
        assertThat(Mortality.deporteeHazard(0.5, 12)).isEqualTo(1);        // never more than certain death
    }

    @ParameterizedTest
    @CsvSource({
            // per month, reserve, full, exponent, rate
            "0.004, 3,   3, 2, 0.004",   // fed: the normal rate
            "0.004, 1.5, 3, 2, 0.001",   // half the reserve: a quarter of the births
            "0.004, 0,   3, 2, 0",       // exhausted: no births
            "0.004, 5,   3, 2, 0.004",   // above full counts as full
            "0.004, 1.5, 3, 0, 0.004",   // exponent 0: hunger does not reduce births
    })
    void birthsFallWithHunger(double perMonth, double reserve, double full, double exponent, double expected) {
        assertThat(Mortality.birthRate(perMonth, reserve, full, exponent)).isCloseTo(expected, within(EPS));
    }

    @ParameterizedTest
    @CsvSource({
            // n, p, u, draw
            "2, 0.5, 0,      0",  // CDF of Binomial(2, 0.5): 0.25, 0.75, 1
            "2, 0.5, 0.2,    0",
            "2, 0.5, 0.25,   1",  // a uniform on a step goes to the next value
            "2, 0.5, 0.5,    1",
            "2, 0.5, 0.75,   2",
            "2, 0.5, 0.9999, 2",
            "3, 0.1, 0.7,    0",  // CDF of Binomial(3, 0.1): 0.729, 0.972, 0.999, 1
            "3, 0.1, 0.8,    1",
            "3, 0.1, 0.98,   2",
            "3, 0.1, 0.9995, 3",
            "0, 0.5, 0.9,    0",  // nobody
            "-2, 0.5, 0.9,   0",
            "5, 0,   0.9999, 0",  // impossible
            "5, -0.1, 0.9999, 0",
            "5, 1,   0,      5",  // certain
            "5, 1.5, 0,      5",
    })
    void binomialByHand(int n, double p, double u, int expected) {
        assertThat(Mortality.binomial(n, p, u)).isEqualTo(expected);
    }

    /**
     * The draw is the inverse CDF: P(X <= k - 1) <= u < P(X <= k). Uniforms from MersenneTwisterFast seed 1928,
     * so the test is deterministic; a uniform within 1e-9 of a step is skipped (with this stream none is).
     */
    @ParameterizedTest
    @CsvSource({
            "1, 0.3", "2, 0.5", "5, 0.001", "5, 0.25", "5, 0.999", "10, 0.05", "15, 0.25", "15, 0.9",
            "30, 0.01", "30, 0.5", "100, 0.1", "200, 0.5", "500, 0.02", "1000, 0.5",
    })
    void binomialIsTheInverseOfCommonsMathsCdf(int n, double p) {
        BinomialDistribution d = new BinomialDistribution(null, n, p);
        MersenneTwisterFast rnd = new MersenneTwisterFast(1928);
        for (int i = 0; i < 2000; i++) {
            double u = rnd.nextDouble();
            int k = Mortality.binomial(n, p, u);
            assertThat(k).isBetween(0, n);
            double below = k == 0 ? 0 : d.cumulativeProbability(k - 1);
            double at = d.cumulativeProbability(k);
            assertThat(u).as("binomial(%d, %s, %s) = %d", n, p, u, k)
                    .isGreaterThanOrEqualTo(below - CDF_TOLERANCE)
                    .isLessThan(at + CDF_TOLERANCE);
        }
    }

    /**
     * Mean and variance of 200,000 draws of Binomial(10, 0.3) (mean 3, variance 2.1) from MersenneTwisterFast seed
     * 1930. The mean's standard error is sqrt(2.1 / 200,000) = 0.0032; the bounds are 5 standard errors, so a
     * different stream would fail by chance less than once in a million runs (likewise for the variance, whose
     * standard error is about 0.0075).
     */
    @Test
    void binomialDrawsHaveTheBinomialMeanAndVariance() {
        MersenneTwisterFast rnd = new MersenneTwisterFast(1930);
        int draws = 200_000;
        double sum = 0, sumSq = 0;
        for (int i = 0; i < draws; i++) {
            int k = Mortality.binomial(10, 0.3, rnd.nextDouble());
            sum += k;
            sumSq += (double) k * k;
        }
        double mean = sum / draws;
        double variance = sumSq / draws - mean * mean;
        assertThat(mean).isCloseTo(3.0, within(5 * Math.sqrt(2.1 / draws)));
        assertThat(variance).isCloseTo(2.1, within(5 * 0.0075));
    }

    @ParameterizedTest
    @CsvSource({
            // mean, u, draw
            "1,    0,    0",  // CDF of Poisson(1): 0.3679, 0.7358, 0.9197, 0.9810
            "1,    0.3,  0",
            "1,    0.5,  1",
            "1,    0.8,  2",
            "1,    0.95, 3",
            "0,    0.99, 0",  // mean 0: always 0
            "-1,   0.99, 0",
            "0.08, 0.9,  0",  // exp(-0.08) = 0.923
            "0.08, 0.95, 1",
    })
    void poissonByHand(double mean, double u, int expected) {
        assertThat(Mortality.poisson(mean, u)).isEqualTo(expected);
    }

    /**
     * The draw is the inverse CDF, as for the binomial; uniforms from MersenneTwisterFast seed 1932 (deterministic),
     * means as small as the model uses (household sizes, killings per disturbance) and somewhat larger.
     */
    @ParameterizedTest
    @CsvSource({"0.01", "0.08", "0.5", "1", "3.7", "3.9", "4", "10", "30"})
    void poissonIsTheInverseOfCommonsMathsCdf(double mean) {
        PoissonDistribution d = new PoissonDistribution(null, mean, PoissonDistribution.DEFAULT_EPSILON,
                PoissonDistribution.DEFAULT_MAX_ITERATIONS);
        MersenneTwisterFast rnd = new MersenneTwisterFast(1932);
        for (int i = 0; i < 2000; i++) {
            double u = rnd.nextDouble();
            int k = Mortality.poisson(mean, u);
            double below = k == 0 ? 0 : d.cumulativeProbability(k - 1);
            double at = d.cumulativeProbability(k);
            assertThat(u).as("poisson(%s, %s) = %d", mean, u, k)
                    .isGreaterThanOrEqualTo(below - CDF_TOLERANCE)
                    .isLessThan(at + CDF_TOLERANCE);
        }
    }

    /**
     * Mean of 200,000 draws of Poisson(3.9) from MersenneTwisterFast seed 1933; the standard error is
     * sqrt(3.9 / 200,000) = 0.0044 and the bound 5 standard errors (a false failure less than once in a million).
     */
    @Test
    void poissonDrawsHaveThePoissonMean() {
        MersenneTwisterFast rnd = new MersenneTwisterFast(1933);
        int draws = 200_000;
        double sum = 0;
        for (int i = 0; i < draws; i++) sum += Mortality.poisson(3.9, rnd.nextDouble());
        assertThat(sum / draws).isCloseTo(3.9, within(5 * Math.sqrt(3.9 / draws)));
    }

    /**
     * The whole powers by repeated squaring agree with Math.pow to 1e-14 relative (exponents 0-64, bases in
     * [0, 1] and a few outside); other exponents are Math.pow's, exactly. Deterministic (seed 3).
     */
    @Test
    void wholePowersAgreeWithMathPow() {
        java.util.Random random = new java.util.Random(3);
        for (int trial = 0; trial < 20_000; trial++) {
            double x = trial % 10 == 0 ? 4 * random.nextDouble() - 2 : random.nextDouble();
            int n = random.nextInt(65);
            double expected = Math.pow(x, n);
            assertThat(Mortality.power(x, n)).as("%s^%d", x, n).isCloseTo(expected, within(1e-14 * Math.abs(expected) + 1e-300));
        }
        assertThat(Mortality.power(0, 0)).isEqualTo(1.0);
        assertThat(Mortality.power(0.3, 1)).isEqualTo(0.3);
        assertThat(Mortality.power(0.25, 2.5)).isEqualTo(Math.pow(0.25, 2.5));
        assertThat(Mortality.power(0.5, -2)).isEqualTo(Math.pow(0.5, -2));
        assertThat(Mortality.power(0.99, 100)).isEqualTo(Math.pow(0.99, 100));
    }

    /** ODD 4.12: a household can lose all its members to recruitment but the one who keeps it. */
    @Test
    void recruitmentLeavesOneMemberToKeepTheHousehold() {
        assertThat(Mortality.workingMembers(5)).isEqualTo(4);
        assertThat(Mortality.workingMembers(1)).isZero();
        assertThat(Mortality.workingMembers(0)).isZero();
    }
}
