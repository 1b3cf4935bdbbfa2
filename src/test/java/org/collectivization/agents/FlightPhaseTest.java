package org.collectivization.agents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.collectivization.agents.OneDistrict.CATTLE;
import static org.collectivization.agents.OneDistrict.D;
import static org.collectivization.agents.OneDistrict.K;

import org.collectivization.model.HouseholdTable;
import org.collectivization.model.Params;
import org.collectivization.model.Region;
import org.collectivization.model.Tally;
import org.junit.jupiter.api.Test;

/**
 * Flight and break-ins (ODD 4.12), one household at a time ({@link Households#fleeOrBreakIn}), with the
 * district's draws scripted: who tries to leave, who is turned back by the blockade, who breaks into
 * the collection point, and who is shot there.
 */
class FlightPhaseTest {

    /**
     * Set-up: February 1933 in Ukraine, under the blockade (85 % of leavers turned back). A starving
     * household tries to leave with a chance of (1 - reserve / 3)^2 (the per-month chance set to 1); one
     * below a quarter reserve (0.75 months) near a collection point with grain breaks in (chance set to
     * 1), and one in ten break-ins ends with a person shot. The collection point holds 100 kg.
     *
     * <p>Household 0 (reserve 0, 3 persons, 200 kg of grain, 40 hidden, a cow, 4 ha) tries to leave
     * (draw 0.5 < 1) and gets through (draw 0.9, not below 0.85): it takes its 240 kg and its cow, and its
     * land goes to the farm. Household 1 (reserve 1.5: chance 0.25) stays (draw 0.3). Household 2
     * (reserve 0.5, 2 persons) stays (draw 0.9 above 25/36), breaks in (0.5) and is not shot (0.5): it
     * takes 2 x 10 kg. Household 3 (reserve 0, 4 persons) tries (0.2), is turned back (0.5), breaks in
     * (0.99) and loses a person, shot (0.05).
     */
    @Test
    void theStarvingLeaveOrAreTurnedBackAndSomeBreakIntoTheCollectionPoint() {
        Params p = OneDistrict.params("migration.flee_per_month", 1.0, "migration.break_in_per_month", 1.0);
        OneDistrict t = new OneDistrict(p, Region.UKRAINE, 4).at("1933-02");
        t.m.centre.blockadeActive = true;
        t.dt.collectionPointKg[D] = 100;
        t.h.members[0] = 3;
        t.h.reserveMonths[0] = 0;
        t.h.grainKg[0] = 200;
        t.h.hiddenKg[0] = 40;
        t.h.animals[CATTLE][0] = 1;
        t.h.landHa[0] = 4;
        t.h.members[1] = 3;
        t.h.reserveMonths[1] = 1.5f;
        t.h.members[2] = 2;
        t.h.reserveMonths[2] = 0.5f;
        t.h.members[3] = 4;
        t.h.reserveMonths[3] = 0;
        OneDistrict.Draws draws = t.draws(0.5, 0.9, 0.3, 0.9, 0.5, 0.5, 0.2, 0.5, 0.99, 0.05);
        Households.Month c = t.month();

        boolean[] left = new boolean[4];
        for (int i = 0; i < 4; i++) left[i] = Households.fleeOrBreakIn(c, K, i);

        assertThat(left).containsExactly(true, false, false, false);
        assertThat(draws.unused()).isZero();
        assertThat(t.h.status).containsExactly(HouseholdTable.FLED, HouseholdTable.PRESENT, HouseholdTable.PRESENT,
                HouseholdTable.PRESENT);
        assertThat(t.h.grainKg[0] + t.h.hiddenKg[0] + t.h.animals[CATTLE][0] + t.h.landHa[0]).isZero();
        assertThat(t.v.memberLandHa[K]).isEqualTo(4.0);
        assertThat(t.w.persons).containsExactly(0f, 3f, 2f, 3f);
        assertThat(t.h.grainKg[2]).isEqualTo(20f);
        assertThat(t.h.members[3]).isEqualTo((byte) 3);
        assertThat(t.dt.collectionPointKg[D]).isEqualTo(80.0);
        assertThat(t.tally(Tally.FLED_PEOPLE)).isEqualTo(3.0);
        assertThat(t.tally(Tally.GRAIN_LEAVING_KG)).isEqualTo(240.0);
        assertThat(t.tally(Tally.ANIMALS_LEAVING)).isEqualTo(1.0);
        assertThat(t.tally(Tally.TURNED_BACK)).isEqualTo(4.0);
        assertThat(t.tally(Tally.STOLEN_KG)).isEqualTo(20.0);
        assertThat(t.tally(Tally.SHOT)).isEqualTo(1.0);
        assertThat(t.tally(Tally.DEATHS)).isEqualTo(1.0);
        assertThat(t.tally(Tally.EXCESS_UKRAINE)).isEqualTo(1.0);
    }
}
