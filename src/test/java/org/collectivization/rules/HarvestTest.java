package org.collectivization.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** ODD 4.1 Harvest. */
class HarvestTest {
    private static final double EPS = 1e-12;

    @ParameterizedTest(name = "{9}")
    @CsvSource({
            // land, seed kg, seed kg/ha, horses, ha/horse, persons, ha/person, hand-dug ha/person, effort,
            // binding limit, expected ha
            "3,  1400, 140, 2, 4, 5, 2,   0,   1,   land,                 3",
            "10,  700, 140, 2, 4, 5, 2,   0,   1,   seed (700 / 140),     5",
            "10, 1400, 140, 1, 4, 5, 2,   0,   1,   draught (1 x 4),      4",
            "10, 1400, 140, 1, 4, 5, 2,   0.4, 1,   draught (1 x 4 + 5 x 0.4), 6",
            "10, 1400, 140, 0, 4, 5, 2,   0.4, 1,   no animals: dug by hand (5 x 0.4), 2",
            "10, 1400, 140, 0, 4, 5, 2,   0,   1,   no animals and no hand digging: nothing sown, 0",
            "10, 1400, 140, 2, 4, 1, 2.5, 0,   1,   labour (1 x 2.5),     2.5",
            "3,  1400, 140, 2, 4, 5, 2,   0,   0.5, land x effort 0.5,    1.5",
            "10,  700, 140, 2, 4, 5, 2,   0,   0.2, seed x effort 0.2,    1",
            "10, 1400, 140, 2, 4, 5, 2,   0,   1.7, effort above 1 counts as 1, 8",
            "10, 1400, 140, 2, 4, 5, 2,   0,  -0.3, effort below 0 counts as 0, 0",
            "6,     0,   0, 2, 4, 5, 2,   0,   1,   no seed rate: seed is no limit, 6",
            "10,    0, 140, 2, 4, 5, 2,   0,   1,   no seed: nothing sown, 0",
    })
    void areaSownIsTheSmallestLimitTimesEffort(double land, double seed, double seedRate, double horses,
                                               double haPerHorse, double persons, double haPerPerson,
                                               double manualHaPerPerson, double effort, String binding,
                                               double expected) {
        assertThat(Harvest.areaSownHa(land, seed, seedRate, horses, haPerHorse, persons, haPerPerson,
                manualHaPerPerson, effort)).as(binding).isCloseTo(expected, within(EPS));
    }

    @Test
    void areaSownIsNeverNegative() {
        assertThat(Harvest.areaSownHa(10, 1400, 140, -1, 4, 5, 2, 0, 1)).isZero();
        assertThat(Harvest.areaSownHa(-2, 1400, 140, 2, 4, 5, 2, 0.4, 1)).isZero();
    }

    @ParameterizedTest
    @CsvSource({
            // expected take, normal take, sensitivity, effort
            "0.1, 0.2, 0.4, 1",    // below the normal take
            "0.2, 0.2, 0.4, 1",    // at the normal take
            "0.7, 0.2, 0.4, 0.8",  // 1 - 0.4 x 0.5
            "0.7, 0.2, 1.0, 0.5",  // 1 - 1.0 x 0.5
            "0.9, 0.2, 1.0, 0.3",  // 1 - 1.0 x 0.7
            "1.0, 0.0, 1.5, 0.2",  // 1 - 1.5 would be -0.5: the floor
            "0.9, 0.2, 0.0, 1",    // insensitive households never slacken
    })
    void effortFallsAboveTheNormalTakeToAFloorOfOneFifth(double take, double normal, double sensitivity,
                                                          double expected) {
        assertThat(Harvest.effort(take, normal, sensitivity)).isCloseTo(expected, within(EPS));
    }

    @ParameterizedTest
    @CsvSource({
            // base, hunger max, reserve fraction, loss share
            "0.08, 0.3, 1,    0.08",  // fed workers: the normal loss
            "0.08, 0.3, 0.5,  0.23",  // 0.08 + 0.3 x 0.5
            "0.08, 0.3, 0,    0.38",  // exhausted: the full hunger loss
            "0.08, 0.3, 1.4,  0.08",  // a fraction above 1 counts as 1
            "0.08, 0.3, -0.5, 0.38",  // below 0 counts as 0
            "0.8,  0.3, 0,    0.95",  // never more than 95 %
    })
    void lossesRiseAsTheReserveFalls(double base, double hungerMax, double reserve, double expected) {
        assertThat(Harvest.lossShare(base, hungerMax, reserve)).isCloseTo(expected, within(EPS));
    }

    @Test
    void harvestIsAreaTimesYieldTimesWeatherTimesKolkhozFactorLessLosses() {
        // 5 ha x 0.75 t/ha x 1000 kg/t = 3750 kg; x 1.12 = 4200; x 0.9 = 3780; x (1 - 0.08) = 3477.6
        assertThat(Harvest.harvestKg(5, 0.75, 1.12, 0.9, 0.08)).isCloseTo(3477.6, within(1e-9));
        assertThat(Harvest.harvestKg(5, 0.75, 1, 1, 0)).isCloseTo(3750, within(1e-9));
        assertThat(Harvest.harvestKg(0, 0.75, 1, 1, 0)).isZero();
        assertThat(Harvest.harvestKg(5, 0.75, 1, 1, 1)).isZero();
        assertThat(Harvest.harvestKg(5, 0.75, 1, 1, 1.5)).as("a loss share above 1 reaps nothing, not less").isZero();
    }

    /** ODD 4.1: the new farms' yield loss lasts until the discipline of 1933. */
    @Test
    void theFarmsYieldLossEndsWithTheDisciplineOf1933() {
        assertThat(Harvest.kolkhozFactor(0.8, false)).isEqualTo(0.8);
        assertThat(Harvest.kolkhozFactor(0.8, true)).isEqualTo(1.0);
    }
}
