package org.collectivization.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** ODD 4.7 Collectivization. */
class CollectivizationTest {
    private static final double EPS = 1e-12;

    @Test
    void joinScoreIsPressurePlusWeightedReasonsMinusAttachment() {
        // 0.5 + 0.2 x 0.4 + 0.3 x 0.3 + 0.2 x 0.5 - 0.75 = 0.5 + 0.08 + 0.09 + 0.1 - 0.75 = 0.02
        assertThat(Collectivization.joinScore(0.5, 0.4, 0.2, 0.3, 0.3, 0.5, 0.2, 0.75)).isCloseTo(0.02, within(EPS));
        assertThat(Collectivization.joinScore(0, 0, 0.2, 0, 0.3, 0, 0.2, 0.75)).isCloseTo(-0.75, within(EPS));
        assertThat(Collectivization.joinScore(1, 1, 1, 1, 1, 1, 1, 0)).isCloseTo(4, within(EPS));
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
}
