package org.collectivization.agents;

import ec.util.MersenneTwisterFast;
import org.collectivization.model.Calendar;
import org.collectivization.model.CollectivizationModel;
import org.collectivization.model.DistrictTable;
import org.collectivization.model.HouseholdTable;
import org.collectivization.model.Kolkhoz;
import org.collectivization.model.Params;
import org.collectivization.model.Region;
import org.collectivization.model.Species;
import org.collectivization.model.Tally;
import org.collectivization.model.VillageTable;
import org.collectivization.rules.Concealment;
import org.collectivization.rules.Consumption;
import org.collectivization.rules.Dekulakization;
import org.collectivization.rules.Incentives;
import org.collectivization.rules.MinMax;
import org.collectivization.rules.Procurement;
import org.collectivization.rules.TrialRun;

/**
 * The district officials (ODD 2; submodels 4.5, 4.6, 4.8, 4.10, 4.14), one per district, stepped
 * district by district. Each month an official: is replaced if purged or killed; at the reviews
 * (January, June) faces purge or reward; requisitions grain village by village and searches for
 * hidden grain; fines blacklisted villages; collects animals; labels and expropriates kulaks;
 * settles nomads; in September reports the harvest; and pleads for relief when hunger is visible.
 */
public final class Officials {
    private Officials() {}

    /** This phase for one district (run by {@link Districts}, district by district). */
    static void stepOfficial(CollectivizationModel m, int d, WorkColumns w) {
        Params p = m.params();
        DistrictTable dt = m.districts;
        int moy = Calendar.monthOfYear(m.month);
        dt.collectionPointKg[d] = 0;
        replaceIfGone(m, d);
        if (moy == 1 || moy == 6) review(m, d);
        TrialRun searches = new TrialRun();
        for (int k = dt.firstVillage[d]; k < dt.firstVillage[d] + dt.villageCount[d]; k++) {
            if (p.procurement.marketProcurement()) {
                buySurplus(m, d, k, w);
            } else {
                requisition(m, d, k, searches, w);
                blacklist(m, d, k);
            }
        }
        procureLivestock(m, d, w);
        if (m.month >= p.dekulakization.start() && m.month <= p.dekulakization.end() && p.collectivization.coercive()) {
            dekulakize(m, d, w);
        }
        if (dt.region[d] == Region.KAZAKHSTAN.ordinal() && m.month >= p.kazakhstan.sedentarizationFrom()) {
            settleHerders(m, d, w);
        }
        if (moy == 9) reportHarvest(m, d);
        plead(m, d);
    }

    /** ODD 4.10: a purged or killed official is replaced by a more zealous one. */
    private static void replaceIfGone(CollectivizationModel m, int d) {
        Params.Officials officials = m.params().officials;
        DistrictTable dt = m.districts;
        if (!dt.replace[d]) return;
        MersenneTwisterFast rnd = dt.random[d];
        dt.zeal[d] = clamp(officials.zealMean() + officials.replacementZealShift()
                + officials.zealSd() * rnd.nextGaussian());
        dt.compassion[d] = clamp(officials.compassionMean() + officials.traitSd() * rnd.nextGaussian());
        dt.honesty[d] = clamp(officials.honestyMean() + officials.traitSd() * rnd.nextGaussian());
        dt.fear[d] = 0.5;
        dt.pleadedThisYear[d] = false;
        dt.replace[d] = false;
    }

    /**
     * ODD 4.10: at a review an official whose district under-fulfils risks a purge (more so when the
     * centre believes grain is hidden, and after pleading); over-fulfilment is rewarded with zeal.
     */
    private static void review(CollectivizationModel m, int d) {
        Params p = m.params();
        DistrictTable dt = m.districts;
        VillageTable v = m.villages;
        if (p.procurement.marketProcurement()) return;
        double quota = 0, delivered = 0;
        for (int k = dt.firstVillage[d]; k < dt.firstVillage[d] + dt.villageCount[d]; k++) {
            quota += v.quotaKg[k];
            delivered += v.deliveredKg[k];
        }
        if (quota <= 0) return;
        double fulfilment = delivered / quota;
        Params.Officials officials = p.officials;
        double risk = Incentives.purgeProbability(fulfilment, officials.purgeFulfilmentBelow(), officials.purgeRate(),
                m.centre.reserveBelief, dt.pleadedThisYear[d] ? officials.pleaPurgeRisk() : 0);
        if (dt.random[d].nextDouble() < risk) {
            dt.replace[d] = true;
            m.add(d, Tally.PURGES, 1);
        } else if (fulfilment >= 1) {
            dt.zeal[d] = clamp(dt.zeal[d] + p.officials.rewardZeal());
        }
        dt.fear[d] = clamp(0.7 * dt.fear[d] + risk);
    }

    /**
     * ODD 4.5 Requisition: each month from the harvest until the quota is met a brigade takes a
     * share of the remaining gap — from the collective farm's store first, then from individual
     * farmers — leaving seed and a food minimum as the policy and the official's zeal allow; ODD 4.6:
     * it searches households still behind their quota for hidden grain (whether each is searched is a
     * trial of the month's search probability, drawn as a run of trials over the district).
     * The takings are short loops over the village's households (masks say who takes part); the
     * searches, drawn at random, go household by household.
     */
    static void requisition(CollectivizationModel m, int d, int k, TrialRun searches, WorkColumns w) {
        Params.Procurement procurement = m.params().procurement;
        HouseholdTable h = m.households;
        VillageTable v = m.villages;
        DistrictTable dt = m.districts;
        int first = v.firstHousehold[k], end = first + v.householdCount[k];
        float[] persons = w.persons, member = w.member, individual = w.individual, owed = w.owed;
        float[] quota = h.quotaKg, delivered = h.deliveredKg, grain = h.grainKg, land = h.landHa;
        float memberGap = 0, memberPersons = 0, behind = 0;
        for (int i = first; i < end; i++) {
            float gap = Math.max(0f, quota[i] - delivered[i]) * (member[i] + individual[i]);  // 0 for those who left
            owed[i] = gap;
            memberGap += gap * member[i];
            memberPersons += persons[i] * member[i];
            behind += gap;
        }
        if (behind == 0) return;  // the whole village has met its quota: no brigade comes
        double zeal = dt.zeal[d];
        double share = Procurement.monthlyTakeShare(procurement.monthlyTakeBase(), procurement.monthlyTakePerZeal(),
                zeal);
        int monthsLeft = Calendar.monthsUntilHarvest(m.month);
        double seedPerHa = m.params().food.seedKgPerHa();
        MersenneTwisterFast rnd = dt.random[d];
        boolean hardLine = procurement.hardLine(m.month, v.region[k]);
        boolean leaveSeed = procurement.leaveSeed() && !hardLine;
        double procured = 0;
        if (memberGap > 0) {
            double keep = Procurement.protectedKg(leaveSeed, v.memberLandHa[k] * seedPerHa,
                    procurement.foodMinimumKgPerPersonYear(), memberPersons, monthsLeft, zeal,
                    procurement.zealErodesMinimum());
            double taken = v.takeStore(k, MinMax.min(share * memberGap, MinMax.max(0, v.storeKg[k] - keep)));
            procured += taken;
            float perGapKg = (float) (taken / memberGap);
            for (int i = first; i < end; i++) {
                delivered[i] += owed[i] * member[i] * perGapKg;
                owed[i] = Math.max(0f, quota[i] - delivered[i]) * (member[i] + individual[i]);
            }
        }
        // what an individual farmer keeps is linear in its seed and its persons: seed x a + persons x b
        double kept = Procurement.keptShare(zeal, procurement.zealErodesMinimum());
        double foodPerPersonMonth = procurement.foodMinimumKgPerPersonYear() / 12;  // as protectedKg works them out
        float keptPerSeedKg = (float) Procurement.protectedKg(leaveSeed, 1, foodPerPersonMonth, 0, monthsLeft, kept);
        float keptPerPerson = (float) Procurement.protectedKg(leaveSeed, 0, foodPerPersonMonth, 1, monthsLeft, kept);
        float seedKgPerHa = (float) seedPerHa, takeShare = (float) share;
        float takenKg = 0;
        for (int i = first; i < end; i++) {
            float keep = land[i] * seedKgPerHa * keptPerSeedKg + persons[i] * keptPerPerson;
            float t = Math.min(grain[i], Math.min(takeShare * owed[i], Math.max(0f, grain[i] - keep)) * individual[i]);
            grain[i] -= t;
            delivered[i] += t;
            takenKg += t;
        }
        procured += takenKg;
        double searchP = Concealment.searchProbability(procurement.searchPerMonth(), zeal,
                procurement.searchZealMultiplier());
        for (int i = first; i < end; i++) {
            // searched: those behind their quota — individual farmers, and under the hard line members too
            if (!(owed[i] > 0) || (member[i] > 0 && !hardLine)) continue;
            if (!searches.next(searchP, rnd)) continue;
            double found = search(m, d, k, i, quota[i] - delivered[i], hardLine);
            delivered[i] += (float) found;
            procured += found;
        }
        deliver(m, d, k, procured);
    }

    /**
     * ODD 4.6: a search finds part of the hidden grain. Under the hard line it also takes visible
     * grain up to what the household still owes, and part of its potatoes, whatever the minimum;
     * collective farmers of a farm behind its plan are searched too.
     *
     * @return grain taken (kg)
     */
    private static double search(CollectivizationModel m, int d, int k, int i, double stillOwedKg, boolean hardLine) {
        Params p = m.params();
        HouseholdTable h = m.households;
        VillageTable v = m.villages;
        m.add(d, Tally.SEARCHES, 1);
        // outside the hard line what a search finds counts against the quota, and no more is taken than is owed
        double found = h.takeHidden(i, Procurement.seizedKg(h.hiddenKg[i] * p.procurement.searchFindShare(), stillOwedKg, hardLine));
        if (hardLine) {
            found += h.takeGrain(i, MinMax.max(0, stillOwedKg - found));
            h.takeGarden(i, h.gardenKg[i] * p.procurement.searchFindShare());
        }
        if (found > 0) {
            m.add(d, Tally.SEARCHES_FINDING, 1);
            m.add(d, Tally.HIDDEN_FOUND_KG, found);
        }
        h.coercion[i] += (float) p.resistance.coercionSeizure();
        v.seizureMemory[k] += 1.0 / v.householdCount[k];
        return found;
    }

    /**
     * Grain a village delivers to the state (ODD 4.4, 4.5): it counts towards the village's quota, waits at
     * the district's collection point, and is procured.
     */
    static void deliver(CollectivizationModel m, int d, int k, double kg) {
        m.villages.deliveredKg[k] += kg;
        m.districts.collectionPointKg[d] += kg;
        m.add(d, Tally.PROCURED_KG, kg);
    }

    /**
     * Market procurement (nep-continued; ODD 4.4, "Market procurement"): from August to March households sell part of
     * their surplus over what they need until the next harvest, until the plan is bought.
     */
    private static void buySurplus(CollectivizationModel m, int d, int k, WorkColumns w) {
        Params p = m.params();
        int moy = Calendar.monthOfYear(m.month);
        if (moy >= 4 && moy <= 7) return;
        if (m.centre.procuredThisYearT >= m.centre.planT) return;
        HouseholdTable h = m.households;
        VillageTable v = m.villages;
        int monthsLeft = Calendar.monthsUntilHarvest(m.month);
        int first = v.firstHousehold[k], end = first + v.householdCount[k];
        // the food grain and fodder a household needs, as it works them out when it eats and feeds (ODD 4.2, 4.3)
        float[] dairy = w.marketDairy, fodder = w.marketFodder;
        Households.perHeadKg(m, d, p.food.dairyKgPerHeadMonth(), first, end, dairy);
        Households.perHeadKg(m, d, p.livestock.fodderKgPerHeadMonth(), first, end, fodder);
        float needPerPerson = (float) p.food.needKgPerPersonMonth(), months = monthsLeft;
        double bought = 0;
        for (int i = first; i < end; i++) {
            if (!h.present(i) || h.is(i, HouseholdTable.HERDER)) continue;
            double need = Consumption.foodKeptKg(h.members[i], needPerPerson, dairy[i], months, h.gardenKg[i])
                    + (double) fodder[i] * monthsLeft + h.landHa[i] * p.food.seedKgPerHa();
            double surplus = h.grainKg[i] - 1.2 * need;
            if (surplus <= 0) continue;
            bought += h.takeGrain(i, surplus * p.procurement.marketSurplusShare() / 4);
        }
        double storeNeed = v.memberLandHa[k] * p.food.seedKgPerHa() * 1.2;
        if (v.storeKg[k] > storeNeed) {
            bought += v.takeStore(k, (v.storeKg[k] - storeNeed) * p.procurement.marketSurplusShare() / 4);
        }
        deliver(m, d, k, bought);
    }

    /**
     * ODD 4.5: under the hard line, a village far behind its quota is blacklisted until the next
     * harvest, and fined in kind each month: part of its potatoes, meat and animals.
     */
    private static void blacklist(CollectivizationModel m, int d, int k) {
        Params p = m.params();
        VillageTable v = m.villages;
        int moy = Calendar.monthOfYear(m.month);
        boolean season = moy >= 11 || moy <= 6;
        if (!p.procurement.hardLine(m.month, v.region[k]) || !season || v.quotaKg[k] <= 0) return;
        if (!v.blacklisted[k] && v.deliveredKg[k] / v.quotaKg[k] < p.procurement.blacklistFulfilmentBelow()) {
            v.blacklisted[k] = true;
        }
        if (!v.blacklisted[k]) return;
        HouseholdTable h = m.households;
        double fine = p.procurement.blacklistFinePerMonth(), animalFine = p.procurement.blacklistAnimalFinePerMonth();
        double seized = 0;
        for (int i = v.firstHousehold[k]; i < v.firstHousehold[k] + v.householdCount[k]; i++) {
            if (!h.present(i)) continue;
            h.takeGarden(i, h.gardenKg[i] * fine);
            h.takeMeat(i, h.meatKg[i] * fine);
            for (int s = 0; s < Species.COUNT; s++) seized += h.takeAnimals(i, s, h.animals[s][i] * animalFine);
            h.coercion[i] += (float) (p.resistance.coercionSeizure() * fine);
        }
        v.seizureMemory[k] += fine;
        m.add(d, Tally.ANIMALS_SEIZED, seized);
    }

    /**
     * ODD 4.5 and 4.14: meat procurement takes a yearly share of every herd, a twelfth each month.
     * (Households that have left hold no animals, so every household's herd can be taken from alike:
     * one short loop per species, which the JIT turns into vector instructions.)
     */
    private static void procureLivestock(CollectivizationModel m, int d, WorkColumns w) {
        Params p = m.params();
        double share = p.procurement.livestockProcurementShare()[Params.yearIndex(Calendar.year(m.month))] / 12;
        if (share <= 0) return;
        HouseholdTable h = m.households;
        VillageTable v = m.villages;
        DistrictTable dt = m.districts;
        int first = dt.firstHousehold[d], end = first + dt.householdCount[d];
        float taken = (float) share;
        float[] seizedHeads = w.seizedHeads;
        java.util.Arrays.fill(seizedHeads, first, end, 0f);
        for (int s = 0; s < Species.COUNT; s++) {
            if (dt.herdless(d, s)) continue;
            float[] heads = h.animals[s];
            for (int i = first; i < end; i++) {
                float t = heads[i] * taken;
                heads[i] -= t;
                seizedHeads[i] += t;
            }
        }
        double seized = WorkColumns.sum(seizedHeads, first, end);
        for (int k = dt.firstVillage[d]; k < dt.firstVillage[d] + dt.villageCount[d]; k++) {
            for (int s = 0; s < Species.COUNT; s++) seized += v.takeHerd(k, s, v.herd[s][k] * share);
            v.seizureMemory[k] += share * 3;
        }
        m.add(d, Tally.ANIMALS_SEIZED, seized);
    }

    /**
     * ODD 4.8 Dekulakization: the official labels the wealthiest households first (and active
     * resisters), up to the state's target share of the district — more when zealous — which widens
     * the label below the truly well-off. Labelled households are expropriated: deported, resettled
     * locally on poor land, or they flee.
     */
    static void dekulakize(CollectivizationModel m, int d, WorkColumns w) {
        Params p = m.params();
        DistrictTable dt = m.districts;
        HouseholdTable h = m.households;
        MersenneTwisterFast rnd = dt.random[d];
        int n = dt.householdCount[d];
        if (Double.isNaN(dt.labelRounding[d])) dt.labelRounding[d] = rnd.nextDouble();
        Params.Dekulakization dekulakization = p.dekulakization;
        double target = dekulakization.targetShare() * n * (1 + dekulakization.overfulfilmentPerZeal() * dt.zeal[d]);
        double pace = p.dekulakization.labelPacePerMonth() * n;
        int now = (int) pace + (rnd.nextDouble() < pace - (int) pace ? 1 : 0);
        now = MinMax.min(now, MinMax.max(0, Dekulakization.labelCap(target, dt.labelRounding[d]) - dt.labelled[d]));
        if (now <= 0) return;
        // the month's labels go to the highest scores, in order (ties to the lower household number);
        // labelling one household changes no other's score, so one pass finds them all
        int[] picks = new int[now];
        double[] pickScores = new double[now];
        int count = 0;
        for (int i = dt.firstHousehold[d], end = i + n; i < end; i++) {
            if (!h.present(i) || h.is(i, HouseholdTable.KULAK)) continue;
            double score = h.assets[i] + (h.is(i, HouseholdTable.ACTIVE) ? p.dekulakization.resisterLabelBonus() : 0);
            if (!(score > -1) || (count == now && !(score > pickScores[now - 1]))) continue;
            int at = count < now ? count++ : now - 1;  // when all places are taken, the lowest drops out
            for (; at > 0 && pickScores[at - 1] < score; at--) {
                picks[at] = picks[at - 1];
                pickScores[at] = pickScores[at - 1];
            }
            picks[at] = i;
            pickScores[at] = score;
        }
        for (int j = 0; j < count; j++) {
            expropriate(m, d, villageOf(m, d, picks[j]), picks[j], rnd.nextDouble());
            w.refresh(h, picks[j]);
        }
    }

    private static int villageOf(CollectivizationModel m, int d, int household) {
        VillageTable v = m.villages;
        DistrictTable dt = m.districts;
        for (int k = dt.firstVillage[d]; k < dt.firstVillage[d] + dt.villageCount[d]; k++) {
            if (household < v.firstHousehold[k] + v.householdCount[k]) return k;
        }
        throw new IllegalStateException("household " + household + " not in district " + d);
    }

    /** Share of its land a kulak household resettled locally keeps (category III: poor land on the edge of the village). */
    static final double RESETTLED_LAND_SHARE = 0.3;

    private static void expropriate(CollectivizationModel m, int d, int k, int i, double u) {
        Params p = m.params();
        HouseholdTable h = m.households;
        VillageTable v = m.villages;
        h.set(i, HouseholdTable.KULAK, true);
        m.districts.labelled[d]++;
        m.add(d, Tally.LABELLED_HOUSEHOLDS, 1);
        m.add(d, Tally.DEKULAKIZED_PEOPLE, h.members[i]);
        v.expropriatedShare[k] += 1.0 / v.householdCount[k];
        v.storeKg[k] += h.takeGrain(i, h.grainKg[i]) + h.takeHidden(i, h.hiddenKg[i]);
        for (int s = 0; s < Species.COUNT; s++) v.herd[s][k] += h.takeAnimals(i, s, h.animals[s][i]);
        if (u < p.dekulakization.deportShare()) {
            Kolkhoz.release(m, k, i);
            h.status[i] = HouseholdTable.DEPORTED;
            m.add(d, Tally.DEPORTED_PEOPLE, h.members[i]);
        } else if (u < p.dekulakization.deportShare() + p.dekulakization.expropriatedFleeShare()) {
            Kolkhoz.release(m, k, i);
            h.status[i] = HouseholdTable.FLED;
            m.add(d, Tally.FLED_PEOPLE, h.members[i]);
        } else {
            Kolkhoz.takeLand(m, k, i, 1 - RESETTLED_LAND_SHARE);
        }
    }

    /** ODD 4.14: nomads are settled (and collectivized) as the campaign presses. */
    private static void settleHerders(CollectivizationModel m, int d, WorkColumns w) {
        Params p = m.params();
        DistrictTable dt = m.districts;
        HouseholdTable h = m.households;
        VillageTable v = m.villages;
        double chance = p.kazakhstan.settlePerMonth() * m.centre.campaignIntensity;
        if (chance <= 0) return;
        MersenneTwisterFast rnd = dt.random[d];
        for (int k = dt.firstVillage[d]; k < dt.firstVillage[d] + dt.villageCount[d]; k++) {
            for (int i = v.firstHousehold[k]; i < v.firstHousehold[k] + v.householdCount[k]; i++) {
                if (!h.present(i) || !h.is(i, HouseholdTable.HERDER) || h.is(i, HouseholdTable.SETTLED)) continue;
                if (rnd.nextDouble() >= chance) continue;
                h.set(i, HouseholdTable.SETTLED, true);
                h.coercion[i] += (float) p.resistance.coercionJoin();
                if (!h.is(i, HouseholdTable.COLLECTIVE) && !h.is(i, HouseholdTable.KULAK)) {
                    Kolkhoz.join(m, k, i, true);
                    w.refresh(h, i);
                    m.add(d, Tally.JOINED, 1);
                }
            }
        }
    }

    /** ODD 4.10: the September report of the district's harvest, overstated by zealous, dishonest officials. */
    private static void reportHarvest(CollectivizationModel m, int d) {
        Params p = m.params();
        DistrictTable dt = m.districts;
        HouseholdTable h = m.households;
        VillageTable v = m.villages;
        double actual = 0;
        for (int k = dt.firstVillage[d]; k < dt.firstVillage[d] + dt.villageCount[d]; k++) {
            actual += v.harvestKg[k];
            for (int i = v.firstHousehold[k]; i < v.firstHousehold[k] + v.householdCount[k]; i++) {
                // a household that has left keeps the last harvest it gathered; it gathered nothing this year
                if (h.present(i)) actual += h.harvestKg[i];
            }
        }
        dt.reportedHarvestKg[d] = Incentives.reportedHarvest(actual, dt.honesty[d] * (1 - dt.fear[d]), dt.zeal[d],
                p.officials.reportInflationMax());
    }

    /** ODD 4.10: a compassionate official pleads for relief once hunger is visible, at a personal risk. */
    static void plead(CollectivizationModel m, int d) {
        double hungerShare = m.params().officials.pleaHungerShare();
        DistrictTable dt = m.districts;
        double chance = Incentives.pleaProbability(dt.hungryShare[d], hungerShare, dt.compassion[d], dt.fear[d]);
        if (chance > 0 && dt.random[d].nextDouble() < chance) {
            m.add(d, Tally.PLEAS, 1);
            dt.pleadedThisYear[d] = true;
        }
    }

    static double clamp(double x) {
        return MinMax.max(0, MinMax.min(1, x));
    }
}
