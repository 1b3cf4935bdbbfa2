package org.collectivization.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** ODD 4.10 Officials' incentives and reports. */
class IncentivesTest {
    private static final double EPS = 1e-12;

    @ParameterizedTest
    @CsvSource({
            // fulfilment, threshold, rate, vigilance, plea risk, purge probability
            "0.9,  0.9, 0.5, 1,   0,   0",     // at the threshold: safe
            "1.2,  0.9, 0.5, 1,   0,   0",     // above it: safe
            "0,    0.9, 0.5, 1,   0,   0.5",   // total failure: rate x vigilance
            "0.45, 0.9, 0.5, 1,   0,   0.25",  // half the threshold: half the risk
            "0,    0.9, 0.5, 0.5, 0,   0.25",  // less vigilance, less risk
            "1.2,  0.9, 0.5, 1,   0.1, 0.1",   // a plea costs its risk even when the plan is met
            "0,    0.9, 1,   1,   0.5, 1",     // capped at certainty
            "0,    0,   0.5, 1,   0.1, 0.1",   // no threshold: only the plea risk
    })
    void purgeRiskRisesBelowTheThreshold(double fulfilment, double threshold, double rate, double vigilance,
                                         double pleaRisk, double expected) {
        assertThat(Incentives.purgeProbability(fulfilment, threshold, rate, vigilance, pleaRisk))
                .isCloseTo(expected, within(EPS));
    }

    @Test
    void purgeProbabilityIsZeroAtAndAboveTheThresholdForAnyRate() {
        for (double f = 0.9; f <= 3; f += 0.01) {
            assertThat(Incentives.purgeProbability(f, 0.9, 1, 1, 0)).as("fulfilment %s", f).isZero();
        }
    }

    @ParameterizedTest
    @CsvSource({
            // actual, honesty, zeal, inflation max, reported
            "100, 0.6, 0.5, 0.3, 106",  // 100 x (1 + 0.4 x 0.5 x 0.3)
            "100, 1,   1,   0.3, 100",  // an honest official reports the truth
            "100, 0,   1,   0.3, 130",  // a dishonest, zealous one inflates by the maximum
            "100, 1.5, 1,   0.3, 100",  // honesty above 1 never deflates
            "100, 0,   -1,  0.3, 100",  // negative zeal never deflates
    })
    void reportsOverstateByDishonestyTimesZeal(double actual, double honesty, double zeal, double max,
                                               double expected) {
        assertThat(Incentives.reportedHarvest(actual, honesty, zeal, max)).isCloseTo(expected, within(1e-9));
    }

    @ParameterizedTest
    @CsvSource({
            // hungry share, threshold, compassion, fear, plea probability
            "0.05, 0.1, 0.4, 0.5, 0",    // hunger not yet visible
            "0.1,  0.1, 0.4, 0.5, 0.2",  // at the threshold: compassion x (1 - fear)
            "0.6,  0.1, 0.4, 0,   0.4",
            "0.6,  0.1, 0.4, 1,   0",    // fear holds it back entirely
            "0.6,  0.1, 2,   0,   1",    // capped at certainty
            "0.6,  0.1, 0.4, 1.5, 0",    // never negative
    })
    void pleasComeOnceHungerIsVisible(double hungry, double threshold, double compassion, double fear,
                                      double expected) {
        assertThat(Incentives.pleaProbability(hungry, threshold, compassion, fear)).isCloseTo(expected, within(EPS));
    }
}
