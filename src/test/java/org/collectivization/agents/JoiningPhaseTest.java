package org.collectivization.agents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.collectivization.agents.OneDistrict.CATTLE;
import static org.collectivization.agents.OneDistrict.HORSES;
import static org.collectivization.agents.OneDistrict.K;
import static org.collectivization.agents.OneDistrict.SHEEP;

import org.collectivization.model.HouseholdTable;
import org.collectivization.model.Params;
import org.collectivization.model.Region;
import org.collectivization.model.Tally;
import org.junit.jupiter.api.Test;

/**
 * Joining and leaving the collective farm (ODD 4.7), one household's decision at a time
 * ({@link Households#joinOrLeave}, given its join score): what joining pools and what leaving costs.
 */
class JoiningPhaseTest {

    /**
     * Set-up: March 1930 (before the spring sowing), join and leave chances of 1 (no draw: a sure trial
     * draws nothing), under the artel statute; half the cattle and small animals are pooled on joining (all horses and camels);
     * a leaver gets back half its land; winter grain is half the sowing. Village pressure 0.5.
     *
     * <p>Household 0 farms on its own (4 ha, 1 ha sown with winter grain, 1,000 kg of grain, 2 horses, 4
     * cattle, 2 sheep) and scores 1: it joins, pressed (pressure above 0.2). Its land and winter field go
     * to the farm, with both horses, 2 cattle and 1 sheep, and its spring seed: 4 ha x 0.5 x 140 kg = 280
     * kg. Household 1, a pressed member with 10 ha, scores -1 (below the leaving margin -0.05): it leaves
     * with 5 ha. Household 2, labelled a kulak, scores 1 and may not join; household 3, a member who joined
     * of its own will (6 ha), scores -1 and stays. The farm's land: 10 + 6 + 4 - 5 = 15 ha.
     */
    @Test
    void aJoinerPoolsItsDraughtAnimalsAndSeedAndALeaverLosesLand() {
        Params p = OneDistrict.params("collectivization.join_per_month", 1.0, "collectivization.leave_per_month", 1.0,
                "collectivization.pooled_cattle_share", 0.5, "collectivization.pooled_small_animals_share", 0.5,
                "collectivization.land_kept_on_leaving", 0.5,
                "regions.ukraine.winter_share", 0.5);
        OneDistrict t = new OneDistrict(p, Region.UKRAINE, 4).at("1930-03");
        for (int i = 0; i < 4; i++) t.h.members[i] = 4;
        t.h.landHa[0] = 4;
        t.h.winterSownHa[0] = 1;
        t.h.grainKg[0] = 1000;
        t.h.animals[HORSES][0] = 2;
        t.h.animals[CATTLE][0] = 4;
        t.h.animals[SHEEP][0] = 2;
        t.h.landHa[1] = 10;
        t.member(1, true);
        t.h.set(2, HouseholdTable.KULAK, true);
        t.h.landHa[3] = 6;
        t.member(3, false);
        Households.Month c = t.month();

        float[] scores = {1, -1, 1, -1};
        for (int i = 0; i < 4; i++) Households.joinOrLeave(c, K, i, scores[i], 0.5);

        assertThat(t.h.is(0, HouseholdTable.COLLECTIVE)).isTrue();
        assertThat(t.h.is(0, HouseholdTable.PRESSED)).isTrue();
        assertThat(t.h.animals[HORSES][0]).isZero();
        assertThat(t.h.animals[CATTLE][0]).isEqualTo(2f);
        assertThat(t.h.animals[SHEEP][0]).isEqualTo(1f);
        assertThat(t.h.grainKg[0]).isEqualTo(720f);
        assertThat(t.h.winterSownHa[0]).isZero();
        assertThat(t.v.herd[HORSES][K]).isEqualTo(2.0);
        assertThat(t.v.herd[CATTLE][K]).isEqualTo(2.0);
        assertThat(t.v.herd[SHEEP][K]).isEqualTo(1.0);
        assertThat(t.v.storeKg[K]).isEqualTo(280.0);
        assertThat(t.v.winterSownHa[K]).isEqualTo(1.0);
        assertThat(t.h.is(1, HouseholdTable.COLLECTIVE)).isFalse();
        assertThat(t.h.landHa[1]).isEqualTo(5f);
        assertThat(t.h.is(2, HouseholdTable.COLLECTIVE)).isFalse();
        assertThat(t.h.is(3, HouseholdTable.COLLECTIVE)).isTrue();
        assertThat(t.v.memberLandHa[K]).isEqualTo(15.0);
        assertThat(t.w.member).containsExactly(1f, 0f, 0f, 1f);
        assertThat(t.tally(Tally.JOINED)).isEqualTo(1.0);
        assertThat(t.tally(Tally.LEFT)).isEqualTo(1.0);
    }
}
