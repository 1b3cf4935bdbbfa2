package org.collectivization.agents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.collectivization.agents.OneDistrict.D;
import static org.collectivization.agents.OneDistrict.K;

import org.collectivization.model.Params;
import org.collectivization.model.Region;
import org.collectivization.model.Tally;
import org.collectivization.rules.TrialRun;
import org.junit.jupiter.api.Test;

/**
 * Requisition and searches (ODD 4.5, 4.6), stepped on a hand-built district: a brigade takes a share of
 * what each household still owes, from the collective farm's store first, leaving seed and a food
 * minimum; then it searches the individual farmers still behind their quota for hidden grain.
 */
class RequisitionPhaseTest {

    /**
     * Set-up: December 1930 in Ukraine (7 months to the harvest; no hard line yet). The official is fully
     * zealous (zeal 1), but here zeal erodes nothing of the minimum; a brigade takes 0.25 + 0.25 x zeal =
     * half of what is owed; it leaves 140 kg of seed a hectare and 120 kg of food a person a year (10 a
     * month); every household behind its quota is searched (a chance of 1 a month x zeal 1), and a search finds
     * 3/4 of the hidden grain.
     *
     * <p>Members 0 (2 persons, 5 ha, owes 1,000 - 200 = 800 kg) and 1 (3 persons, 5 ha, quota met): the
     * farm keeps 10 ha x 140 kg of seed + 5 persons x 10 kg x 7 months = 1,750 kg of its 2,150 kg, so it
     * gives 400 kg (half of 800 would be 400 too), credited to the members by what they owe: household 0
     * has delivered 600 kg. Household 2 farms on its own (4 persons, 2 ha, 1,200 kg of grain, 80 kg
     * hidden, owes 1,500 kg): it keeps 2 x 140 + 4 x 10 x 7 = 560 kg, so the brigade takes 640 kg (less
     * than half of 1,500); searched, it loses 60 of its 80 hidden kg, feels the seizure (coercion 0.4), and
     * the village remembers a search of one household in four. Household 3 owes nothing: left alone.
     * The district procured 400 + 640 + 60 = 1,100 kg.
     */
    @Test
    void theBrigadeTakesFromTheFarmFirstThenFromIndividualFarmersAndSearches() {
        Params p = OneDistrict.params("procurement.zeal_erodes_minimum", 0.0, "procurement.monthly_take_per_zeal", 0.25,
                "procurement.food_minimum_kg_per_person_year", 120.0, "procurement.search_per_month", 1.0,
                "procurement.search_find_share", 0.75);
        OneDistrict t = new OneDistrict(p, Region.UKRAINE, 4).at("1930-12");
        t.dt.zeal[D] = 1;
        t.h.members[0] = 2;
        t.h.landHa[0] = 5;
        t.h.quotaKg[0] = 1000;
        t.h.deliveredKg[0] = 200;
        t.member(0, false);
        t.h.members[1] = 3;
        t.h.landHa[1] = 5;
        t.h.quotaKg[1] = 600;
        t.h.deliveredKg[1] = 600;
        t.member(1, false);
        t.v.storeKg[K] = 2150;
        t.h.members[2] = 4;
        t.h.landHa[2] = 2;
        t.h.grainKg[2] = 1200;
        t.h.hiddenKg[2] = 80;
        t.h.quotaKg[2] = 1500;
        t.h.members[3] = 1;
        t.h.landHa[3] = 1;
        t.h.grainKg[3] = 500;
        t.h.quotaKg[3] = 100;
        t.h.deliveredKg[3] = 100;

        Officials.requisition(t.m, D, K, new TrialRun(), t.work());

        assertThat(t.v.storeKg[K]).isEqualTo(1750.0);
        assertThat(t.h.deliveredKg).containsExactly(600f, 600f, 700f, 100f);
        assertThat(t.h.grainKg).containsExactly(0f, 0f, 560f, 500f);
        assertThat(t.h.hiddenKg[2]).isEqualTo(20f);
        assertThat(t.h.coercion).containsExactly(0f, 0f, 0.4f, 0f);
        assertThat(t.v.seizureMemory[K]).isEqualTo(0.25);
        assertThat(t.v.deliveredKg[K]).isEqualTo(1100.0);
        assertThat(t.dt.collectionPointKg[D]).isEqualTo(1100.0);
        assertThat(t.tally(Tally.PROCURED_KG)).isEqualTo(1100.0);
        assertThat(t.tally(Tally.SEARCHES)).isEqualTo(1.0);
        assertThat(t.tally(Tally.HIDDEN_FOUND_KG)).isEqualTo(60.0);
    }
}
