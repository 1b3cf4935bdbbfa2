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
 * Births and deaths (ODD 4.13), the demography phase on a hand-built district: hazards of 0 or 1 make
 * every count exact, and a household that dies out leaves its grain, animals and land to the farm;
 * then the month's end-of-month figures are counted.
 */
class DeathsPhaseTest {

    /**
     * Set-up: March 1933 in Ukraine; no normal deaths or births; the famine hazard is 1 - reserve / 3 a
     * month (max 1, exponent 1), without the extra of disease; a refed household's famine hazard is
     * multiplied by 0; deportees die no more than others. Household 0: 3 persons, fed (full reserve).
     * Household 1: 2 persons, starving (reserve 0, ate a fifth of its need): hazard 1, both die; it held
     * 50 kg of grain, 10 hidden, a cow and 4 ha, which pass to the farm. Household 2: 4 persons, a reserve
     * of 1 month but refed (ate its need): hazard 0, hungry (below half a reserve). Household 3: 5 deportees.
     * Each present household with a reserve below full draws twice (deaths, births): 4 draws.
     *
     * <p>After: 14 persons at risk, 2 deaths, all excess; 12 people; 2 households present, 1 of them
     * hungry (4 persons), half the district hungry; the farm's store 60 kg and 1 cow.
     */
    @Test
    void theStarvingDieAndAHouseholdThatDiesOutLeavesAllToTheFarm() {
        Params p = OneDistrict.params("demography.normal_mortality_per_year", 0.0, "demography.births_per_year", 0.0,
                "demography.famine_hazard_max_per_month", 1.0, "demography.famine_hazard_exponent", 1.0,
                "demography.refed_hazard_factor", 0.0, "migration.disease_gain", 0.0,
                "dekulakization.deportee_excess_mortality_per_year", 0.0);
        OneDistrict t = new OneDistrict(p, Region.UKRAINE, 4).at("1933-03");
        t.h.members[0] = 3;
        t.h.members[1] = 2;
        t.h.reserveMonths[1] = 0;
        t.h.intakeShare[1] = 0.2f;
        t.h.grainKg[1] = 50;
        t.h.hiddenKg[1] = 10;
        t.h.animals[CATTLE][1] = 1;
        t.h.landHa[1] = 4;
        t.h.members[2] = 4;
        t.h.reserveMonths[2] = 1;
        t.h.members[3] = 5;
        t.h.status[3] = HouseholdTable.DEPORTED;
        OneDistrict.Draws draws = t.draws(0.5, 0.5, 0.5, 0.5);

        new Demography().stepDistrict(t.m, D, t.work());

        assertThat(draws.unused()).isZero();
        assertThat(t.h.members).containsExactly(3, 0, 4, 5);
        assertThat(t.h.status).containsExactly(HouseholdTable.PRESENT, HouseholdTable.EXTINCT, HouseholdTable.PRESENT,
                HouseholdTable.DEPORTED);
        assertThat(t.h.grainKg[1] + t.h.hiddenKg[1] + t.h.animals[CATTLE][1] + t.h.landHa[1]).isZero();
        assertThat(t.v.storeKg[K]).isEqualTo(60.0);
        assertThat(t.v.herd[CATTLE][K]).isEqualTo(1.0);
        assertThat(t.v.memberLandHa[K]).isEqualTo(4.0);
        assertThat(t.v.famineShare[K]).isEqualTo(0.5);
        assertThat(t.dt.hungryShare[D]).isEqualTo(0.5);
        assertThat(t.dt.hungryPersons[D]).isEqualTo(4);
        assertThat(t.tally(Tally.DEATHS)).isEqualTo(2.0);
        assertThat(t.tally(Tally.BIRTHS)).isZero();
        assertThat(t.tally(Tally.EXCESS_UKRAINE)).isEqualTo(2.0);
        assertThat(t.tally(Tally.POPULATION)).isEqualTo(12.0);
        assertThat(t.tally(Tally.PRESENT_HOUSEHOLDS)).isEqualTo(2.0);
        assertThat(t.tally(Tally.HUNGRY_HOUSEHOLDS)).isEqualTo(1.0);
        assertThat(t.tally(Tally.STORE_KG)).isEqualTo(60.0);
        assertThat(t.tally(Tally.CATTLE)).isEqualTo(1.0);
    }
}
