package org.collectivization.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** ODD 4.11 The state's beliefs and relief. */
class BeliefsTest {
    private static final double EPS = 1e-12;

    @ParameterizedTest
    @CsvSource({
            // belief, shortfall, find rate (NaN = no searches), rise, fall, belief after
            "0.3, 0.5, NaN, 0.3, 0.03, 0.405",    // 0.3 + 0.3 x 0.5 x 0.7
            "0.3, 0.5, 1,   0.3, 0.03, 0.405",    // searches found grain every time: no fall
            "0.3, 0.5, 0,   0.3, 0.03, 0.39285",  // found nothing: 0.405 x (1 - 0.03)
            "0.3, 0.5, 0.5, 0.3, 0.03, 0.398925", // found half the time: 0.405 x (1 - 0.015)
            "0.3, 2,   NaN, 0.3, 0.03, 0.51",     // a shortfall above 1 counts as 1: 0.3 + 0.3 x 0.7
            "0.3, -1,  NaN, 0.3, 0.03, 0.3",      // no shortfall: unchanged
            "1,   1,   NaN, 0.3, 0.03, 1",        // certainty stays certainty
            "0,   0,   0,   0.3, 0.03, 0",
            "0.5, 0,   0,   0.3, 1,    0",        // a total fall
    })
    void beliefRisesWithShortfallAndFallsSlowlyWhenSearchesFindLittle(double belief, double shortfall, double find,
                                                                      double rise, double fall, double expected) {
        assertThat(Beliefs.beliefAfter(belief, shortfall, find, rise, fall)).isCloseTo(expected, within(EPS));
    }

    @Test
    void withoutSearchesBeliefOnlyRisesAndStaysAProbability() {
        for (double belief = 0; belief <= 1; belief += 0.05) {
            for (double shortfall = -0.5; shortfall <= 1.5; shortfall += 0.1) {
                for (double rise = 0; rise <= 1; rise += 0.1) {
                    double after = Beliefs.beliefAfter(belief, shortfall, Double.NaN, rise, 1);
                    assertThat(after).as("beliefAfter(%s, %s, NaN, %s, 1)", belief, shortfall, rise)
                            .isGreaterThanOrEqualTo(belief).isBetween(0.0, 1.0);
                }
            }
        }
    }

    @Test
    void withSearchesBeliefStaysAProbability() {
        for (double belief = 0; belief <= 1; belief += 0.05) {
            for (double find = 0; find <= 1; find += 0.1) {
                for (double fall = 0; fall <= 1; fall += 0.1) {
                    assertThat(Beliefs.beliefAfter(belief, 1, find, 1, fall)).isBetween(0.0, 1.0);
                }
            }
        }
    }

    @ParameterizedTest
    @CsvSource({
            // requested, responsiveness, belief, granted
            "1000, 0.3, 0.4, 180",  // 1000 x 0.3 x 0.6
            "1000, 1,   0,   1000", // a trusting, fully responsive centre grants all
            "1000, 0.3, 1,   0",    // a centre sure grain is hidden grants nothing
            "1000, 0,   0,   0",
            "-50,  0.3, 0.4, 0",    // never negative
    })
    void reliefIsRequestTimesResponsivenessTimesDistrust(double requested, double responsiveness, double belief,
                                                         double expected) {
        assertThat(Beliefs.reliefGranted(requested, responsiveness, belief)).isCloseTo(expected, within(1e-9));
    }
}
