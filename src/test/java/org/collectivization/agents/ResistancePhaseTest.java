package org.collectivization.agents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.collectivization.agents.OneDistrict.K;

import org.collectivization.model.HouseholdTable;
import org.collectivization.model.Params;
import org.collectivization.model.Region;
import org.collectivization.model.Tally;
import org.junit.jupiter.api.Test;

/**
 * Resistance (ODD 4.9, Epstein's rule), stepped on a hand-built village through the households' decisions
 * ({@link Households#decide}): grievance from remembered coercion and hardship, times illegitimacy,
 * weakened by hunger, against the fear of arrest; enough active households make a disturbance.
 */
class ResistancePhaseTest {

    /**
     * Set-up: March 1930, no campaign pressure this month (intensity 0); coercion is half remembered
     * from one month to the next; legitimacy 0.5; a household acts above a margin of 0.35; one active
     * household makes a disturbance. Nobody fears arrest (risk aversion 0), nobody flees or joins (those
     * chances set to 0). Household 0: coercion 2, a full reserve. Household 1: coercion 1, a full reserve.
     * Household 2: coercion 2, a reserve of 0.75 months of 3.
     *
     * <p>Household 0 remembers 2 x 0.5 = 1: a grievance of 1 x (1 - 0.5) = 0.5 at full strength, above
     * 0.35, so it acts: it turns active and its grievance is spent (coercion 0). Household 1 remembers 0.5:
     * a grievance of 0.25, too little. Household 2 remembers 1, and its hardship adds 0.5 x (1 - 0.75 / 3)
     * = 0.375: a grievance of 0.6875, but hunger leaves it half its strength (0.75 of a half reserve of
     * 1.5): 0.34375, just too weak to act. One active household: a disturbance, and the district's draw
     * (0.5) kills no official (at 0.018 killed a disturbance, a Poisson draw above 0.98 would).
     */
    @Test
    void aHouseholdActsWhenItsGrievanceOutweighsItsFearAndHunger() {
        Params p = OneDistrict.params("resistance.memory_per_month", 0.5, "resistance.legitimacy", 0.5,
                "resistance.disturbance_min_active", 1.0, "migration.flee_per_month", 0.0,
                "collectivization.join_per_month", 0.0, "collectivization.leave_per_month", 0.0);
        OneDistrict t = new OneDistrict(p, Region.UKRAINE, 3).at("1930-03");
        for (int i = 0; i < 3; i++) {
            t.h.members[i] = 4;
            t.h.attachment[i] = 1;
        }
        t.h.coercion[0] = 2;
        t.h.coercion[1] = 1;
        t.h.coercion[2] = 2;
        t.h.reserveMonths[2] = 0.75f;
        OneDistrict.Draws draws = t.draws(0.5);

        Households.decide(t.month(), K, 0, 3);

        assertThat(t.h.is(0, HouseholdTable.ACTIVE)).isTrue();
        assertThat(t.h.is(1, HouseholdTable.ACTIVE)).isFalse();
        assertThat(t.h.is(2, HouseholdTable.ACTIVE)).isFalse();
        assertThat(t.h.coercion).containsExactly(0f, 0.5f, 1f);
        assertThat(t.w.margin).containsExactly(0.5f, 0.25f, 0.34375f);
        assertThat(t.v.activeHouseholds[K]).isEqualTo(1);
        assertThat(t.tally(Tally.DISTURBANCES)).isEqualTo(1.0);
        assertThat(t.tally(Tally.OFFICIALS_KILLED)).isZero();
        assertThat(draws.unused()).isZero();
        assertThat(t.h.status).containsOnly(HouseholdTable.PRESENT);
    }
}
