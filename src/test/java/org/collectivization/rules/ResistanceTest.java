package org.collectivization.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** ODD 4.9 Resistance (Epstein 2002). */
class ResistanceTest {
    private static final double EPS = 1e-12;

    @ParameterizedTest
    @CsvSource({
            // coercion memory, hardship, legitimacy, grievance
            "0.6, 0.4, 0.3, 0.7",  // (0.6 + 0.4) x 0.7
            "0.6, 0.4, 1,   0",    // a fully legitimate state causes no grievance
            "0.6, 0.4, 0,   1",
            "-1,  0.4, 0.3, 0",    // never negative
    })
    void grievanceIsCoercionPlusHardshipTimesIllegitimacy(double coercion, double hardship, double legitimacy,
                                                          double expected) {
        assertThat((double) Resistance.grievance((float) coercion, (float) hardship, (float) legitimacy))
                .isCloseTo(expected, within(1e-6));
    }

    @Test
    void arrestProbabilityFollowsEpstein() {
        // 1 - exp(-2.3) = 0.899741...; Epstein's k = 2.3 gives 0.9 with one enforcer per active agent
        assertThat(Resistance.arrestProbability(2.3, 1, 0)).isCloseTo(0.8997411562771962, within(EPS));
        // 1 - exp(-2.3 x 1 / 10) = 0.205466...
        assertThat(Resistance.arrestProbability(2.3, 1, 9)).isCloseTo(0.20546639749666595, within(EPS));
        assertThat(Resistance.arrestProbability(2.3, 0, 9)).isZero();
        assertThat(Resistance.arrestProbability(0, 5, 0)).isZero();
    }

    @Test
    void arrestProbabilityFallsAsMoreHouseholdsAreActive() {
        double previous = 1;
        for (int active = 0; active < 200; active++) {
            double p = Resistance.arrestProbability(2.3, 1, active);
            assertThat(p).as("%d active", active).isLessThan(previous).isBetween(0.0, 1.0);
            previous = p;
        }
    }

    @ParameterizedTest
    @CsvSource({
            // grievance, risk aversion, arrest probability, threshold, capacity, active
            "0.75, 0.5, 0.5, 0.375, 1,   true",   // 0.75 - 0.25 = 0.5 > 0.375
            "0.75, 0.5, 0.5, 0.5,   1,   false",  // 0.5 is not more than 0.5
            "0.75, 0.5, 0.5, 0.375, 0.5, false",  // hungry: 0.375 - 0.25 = 0.125
            "0.75, 0.5, 0.5, 0,     0,   false",  // too weak to act at all
            "0.75, 0,   1,   0.5,   1,   true",   // the risk-neutral ignore arrest
    })
    void aHouseholdActsWhenGrievanceLessRiskExceedsTheThreshold(double grievance, double aversion, double arrest,
                                                                double threshold, double capacity, boolean expected) {
        float margin = Resistance.margin((float) grievance, (float) aversion, (float) arrest, (float) capacity);
        assertThat(Resistance.active(margin, threshold)).isEqualTo(expected);
    }
}
