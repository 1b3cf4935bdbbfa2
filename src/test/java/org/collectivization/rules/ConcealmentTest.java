package org.collectivization.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** ODD 4.6 Concealment. */
class ConcealmentTest {
    private static final double EPS = 1e-12;

    @ParameterizedTest
    @CsvSource({
            // base, grievance weight, grievance, pressure weight, quota pressure, max share, hidden share
            "0.03, 0.25, 0.4, 0.4, 0.5, 0.4, 0.33",  // 0.03 + 0.25 x 0.4 + 0.4 x 0.5
            "0.03, 0.25, 0,   0.4, 0,   0.4, 0.03",  // no grievance, no pressure: the base
            "0.03, 0.25, 2,   0.4, 0.5, 0.4, 0.4",   // 0.73 is capped at the maximum
            "0.03, 0.25, -1,  0.4, 0.5, 0.4, 0.23",  // a negative grievance counts as none
            "0.03, 0.25, 0.4, 0.4, -2,  0.4, 0.13",  // a negative pressure counts as none
            "-0.5, 0.25, 0,   0.4, 0,   0.4, 0",     // never negative
    })
    void hiddenShareRisesWithGrievanceAndPressureUpToTheMaximum(double base, double wg, double grievance, double wp,
                                                                double pressure, double max, double expected) {
        assertThat(Concealment.hideShare(base, wg, grievance, wp, pressure, max)).isCloseTo(expected, within(EPS));
    }

    @ParameterizedTest
    @CsvSource({
            // per month, zeal, multiplier, probability
            "0.25, 0.5, 1,  0.125",
            "0.25, 1,   3,  0.75",
            "0.5,  1,   3,  1",     // capped at certainty
            "0.25, 0,   1,  0",     // no zeal, no searches
            "0.25, -1,  1,  0",     // never negative
    })
    void searchesRiseWithZeal(double perMonth, double zeal, double multiplier, double expected) {
        assertThat(Concealment.searchProbability(perMonth, zeal, multiplier)).isCloseTo(expected, within(EPS));
    }
}
