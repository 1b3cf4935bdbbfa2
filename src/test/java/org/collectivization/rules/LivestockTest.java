package org.collectivization.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** ODD 4.3 Livestock. */
class LivestockTest {
    private static final double EPS = 1e-12;

    @ParameterizedTest
    @CsvSource({
            // pressure, neighbours joined, seizures, neighbour weight, seizure weight, expectation
            "0.2, 0.5, 0.25, 0.6, 0.6, 0.65",  // 0.2 + 0.6 x 0.5 + 0.6 x 0.25
            "0,   0,   0,    0.6, 0.6, 0",
            "0.5, 1,   1,    0.6, 0.6, 1",     // 1.7 is capped at certainty
            "-0.5, 0.2, 0,   0.6, 0.6, 0",     // -0.38 is raised to 0
    })
    void expectedConfiscationAddsPressureNeighboursAndSeizures(double pressure, double joined, double seizures,
                                                               double wn, double ws, double expected) {
        assertThat(Livestock.expectedConfiscation(pressure, joined, seizures, wn, ws)).isCloseTo(expected, within(EPS));
    }

    @ParameterizedTest
    @CsvSource({
            // expectation, threshold, max share, panic share
            "0.1,   0.15, 0.5, 0",     // below the threshold
            "0.15,  0.15, 0.5, 0",     // at the threshold
            "0.575, 0.15, 0.5, 0.25",  // half-way from threshold to certainty: half the maximum
            "1,     0.15, 0.5, 0.5",   // certainty: the maximum
            "1.5,   0.15, 0.5, 0.5",   // never more than the maximum
            "1,     1,    0.5, 0",     // a threshold of 1 is never crossed
            "0.5,   0,    0.8, 0.4",   // no threshold: linear from 0
    })
    void panicShareRisesLinearlyFromTheThresholdToTheMaximum(double expectation, double threshold, double max,
                                                             double expected) {
        assertThat(Livestock.panicSlaughterShare(expectation, threshold, max)).isCloseTo(expected, within(EPS));
    }

    @ParameterizedTest
    @CsvSource({
            // herd, usual herd, share, kept back, heads slaughtered
            "10, 12, 0.25, 0, 1",    // keep 0.75 x 12 = 9
            "8,  12, 0.25, 0, 0",    // already below what it keeps
            "10, 12, 0,    0, 0",    // no panic: keeps the usual herd
            "10, 12, 1,    0, 10",   // slaughter everything
            "3,  4,  1,    1, 2",    // certain confiscation: eats all but its milk cow
            "3,  4,  0.5,  1, 1",    // the share's target (2) is above the cow: the cow changes nothing
            "3,  0.5, 1,   1, 2.5",  // a usual herd below one cow: keeps only its usual herd
            "0.5, 4, 1,    1, 0",    // less than the cow it would keep: slaughters nothing
    })
    void panicSlaughterBringsTheHerdDownToTheKeepTarget(float herd, float capacity, float share, float kept,
                                                        float expected) {
        assertThat(Livestock.panicSlaughterHeads(herd, capacity, share, kept)).isEqualTo(expected);
    }

    /** Exact: every input and result is a sum of powers of two that float holds exactly. */
    @ParameterizedTest
    @CsvSource({
            // herd, births per head, fed share, usual herd, replacement share, births
            "10, 0.25, 1,    10, 0.5, 2.5",    // a fed herd at its usual size
            "0,  0.25, 1,    10, 0.5, 0",      // no herd, no young
            "10, 0.25, 0.5,  10, 0.5, 1.25",   // half fed: half the young
            "10, 0.25, 1.5,  10, 0.5, 2.5",    // fed share above 1 counts as 1
            "10, 0.25, -1,   10, 0.5, 0",      // below 0 counts as 0
            "10, 0.25, 1,    20, 0.5, 2.5",    // at the replacement level: still viable
            "10, 0.25, 1,    40, 0.5, 0.625",  // half the replacement level: viability 0.5, squared 0.25
            "10, 0.25, 1,    80, 0,   2.5",    // no replacement level: always viable
            "10, 0.25, 1,    0,  0.5, 2.5",    // the farm keeps none of the species: viable
            "0,  0.25, 1,    0,  0.5, 0",      // and none of the species, no young
    })
    void birthsFallWithFodderAndCollapseBelowReplacement(float herd, float rate, float fed, float capacity,
                                                         float replacement, float expected) {
        assertThat(Livestock.births(herd, rate, fed, capacity, replacement)).isEqualTo(expected);
    }

    /** Exact: every input and result is a sum of powers of two that float holds exactly. */
    @ParameterizedTest
    @CsvSource({
            // natural per month, socialized factor, fodder mortality, fodder shortfall, herder's extra, share
            "0.0625, 1, 0.25, 0,    0,     0.0625",  // natural deaths alone
            "0.0625, 2, 0.25, 0,    0,     0.125",   // socialized animals die twice as often
            "0.0625, 2, 0.25, 0.5,  0,     0.25",    // + 0.25 x 0.5 for the fodder not given
            "0.0625, 1, 0.25, 3,    0,     0.3125",  // a shortfall above 1 counts as 1
            "0.0625, 1, 0.25, -1,   0,     0.0625",  // below 0 counts as 0
            "0.0625, 1, 0,    1,    0,     0.0625",  // a species that eats no grain does not die of its lack
            "0.0625, 1, 0.25, 0.5,  0.5,   0.6875",  // a herder's extra loss is added
            "0.5,    1, 0.75, 1,    0.125, 1",       // natural and fodder deaths are at most the herd ...
            "0.5,    1, 0.25, 1,    0.125, 0.875",   // ... (0.75 here) before the extra is added
            "2,      1, 0.25, 1,    0.5,   1",       // and the whole never more than the herd
    })
    void mortalityIsNaturalTimesSocializedPlusFodderShortfallPlusTheHerdersExtra(
            float natural, float factor, float fodderMortality, float shortfall, float extra, float expected) {
        assertThat(Livestock.mortalityShare(natural, factor, fodderMortality, shortfall, extra)).isEqualTo(expected);
    }

    @Test
    void herdersLoseMoreInAWinterOnceSettledAndInDrought() {
        assertThat(Livestock.drought(0.75)).isEqualTo(0.25);
        assertThat(Livestock.drought(1.25)).isZero();  // a good year is no drought
        assertThat(Livestock.herderWinterLoss(true, 0.125, 0)).isEqualTo(0.125);
        assertThat(Livestock.herderWinterLoss(false, 0.125, 0)).isZero();
        assertThat(Livestock.herderWinterLoss(true, 0.125, 0.5)).isEqualTo(0.125 + 0.1 * 0.5);  // a tenth of the drought
    }

    @Test
    void hungryHouseholdsAnimalsBearHalfAsManyYoung() {
        assertThat(Livestock.breedingFed(0.5f, 1)).isEqualTo(0.5f);
        assertThat(Livestock.breedingFed(1, 1)).isEqualTo(1);  // at the bound: fed
        assertThat(Livestock.breedingFed(3, 1)).isEqualTo(1);
    }

    @Test
    void theFodderShortfallIsTheShareNotGiven() {
        assertThat(Livestock.fodderShortfall(8, 6)).isEqualTo(0.25f);
        assertThat(Livestock.fodderShortfall(8, 8)).isZero();
        assertThat(Livestock.fodderShortfall(8, 0)).isEqualTo(1);
        assertThat(Livestock.fodderShortfall(0, 0)).isZero();  // nothing wanted: no shortfall (not 0 / 0)
    }

    @Test
    void onlyASpeciesThatEatsGrainDiesOfItsLack() {
        assertThat(Livestock.underfedPerMonth(30, 0.25)).isEqualTo(0.25f);
        assertThat(Livestock.underfedPerMonth(0, 0.25)).isZero();
    }

    @Test
    void naturalMortalityPerMonthIsAYearsTwelfth() {
        assertThat(Livestock.naturalPerMonth(0.75)).isEqualTo(0.0625f);
        assertThat(Livestock.naturalPerMonth(0.06)).isEqualTo((float) 0.005);
    }

    /** Exact: every input and result is a sum of powers of two that float holds exactly. */
    @ParameterizedTest
    @CsvSource({
            // herder, herder's usual herd, farmer's usual herd, assets, member, pooled share, usual herd
            "1, 8, 4, 1.5, 0, 0.5, 12",  // a herder: its share of the herders' usual herd
            "0, 8, 4, 1.5, 0, 0.5, 6",   // a farmer: its share of its region's
            "0, 8, 4, 1.5, 1, 0.5, 3",   // a member keeps what it has not pooled
            "0, 8, 4, 1.5, 1, 1,   0",   // a species pooled in full (horses, camels): none
            "0, 8, 4, 0,   0, 0.5, 0",   // no assets, no herd
    })
    void theUsualHerdIsTheAssetsShareOfTheMeanLessWhatIsPooled(float herder, float herdersMean, float farmersMean,
                                                                float assets, float member, float pooled, float expected) {
        assertThat(Livestock.usualHerd(herder, herdersMean, farmersMean, assets, member, pooled)).isEqualTo(expected);
    }

    @Test
    void aFarmKeepsTheRegionsAnimalsPerHectareOnItsLandTimesThePooledShare() {
        assertThat(Livestock.farmCapacity(4, 8, 16, 0.5)).isEqualTo(4);  // 0.5 a hectare x 16 ha x 0.5
        assertThat(Livestock.farmCapacity(4, 8, 16, 1)).isEqualTo(8);
        assertThat(Livestock.farmCapacity(4, 0, 16, 1)).isZero();        // a region whose households sow nothing
        assertThat(Livestock.farmCapacity(4, 8, 0, 1)).isZero();         // a farm without land
    }

    @Test
    void normalSlaughterTakesOnlyTheIncreaseAboveCapacity() {
        assertThat(Livestock.normalSlaughter(12, 10)).isEqualTo(2);
        assertThat(Livestock.normalSlaughter(10, 10)).isZero();
        assertThat(Livestock.normalSlaughter(8, 10)).isZero();
    }

    /** ODD 4.3: horses and cattle have their own keep factors; pigs, sheep, goats and camels go first. */
    @Test
    void horsesAndCattleAreKeptLongerThanSmallAnimals() {
        assertThat(Livestock.keepFactor(true, false, 0.5, 0.7)).isEqualTo(0.5);
        assertThat(Livestock.keepFactor(false, true, 0.5, 0.7)).isEqualTo(0.7);
        assertThat(Livestock.keepFactor(false, false, 0.5, 0.7)).isEqualTo(1.0);
    }
}
