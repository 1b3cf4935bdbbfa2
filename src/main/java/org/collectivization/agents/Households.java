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
import org.collectivization.rules.Collectivization;
import org.collectivization.rules.Consumption;
import org.collectivization.rules.Livestock;
import org.collectivization.rules.Migration;
import org.collectivization.rules.MinMax;
import org.collectivization.rules.Reciprocal;
import org.collectivization.rules.Resistance;
import org.collectivization.rules.TrialRun;

/**
 * The peasant households (MODEL.md §3 step 4), stepped village by village within each district,
 * each household deciding for itself. A month in a village:
 * the collective farm hands out grain and the state's relief arrives; every household eats;
 * neighbours help those below the survival minimum; then each household updates its body reserve,
 * feeds its animals, decides whether to slaughter them, whether to resist, whether to flee (or
 * break into the granary), and whether to join or leave the collective farm.
 */
public final class Households {
    private Households() {}

    /** This phase for one district (run by {@link Districts}, district by district). */
    static void stepDistrict(CollectivizationModel m, int d) {
        DistrictTable dt = m.districts;
        distributeRelief(m, d);
        Month c = new Month(m, d);
        for (int k = dt.firstVillage[d]; k < dt.firstVillage[d] + dt.villageCount[d]; k++) {
            c.ensure(m.villages.householdCount[k]);
            stepVillage(c, k);
        }
    }

    /**
     * What every household of a district sees alike this month — the same numbers each would compute
     * for itself, computed once — and room for numbers about each household of the village being
     * stepped, kept from one pass to the next.
     */
    private static final class Month {
        final CollectivizationModel m;
        final Params p;
        final HouseholdTable h;
        final VillageTable v;
        final int d;
        /** This district's tally row ({@link CollectivizationModel#add} adds to it). */
        final double[] row;
        final int moy, monthsToHarvest, monthsToGarden;
        final double needPerPerson, survivalPerPerson;
        /** Share of a farm's land still to be sown before the harvest, in this district's region. */
        final double sowingShare;
        final double fullReserve, halfReserve, quarterReserve;
        /** 1 / fullReserve, 1 / halfReserve, 1 / needPerPerson: multiplying is cheaper than dividing. */
        final double perFullReserve, perHalfReserve, perNeedKg;
        /** Herders' herds suffer the winter this month; how dry the region's year is (0-1). */
        final boolean herdersWinter;
        final double drought;
        /** Each species' monthly mortality share when fully fed ({@link Livestock#mortalityShare} with no shortfall). */
        final double[] naturalDeaths = new double[Species.COUNT];
        final boolean dekulakizing;
        final double quotaPenalty;
        /** The month's decisions to join, and to leave, the collective farm, drawn as runs of trials (ODD 4.7). */
        final TrialRun joins = new TrialRun(), leaves = new TrialRun();

        /** Per household of the village being stepped (index: household - the village's first), kept between passes. */
        double[] eaten = new double[0];
        /** What it misses to the survival minimum (kg). */
        double[] gap = new double[0];
        /** Its grain above what it keeps back (kg). */
        double[] surplus = new double[0];
        /** Food grain it keeps back until the harvest ({@link #foodGrainUntilHarvestKg}). */
        double[] foodKept = new double[0];
        /** Seed it keeps back ({@link #seedToKeepKg}). */
        double[] seedKept = new double[0];

        Month(CollectivizationModel m, int d) {
            this.m = m;
            this.p = m.params();
            this.h = m.households;
            this.v = m.villages;
            this.d = d;
            this.row = m.tally[d];
            int region = m.districts.region[d];
            moy = Calendar.monthOfYear(m.month);
            monthsToHarvest = Calendar.monthsUntilHarvest(m.month);
            monthsToGarden = moy >= 9 ? 21 - moy : 9 - moy;
            needPerPerson = p.needKgPerPersonMonth;
            survivalPerPerson = p.survivalKgPerPersonMonth();
            sowingShare = sowingShareStillToCome(p, region, moy);
            fullReserve = p.bodyReserveMonths;
            halfReserve = fullReserve / 2;
            quarterReserve = fullReserve / 4;
            perFullReserve = 1 / fullReserve;
            perHalfReserve = 1 / halfReserve;
            perNeedKg = 1 / needPerPerson;
            herdersWinter = moy >= 11 || moy <= 3;
            drought = herdersWinter
                    ? 1 - MinMax.min(1, p.weather(Region.ALL[region], Calendar.agriculturalYear(m.month))) : 0;
            for (int s = 0; s < Species.COUNT; s++) {
                naturalDeaths[s] = Livestock.mortalityShare(p.mortalityPerYear[s], 1, 0, p.fodderMortalityPerMonth);
            }
            dekulakizing = p.coerciveCollectivization && m.month >= p.dekulakizationStart
                    && m.month <= p.dekulakizationEnd;
            quotaPenalty = m.state.individualQuotaFactor - 1;
        }

        void ensure(int n) {
            if (eaten.length >= n) return;
            eaten = new double[n];
            gap = new double[n];
            surplus = new double[n];
            foodKept = new double[n];
            seedKept = new double[n];
        }

        /** {@link #seedToKeepKg} for this district's region and month. */
        double seedToKeepKg(int i) {
            if (h.is(i, HouseholdTable.COLLECTIVE)) return 0;
            return h.landHa[i] * sowingShare * p.seedKgPerHa;
        }
    }

    /**
     * @param naturalDeaths  each species' monthly mortality share when fully fed
     *                       ({@link Livestock#mortalityShare} with no shortfall), the same for every household
     */
    private static void stepVillage(Month c, int k) {
        CollectivizationModel m = c.m;
        HouseholdTable h = c.h;
        VillageTable v = c.v;
        Params p = c.p;
        int d = c.d;
        int first = v.firstHousehold[k], n = v.householdCount[k];
        shareOutKolkhozGrain(m, k);
        double[] eaten = c.eaten;
        for (int j = 0; j < n; j++) eaten[j] = h.present(first + j) ? eat(c, first + j) : 0;
        helpNeighbours(c, k);
        int active = 0;
        double pressure = villagePressure(m, d);
        // what every household of the village sees alike this month (the same numbers each would compute)
        double slaughterShare = panicSlaughterShare(m, k, pressure);
        double enforcers = p.enforcersPerVillage * (0.5 + m.state.campaignIntensity);
        double arrest = Resistance.arrestProbability(p.arrestK, enforcers, v.activeHouseholds[k]);
        double feltExpropriation = p.coercionExpropriation * v.expropriatedShare[k];
        double feltPressure = p.coercionJoin * pressure;
        for (int j = 0; j < n; j++) {
            int i = first + j;
            if (!h.present(i)) continue;
            updateReserve(c, i, eaten[j]);
            // the food and seed it keeps back are as the neighbours' help found them: they depend on its
            // herd, garden, land and membership, which nothing has changed since
            feedAnimals(c, i, c.foodKept[j], c.seedKept[j]);
            if (slaughterShare > 0) decideSlaughter(c, k, i, slaughterShare);
            if (resist(c, i, feltExpropriation, feltPressure, arrest)) active++;
            if (fleeOrBreakIn(c, k, i)) continue;
            joinOrLeave(c, k, i, pressure);
        }
        tendKolkhozHerd(m, d, k);
        v.activeHouseholds[k] = active;
        disturbance(m, d, k, active);
    }

    static double villagePressure(CollectivizationModel m, int d) {
        Params p = m.params();
        if (!p.collectivizationEnabled || !p.coerciveCollectivization) return 0;
        return Collectivization.villagePressure(m.state.campaignIntensity, m.districts.zeal[d]);
    }

    /** Grain a household eats from its own stores until the next harvest, given its other food (kg). */
    static double foodGrainUntilHarvestKg(CollectivizationModel m, int i, int monthsLeft) {
        Params p = m.params();
        HouseholdTable h = m.households;
        double dairy = 0;
        for (int s = 0; s < Species.COUNT; s++) dairy += h.animals[s][i] * p.dairyKgPerHeadMonth[s];
        double perMonth = MinMax.max(0, h.members[i] * p.needKgPerPersonMonth - dairy);
        return MinMax.max(0, perMonth * monthsLeft - h.gardenKg[i]);
    }

    static double fodderKgPerMonth(Params p, HouseholdTable h, int i) {
        if (h.is(i, HouseholdTable.HERDER)) return 0;
        double f = 0;
        for (int s = 0; s < Species.COUNT; s++) f += h.animals[s][i] * p.fodderKgPerHeadMonth[s];
        return f;
    }

    /** Seed a farmer keeps back for the sowings still to come before the next harvest. */
    static double seedToKeepKg(Params p, HouseholdTable h, int i, int region, int moy) {
        if (h.is(i, HouseholdTable.COLLECTIVE)) return 0;
        return h.landHa[i] * sowingShareStillToCome(p, region, moy) * p.seedKgPerHa;
    }

    /**
     * ODD 4.7 and 4.2: the collective farm keeps seed for the coming sowings and fodder for its herd,
     * and shares out grain to its members by labour (household size), spreading its store over the
     * months until the harvest as a household would; the state's brigades have already taken their
     * share this month.
     */
    private static void shareOutKolkhozGrain(CollectivizationModel m, int k) {
        Params p = m.params();
        HouseholdTable h = m.households;
        VillageTable v = m.villages;
        double persons = 0, gap = 0;
        for (int i = v.firstHousehold[k]; i < v.firstHousehold[k] + v.householdCount[k]; i++) {
            if (!h.present(i) || !h.is(i, HouseholdTable.COLLECTIVE)) continue;
            persons += h.members[i];
            gap += MinMax.max(0, h.quotaKg[i] - h.deliveredKg[i]);
        }
        if (persons == 0 || v.storeKg[k] <= 0) return;

        int monthsLeft = Calendar.monthsUntilHarvest(m.month);
        double seed = v.memberLandHa[k] * sowingShareStillToCome(p, v.region[k], Calendar.monthOfYear(m.month))
                * p.seedKgPerHa;
        double fodder = 0;
        for (int s = 0; s < Species.COUNT; s++) fodder += v.herd[s][k] * p.fodderKgPerHeadMonth[s] * monthsLeft;
        double available = v.storeKg[k] - seed - 0.5 * fodder;
        double wanted = persons * p.needKgPerPersonMonth * KOLKHOZ_GRAIN_SHARE;
        double survival = persons * p.survivalKgPerPersonMonth() * KOLKHOZ_GRAIN_SHARE;
        double pool = Consumption.ration(MinMax.max(0, available), monthsLeft, wanted, survival);
        if (pool <= 0) return;
        for (int i = v.firstHousehold[k]; i < v.firstHousehold[k] + v.householdCount[k]; i++) {
            if (!h.present(i) || !h.is(i, HouseholdTable.COLLECTIVE)) continue;
            h.addGrain(i, v.takeStore(k, pool * h.members[i] / persons));
        }
    }

    /** Members still have milk, potatoes and their private plot: the farm provides the grain part of the diet. */
    static final double KOLKHOZ_GRAIN_SHARE = 0.8;

    /** Share of a farm's land still to be sown before the next harvest (winter sowing in September, spring in April). */
    static double sowingShareStillToCome(Params p, int region, int moy) {
        double share = 0;
        if (moy >= 7 && moy <= 9) share += p.winterShare[region];
        if (moy >= 7 || moy <= 4) share += 1 - p.winterShare[region];
        return share;
    }

    /** ODD 4.11: relief granted to the region reaches its hungry households by size. */
    private static void distributeRelief(CollectivizationModel m, int d) {
        DistrictTable dt = m.districts;
        double relief = dt.reliefKg[d];
        if (relief <= 0) return;
        HouseholdTable h = m.households;
        Params p = m.params();
        double threshold = p.bodyReserveMonths / 2;
        double persons = 0;
        int first = dt.firstHousehold[d], end = first + dt.householdCount[d];
        for (int i = first; i < end; i++) if (h.present(i) && h.reserveMonths[i] < threshold) persons += h.members[i];
        if (persons == 0) return;
        for (int i = first; i < end; i++) {
            if (h.present(i) && h.reserveMonths[i] < threshold) h.addGrain(i, relief * h.members[i] / persons);
        }
        m.add(d, Tally.RELIEF_KG, relief);
        dt.reliefKg[d] = 0;
    }

    /**
     * ODD 4.2: a household eats fresh milk and meat first, then its potatoes and vegetables, then
     * its grain and its hidden grain — each spread over the months until it is replenished — and,
     * below the survival minimum, its seed, its remaining potatoes and finally its animals.
     *
     * @return kg grain-equivalent eaten this month
     */
    private static double eat(Month c, int i) {
        HouseholdTable h = c.h;
        double[] dairy = c.p.dairyKgPerHeadMonth;
        double need = h.members[i] * c.needPerPerson;
        double survival = h.members[i] * c.survivalPerPerson;
        double eaten = 0;
        for (int s = 0; s < Species.COUNT; s++) eaten += h.animals[s][i] * dairy[s];
        eaten = MinMax.min(need, eaten);
        eaten += h.takeMeat(i, need - eaten);
        eaten += h.takeGarden(i, Consumption.ration(h.gardenKg[i], c.monthsToGarden, need - eaten, survival - eaten));
        int monthsToHarvest = c.monthsToHarvest;
        double seedKeep = c.seedToKeepKg(i);
        double grain = h.takeGrain(i, Consumption.ration(MinMax.max(0, h.grainKg[i] - seedKeep), monthsToHarvest,
                need - eaten, survival - eaten));
        grain += h.takeHidden(i, Consumption.ration(h.hiddenKg[i], monthsToHarvest, need - eaten - grain,
                survival - eaten - grain));
        eaten += grain;
        if (eaten < survival) {
            double more = h.takeGrain(i, survival - eaten);
            grain += more;
            eaten += more;
            eaten += h.takeGarden(i, survival - eaten);
        }
        if (eaten < survival) eaten += slaughterToEat(c, i, survival - eaten);
        c.row[FOOD_GRAIN_KG] += grain;
        return eaten;
    }

    /** Tally columns added to per household. */
    private static final int FOOD_GRAIN_KG = Tally.FOOD_GRAIN_KG.ordinal(), FODDER_KG = Tally.FODDER_KG.ordinal(),
            ANIMAL_DEATHS = Tally.ANIMAL_DEATHS.ordinal(), SLAUGHTERED = Tally.SLAUGHTERED.ordinal();

    private static final int[] EATING_ORDER = {Species.PIGS.ordinal(), Species.SHEEP_GOATS.ordinal(),
            Species.CATTLE.ordinal(), Species.CAMELS.ordinal(), Species.HORSES.ordinal()};

    /** ODD 4.2 and 4.14: hungry households eat their animals, smallest first; the rest of the meat keeps. */
    private static double slaughterToEat(Month c, int i, double gapKg) {
        HouseholdTable h = c.h;
        double[] meatKgPerHead = c.p.meatKgPerHead;
        double got = 0, killed = 0;
        for (int s : EATING_ORDER) {
            if (got >= gapKg) break;
            if (!HouseholdTable.none(h.animals[s][i])) {  // with none, takeAnimals would take 0
                double heads = h.takeAnimals(i, s, Math.ceil((gapKg - got) / meatKgPerHead[s]));
                killed += heads;
                h.meatKg[i] += (float) (heads * meatKgPerHead[s]);
            }
            got += h.takeMeat(i, gapKg - got);
        }
        c.row[SLAUGHTERED] += killed;
        return got;
    }

    /**
     * ODD 4.2: households still below the survival minimum get help from neighbours with a surplus
     * over their own needs until the harvest; help fails when the whole village is short.
     */
    private static void helpNeighbours(Month c, int k) {
        Params p = c.p;
        HouseholdTable h = c.h;
        VillageTable v = c.v;
        int first = v.firstHousehold[k], n = v.householdCount[k];
        int monthsLeft = c.monthsToHarvest;
        double shortfall = 0, surplus = 0;
        double survivalPerPerson = c.survivalPerPerson;
        // each household's gap and surplus, kept for the passes below (nothing they depend on changes in between)
        double[] eaten = c.eaten, gaps = c.gap, surpluses = c.surplus;
        for (int j = 0; j < n; j++) {
            int i = first + j;
            if (!h.present(i)) continue;
            double gap = MinMax.max(0, h.members[i] * survivalPerPerson - eaten[j]);
            double food = foodGrainUntilHarvestKg(c.m, i, monthsLeft);
            double seed = c.seedToKeepKg(i);
            double s = MinMax.max(0, h.grainKg[i] - food - seed);
            gaps[j] = gap;
            surpluses[j] = s;
            c.foodKept[j] = food;
            c.seedKept[j] = seed;
            shortfall += gap;
            surplus += s;
        }
        double covered = Consumption.coveredShare(shortfall, surplus, p.neighbourHelpShare);
        if (covered <= 0) return;
        double given = covered * shortfall;
        for (int j = 0; j < n; j++) {
            int i = first + j;
            if (!h.present(i)) continue;
            double s = surpluses[j];
            if (s > 0) h.takeGrain(i, given * s / surplus);
        }
        for (int j = 0; j < n; j++) {
            int i = first + j;
            if (!h.present(i)) continue;
            eaten[j] += covered * gaps[j];
        }
        c.row[FOOD_GRAIN_KG] += given;
    }

    private static void updateReserve(Month c, int i, double eatenKg) {
        HouseholdTable h = c.h;
        if (h.members[i] == 0) return;
        double intake = Reciprocal.divide(eatenKg, h.members[i]);
        h.intakeShare[i] = (float) (intake * c.perNeedKg);
        h.reserveMonths[i] = (float) Consumption.reserveAfter(h.reserveMonths[i], intake,
                c.survivalPerPerson, c.p.reserveRecoveryShare, c.fullReserve);
    }

    /**
     * ODD 4.3 and 4.14: animals eat grain from what the household can spare; natural deaths, more
     * when underfed; herders' herds suffer in winter once settled (no seasonal pasture) and in drought.
     */
    private static void feedAnimals(Month c, int i, double foodKeptKg, double seedKeptKg) {
        Params p = c.p;
        HouseholdTable h = c.h;
        double need = fodderKgPerMonth(p, h, i);
        double shortfall = 0;
        if (need > 0) {
            double spare = MinMax.max(0, h.grainKg[i] - foodKeptKg - seedKeptKg);
            double fed = h.takeGrain(i, MinMax.min(need, spare));
            c.row[FODDER_KG] += fed;
            shortfall = 1 - fed / need;
        }
        double extra = 0;
        if (c.herdersWinter && h.is(i, HouseholdTable.HERDER)) {
            extra = (h.is(i, HouseholdTable.SETTLED) ? p.settledWinterLoss : 0) + 0.1 * c.drought;
        }
        double died = 0;
        for (int s = 0; s < Species.COUNT; s++) {
            if (HouseholdTable.none(h.animals[s][i])) continue;  // nothing to die: takeAnimals would take 0
            double underfed = p.fodderKgPerHeadMonth[s] > 0 ? shortfall : 0;
            double share = (underfed == 0 ? c.naturalDeaths[s]
                    : Livestock.mortalityShare(p.mortalityPerYear[s], 1, underfed, p.fodderMortalityPerMonth)) + extra;
            died += h.takeAnimals(i, s, h.animals[s][i] * MinMax.min(1, share));
        }
        c.row[ANIMAL_DEATHS] += died;
    }

    /** ODD 4.3: the collective farm's herd eats from its store; socialized animals die more. */
    private static void tendKolkhozHerd(CollectivizationModel m, int d, int k) {
        Params p = m.params();
        VillageTable v = m.villages;
        double need = 0;
        for (int s = 0; s < Species.COUNT; s++) need += v.herd[s][k] * p.fodderKgPerHeadMonth[s];
        double shortfall = 0;
        if (need > 0) {
            double spare = MinMax.max(0, v.storeKg[k] - v.memberLandHa[k] * p.seedKgPerHa);
            double fed = v.takeStore(k, MinMax.min(need, spare));
            m.add(d, Tally.FODDER_KG, fed);
            shortfall = 1 - fed / need;
        }
        double died = 0;
        for (int s = 0; s < Species.COUNT; s++) {
            double share = Livestock.mortalityShare(p.mortalityPerYear[s], p.socializedMortalityFactor,
                    p.fodderKgPerHeadMonth[s] > 0 ? shortfall : 0, p.fodderMortalityPerMonth);
            died += v.takeHerd(k, s, v.herd[s][k] * share);
        }
        m.add(d, Tally.ANIMAL_DEATHS, died);
    }

    /**
     * The share of its usual herd an individual farmer of the village would rather eat than lose this
     * month ({@link #decideSlaughter}): it depends only on what the village sees, so it is the same for all.
     */
    private static double panicSlaughterShare(CollectivizationModel m, int k, double pressure) {
        Params p = m.params();
        VillageTable v = m.villages;
        double expected = Livestock.expectedConfiscation(pressure, v.collectivizedShare[k], v.seizureMemory[k],
                p.slaughterNeighbourWeight, p.slaughterSeizureWeight);
        return Livestock.panicSlaughterShare(expected, p.panicThreshold, p.panicSlaughterMaxPerMonth);
    }

    /**
     * ODD 4.3 slaughter decision: an individual farmer who expects its animals to be taken —
     * pressure on the village, neighbours who joined, recent seizures — slaughters its herd down
     * towards what it is willing to risk, part of the way each month, and eats the meat (horses,
     * needed for work, are kept longer).
     */
    private static void decideSlaughter(Month c, int k, int i, double share) {
        Params p = c.p;
        HouseholdTable h = c.h;
        if (h.is(i, HouseholdTable.COLLECTIVE)) return;
        int region = c.v.region[k];
        double killed = 0;
        for (int s = 0; s < Species.COUNT; s++) {
            if (HouseholdTable.none(h.animals[s][i])) continue;  // takeAnimals would take 0
            double f = s == Species.HORSES.ordinal() ? share * p.horseKeepFactor : share;
            double capacity = Season.capacity(p, h, i, region, s);
            double heads = h.takeAnimals(i, s, p.panicPacePerMonth * Livestock.panicSlaughterHeads(h.animals[s][i], capacity, f));
            h.meatKg[i] += (float) (heads * p.meatKgPerHead[s]);
            killed += heads;
        }
        c.row[SLAUGHTERED] += killed;
    }

    /**
     * ODD 4.9 (Epstein's rule): grievance from fading coercion and hardship, times illegitimacy; a
     * household turns active when grievance, weakened by hunger, exceeds its fear of arrest by the
     * threshold. Acting spends the grievance (the household is arrested, disperses or has had its say):
     * it builds up again only under renewed coercion, so unrest comes in waves, not as a permanent state.
     */
    private static boolean resist(Month c, int i, double feltExpropriation, double feltPressure, double arrest) {
        Params p = c.p;
        HouseholdTable h = c.h;
        double felt = feltExpropriation + (h.is(i, HouseholdTable.COLLECTIVE) ? 0 : feltPressure);
        h.coercion[i] = (float) (h.coercion[i] * p.coercionMemory + felt);
        double hardship = p.hardshipWeight * (1 - h.reserveMonths[i] * c.perFullReserve);
        double grievance = Resistance.grievance(h.coercion[i], hardship, p.legitimacy) * h.attachment[i];
        double capacity = MinMax.min(1, h.reserveMonths[i] * c.perHalfReserve);
        boolean active = Resistance.active(grievance, h.riskAversion[i], arrest, p.resistanceThreshold, capacity);
        h.set(i, HouseholdTable.ACTIVE, active);
        if (active) h.coercion[i] = 0;
        return active;
    }

    /** ODD 4.9: a disturbance is a village-month with enough active households; some officials die. */
    private static void disturbance(CollectivizationModel m, int d, int k, int active) {
        Params p = m.params();
        if (active < p.disturbanceMinActive) return;
        DistrictTable dt = m.districts;
        m.add(d, Tally.DISTURBANCES, 1);
        int killed = org.collectivization.rules.Mortality.poisson(p.killedPerDisturbance, dt.random[d].nextDouble());
        if (killed > 0) {
            m.add(d, Tally.OFFICIALS_KILLED, killed);
            if (dt.random[d].nextDouble() < 1.0 / dt.villageCount[d]) dt.replace[d] = true;
        }
    }

    /**
     * ODD 4.12: a starving household tries to leave for the towns; under the blockade most are
     * turned back. Near a full collection point some break in, and some of them are shot.
     *
     * @return true if the household left
     */
    private static boolean fleeOrBreakIn(Month c, int k, int i) {
        CollectivizationModel m = c.m;
        Params p = c.p;
        HouseholdTable h = c.h;
        DistrictTable dt = m.districts;
        int d = c.d;
        MersenneTwisterFast rnd = dt.random[d];
        double factor = h.is(i, HouseholdTable.HERDER) ? p.herderFleeFactor : 1;
        double chance = Migration.fleeProbability(p.fleePerMonth, h.reserveMonths[i], c.fullReserve, factor);
        if (chance > 0 && rnd.nextDouble() < chance) {
            if (m.state.blockadeActive && p.blockaded[dt.region[d]] && rnd.nextDouble() < p.blockadeTurnBack) {
                m.add(d, Tally.TURNED_BACK, h.members[i]);
            } else {
                m.add(d, Tally.FLED_PEOPLE, h.members[i]);
                m.add(d, Tally.GRAIN_LEAVING_KG, h.takeGrain(i, h.grainKg[i]) + h.takeHidden(i, h.hiddenKg[i]));
                double animals = 0;
                for (int s = 0; s < Species.COUNT; s++) animals += h.takeAnimals(i, s, h.animals[s][i]);
                m.add(d, Tally.ANIMALS_LEAVING, animals);
                Kolkhoz.release(m, k, i);
                h.status[i] = HouseholdTable.FLED;
                return true;
            }
        }
        if (h.reserveMonths[i] < c.quarterReserve && dt.collectionPointKg[d] > 0 && rnd.nextDouble() < p.breakInPerMonth) {
            if (rnd.nextDouble() < p.shotShare && h.members[i] > 0) {
                h.members[i]--;
                m.add(d, Tally.SHOT, 1);
                m.add(d, Tally.DEATHS, 1);
                m.add(d, Tally.excessFor(Region.ALL[dt.region[d]]), 1);
            } else {
                double got = MinMax.min(dt.collectionPointKg[d], h.members[i] * c.survivalPerPerson);
                dt.collectionPointKg[d] -= got;
                h.addGrain(i, got);
                m.add(d, Tally.STOLEN_KG, got);
            }
        }
        return false;
    }

    /**
     * ODD 4.7: an individual farmer joins when pressure plus expected advantage exceeds its
     * attachment to its own farm; a member who joined under pressure leaves when the pressure falls.
     */
    private static void joinOrLeave(Month c, int k, int i, double pressure) {
        Params p = c.p;
        if (!p.collectivizationEnabled) return;
        CollectivizationModel m = c.m;
        HouseholdTable h = c.h;
        VillageTable v = c.v;
        int d = c.d;
        if (h.is(i, HouseholdTable.KULAK)) return;
        double labelRisk = c.dekulakizing ? MinMax.min(1, h.assets[i] / 2) : 0;
        double score = Collectivization.joinScore(pressure, v.collectivizedShare[k], p.joinNeighbourWeight,
                c.quotaPenalty, p.quotaPenaltyWeight, labelRisk, p.labelRiskWeight, h.attachment[i]);
        MersenneTwisterFast rnd = m.districts.random[d];
        if (!h.is(i, HouseholdTable.COLLECTIVE)) {
            if (score > 0 && c.joins.next(p.joinPerMonth, rnd)) {
                Kolkhoz.join(m, k, i, pressure > 0.2);
                m.add(d, Tally.JOINED, 1);
            }
        } else if (h.is(i, HouseholdTable.PRESSED) && score < -p.leaveMargin && c.leaves.next(p.leavePerMonth, rnd)) {
            Kolkhoz.leave(m, k, i);
            m.add(d, Tally.LEFT, 1);
        }
    }
}
