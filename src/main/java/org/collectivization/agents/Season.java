package org.collectivization.agents;

import org.collectivization.model.Calendar;
import org.collectivization.model.CollectivizationModel;
import org.collectivization.model.HouseholdTable;
import org.collectivization.model.Kolkhoz;
import org.collectivization.model.Params;
import org.collectivization.model.Region;
import org.collectivization.model.Species;
import org.collectivization.model.Tally;
import org.collectivization.model.VillageTable;
import org.collectivization.rules.Concealment;
import org.collectivization.rules.Harvest;
import org.collectivization.rules.Livestock;
import org.collectivization.rules.MinMax;

/**
 * The farming calendar (ODD §3, phase 2; ODD 4.1, 4.3, 4.14): winter grains sown in September,
 * spring grains in April, the harvest in July and August (half each), gardens in September,
 * breeding in May, the autumn slaughter of the year's increase in October, and the herders'
 * monthly trade of animals for grain while the markets are open. Stored grain loses a little each month.
 */
public final class Season {
    private Season() {}

    /** This phase for one district (run by {@link Districts}, district by district). */
    static void stepDistrict(CollectivizationModel m, int d, WorkColumns w) {
        int moy = Calendar.monthOfYear(m.month);
        storageLoss(m, d);
        if (moy == 5) breed(m, d, w);
        if (moy == 10) autumnSlaughter(m, d, w);
        for (int k = m.districts.firstVillage[d]; k < m.districts.firstVillage[d] + m.districts.villageCount[d]; k++) {
            Kolkhoz.giveBack(m, k);
            if (moy == 6) rememberTakeShare(m, k);
            if (moy == 7 || moy == 8) harvest(m, d, k, moy == 7);
            if (moy == 9) {
                plantGardens(m, k);
                sow(m, d, k, true);
            }
            if (moy == 4) sow(m, d, k, false);
            if (moy == 5) breedKolkhozHerd(m, d, k);
            if (moy == 10) slaughterKolkhozIncrease(m, d, k);
            if (m.month < m.params().kazakhstan.tradeClosedFrom()) herdersTrade(m, d, k);
        }
    }

    /**
     * ODD 4.1: what share of its harvest the state took this year; households expect the same next
     * year. An individual farmer judges by its own deliveries, a collective farm's members by the
     * village's (the farm's harvest and deliveries mix with those of the members who joined during the year).
     */
    private static void rememberTakeShare(CollectivizationModel m, int k) {
        HouseholdTable h = m.households;
        VillageTable v = m.villages;
        double harvest = v.harvestKg[k];
        for (int i = v.firstHousehold[k]; i < v.firstHousehold[k] + v.householdCount[k]; i++) {
            if (h.present(i)) harvest += h.harvestKg[i];
        }
        double village = harvest > 0 ? MinMax.min(1, v.deliveredKg[k] / harvest) : 0;
        for (int i = v.firstHousehold[k]; i < v.firstHousehold[k] + v.householdCount[k]; i++) {
            if (!h.present(i)) continue;
            if (h.is(i, HouseholdTable.COLLECTIVE) || h.harvestKg[i] <= 0) {
                h.takeShare[i] = (float) village;
            } else {
                h.takeShare[i] = (float) MinMax.min(1, h.deliveredKg[i] / h.harvestKg[i]);
            }
        }
    }

    /** ODD 4.1 harvest and ODD 4.6 concealment of part of the new grain. */
    static void harvest(CollectivizationModel m, int d, int k, boolean first) {
        Params p = m.params();
        HouseholdTable h = m.households;
        VillageTable v = m.villages;
        Region g = Region.ALL[v.region[k]];
        int year = Calendar.year(m.month);
        double weather = p.regions.weather(g, year);
        double yield = p.regions.yieldTPerHa()[g.ordinal()];
        double full = p.food.bodyReserveMonths();
        if (first) v.harvestKg[k] = 0;
        double memberReserve = 0, memberCount = 0, total = 0;
        for (int i = v.firstHousehold[k]; i < v.firstHousehold[k] + v.householdCount[k]; i++) {
            if (!h.present(i)) continue;
            if (first) h.harvestKg[i] = 0;
            if (h.is(i, HouseholdTable.COLLECTIVE)) {
                memberReserve += h.reserveMonths[i];
                memberCount++;
                continue;
            }
            double area = h.winterSownHa[i] + h.springSownHa[i];
            double loss = Harvest.lossShare(p.food.harvestLossShare(), p.harvest.hungerLossMax(),
                    h.reserveMonths[i] / full);
            double kg = 0.5 * Harvest.harvestKg(area, yield, weather, 1, loss);
            double expected = MinMax.max(1, h.landHa[i] * yield * 1000);
            double grievance = h.coercion[i] * (1 - p.resistance.legitimacy());
            double hide = Concealment.hideShare(p.concealment.baseShare(), p.concealment.grievanceWeight(), grievance,
                    p.concealment.pressureWeight(), h.quotaKg[i] / expected, p.concealment.maxShare());
            h.hiddenKg[i] += (float) (kg * hide);
            h.grainKg[i] += (float) (kg * (1 - hide));
            h.harvestKg[i] += (float) kg;
            total += kg;
            if (!first) {
                h.winterSownHa[i] = 0;
                h.springSownHa[i] = 0;
            }
        }
        double area = v.winterSownHa[k] + v.springSownHa[k];
        double reserveFraction = memberCount > 0 ? memberReserve / memberCount / full : 1;
        double loss = Harvest.lossShare(p.food.harvestLossShare(), p.harvest.hungerLossMax(), reserveFraction);
        double kolkhozFactor = Harvest.kolkhozFactor(p.harvest.kolkhozYieldFactor(), m.month >= p.harvest.kolkhozDisciplineFrom());
        double kg = 0.5 * Harvest.harvestKg(area, yield, weather, kolkhozFactor, loss);
        double paid = m.month >= p.harvest.mtsPaymentFrom() ? kg * p.harvest.mtsPaymentShare() : 0;  // the station's payment in kind
        v.storeKg[k] += kg - paid;
        v.harvestKg[k] += kg;
        total += kg;
        if (paid > 0) Officials.deliver(m, d, k, paid);
        if (!first) {
            v.winterSownHa[k] = 0;
            v.springSownHa[k] = 0;
        }
        m.add(d, Tally.HARVEST_KG, total);
    }

    private static void plantGardens(CollectivizationModel m, int k) {
        Params p = m.params();
        HouseholdTable h = m.households;
        VillageTable v = m.villages;
        Region g = Region.ALL[v.region[k]];
        double perPerson = p.regions.gardenKgPerPersonYear()[g.ordinal()]
                * p.regions.weather(g, Calendar.year(m.month));
        for (int i = v.firstHousehold[k]; i < v.firstHousehold[k] + v.householdCount[k]; i++) {
            if (h.present(i)) h.gardenKg[i] += (float) (h.members[i] * perPerson);
        }
    }

    /** ODD 4.1: area = min(land, seed, draught power, labour) x effort; the seed leaves the grain store. */
    static void sow(CollectivizationModel m, int d, int k, boolean winter) {
        Params p = m.params();
        Params.Harvest harvest = p.harvest;
        double seedKgPerHa = p.food.seedKgPerHa();
        HouseholdTable h = m.households;
        VillageTable v = m.villages;
        int r = v.region[k];
        // the country's sown area grew with the tractors and the new farms' ploughing (ODD 4.1): each farm sows
        // its land times the year's index
        int harvestYear = Calendar.year(m.month) + (winter ? 1 : 0);
        double cropShare = (winter ? p.regions.winterShare()[r] : 1 - p.regions.winterShare()[r]) * p.harvest.grainAreaIndex()[Params.yearIndex(harvestYear)];
        double seedUsed = 0, memberPersons = 0, memberEffort = 0, memberCount = 0;
        for (int i = v.firstHousehold[k]; i < v.firstHousehold[k] + v.householdCount[k]; i++) {
            if (!h.present(i)) continue;
            double effort = Harvest.effort(h.takeShare[i], harvest.normalTakeShare(), harvest.effortSensitivity());
            if (h.is(i, HouseholdTable.COLLECTIVE)) {
                memberPersons += h.members[i];
                memberEffort += effort;
                memberCount++;
                continue;
            }
            double horses = h.animals[Species.HORSES.ordinal()][i]
                    + harvest.cattleDraughtEquivalent() * h.animals[Species.CATTLE.ordinal()][i]
                    + h.animals[Species.CAMELS.ordinal()][i];
            double area = Harvest.areaSownHa(h.landHa[i] * cropShare, h.grainKg[i], p.food.seedKgPerHa(), horses,
                    p.harvest.draughtHaPerHorse(), h.members[i], p.harvest.labourHaPerPerson(), p.harvest.manualHaPerPerson(), effort);
            seedUsed += h.takeGrain(i, area * p.food.seedKgPerHa());
            if (winter) h.winterSownHa[i] = (float) area; else h.springSownHa[i] = (float) area;
        }
        if (memberCount > 0) {
            double horses = v.herd[Species.HORSES.ordinal()][k]
                    + p.harvest.cattleDraughtEquivalent() * v.herd[Species.CATTLE.ordinal()][k]
                    + v.herd[Species.CAMELS.ordinal()][k]
                    + m.centre.tractorHorsesPerFarmHa * v.memberLandHa[k];  // the stations' tractors
            double area = Harvest.areaSownHa(v.memberLandHa[k] * cropShare, v.storeKg[k], p.food.seedKgPerHa(), horses,
                    p.harvest.draughtHaPerHorse(), memberPersons, p.harvest.labourHaPerPerson(), p.harvest.manualHaPerPerson(), memberEffort / memberCount);
            seedUsed += v.takeStore(k, area * p.food.seedKgPerHa());
            if (winter) v.winterSownHa[k] += area; else v.springSownHa[k] += area;
        }
        m.add(d, Tally.SEED_KG, seedUsed);
    }

    /**
     * ODD 4.3 and 4.14: the yearly breeding; herds below the replacement level barely breed, and
     * hungry households' animals bear half as many young. One loop per species over the district
     * (households that have left have no animals, so every row is treated alike).
     */
    private static void breed(CollectivizationModel m, int d, WorkColumns w) {
        Params p = m.params();
        HouseholdTable h = m.households;
        int first = m.districts.firstHousehold[d], end = first + m.districts.householdCount[d];
        float[] fed = w.breedingFed, usual = w.usualHerd, young = w.young;
        float[] reserve = h.reserveMonths;
        float hungerBelow = (float) (p.food.bodyReserveMonths() / 3);
        for (int i = first; i < end; i++) fed[i] = Livestock.breedingFed(reserve[i], hungerBelow);
        float replacement = (float) p.kazakhstan.herdReplacementShare();
        double born = 0;
        for (int s = 0; s < Species.COUNT; s++) {
            if (m.districts.herdless(d, s)) continue;  // no herd, no young
            usualHerds(m, d, w, s, usual);
            float[] heads = h.animals[s];
            float perHead = (float) p.livestock.birthsPerHeadYear()[s];
            for (int i = first; i < end; i++) {
                young[i] = Livestock.births(heads[i], perHead, fed[i], usual[i], replacement);
                heads[i] += young[i];
            }
            born += WorkColumns.sum(young, first, end);
        }
        m.add(d, Tally.ANIMAL_BIRTHS, born);
    }

    /** ODD 4.3: the collective farm's herd breeds (its animals fed at 0.8 of a household's). */
    private static void breedKolkhozHerd(CollectivizationModel m, int d, int k) {
        Params p = m.params();
        VillageTable v = m.villages;
        double born = 0;
        for (int s = 0; s < Species.COUNT; s++) {
            double young = Livestock.births((float) v.herd[s][k], (float) p.livestock.birthsPerHeadYear()[s], 0.8f,
                    (float) kolkhozCapacity(m, k, s), (float) p.kazakhstan.herdReplacementShare());
            v.herd[s][k] += young;
            born += young;
        }
        m.add(d, Tally.ANIMAL_BIRTHS, born);
    }

    /** What each household's farm of the district can keep of species {@code s} ({@link Livestock#usualHerd}), into {@code usual}. */
    static void usualHerds(CollectivizationModel m, int d, WorkColumns w, int s, float[] usual) {
        Params p = m.params();
        int first = m.districts.firstHousehold[d], end = first + m.districts.householdCount[d];
        float herders = (float) p.kazakhstan.herdPerHousehold()[s], farmers = (float) p.regions.animalsPerHousehold()[m.districts.region[d]][s];
        float pooled = (float) Kolkhoz.pooledShare(p, s, m.month);
        float[] assets = m.households.assets, herder = w.herder, member = w.member;
        for (int i = first; i < end; i++) {
            usual[i] = Livestock.usualHerd(herder[i], herders, farmers, assets[i], member[i], pooled);
        }
    }

    static double kolkhozCapacity(CollectivizationModel m, int k, int species) {
        Params p = m.params();
        int r = m.villages.region[k];
        return Livestock.farmCapacity(p.regions.animalsPerHousehold()[r][species], p.regions.sownHaPerHousehold()[r],
                m.villages.memberLandHa[k], Kolkhoz.pooledShare(p, species, m.month));
    }

    /**
     * ODD 4.3: the normal autumn slaughter of the year's increase, down to what each farm can keep; the
     * meat is salted or dried for the winter (other food). One loop per species over the district.
     */
    private static void autumnSlaughter(CollectivizationModel m, int d, WorkColumns w) {
        Params p = m.params();
        HouseholdTable h = m.households;
        int first = m.districts.firstHousehold[d], end = first + m.districts.householdCount[d];
        float[] usual = w.usualHerd, killed = w.slaughtered, garden = h.gardenKg;
        double heads = 0;
        for (int s = 0; s < Species.COUNT; s++) {
            if (m.districts.herdless(d, s)) continue;
            usualHerds(m, d, w, s, usual);
            float[] herd = h.animals[s];
            float meatPerHead = (float) p.food.meatKgPerHead()[s];
            for (int i = first; i < end; i++) {
                float t = Math.min(herd[i], Livestock.normalSlaughter(herd[i], usual[i]));
                herd[i] -= t;
                garden[i] += t * meatPerHead;
                killed[i] = t;
            }
            heads += WorkColumns.sum(killed, first, end);
        }
        m.add(d, Tally.SLAUGHTERED, heads);
    }

    /** ODD 4.3: the collective farm slaughters its herd's increase too, and shares the meat among its members. */
    private static void slaughterKolkhozIncrease(CollectivizationModel m, int d, int k) {
        Params p = m.params();
        VillageTable v = m.villages;
        double killed = 0;
        double[] meatKg = new double[Species.COUNT];
        int kinds = 0;  // the species slaughtered, their meat first in meatKg, in species order
        for (int s = 0; s < Species.COUNT; s++) {
            double heads = v.takeHerd(k, s, Livestock.normalSlaughter((float) v.herd[s][k], (float) kolkhozCapacity(m, k, s)));
            killed += heads;
            if (heads > 0) meatKg[kinds++] = heads * p.food.meatKgPerHead()[s];
        }
        if (kinds > 0) shareMeat(m, k, meatKg, kinds);
        m.add(d, Tally.SLAUGHTERED, killed);
    }

    /**
     * The collective farm's meat goes to its members by household size, one share per species
     * slaughtered ({@code meatKg[0..kinds)}), added to each household in that order.
     */
    private static void shareMeat(CollectivizationModel m, int k, double[] meatKg, int kinds) {
        HouseholdTable h = m.households;
        VillageTable v = m.villages;
        int first = v.firstHousehold[k], end = first + v.householdCount[k];
        double persons = 0;
        for (int i = first; i < end; i++) {
            if (h.present(i) && h.is(i, HouseholdTable.COLLECTIVE)) persons += h.members[i];
        }
        if (persons == 0) return;
        for (int i = first; i < end; i++) {
            if (!h.present(i) || !h.is(i, HouseholdTable.COLLECTIVE)) continue;
            float garden = h.gardenKg[i];
            for (int j = 0; j < kinds; j++) garden += (float) (meatKg[j] * h.members[i] / persons);
            h.gardenKg[i] = garden;
        }
    }

    /** ODD 4.14: while markets are open, herders sell animals for the grain part of their diet. */
    private static void herdersTrade(CollectivizationModel m, int d, int k) {
        Params p = m.params();
        HouseholdTable h = m.households;
        VillageTable v = m.villages;
        double boughtKg = 0, sold = 0;
        int sheep = Species.SHEEP_GOATS.ordinal(), cattle = Species.CATTLE.ordinal();
        for (int i = v.firstHousehold[k]; i < v.firstHousehold[k] + v.householdCount[k]; i++) {
            if (!h.present(i) || !h.is(i, HouseholdTable.HERDER)) continue;
            double wantKg = h.members[i] * p.food.needKgPerPersonMonth() * p.kazakhstan.herderGrainDietShare()
                    - h.grainKg[i] / 2;
            if (wantKg <= 0) continue;
            double sheepNeeded = wantKg / 1000 * p.kazakhstan.sheepPerTonneGrain();
            double fromSheep = h.takeAnimals(i, sheep, sheepNeeded);
            double fromCattle = h.takeAnimals(i, cattle, (sheepNeeded - fromSheep) / 6);
            double paid = fromSheep + 6 * fromCattle;
            double kg = paid / p.kazakhstan.sheepPerTonneGrain() * 1000;
            h.addGrain(i, kg);
            boughtKg += kg;
            sold += fromSheep + fromCattle;
        }
        m.add(d, Tally.TRADED_IN_KG, boughtKg);
        m.add(d, Tally.ANIMALS_TRADED, sold);
    }

    /**
     * Stored grain loses a share each month, and meat spoils. (Households that have left hold no
     * grain, so every row of the district is treated alike: short loops the JIT turns into vector
     * instructions.)
     */
    private static void storageLoss(CollectivizationModel m, int d) {
        Params p = m.params();
        HouseholdTable h = m.households;
        VillageTable v = m.villages;
        int first = m.districts.firstHousehold[d], end = first + m.districts.householdCount[d];
        float rate = (float) p.food.storageLossPerMonth(), hiddenRate = (float) p.food.hiddenLossPerMonth(),
                keepMeat = (float) (1 - p.food.meatSpoilagePerMonth());
        float[] grain = h.grainKg, hidden = h.hiddenKg, meat = h.meatKg;
        double lost = p.food.storageLossPerMonth() * WorkColumns.sum(grain, first, end)
                + p.food.hiddenLossPerMonth() * WorkColumns.sum(hidden, first, end);
        for (int i = first; i < end; i++) {
            grain[i] -= grain[i] * rate;
            hidden[i] -= hidden[i] * hiddenRate;
            meat[i] *= keepMeat;
        }
        for (int k = m.districts.firstVillage[d]; k < m.districts.firstVillage[d] + m.districts.villageCount[d]; k++) {
            lost += v.takeStore(k, v.storeKg[k] * p.food.storageLossPerMonth());
        }
        m.add(d, Tally.STORAGE_LOSS_KG, lost);
    }
}
