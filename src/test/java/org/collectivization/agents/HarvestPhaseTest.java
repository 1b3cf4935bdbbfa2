package org.collectivization.agents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.collectivization.agents.OneDistrict.D;
import static org.collectivization.agents.OneDistrict.K;

import org.collectivization.model.HouseholdTable;
import org.collectivization.model.Params;
import org.collectivization.model.Region;
import org.collectivization.model.Tally;
import org.junit.jupiter.api.Test;

/**
 * The harvest (ODD 4.1, with the concealment of 4.6), stepped on a hand-built district: July brings
 * in half of what was sown, August the other half and clears the fields.
 */
class HarvestPhaseTest {

    /**
     * Set-up: Ukraine, 1929 (weather 1.0), a yield of 1 t/ha, no field losses; a collective farm yields
     * 0.75 of a household's and loses up to half its crop when its members starve; a quarter of every
     * new harvest is hidden (the cap on hiding set above it). Household 0 farms on its own: 1.5 ha of winter and 2.5 ha of spring grain,
     * 100 kg in store. Households 1 and 2 are members; the farm sowed 8 + 12 ha; their body reserves are
     * 1.5 and 3 months of a full 3. Household 3 has fled.
     *
     * <p>Each month, household 0 reaps 0.5 x 4 ha x 1 t/ha x 1000 = 2,000 kg: a quarter, 500 kg, hidden,
     * 1,500 kg in the open. The members' mean reserve is 2.25 / 3 = 0.75 of a full one, so the farm
     * loses 0.5 x (1 - 0.75) = 0.125 of its crop: 0.5 x 20 ha x 1000 x 0.75 x 0.875 = 6,562.5 kg into
     * its store. Over both months: 3,100 kg visible and 1,000 kg hidden for household 0, 1,000 + 13,125
     * kg in the farm's store, 17,125 kg harvested in the district, and no field left sown.
     */
    @Test
    void julyAndAugustEachBringInHalfOfWhatWasSown() {
        Params p = OneDistrict.params("regions.ukraine.yield_t_per_ha", 1.0, "harvest.kolkhoz_yield_factor", 0.75,
                "harvest.hunger_loss_max", 0.5, "concealment.base_share", 0.25, "concealment.max_share", 0.5);
        OneDistrict t = new OneDistrict(p, Region.UKRAINE, 4).at("1929-07");
        t.h.members[0] = 5;
        t.h.landHa[0] = 4;
        t.h.winterSownHa[0] = 1.5f;
        t.h.springSownHa[0] = 2.5f;
        t.h.grainKg[0] = 100;
        t.h.harvestKg[0] = 999;  // last year's: forgotten in July
        t.h.landHa[1] = 10;
        t.h.landHa[2] = 10;
        t.member(1, false);
        t.member(2, false);
        t.h.reserveMonths[1] = 1.5f;
        t.h.reserveMonths[2] = 3;
        t.h.status[3] = HouseholdTable.FLED;
        t.v.winterSownHa[K] = 8;
        t.v.springSownHa[K] = 12;
        t.v.storeKg[K] = 1000;

        Season.harvest(t.m, D, K, true);

        assertThat(t.h.grainKg[0]).isEqualTo(1600f);
        assertThat(t.h.hiddenKg[0]).isEqualTo(500f);
        assertThat(t.h.harvestKg[0]).isEqualTo(2000f);
        assertThat(t.h.winterSownHa[0]).as("the fields stay sown until August").isEqualTo(1.5f);
        assertThat(t.v.storeKg[K]).isEqualTo(7562.5);
        assertThat(t.v.harvestKg[K]).isEqualTo(6562.5);
        assertThat(t.tally(Tally.HARVEST_KG)).isEqualTo(8562.5);

        t.at("1929-08");
        Season.harvest(t.m, D, K, false);

        assertThat(t.h.grainKg[0]).isEqualTo(3100f);
        assertThat(t.h.hiddenKg[0]).isEqualTo(1000f);
        assertThat(t.h.harvestKg[0]).isEqualTo(4000f);
        assertThat(t.h.winterSownHa[0] + t.h.springSownHa[0]).isZero();
        assertThat(t.v.storeKg[K]).isEqualTo(14125.0);
        assertThat(t.v.harvestKg[K]).isEqualTo(13125.0);
        assertThat(t.v.winterSownHa[K] + t.v.springSownHa[K]).isZero();
        assertThat(t.tally(Tally.HARVEST_KG)).isEqualTo(17125.0);
        assertThat(t.h.grainKg[1] + t.h.grainKg[2] + t.h.grainKg[3]).as("members' grain is the farm's").isZero();
        assertThat(t.h.harvestKg[3]).isZero();
    }
}
