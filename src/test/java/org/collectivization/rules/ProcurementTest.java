package org.collectivization.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** ODD 4.4 Procurement plan and ODD 4.5 Requisition. */
class ProcurementTest {
    private static final double EPS = 1e-9;

    @ParameterizedTest
    @CsvSource({
            // centre needs, share cap, estimate, optimism, plan
            "22000000, 0.45, 60000000, 0.1, 22000000",  // cap 0.45 x 66 M = 29.7 M: the needs bind
            "22000000, 0.45, 40000000, 0.1, 19800000",  // cap 0.45 x 44 M = 19.8 M binds
            "22000000, 0.45, 40000000, 0,   18000000",  // no optimism: 0.45 x 40 M
            "-5,       0.45, 40000000, 0.1, 0",         // never negative
    })
    void planIsTheNeedsCappedAtAShareOfTheOptimisticEstimate(double needs, double cap, double estimate,
                                                             double optimism, double expected) {
        assertThat(Procurement.planT(needs, cap, estimate, optimism)).isCloseTo(expected, within(EPS));
    }

    @ParameterizedTest
    @CsvSource({
            // previous estimate, reported, fall per year, new estimate
            "70, 60, 0.1, 63",  // the report is lower: fall by at most 10 %
            "70, 65, 0.1, 65",  // a fall within 10 % is believed
            "70, 80, 0.1, 80",  // a higher report is believed at once
            "70, 20, 1,   20",  // allowed to fall all the way
            "70, 20, 0,   70",  // never falls
    })
    void estimateFollowsReportsUpButFallsOnlySlowly(double previous, double reported, double fall, double expected) {
        assertThat(Procurement.estimateT(previous, reported, fall)).isCloseTo(expected, within(EPS));
    }

    @ParameterizedTest
    @CsvSource({
            "0.25, 0.5, 0.5, 0.5",  // 0.25 + 0.5 x 0.5
            "0.25, 0.5, 0,   0.25",
            "0.8,  0.5, 1,   1",    // capped at the whole gap
            "-0.5, 0.1, 0,   0",    // never negative
    })
    void monthlyTakeRisesWithZeal(double base, double perZeal, double zeal, double expected) {
        assertThat(Procurement.monthlyTakeShare(base, perZeal, zeal)).isCloseTo(expected, within(EPS));
    }

    @ParameterizedTest
    @CsvSource({
            // seed protected, seed need, food minimum /person/year, persons, months to harvest, zeal, erodes, protected kg
            "true,  500, 140, 5, 6,  0.5, 0.9, 692.5",  // 500 + 140/12 x 5 x 6 x (1 - 0.45) = 500 + 192.5
            "false, 500, 140, 5, 6,  0.5, 0.9, 467.5",  // unprotected seed is taken like food: 500 x 0.55 + 192.5
            "true,  500, 140, 5, 6,  0,   0.9, 850",    // an official without zeal leaves the full 350
            "false, 500, 140, 5, 6,  0,   0.9, 850",    // ... and all the seed, protected or not
            "true,  500, 140, 5, 6,  1,   1,   500",    // a fully zealous official ignores the food minimum
            "false, 500, 140, 5, 6,  1,   1,   0",      // ... and takes unprotected seed too
            "true,  500, 140, 5, 6,  2,   1,   500",    // more than full zeal never takes protected seed
            "false, 500, 140, 5, 6,  2,   1,   0",      // ... nor leaves less than nothing
            "true,  500, 140, 5, 0,  0,   0.9, 500",    // harvest this month: no food minimum needed
    })
    void requisitionLeavesSeedAndAFoodMinimumThatZealErodes(boolean seedProtected, double seed, double minimum,
                                                            double persons, int months, double zeal, double erodes,
                                                            double expected) {
        assertThat(Procurement.protectedKg(seedProtected, seed, minimum, persons, months, zeal, erodes))
                .isCloseTo(expected, within(EPS));
    }

    @Test
    void exportsAreAShareOfProcurementAboveDomesticNeeds() {
        assertThat(Procurement.exportsDueT(30, 20, 0.85)).isCloseTo(8.5, within(EPS));
        assertThat(Procurement.exportsDueT(20, 20, 0.85)).isZero();
        assertThat(Procurement.exportsDueT(15, 20, 0.85)).isZero();
        assertThat(Procurement.exportsDueT(30, 20, 0)).isZero();
    }

    @Test
    void preparedProtectedKgIsTheSameNumber() {
        java.util.Random r = new java.util.Random(5);
        for (int i = 0; i < 10_000; i++) {
            boolean seed = r.nextBoolean();
            double seedNeed = r.nextDouble() * 500, minimum = 100 + r.nextDouble() * 200, persons = r.nextInt(12);
            int months = 1 + r.nextInt(12);
            double zeal = r.nextDouble(), erodes = r.nextDouble() * 1.5;
            double direct = Procurement.protectedKg(seed, seedNeed, minimum, persons, months, zeal, erodes);
            double prepared = Procurement.protectedKg(seed, seedNeed, minimum / 12, persons, months,
                    Procurement.keptShare(zeal, erodes));
            assertThat(Double.doubleToRawLongBits(prepared))
                    .isEqualTo(Double.doubleToRawLongBits(direct));
        }
    }

    /** ODD 4.4: an individual farmer's hectare owes the factor times a member's. */
    @Test
    void aMemberOwesOneQuotaPerHectareAndAnIndividualFarmerTheFactor() {
        assertThat(Procurement.quotaFactor(true, 1.3)).isEqualTo(1.0);
        assertThat(Procurement.quotaFactor(false, 1.3)).isEqualTo(1.3);
    }

    @ParameterizedTest
    @CsvSource({
            // month of year, share of the plan expected delivered
            "7, 0", "8, 0.16666666666666666", "10, 0.5", "12, 0.8333333333333334", "1, 1", "6, 1"})
    void theCentreExpectsThePlanDeliveredBySixMonthsAfterJuly(int monthOfYear, double expected) {
        assertThat(Procurement.expectedShareDelivered(monthOfYear)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({
            // fulfilment, expected, revision per month, belief, cut
            "0.5, 1, 0.4, 0,    0.2",   // half behind, no belief: 0.5 x 0.4
            "0.5, 1, 0.4, 0.75, 0.05",  // believing grain is hidden, it cuts a quarter as much
            "0.5, 1, 0.4, 1,    0",     // certain: no cut
            "1.1, 1, 0.4, 0,    0",     // ahead of the pace: no cut
            "0,   1, 3,   0,    1",     // never more than the whole remaining plan
    })
    void theCentreCutsThePlanByTheShortfallAsFarAsItDoubtsGrainIsHidden(double fulfilment, double expected,
                                                                       double rate, double belief, double cut) {
        assertThat(Procurement.planCut(fulfilment, expected, rate, belief)).isCloseTo(cut, within(EPS));
    }

    @ParameterizedTest
    @CsvSource({
            // found, still owed, hard line, taken
            "300, 100, false, 100",  // outside the hard line: no more than is owed
            "300, 500, false, 300",
            "300, -20, false, 0",    // owes nothing (delivered beyond the quota): nothing taken
            "300, 100, true,  300",  // the hard line: all that is found
    })
    void outsideTheHardLineASearchTakesNoMoreThanIsOwed(double found, double owed, boolean hardLine, double taken) {
        assertThat(Procurement.seizedKg(found, owed, hardLine)).isEqualTo(taken);
    }
}
