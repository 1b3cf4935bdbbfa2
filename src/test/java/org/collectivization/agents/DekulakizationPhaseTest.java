package org.collectivization.agents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.collectivization.agents.OneDistrict.CATTLE;
import static org.collectivization.agents.OneDistrict.D;
import static org.collectivization.agents.OneDistrict.HORSES;
import static org.collectivization.agents.OneDistrict.K;
import static org.collectivization.agents.OneDistrict.PIGS;

import org.collectivization.model.HouseholdTable;
import org.collectivization.model.Params;
import org.collectivization.model.Region;
import org.collectivization.model.Tally;
import org.junit.jupiter.api.Test;

/**
 * Dekulakization (ODD 4.8), stepped on a hand-built district: the official labels the households with
 * the highest scores (assets, and a bonus for resisters) and expropriates them; each is deported,
 * flees, or is resettled on poor land, by one uniform draw each.
 */
class DekulakizationPhaseTest {

    /**
     * Set-up: February 1930, 64 households; the target is a fifth of them (12.8, rounded by the district's
     * first draw, 0.5, to 13 in all); the official labels 5 % of the district a month: 3.2, that is 3,
     * and a fourth only if the second draw falls below 0.2 (it is 0.5). The three highest scores: household
     * 0 (assets 3), household 1 (assets 1.2, an active resister: + 0.5 = 1.7), household 2 (assets 1.5).
     * Their draws: 0.1 (below the deport share 0.45: deported), 0.5 (below 0.45 + 0.2: fled), 0.9
     * (resettled, keeping 30 % of its land). Everything each held goes to the collective farm: 500 + 100 +
     * 50 kg of grain, 2 cattle, a horse, a pig; the land of the two who left, 6 + 2 ha, and 7 of the 10 ha
     * of the one resettled. The village felt 3 of its 64 households expropriated.
     */
    @Test
    void theHighestScoresAreLabelledAndExpropriated() {
        Params p = OneDistrict.params("dekulakization.target_share", 0.2, "dekulakization.pace_per_month", 0.05);
        OneDistrict t = new OneDistrict(p, Region.UKRAINE, 64).at("1930-02");
        for (int i = 0; i < 64; i++) t.h.members[i] = 1;
        t.h.members[0] = 4;
        t.h.assets[0] = 3;
        t.h.landHa[0] = 6;
        t.h.grainKg[0] = 500;
        t.h.animals[CATTLE][0] = 2;
        t.h.members[1] = 3;
        t.h.assets[1] = 1.2f;
        t.h.set(1, HouseholdTable.ACTIVE, true);
        t.h.landHa[1] = 2;
        t.h.grainKg[1] = 100;
        t.h.animals[HORSES][1] = 1;
        t.h.members[2] = 2;
        t.h.assets[2] = 1.5f;
        t.h.landHa[2] = 10;
        t.h.grainKg[2] = 50;
        t.h.animals[PIGS][2] = 1;
        OneDistrict.Draws draws = t.draws(0.5, 0.5, 0.1, 0.5, 0.9);

        Officials.dekulakize(t.m, D, t.work());

        assertThat(draws.unused()).isZero();
        assertThat(t.h.status[0]).isEqualTo(HouseholdTable.DEPORTED);
        assertThat(t.h.status[1]).isEqualTo(HouseholdTable.FLED);
        assertThat(t.h.status[2]).isEqualTo(HouseholdTable.PRESENT);
        for (int i = 0; i < 3; i++) assertThat(t.h.is(i, HouseholdTable.KULAK)).as("household %d labelled", i).isTrue();
        assertThat(t.h.is(3, HouseholdTable.KULAK)).isFalse();
        assertThat(t.h.landHa[0] + t.h.landHa[1]).isZero();
        assertThat(t.h.landHa[2]).isEqualTo(3f);
        assertThat(t.v.memberLandHa[K]).isEqualTo(15.0);
        assertThat(t.h.grainKg[0] + t.h.grainKg[1] + t.h.grainKg[2]).isZero();
        assertThat(t.v.storeKg[K]).isEqualTo(650.0);
        assertThat(t.v.herd[CATTLE][K]).isEqualTo(2.0);
        assertThat(t.v.herd[HORSES][K]).isEqualTo(1.0);
        assertThat(t.v.herd[PIGS][K]).isEqualTo(1.0);
        assertThat(t.v.expropriatedShare[K]).isEqualTo(3 / 64.0);
        assertThat(t.dt.labelled[D]).isEqualTo(3);
        assertThat(t.dt.labelRounding[D]).isEqualTo(0.5);
        assertThat(t.w.individual[0] + t.w.individual[1]).as("the masks follow those who left").isZero();
        assertThat(t.tally(Tally.LABELLED_HOUSEHOLDS)).isEqualTo(3.0);
        assertThat(t.tally(Tally.DEKULAKIZED_PEOPLE)).isEqualTo(9.0);
        assertThat(t.tally(Tally.DEPORTED_PEOPLE)).isEqualTo(4.0);
        assertThat(t.tally(Tally.FLED_PEOPLE)).isEqualTo(3.0);
    }
}
