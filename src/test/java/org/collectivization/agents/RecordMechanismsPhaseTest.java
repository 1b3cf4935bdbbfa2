package org.collectivization.agents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.collectivization.agents.OneDistrict.CATTLE;
import static org.collectivization.agents.OneDistrict.D;
import static org.collectivization.agents.OneDistrict.HORSES;
import static org.collectivization.agents.OneDistrict.K;
import static org.collectivization.agents.OneDistrict.PIGS;

import org.collectivization.model.HouseholdTable;
import org.collectivization.model.Kolkhoz;
import org.collectivization.model.Params;
import org.collectivization.model.Region;
import org.collectivization.model.Tally;
import org.junit.jupiter.api.Test;

/**
 * The mechanisms that bring the model to the historical record, each on a hand-built district: quotas that
 * add up to the plan and plans cut during the year (ODD 4.4), the artel statute (4.7), the stations' tractors,
 * the discipline of 1933 and the payment in kind (4.1), and recruitment to the towns (4.12).
 */
class RecordMechanismsPhaseTest {

    /**
     * Set-up: one Ukrainian village, October 1928; an individual farmer's hectare owes twice a member's.
     * Household 0 is a member with 10 ha, households 1 and 2 farm on their own with 4 and 6 ha; household 3
     * has fled. The centre (its constructor sets the plan for the rest of 1928/29) gives Ukraine the whole
     * plan, since no other region has land. The region's land weighs 10 + 2 x 4 + 2 x 6 = 30 quota-hectares,
     * so the quotas are 10, 8 and 12 thirtieths of the region's quota, and add up to it.
     */
    @Test
    void theQuotasOfARegionAddUpToItsShareOfThePlan() {
        Params p = OneDistrict.params("procurement.individual_quota_factor", 2.0);
        OneDistrict t = new OneDistrict(p, Region.UKRAINE, 4).at("1928-10");
        t.h.landHa[0] = 10;
        t.h.landHa[1] = 4;
        t.h.landHa[2] = 6;
        t.h.landHa[3] = 5;
        t.member(0, false);
        t.h.status[3] = HouseholdTable.FLED;

        new State(t.m);

        double regionKg = t.m.centre.regionQuotaT[Region.UKRAINE.ordinal()] * 1000 / p.run.scale();
        assertThat(regionKg).isPositive();
        double owed = t.h.quotaKg[0] + t.h.quotaKg[1] + t.h.quotaKg[2];
        assertThat(owed).isCloseTo(regionKg, within(regionKg * 1e-6));
        assertThat((double) t.h.quotaKg[0]).isCloseTo(regionKg * 10 / 30, within(regionKg * 1e-6));
        assertThat((double) t.h.quotaKg[1]).isCloseTo(regionKg * 8 / 30, within(regionKg * 1e-6));
        assertThat((double) t.h.quotaKg[2]).isCloseTo(regionKg * 12 / 30, within(regionKg * 1e-6));
        assertThat(t.h.quotaKg[3]).as("a household that has left owes nothing").isZero();
        assertThat(t.v.quotaKg[K]).isCloseTo(owed, within(1e-3));
    }

    /**
     * Set-up: January 1931, when the centre expects the whole plan delivered; half of it is in (500 of
     * 1,000 t), the revision rate is 0.4 and the centre does not believe grain is hidden: it cuts 0.5 x 0.4 =
     * 0.2 of what is still due. A household owed 100 kg and delivered 40: it now owes 40 + 60 x 0.8 = 88 kg.
     * The plan becomes 500 + 500 x 0.8 = 900 t. With a belief of 1 the centre cuts nothing.
     */
    @Test
    void theCentreCutsThePlanWhenDeliveriesFallBehindAndItDoubtsGrainIsHidden() {
        Params p = OneDistrict.params("procurement.plan_revision_per_month", 0.4);
        OneDistrict t = new OneDistrict(p, Region.UKRAINE, 2).at("1928-10");
        t.h.landHa[0] = 10;
        t.h.landHa[1] = 10;
        State state = new State(t.m);
        t.at("1931-01");
        t.h.quotaKg[0] = 100;
        t.h.deliveredKg[0] = 40;
        t.h.quotaKg[1] = 50;
        t.h.deliveredKg[1] = 50;
        t.m.centre.planT = 1000;
        t.m.centre.procuredThisYearT = 500;
        t.m.centre.reserveBelief = 0;
        double regionQuota = t.m.centre.regionQuotaT[Region.UKRAINE.ordinal()];

        state.revisePlan(p);

        assertThat(t.h.quotaKg[0]).isCloseTo(88f, within(1e-4f));
        assertThat(t.h.quotaKg[1]).as("nothing was still due").isEqualTo(50f);
        assertThat(t.m.centre.planT).isCloseTo(900, within(1e-9));
        assertThat(t.m.centre.regionQuotaT[Region.UKRAINE.ordinal()]).isCloseTo(regionQuota * 0.8, within(1e-6));

        t.m.centre.reserveBelief = 1;
        state.revisePlan(p);
        assertThat(t.m.centre.planT).as("certain that grain is hidden, the centre cuts nothing").isCloseTo(900, within(1e-9));
    }

    /**
     * Set-up: a farm whose herd holds 8 cattle, 4 horses and 10 pigs; a quarter of the cattle is pooled
     * under the statute, 0.6 of the small animals always. Members 0 and 1 have assets 1 and 2; household 2
     * farms on its own. In February 1930 nothing changes. On 1 March 1930 the statute lets members keep the
     * cattle beyond a quarter: the farm gives back 8 x 0.75 = 6 head, 2 to member 0 and 4 to member 1; the
     * horses and pigs stay. In April 1932, after the decree on cows, the same again from the 8 head the
     * farm holds while cows were socialized anew.
     */
    @Test
    void theStatuteGivesTheCattleBeyondThePooledShareBackToTheMembers() {
        Params p = OneDistrict.params("collectivization.pooled_cattle_share", 0.25,
                "collectivization.pooled_small_animals_share", 0.6);
        OneDistrict t = new OneDistrict(p, Region.UKRAINE, 3).at("1930-02");
        t.member(0, true);
        t.member(1, true);
        t.h.assets[1] = 2;
        t.v.herd[CATTLE][K] = 8;
        t.v.herd[HORSES][K] = 4;
        t.v.herd[PIGS][K] = 10;

        Kolkhoz.giveBack(t.m, K);
        assertThat(t.v.herd[CATTLE][K]).as("before the statute").isEqualTo(8.0);

        t.at("1930-03");
        Kolkhoz.giveBack(t.m, K);
        assertThat(t.v.herd[CATTLE][K]).isEqualTo(2.0);
        assertThat(t.h.animals[CATTLE][0]).isEqualTo(2f);
        assertThat(t.h.animals[CATTLE][1]).isEqualTo(4f);
        assertThat(t.h.animals[CATTLE][2]).as("an individual farmer gets nothing").isZero();
        assertThat(t.v.herd[HORSES][K]).isEqualTo(4.0);
        assertThat(t.v.herd[PIGS][K]).isEqualTo(10.0);

        t.at("1930-04");
        Kolkhoz.giveBack(t.m, K);
        assertThat(t.v.herd[CATTLE][K]).as("nothing more once the statute is in force").isEqualTo(2.0);

        t.v.herd[CATTLE][K] = 8;
        t.at("1932-04");
        Kolkhoz.giveBack(t.m, K);
        assertThat(t.v.herd[CATTLE][K]).isEqualTo(2.0);
        assertThat(t.h.animals[CATTLE][1]).isEqualTo(8f);
    }

    /**
     * Set-up: April 1930, spring sowing. The farm has 100 ha, a full store, no animals, and two member
     * households of 10 persons: by hand they sow 20 x 0.3 = 6 ha (labour would allow 40). The stations'
     * tractors bring 0.05 horse-equivalents per hectare of farm land, 5 for its 100 ha, which plough 5 x 4 =
     * 20 ha more: 26 ha. An individual farmer with 10 ha, horses, seed and hands to spare sows its spring
     * share of the land times the year's grain area index.
     */
    @Test
    void theStationsTractorsAddToTheFarmsDraughtAndTheSownAreaFollowsTheCountrys() {
        Params p = OneDistrict.params();
        OneDistrict t = new OneDistrict(p, Region.UKRAINE, 3).at("1930-04");
        t.h.members[0] = 10;
        t.h.members[1] = 10;
        t.h.landHa[0] = 50;
        t.h.landHa[1] = 50;
        t.member(0, false);
        t.member(1, false);
        t.v.storeKg[K] = 100_000;
        t.h.members[2] = 10;
        t.h.landHa[2] = 10;
        t.h.animals[HORSES][2] = 10;
        t.h.grainKg[2] = 100_000;

        Season.sow(t.m, D, K, false);
        assertThat(t.v.springSownHa[K]).as("by hand alone").isCloseTo(6.0, within(1e-6));

        t.v.springSownHa[K] = 0;
        t.m.centre.tractorHorsesPerFarmHa = 0.05;
        Season.sow(t.m, D, K, false);
        assertThat(t.v.springSownHa[K]).isCloseTo(26.0, within(1e-6));

        double index = p.harvest.grainAreaIndex()[1930 - 1928];
        double spring = 1 - p.regions.winterShare()[Region.UKRAINE.ordinal()];
        assertThat(index).as("the sown area of 1930 above 1928's").isGreaterThan(1);
        assertThat((double) t.h.springSownHa[2]).isCloseTo(10 * spring * index, within(1e-4));
    }

    /**
     * Set-up: July 1933, a farm that sowed 20 ha, a yield of 1 t/ha, no losses, members well fed; the new
     * farms' yield factor 0.75 no longer applies after the discipline of 1933. Half the harvest comes in:
     * 0.5 x 20 ha x 1,000 kg x weather. A tenth of it goes to the station in kind: procured, delivered.
     */
    @Test
    void from1933TheFarmsYieldInFullAndPayTheStationsInKind() {
        Params p = OneDistrict.params("regions.ukraine.yield_t_per_ha", 1.0, "harvest.kolkhoz_yield_factor", 0.75,
                "harvest.hunger_loss_max", 0.0, "harvest.mts_payment_share", 0.1);
        OneDistrict t = new OneDistrict(p, Region.UKRAINE, 2).at("1933-07");
        t.h.landHa[0] = 20;
        t.member(0, false);
        t.v.springSownHa[K] = 20;

        Season.harvest(t.m, D, K, true);

        double weather = p.regions.weather(Region.UKRAINE, 1933);
        double crop = 0.5 * 20 * 1000 * weather;
        assertThat(t.tally(Tally.HARVEST_KG)).isCloseTo(crop, within(1e-6));
        assertThat(t.tally(Tally.PROCURED_KG)).isCloseTo(crop * 0.1, within(1e-6));
        assertThat(t.v.storeKg[K]).isCloseTo(crop * 0.9, within(1e-6));
        assertThat(t.v.deliveredKg[K]).isCloseTo(crop * 0.1, within(1e-6));

        OneDistrict before = new OneDistrict(p, Region.UKRAINE, 2).at("1932-07");
        before.h.landHa[0] = 20;
        before.member(0, false);
        before.v.springSownHa[K] = 20;
        Season.harvest(before.m, D, K, true);
        double crop1932 = 0.5 * 20 * 1000 * p.regions.weather(Region.UKRAINE, 1932) * 0.75;
        assertThat(before.v.storeKg[K]).as("before 1933: the yield factor, no payment").isCloseTo(crop1932, within(1e-6));
        assertThat(before.tally(Tally.PROCURED_KG)).isZero();
    }

    /**
     * Set-up: January 1930; households of 5, 1 and 4 persons, the third has fled. With a recruitment
     * probability of 1 every working member goes: the first keeps 1 person, the second (alone) stays, the
     * household that fled is not in the village; 4 recruited. With a probability of 0 nobody goes. A sure or
     * impossible trial draws nothing.
     */
    @Test
    void recruitmentTakesWorkingMembersAndLeavesTheHousehold() {
        OneDistrict t = new OneDistrict(OneDistrict.params(), Region.UKRAINE, 3).at("1930-01");
        t.h.members[0] = 5;
        t.h.members[1] = 1;
        t.h.members[2] = 4;
        t.h.status[2] = HouseholdTable.FLED;
        WorkColumns w = t.work();
        OneDistrict.Draws none = t.draws();

        t.m.centre.recruitPerPersonMonth = 0;
        Demography.recruit(t.m, D, w, none);
        assertThat(t.h.members[0]).isEqualTo((byte) 5);
        assertThat(t.tally(Tally.RECRUITED_PEOPLE)).isZero();

        t.m.centre.recruitPerPersonMonth = 1;
        Demography.recruit(t.m, D, w, none);
        assertThat(t.h.members[0]).isEqualTo((byte) 1);
        assertThat(t.h.members[1]).isEqualTo((byte) 1);
        assertThat(t.h.members[2]).isEqualTo((byte) 4);
        assertThat(t.h.status[0]).isEqualTo(HouseholdTable.PRESENT);
        assertThat(t.tally(Tally.RECRUITED_PEOPLE)).isEqualTo(4.0);
        assertThat(w.persons[0]).as("the working columns follow the table").isEqualTo(1f);
    }
}
