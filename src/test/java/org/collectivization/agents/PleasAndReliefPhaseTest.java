package org.collectivization.agents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.collectivization.agents.OneDistrict.D;

import org.collectivization.model.Params;
import org.collectivization.model.Region;
import org.collectivization.model.Tally;
import org.junit.jupiter.api.Test;

/**
 * Pleas and relief (ODD 4.10, 4.11) across three phases on a hand-built district: the official pleads
 * ({@link Officials#plead}), the centre answers the region's plea next month ({@link State#answerPleas}),
 * and the relief reaches the hungry households ({@link Households#distributeRelief}).
 */
class PleasAndReliefPhaseTest {

    /**
     * Set-up: March 1933 in Ukraine; half the district's households are hungry (above the 10 % at which
     * hunger is visible); the official is fully compassionate and fears nothing, so he pleads for sure
     * (the district's one draw, 0.5, is below 1). The centre asks 2 months of the survival minimum (10 kg)
     * for each of the 6 hungry persons, 120 kg, and grants it x responsiveness 0.5 x (1 - belief 0.5) =
     * 30 kg (3 t in real tonnes: a simulated household stands for 100). The hungry households (a reserve
     * below half of 3 months) share it by size: household 0 (2 persons) gets 10 kg, household 1 (4
     * persons) 20 kg; household 2, fed, gets none.
     */
    @Test
    void anOfficialPleadsTheCentreStintsAndTheHungryShareWhatComes() {
        Params p = OneDistrict.params("state.responsiveness", 0.5);
        OneDistrict t = new OneDistrict(p, Region.UKRAINE, 3).at("1933-03");
        t.h.members[0] = 2;
        t.h.reserveMonths[0] = 1;
        t.h.members[1] = 4;
        t.h.reserveMonths[1] = 0.5f;
        t.h.members[2] = 5;
        t.dt.compassion[D] = 1;
        t.dt.hungryShare[D] = 0.5;
        t.dt.hungryPersons[D] = 6;
        OneDistrict.Draws draws = t.draws(0.5);

        Officials.plead(t.m, D);

        assertThat(draws.unused()).isZero();
        assertThat(t.tally(Tally.PLEAS)).isEqualTo(1.0);
        assertThat(t.dt.pleadedThisYear[D]).isTrue();

        State centre = new State(t.m);
        t.m.centre.reserveBelief = 0.5;
        double[] pleas = new double[Region.ALL.length], officials = new double[Region.ALL.length];
        pleas[Region.UKRAINE.ordinal()] = t.tally(Tally.PLEAS);
        officials[Region.UKRAINE.ordinal()] = 1;
        centre.answerPleas(p, pleas, officials);

        assertThat(t.m.centre.secretaryPleaded[Region.UKRAINE.ordinal()]).isTrue();
        assertThat(t.m.centre.reliefGrantedT[Region.UKRAINE.ordinal()]).isEqualTo(3.0);
        assertThat(t.dt.reliefKg[D]).isEqualTo(30.0);

        Households.distributeRelief(t.m, D);

        assertThat(t.h.grainKg).containsExactly(10f, 20f, 0f);
        assertThat(t.dt.reliefKg[D]).isZero();
        assertThat(t.tally(Tally.RELIEF_KG)).isEqualTo(30.0);
    }
}
