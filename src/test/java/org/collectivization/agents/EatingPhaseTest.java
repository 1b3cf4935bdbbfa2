package org.collectivization.agents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.collectivization.agents.OneDistrict.CATTLE;

import org.collectivization.model.HouseholdTable;
import org.collectivization.model.Params;
import org.collectivization.model.Region;
import org.collectivization.model.Tally;
import org.junit.jupiter.api.Test;

/**
 * Eating and sharing (ODD 4.2), stepped on a hand-built district: each household eats its milk, meat,
 * potatoes and grain; the village's households with a surplus help those below the survival minimum;
 * and the body reserves follow what each ate.
 */
class EatingPhaseTest {

    /**
     * Set-up: May 1930 (2 months to the harvest, 4 to the gardens, no sowing left, so no seed kept back);
     * a need of 20 kg and a survival minimum of 10 kg a person a month; neighbours give 1/32 of their surplus.
     * Household 0: 3 persons, 1 cow, 6 kg of meat, 80 kg of potatoes, 402 kg of grain, a reserve of 2 months.
     * Household 1: 2 persons and nothing at all, a reserve of 2 months. Household 2 has fled.
     *
     * <p>Household 0 needs 3 x 20 = 60 kg: 4 kg of milk, all 6 kg of meat, then a quarter of its
     * potatoes (80 / 4 = 20 kg, which covers its survival minimum), then of its grain at least half
     * (402 / 2 months) but no more than it still wants: 60 - 30 = 30 kg. It keeps back (60 - 4) x 2
     * months - 60 kg of potatoes = 52 kg until the harvest, so its surplus is 372 - 52 = 320 kg.
     * Household 1 ate nothing: it misses 2 x 10 = 20 kg. The neighbours' help is 320 / 32 = 10 kg, half
     * of that: household 0 gives 10 kg, household 1 eats 10 kg, 5 kg a person. Reserves: household 0
     * ate its need, 10 kg above the minimum, one month's minimum, of which half rebuilds its reserve
     * (2 + 0.5); household 1 ate 5 kg a person, half a month's minimum short, which it loses in full (2 - 0.5).
     */
    @Test
    void householdsEatInOrderAndNeighboursShareTheirSurplus() {
        Params p = OneDistrict.params("food.neighbour_help_share", 0.03125);
        OneDistrict t = new OneDistrict(p, Region.UKRAINE, 3).at("1930-05");
        t.h.members[0] = 3;
        t.h.animals[CATTLE][0] = 1;
        t.h.meatKg[0] = 6;
        t.h.gardenKg[0] = 80;
        t.h.grainKg[0] = 402;
        t.h.reserveMonths[0] = 2;
        t.h.members[1] = 2;
        t.h.reserveMonths[1] = 2;
        t.h.members[2] = 4;
        t.h.status[2] = HouseholdTable.FLED;
        Households.Month c = t.month();

        Households.eat(c, 0, 3);
        Households.weighNeeds(c, 0, 3);

        assertThat(t.h.meatKg[0]).isZero();
        assertThat(t.h.gardenKg[0]).isEqualTo(60f);
        assertThat(t.h.grainKg[0]).isEqualTo(372f);
        assertThat(t.w.eaten).containsExactly(60f, 0f, 0f);
        assertThat(t.w.gap).containsExactly(0f, 20f, 0f);
        assertThat(t.w.surplus).containsExactly(320f, 0f, 0f);

        Households.helpNeighbours(c, 0, 3);
        Households.updateReserves(c, 0, 3);

        assertThat(t.h.grainKg).containsExactly(362f, 0f, 0f);
        assertThat(t.w.eaten).containsExactly(60f, 10f, 0f);
        assertThat(t.h.reserveMonths[0]).isEqualTo(2.5f);
        assertThat(t.h.reserveMonths[1]).isEqualTo(1.5f);
        assertThat(t.h.intakeShare[0]).isEqualTo(1f);
        assertThat(t.h.intakeShare[1]).isEqualTo(0.25f);
        assertThat(t.h.animals[CATTLE][0]).as("the cow is milked, not eaten").isEqualTo(1f);
        assertThat(t.tally(Tally.FOOD_GRAIN_KG)).as("30 kg eaten, 10 kg given").isEqualTo(40.0);
    }

    /**
     * Set-up: as above, but household 0 alone, 2 persons with 3 kg of grain, a sheep and a pig. Below
     * the survival minimum (20 kg) after its 3 kg of grain (and the sheep's 0.5 kg of milk), it
     * slaughters its animals, smallest first: the pig (60 kg of meat) covers the 16.5 kg it misses; the
     * sheep is kept, and 43.5 kg of meat are left for next month.
     */
    @Test
    void belowTheSurvivalMinimumAHouseholdEatsItsAnimalsSmallestFirst() {
        OneDistrict t = new OneDistrict(OneDistrict.params(), Region.UKRAINE, 1).at("1930-05");
        t.h.members[0] = 2;
        t.h.grainKg[0] = 3;
        t.h.animals[OneDistrict.SHEEP][0] = 1;
        t.h.animals[OneDistrict.PIGS][0] = 1;

        Households.eat(t.month(), 0, 1);

        assertThat(t.h.grainKg[0]).isZero();
        assertThat(t.h.animals[OneDistrict.PIGS][0]).isZero();
        assertThat(t.h.animals[OneDistrict.SHEEP][0]).isEqualTo(1f);
        assertThat(t.h.meatKg[0]).isEqualTo(43.5f);
        assertThat(t.w.eaten[0]).isEqualTo(20f);
        assertThat(t.tally(Tally.SLAUGHTERED)).isEqualTo(1.0);
    }
}
