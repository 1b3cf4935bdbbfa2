package org.collectivization.agents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.collectivization.agents.OneDistrict.CATTLE;
import static org.collectivization.agents.OneDistrict.HORSES;
import static org.collectivization.agents.OneDistrict.K;
import static org.collectivization.agents.OneDistrict.PIGS;
import static org.collectivization.agents.OneDistrict.SHEEP;

import org.collectivization.model.HouseholdTable;
import org.collectivization.model.Params;
import org.collectivization.model.Region;
import org.collectivization.model.Tally;
import org.junit.jupiter.api.Test;

/** The households' animals (ODD 4.3, 4.14), stepped on a hand-built district: feeding, deaths, panic slaughter. */
class LivestockPhaseTest {

    /**
     * Set-up: May 1930 (no herders' winter); every herd loses 1/64 a month, and 1/32 more at a full
     * fodder shortfall. Household 0 has 2 horses (37.5 kg of grain a month each) and 2 pigs (12.5 kg):
     * its animals want 100 kg. It holds 150 kg of grain and keeps back 100 kg of food and no seed
     * (what the eating pass worked out), so it gives them the 50 kg it can spare: a shortfall of half.
     * Each of its herds loses 1/64 + 1/32 x 0.5 = 1/32: 2 - 2/32 = 1.9375 horses and pigs.
     * Household 1, a herder, has 64 sheep that graze (no grain wanted, no shortfall): 1/64 of them, 1 sheep, die.
     */
    @Test
    void animalsEatWhatTheHouseholdCanSpareAndUnderfedOnesDieMore() {
        OneDistrict t = new OneDistrict(OneDistrict.params(), Region.KAZAKHSTAN, 2).at("1930-05");
        t.h.members[0] = 4;
        t.h.animals[HORSES][0] = 2;
        t.h.animals[PIGS][0] = 2;
        t.h.grainKg[0] = 150;
        t.h.members[1] = 4;
        t.h.set(1, HouseholdTable.HERDER, true);
        t.h.animals[SHEEP][1] = 64;
        t.h.grainKg[1] = 30;
        Households.Month c = t.month();
        t.w.foodKept[0] = 100;
        t.w.seedKept[0] = 0;
        t.w.foodKept[1] = 0;
        t.w.seedKept[1] = 0;

        Households.feedAnimals(c, 0, 2);

        assertThat(t.h.grainKg).containsExactly(100f, 30f);
        assertThat(t.h.animals[HORSES][0]).isEqualTo(1.9375f);
        assertThat(t.h.animals[PIGS][0]).isEqualTo(1.9375f);
        assertThat(t.h.animals[SHEEP][1]).isEqualTo(63f);
        assertThat(t.tally(Tally.FODDER_KG)).isEqualTo(50.0);
        assertThat(t.tally(Tally.ANIMAL_DEATHS)).isEqualTo(1.125);
    }

    /**
     * Set-up: Ukraine, where a farm keeps 2 cattle and 2 horses (the scenario's figures set so), a
     * household slaughters half the gap to the herd it is willing to risk each month, and the village
     * sees a panic share of 0.5 this month; cattle are slaughtered as readily as small animals (a cattle
     * keep factor of 1), horses half as readily (0.5). Household 0 farms on its own: 4 cattle, 2 horses. It is
     * willing to risk half its usual 2 cattle, but keeps its milk cow, so it aims at 1 head: it
     * slaughters half of 4 - 1 = 1.5 cattle. Horses are kept longer (half the share, 0.25): it aims at
     * 0.75 x 2 = 1.5 horses and slaughters half of 0.5 = 0.25. The meat: 1.75 heads x 100 kg = 175 kg.
     * Household 1, a member of the collective farm with 4 cattle, does not panic.
     */
    @Test
    void anIndividualFarmerSlaughtersTowardsTheHerdItIsWillingToRisk() {
        Params p = OneDistrict.params("regions.ukraine.cattle_per_household", 2.0,
                "regions.ukraine.horses_per_household", 2.0, "livestock.panic_pace_per_month", 0.5,
                "livestock.cattle_keep_factor", 1.0, "livestock.horse_keep_factor", 0.5);
        OneDistrict t = new OneDistrict(p, Region.UKRAINE, 2).at("1930-02");
        t.h.members[0] = 4;
        t.h.animals[CATTLE][0] = 4;
        t.h.animals[HORSES][0] = 2;
        t.h.members[1] = 4;
        t.h.animals[CATTLE][1] = 4;
        t.member(1, true);

        Households.panicSlaughter(t.month(), K, 0, 2, 0.5f);

        assertThat(t.h.animals[CATTLE]).containsExactly(2.5f, 4f);
        assertThat(t.h.animals[HORSES][0]).isEqualTo(1.75f);
        assertThat(t.h.meatKg).containsExactly(175f, 0f);
        assertThat(t.tally(Tally.SLAUGHTERED)).isEqualTo(1.75);
    }
}
