package org.collectivization.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** ODD 4.7 Collectivization. */
class CollectivizationTest {
    private static final double EPS = 1e-12;

    /** Exact: every input and result is a sum of powers of two that float holds exactly. */
    @ParameterizedTest
    @CsvSource({
            // pressure, joined, neighbour weight, quota penalty, its weight, label risk, its weight, attachment, score
            "0.5, 0.25, 0.5, 0.5, 0.25, 0.5, 0.5, 0.75, 0.25",   // 0.5 + 0.125 + 0.125 + 0.25 - 0.75
            "0,   0,    0.5, 0,   0.25, 0,   0.5, 0.75, -0.75",  // no reason to join: minus the attachment
            "0.5, 0.25, 0.5, 0.5, 0.25, 1,   0,   0.75, 0",      // a label risk of weight 0 counts for nothing
            "1,   1,    1,   1,   1,    1,   1,   0,    4",
            "0.5, 0,    0.5, 0,   0.25, 0,   0.5, -0.5, 1",      // a negative attachment (an aversion) adds
    })
    void joinScoreIsPressurePlusWeightedReasonsMinusAttachment(double pressure, double joined, double neighbourWeight,
                                                               double quotaPenalty, double quotaWeight, float labelRisk,
                                                               float labelWeight, float attachment, float expected) {
        assertThat(Collectivization.joinScore(pressure, joined, neighbourWeight, quotaPenalty, quotaWeight, labelRisk,
                labelWeight, attachment)).isEqualTo(expected);
    }

    @Test
    void theVillagesPartIsRoundedToFloatOnce() {
        // 0.1 + 0.1 x 0.2 in double, then one rounding (0.12f); in float throughout it would be 0.120000005f
        assertThat(Collectivization.joinScore(0.1, 0.2, 0.1, 0, 0, 0, 0, 0)).isEqualTo((float) (0.1 + 0.1 * 0.2))
                .isNotEqualTo(0.1f + 0.1f * 0.2f);
    }

    @ParameterizedTest
    @CsvSource({
            // assets, label risk
            "0,    0",
            "1,    0.5",   // an average household: half
            "1.5,  0.75",
            "2,    1",     // twice the mean: certain
            "3,    1",     // never above 1
    })
    void labelRiskIsHalfTheAssetsAtMostOne(float assets, float expected) {
        assertThat(Collectivization.labelRisk(assets)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({
            // campaign intensity, zeal, village pressure
            "0.5, 0.5, 0.5",   // an average official passes the campaign on unchanged
            "0.5, 1,   0.75",  // a zealous one presses harder
            "0.5, 0,   0.25",  // an indifferent one softens it
            "0.8, 1,   1",     // 1.2 capped at 1
            "0.5, -1,  0",     // never negative
            "0,   1,   0",     // no campaign
    })
    void villagePressureIsTheCampaignScaledByZeal(double intensity, double zeal, double expected) {
        assertThat(Collectivization.villagePressure(intensity, zeal)).isCloseTo(expected, within(EPS));
    }

    /** ODD 4.7, the artel statute: every branch of the pooled share. */
    @Test
    void theArtelStatuteSetsWhatAMemberPools() {
        // draught animals: all, whatever the date
        assertThat(Collectivization.pooledShare(true, false, false, false, 0.4, 0.6)).isEqualTo(1.0);
        // cattle: all before the statute and while cows are socialized again; the cattle beyond the cow otherwise
        assertThat(Collectivization.pooledShare(false, true, true, false, 0.4, 0.6)).isEqualTo(1.0);
        assertThat(Collectivization.pooledShare(false, true, false, true, 0.4, 0.6)).isEqualTo(1.0);
        assertThat(Collectivization.pooledShare(false, true, false, false, 0.4, 0.6)).isEqualTo(0.4);
        // small animals: their own share throughout
        assertThat(Collectivization.pooledShare(false, false, true, false, 0.4, 0.6)).isEqualTo(0.6);
        assertThat(Collectivization.pooledShare(false, false, false, true, 0.4, 0.6)).isEqualTo(0.6);
    }
}
