package org.collectivization.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** ODD 4.2 Consumption, sharing and hunger. */
class ConsumptionTest {
    private static final double EPS = 1e-12;
    /** The household rules work in float, like the stocks: 24 bits, a relative rounding of 6e-8 per operation. */
    private static final double FLOAT_EPS = 1e-5;

    @ParameterizedTest
    @CsvSource({
            // store, months left, wanted, survival gap, ration
            "120, 6,  30, 5,   20",  // the store spread over 6 months
            "120, 12, 30, 15,  15",  // the spread (10) is below the survival gap: eat the gap
            "120, 1,  30, 5,   30",  // last month before refill: no more than wanted
            "8,   3,  30, 15,  8",   // the gap is more than the store: eat what is left
            "50,  0,  30, 5,   30",  // months left below 1 count as 1
            "120, 12, 30, -5,  10",  // a negative gap (already fed) is no gap
            "0,   6,  30, 15,  0",   // empty store
            "-4,  6,  30, 15,  0",   // an overdrawn store gives nothing
            "120, 6,  0,  15,  0",   // nothing wanted
            "120, 6,  10, 15,  10",  // wanted less than the gap: never more than wanted
    })
    void rationSpreadsTheStoreButCoversTheSurvivalGap(double store, int monthsLeft, double wanted, double gap,
                                                      double expected) {
        float r = Consumption.ration((float) store, Consumption.perMonth(monthsLeft), (float) wanted, (float) gap);
        assertThat((double) r).isCloseTo(expected, within(FLOAT_EPS));
    }

    /** Deterministic: 100,000 input sets from SplittableRandom seed 42; no chance involved. */
    @Test
    void rationNeverExceedsStoreOrWantAndCoversTheGapWhileTheStoreLasts() {
        SplittableRandom rnd = new SplittableRandom(42);
        for (int i = 0; i < 100_000; i++) {
            double store = rnd.nextDouble(-10, 500);
            int months = rnd.nextInt(-1, 13);
            double wanted = rnd.nextDouble(-5, 40);
            double gap = rnd.nextDouble(-5, wanted > 0 ? wanted : 1);
            double r = Consumption.ration((float) store, Consumption.perMonth(months), (float) wanted, (float) gap);
            store = (float) store;
            wanted = (float) wanted;
            gap = (float) gap;
            String inputs = "ration(" + store + ", " + months + ", " + wanted + ", " + gap + ") = " + r;
            assertThat(r).as(inputs).isGreaterThanOrEqualTo(0);
            assertThat(r).as(inputs).isLessThanOrEqualTo(Math.max(0, store));
            assertThat(r).as(inputs).isLessThanOrEqualTo(Math.max(0, wanted));
            if (store > 0 && wanted > 0) {
                assertThat(r).as(inputs).isGreaterThanOrEqualTo(Math.min(Math.min(store, wanted), gap));
                // the spread is store x (1 / months) in float, which may fall a little short of store / months
                double spread = store / Math.max(1, months);
                assertThat(r).as(inputs).isGreaterThanOrEqualTo(Math.min(wanted, spread) - 4 * Math.ulp((float) spread));
            }
        }
    }

    @ParameterizedTest
    @CsvSource({
            // reserve, intake, survival, recovery share, full, reserve after
            "3,   12.4, 12.4, 0.5, 3, 3",    // exactly the minimum: unchanged
            "2,   0,    12.4, 0.5, 3, 1",    // nothing eaten: a month of reserve gone
            "2,   6.2,  12.4, 0.5, 3, 1.5",  // half the minimum: half a month gone
            "1,   24.8, 12.4, 0.5, 3, 1.5",  // twice the minimum: half the excess (one minimum) rebuilds
            "1,   24.8, 12.4, 1,   3, 2",    // all the excess rebuilds
            "0.5, 0,    12.4, 0.5, 3, 0",    // never below empty
            "2.9, 24.8, 12.4, 0.5, 3, 3",    // never above full
            "4,   12.4, 12.4, 0.5, 3, 3",    // a reserve above full is cut to full
    })
    void reserveIsDrawnDownBelowTheMinimumAndRebuiltAboveIt(double reserve, double intake, double survival,
                                                             double recovery, double full, double expected) {
        assertThat((double) reserve(reserve, intake, survival, recovery, full)).isCloseTo(expected, within(FLOAT_EPS));
    }

    /** Deterministic: 100,000 input sets from SplittableRandom seed 7; no chance involved. */
    @Test
    void reserveStaysBetweenEmptyAndFull() {
        SplittableRandom rnd = new SplittableRandom(7);
        for (int i = 0; i < 100_000; i++) {
            double full = rnd.nextDouble(1, 6);
            double reserve = rnd.nextDouble(-1, full + 1);
            double survival = rnd.nextDouble(1, 20);
            double intake = rnd.nextDouble(0, 60);
            double recovery = rnd.nextDouble(0, 1);
            double r = reserve(reserve, intake, survival, recovery, full);
            assertThat(r).as("reserveAfter(%s, %s, %s, %s, %s)", reserve, intake, survival, recovery, full)
                    .isBetween(0.0, (double) (float) full);  // full, as the float the rule is given
        }
    }

    @Test
    void reserveDoesNotFallWhenTheMinimumIsEaten() {
        for (double intake = 12.4; intake <= 40; intake += 0.7) {
            assertThat(reserve(1.3, intake, 12.4, 0.5, 3)).isGreaterThanOrEqualTo(1.3f);
        }
    }

    @ParameterizedTest
    @CsvSource({
            // total shortfall, total surplus, help share, covered
            "0,   200,  0.3, 0",    // nobody short
            "100, 200,  0.3, 0.6",  // 0.3 x 200 = 60 of 100
            "100, 1000, 0.3, 1",    // more help than needed: all covered, no more
            "100, 0,    0.3, 0",    // the whole village is short
            "100, -50,  0.3, 0",    // a negative surplus is no surplus
            "100, 200,  0,   0",    // nobody helps
    })
    void neighboursCoverAShareOfEachShortfall(double shortfall, double surplus, double helpShare, double expected) {
        assertThat(Consumption.coveredShare(shortfall, surplus, helpShare)).isCloseTo(expected, within(EPS));
    }

    /** A household at a full reserve that eats its minimum or more stays at exactly full (Demography tests the bits). */
    @Test
    void aFullReserveStaysExactlyFullWhileTheMinimumIsEaten() {
        for (double intake = 12.4; intake <= 40; intake += 0.3) {
            assertThat(reserve(3, intake, 12.4, 0.5, 3)).isEqualTo(3f);
        }
    }

    private static float reserve(double reserve, double intake, double survival, double recovery, double full) {
        return Consumption.reserveAfter((float) reserve, (float) intake, (float) survival, (float) (1 / survival),
                (float) recovery, (float) full);
    }

    /** Exact: every input and result is a whole number or a half, which float holds exactly. */
    @ParameterizedTest
    @CsvSource({
            // persons, need per person, milk, months left, other food, food grain kept back
            "5, 16, 20, 6,  100, 260",  // (5 x 16 - 20) x 6 - 100
            "5, 16, 90, 6,  100, 0",    // more milk than need: nothing a month, and no debt
            "5, 16, 20, 6,  500, 0",    // enough potatoes to the harvest
            "5, 16, 0,  12, 0,   960",
            "0, 16, 0,  6,  0,   0",    // a household that has left
            "2, 16, 0.5, 1, 0,   31.5",
    })
    void foodKeptBackIsTheNeedBeyondMilkUntilTheHarvestLessOtherFood(float persons, float need, float dairy,
                                                                     float months, float garden, float expected) {
        assertThat(Consumption.foodKeptKg(persons, need, dairy, months, garden)).isEqualTo(expected);
    }

    @Test
    void theSpareGrainIsWhatIsAboveTheFoodAndSeedKeptBack() {
        assertThat(Consumption.spareKg(500, 260, 90)).isEqualTo(150);
        assertThat(Consumption.spareKg(300, 260, 90)).isZero();
        assertThat(Consumption.spareKg(0, 0, 0)).isZero();
    }

    @Test
    void aStepTakesWhatIsAskedUpToTheStore() {
        assertThat(Consumption.take(10, 4)).isEqualTo(4);
        assertThat(Consumption.take(3, 4)).isEqualTo(3);   // the store runs out
        assertThat(Consumption.take(10, -2)).isZero();     // nothing asked: nothing taken
        assertThat(Consumption.take(0, 4)).isZero();
    }
}
