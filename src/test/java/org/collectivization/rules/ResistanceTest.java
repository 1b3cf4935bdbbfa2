package org.collectivization.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** ODD 4.9 Resistance (Epstein 2002). */
class ResistanceTest {
    private static final double EPS = 1e-12;

    /** Exact: every input and result is a sum of powers of two that float holds exactly. */
    @ParameterizedTest
    @CsvSource({
            // coercion memory, hardship, legitimacy, attachment, grievance
            "0.5,  0.25, 0.25, 1,   0.5625",  // (0.5 + 0.25) x 0.75
            "0.5,  0.25, 1,    1,   0",       // a fully legitimate state causes no grievance
            "0.5,  0.25, 0,    1,   0.75",
            "0.5,  0.25, 0.25, 0.5, 0.28125", // half as attached: half the grievance
            "-1,   0.25, 0.25, 1,   0",       // never negative
    })
    void grievanceIsCoercionPlusHardshipTimesIllegitimacyAndAttachment(float coercion, float hardship, float legitimacy,
                                                                      float attachment, float expected) {
        assertThat(Resistance.grievance(coercion, hardship, legitimacy, attachment)).isEqualTo(expected);
    }

    @Test
    void coercionFadesAndAddsThisMonthsExpropriationsAndPressure() {
        assertThat(Resistance.coercionAfter(1, 0.75f, 0.25f, 0.5f)).isEqualTo(1.5f);  // 0.75 + 0.25 + 0.5
        assertThat(Resistance.coercionAfter(1, 0.75f, 0, 0)).isEqualTo(0.75f);        // a quiet month: it fades
        assertThat(Resistance.coercionAfter(0, 0.75f, 0, 0)).isZero();
    }

    @Test
    void hardshipIsItsWeightTimesTheReserveGone() {
        assertThat(Resistance.hardship(0.5f, 3, 1 / 4f)).isEqualTo(0.125f);  // a quarter gone
        assertThat(Resistance.hardship(0.5f, 4, 1 / 4f)).isZero();           // a full reserve
        assertThat(Resistance.hardship(0.5f, 0, 1 / 4f)).isEqualTo(0.5f);    // none left
    }

    @Test
    void capacityToActFallsBelowHalfTheReserve() {
        assertThat(Resistance.capacity(4, 1 / 2f)).isEqualTo(1);     // full (4 months; half is 2)
        assertThat(Resistance.capacity(2, 1 / 2f)).isEqualTo(1);     // half: still able
        assertThat(Resistance.capacity(1, 1 / 2f)).isEqualTo(0.5f);  // a quarter: half as able
        assertThat(Resistance.capacity(0, 1 / 2f)).isZero();         // too weak
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
