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
import org.collectivization.rules.Resistance;
import org.collectivization.rules.TrialRun;

/**
 * The peasant households (ODD §3, phase 4), stepped village by village within each district,
 * each household deciding for itself. A month in a village:
 * the collective farm hands out grain and the state's relief arrives; every household eats;
 * neighbours help those below the survival minimum; then each household updates its body reserve,
 * feeds its animals, decides whether to slaughter them, whether to resist, whether to flee (or
 * break into the granary), and whether to join or leave the collective farm.
 *
 * <p>The rules without chance (eating, help, reserve, feeding, animal deaths, slaughter, grievance)
 * run as one loop per rule over the district's or the village's households, the same arithmetic on
 * every row in {@code float} and without branches, which the JIT turns into vector instructions; who
 * takes part in a rule is a 0/1 mask ({@link WorkColumns}). The decisions drawn at random (resistance,
 * flight, joining) then run household by household, village by village. No household's rule reads
 * another's row, and villages share nothing these rules touch, so taking the rules one at a time over
 * the households computes what taking the households one at a time would.
 */
public final class Households {
    private Households() {}

    /** This phase for one district (run by {@link Districts}, district by district). */
    static void stepDistrict(CollectivizationModel m, int d, WorkColumns w) {
        DistrictTable dt = m.districts;
        VillageTable v = m.villages;
        distributeRelief(m, d);
        Month c = new Month(m, d, w);
        int first = dt.firstHousehold[d], end = first + dt.householdCount[d];
        assert w.describes(m.households, first, end) : "stale working masks in district " + d;
        int firstVillage = dt.firstVillage[d], endVillage = firstVillage + dt.villageCount[d];
        // The rules without chance run over the whole district at once (long loops make the most of the
        // vector instructions); what a village shares — the farm's grain, neighbours' help — village by village.
        for (int k = firstVillage; k < endVillage; k++) shareOutKolkhozGrain(c, k, v.firstHousehold[k], villageEnd(v, k));
        eat(c, first, end);
        weighNeeds(c, first, end);
        for (int k = firstVillage; k < endVillage; k++) helpNeighbours(c, v.firstHousehold[k], villageEnd(v, k));
        updateReserves(c, first, end);
        feedAnimals(c, first, end);
        for (int k = firstVillage; k < endVillage; k++) decide(c, k, v.firstHousehold[k], villageEnd(v, k));
    }

    private static int villageEnd(VillageTable v, int k) {
        return v.firstHousehold[k] + v.householdCount[k];
    }

    /** What every household of a district sees alike this month, computed once, and the working columns. */
    static final class Month {
        final CollectivizationModel m;
        final Params p;
        final HouseholdTable h;
        final VillageTable v;
        final WorkColumns w;
        final int d;
        /** This district's tally row ({@link CollectivizationModel#add} adds to it). */
        final double[] row;
        final int monthsToHarvest;
        final float needPerPerson, survivalPerPerson, perSurvivalKg;
        /** 1 / months until the harvest, and until the gardens are dug (each at least 1). */
        final float perMonthToHarvest, perMonthToGarden;
        /** Seed kept back per hectare of an individual farm: the share still to sow before the harvest x seed rate. */
        final float seedPerHa;
        final float fullReserve, halfReserve, quarterReserve, perFullReserve, perHalfReserve, perNeedKg;
        /** Herders' herds suffer the winter this month; how dry the region's year is (0-1). */
        final boolean herdersWinter;
        final double drought;
        final boolean dekulakizing;
        final double quotaPenalty;
        /** The month's decisions to join, and to leave, the collective farm, drawn as runs of trials (ODD 4.7). */
        final TrialRun joins = new TrialRun(), leaves = new TrialRun();

        Month(CollectivizationModel m, int d, WorkColumns w) {
            this.m = m;
            this.p = m.params();
            this.h = m.households;
            this.v = m.villages;
            this.w = w;
            this.d = d;
            this.row = m.tally[d];
            int region = m.districts.region[d];
            int moy = Calendar.monthOfYear(m.month);
            monthsToHarvest = Calendar.monthsUntilHarvest(m.month);
            perMonthToHarvest = Consumption.perMonth(monthsToHarvest);
            perMonthToGarden = Consumption.perMonth(moy >= 9 ? 21 - moy : 9 - moy);
            needPerPerson = (float) p.food.needKgPerPersonMonth();
            survivalPerPerson = (float) p.food.survivalKgPerPersonMonth();
            perSurvivalKg = 1 / survivalPerPerson;
            seedPerHa = (float) (sowingShareStillToCome(p, region, moy) * p.food.seedKgPerHa());
            fullReserve = (float) p.food.bodyReserveMonths();
            halfReserve = fullReserve / 2;
            quarterReserve = fullReserve / 4;
            perFullReserve = 1 / fullReserve;
            perHalfReserve = 1 / halfReserve;
            perNeedKg = 1 / needPerPerson;
            herdersWinter = moy >= 11 || moy <= 3;
            drought = herdersWinter
                    ? Livestock.drought(p.regions.weather(Region.ALL[region], Calendar.agriculturalYear(m.month))) : 0;
            dekulakizing = p.collectivization.coercive() && m.month >= p.dekulakization.start()
                    && m.month <= p.dekulakization.end();
            quotaPenalty = m.centre.individualQuotaFactor - 1;
        }
    }

    /**
     * A village's households, once they have eaten, been helped and fed their animals: the slaughter
     * decision, resistance, flight and joining; then the collective farm's herd and the disturbance.
     */
    static void decide(Month c, int k, int first, int end) {
        CollectivizationModel m = c.m;
        HouseholdTable h = c.h;
        VillageTable v = c.v;
        Params p = c.p;
        int d = c.d;
        double pressure = villagePressure(m, d);
        double slaughterShare = panicSlaughterShare(m, k, pressure);
        if (slaughterShare > 0) panicSlaughter(c, k, first, end, (float) slaughterShare);
        // what every household of the village sees alike this month (the same numbers each would compute)
        double enforcers = p.resistance.enforcersPerVillage() * (0.5 + m.centre.campaignIntensity);
        double arrest = Resistance.arrestProbability(p.resistance.arrestK(), enforcers, v.activeHouseholds[k]);
        double feltExpropriation = p.resistance.coercionExpropriation() * v.expropriatedShare[k];
        double feltPressure = p.resistance.coercionJoin() * pressure;
        float[] margin = c.w.margin, score = c.w.score, open = c.w.open;
        weighResistance(c, first, end, feltExpropriation, feltPressure, arrest, margin);
        weighJoining(c, k, first, end, pressure, score);
        whoHasAChoice(c, first, end, margin, score, open);
        byte[] flags = h.flags;
        for (int i = first; i < end; i++) flags[i] &= ~HouseholdTable.ACTIVE;  // last month's resisters
        int active = 0;
        for (int i = first; i < end; i++) {
            if (!(open[i] > 0) || !h.present(i)) continue;  // nothing to decide: no unrest, not hungry, no move
            if (resist(c, i, margin[i])) active++;
            if (fleeOrBreakIn(c, k, i)) continue;
            joinOrLeave(c, k, i, score[i], pressure);
        }
        tendKolkhozHerd(m, d, k);
        v.activeHouseholds[k] = active;
        disturbance(m, d, k, active);
    }

    static double villagePressure(CollectivizationModel m, int d) {
        Params p = m.params();
        if (!p.collectivization.enabled() || !p.collectivization.coercive()) return 0;
        return Collectivization.villagePressure(m.centre.campaignIntensity, m.districts.zeal[d]);
    }

    /**
     * ODD 4.7 and 4.2: the collective farm keeps seed for the coming sowings and fodder for its herd,
     * and shares out grain to its members by labour (household size), spreading its store over the
     * months until the harvest as a household would; the state's brigades have already taken their
     * share this month.
     */
    private static void shareOutKolkhozGrain(Month c, int k, int first, int end) {
        Params p = c.p;
        VillageTable v = c.v;
        if (v.storeKg[k] <= 0) return;
        float[] persons = c.w.persons, member = c.w.member, grain = c.h.grainKg;
        float memberPersons = 0;
        for (int i = first; i < end; i++) memberPersons += persons[i] * member[i];
        if (memberPersons == 0) return;
        double seed = v.memberLandHa[k] * c.seedPerHa;
        double fodder = 0;
        double[] fodderPerHead = p.livestock.fodderKgPerHeadMonth();
        for (int s = 0; s < Species.COUNT; s++) fodder += v.herd[s][k] * fodderPerHead[s] * c.monthsToHarvest;
        double available = v.storeKg[k] - seed - 0.5 * fodder;
        double wanted = memberPersons * p.food.needKgPerPersonMonth() * KOLKHOZ_GRAIN_SHARE;
        double survival = memberPersons * p.food.survivalKgPerPersonMonth() * KOLKHOZ_GRAIN_SHARE;
        float pool = Consumption.ration((float) MinMax.max(0, available), c.perMonthToHarvest, (float) wanted,
                (float) survival);
        if (pool <= 0) return;
        float perPerson = pool / memberPersons;
        float given = 0;
        for (int i = first; i < end; i++) {
            float kg = perPerson * persons[i] * member[i];
            grain[i] += kg;
            given += kg;
        }
        v.takeStore(k, given);
    }

    /** Members still have milk, potatoes and their private plot: the farm provides the grain part of the diet. */
    static final double KOLKHOZ_GRAIN_SHARE = 0.8;

    /** Share of a farm's land still to be sown before the next harvest (winter sowing in September, spring in April). */
    static double sowingShareStillToCome(Params p, int region, int moy) {
        double share = 0;
        if (moy >= 7 && moy <= 9) share += p.regions.winterShare()[region];
        if (moy >= 7 || moy <= 4) share += 1 - p.regions.winterShare()[region];
        return share;
    }

    /** ODD 4.11: relief granted to the region reaches its hungry households by size. */
    static void distributeRelief(CollectivizationModel m, int d) {
        DistrictTable dt = m.districts;
        double relief = dt.reliefKg[d];
        if (relief <= 0) return;
        HouseholdTable h = m.households;
        Params p = m.params();
        double threshold = p.food.bodyReserveMonths() / 2;
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
     * Each step takes {@code min(stock, max(0, asked))}: nothing when nothing is asked.
     */
    static void eat(Month c, int first, int end) {
        HouseholdTable h = c.h;
        WorkColumns w = c.w;
        // each step is a loop of its own: the JIT turns only short loops into vector instructions
        float[] persons = w.persons, individual = w.individual, eaten = w.eaten, seedKept = w.seedKept;
        float[] grainEaten = w.grainEaten;
        float[] meat = h.meatKg, garden = h.gardenKg, grain = h.grainKg, hidden = h.hiddenKg, land = h.landHa;
        float need1 = c.needPerPerson, survival1 = c.survivalPerPerson, seedPerHa = c.seedPerHa;
        float toGarden = c.perMonthToGarden, toHarvest = c.perMonthToHarvest;
        perHeadKg(c.m, c.d, c.p.food.dairyKgPerHeadMonth(), first, end, eaten);  // milk first
        for (int i = first; i < end; i++) {  // milk, then meat
            float need = persons[i] * need1;
            float e = Math.min(need, eaten[i]);
            float t = Consumption.take(meat[i], need - e);
            meat[i] -= t;
            eaten[i] = e + t;
        }
        for (int i = first; i < end; i++) {  // potatoes and vegetables
            float t = Consumption.ration(garden[i], toGarden, persons[i] * need1 - eaten[i],
                    persons[i] * survival1 - eaten[i]);
            garden[i] -= t;
            eaten[i] += t;
        }
        for (int i = first; i < end; i++) {  // grain, keeping back the seed
            float seed = individual[i] * land[i] * seedPerHa;
            seedKept[i] = seed;
            float t = Consumption.ration(Math.max(0f, grain[i] - seed), toHarvest, persons[i] * need1 - eaten[i],
                    persons[i] * survival1 - eaten[i]);
            grain[i] -= t;
            grainEaten[i] = t;
        }
        for (int i = first; i < end; i++) {  // hidden grain
            float e = eaten[i] + grainEaten[i];
            float t = Consumption.ration(hidden[i], toHarvest, persons[i] * need1 - e, persons[i] * survival1 - e);
            hidden[i] -= t;
            grainEaten[i] += t;
            eaten[i] = e + t;
        }
        for (int i = first; i < end; i++) {  // below the survival minimum: the seed
            float t = Consumption.take(grain[i], persons[i] * survival1 - eaten[i]);
            grain[i] -= t;
            grainEaten[i] += t;
            eaten[i] += t;
        }
        for (int i = first; i < end; i++) {  // then the rest of the potatoes
            float t = Consumption.take(garden[i], persons[i] * survival1 - eaten[i]);
            garden[i] -= t;
            eaten[i] += t;
        }
        c.row[FOOD_GRAIN_KG] += WorkColumns.sum(grainEaten, first, end);
        for (int i = first; i < end; i++) {  // and finally the animals
            if (eaten[i] < persons[i] * survival1) eaten[i] += (float) slaughterToEat(c, i, persons[i] * survival1 - eaten[i]);
        }
    }

    /**
     * Σ animals x kg a head, species by species, for households [first, end) of district d, into
     * {@code out}: each household's milk ({@code dairyKgPerHeadMonth}) or its animals' fodder need
     * ({@code fodderKgPerHeadMonth}) this month, in float. Species the district has none of add nothing.
     */
    static void perHeadKg(CollectivizationModel m, int d, double[] kgPerHead, int first, int end, float[] out) {
        float[][] animals = m.households.animals;
        java.util.Arrays.fill(out, first, end, 0f);
        for (int s = 0; s < Species.COUNT; s++) {
            if (m.districts.herdless(d, s)) continue;
            float[] heads = animals[s];
            float kg = (float) kgPerHead[s];
            for (int i = first; i < end; i++) out[i] += heads[i] * kg;
        }
    }

    /** Tally columns added to per household. */
    private static final int FOOD_GRAIN_KG = Tally.FOOD_GRAIN_KG.ordinal(), FODDER_KG = Tally.FODDER_KG.ordinal(),
            ANIMAL_DEATHS = Tally.ANIMAL_DEATHS.ordinal(), SLAUGHTERED = Tally.SLAUGHTERED.ordinal();

    private static final int[] EATING_ORDER = {Species.PIGS.ordinal(), Species.SHEEP_GOATS.ordinal(),
            Species.CATTLE.ordinal(), Species.CAMELS.ordinal(), Species.HORSES.ordinal()};

    /** ODD 4.2 and 4.14: hungry households eat their animals, smallest first; the rest of the meat keeps. */
    private static double slaughterToEat(Month c, int i, double gapKg) {
        HouseholdTable h = c.h;
        double[] meatKgPerHead = c.p.food.meatKgPerHead();
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
     * ODD 4.2: what each household still misses to the survival minimum after eating, the food grain
     * it keeps back until the harvest (given its milk and potatoes) and its seed, and its surplus over both.
     */
    static void weighNeeds(Month c, int first, int end) {
        HouseholdTable h = c.h;
        WorkColumns w = c.w;
        float[] persons = w.persons, eaten = w.eaten, gap = w.gap, surplus = w.surplus, dairy = w.dairy,
                foodKept = w.foodKept, seedKept = w.seedKept;
        float[] grain = h.grainKg, garden = h.gardenKg;
        float need1 = c.needPerPerson, survival1 = c.survivalPerPerson, months = c.monthsToHarvest;
        perHeadKg(c.m, c.d, c.p.food.dairyKgPerHeadMonth(), first, end, dairy);
        // (the milk and the food kept back share a column: each row reads its milk before it writes its food)
        for (int i = first; i < end; i++) {
            gap[i] = Math.max(0f, persons[i] * survival1 - eaten[i]);
            float food = Consumption.foodKeptKg(persons[i], need1, dairy[i], months, garden[i]);
            foodKept[i] = food;
            surplus[i] = Consumption.spareKg(grain[i], food, seedKept[i]);
        }
    }

    /**
     * ODD 4.2: households of a village still below the survival minimum get help from neighbours with
     * a surplus ({@link #weighNeeds}); help fails when the whole village is short.
     */
    static void helpNeighbours(Month c, int first, int end) {
        WorkColumns w = c.w;
        float[] eaten = w.eaten, gap = w.gap, surplus = w.surplus, grain = c.h.grainKg;
        double shortfall = WorkColumns.sum(gap, first, end), surplusKg = WorkColumns.sum(surplus, first, end);
        double covered = Consumption.coveredShare(shortfall, surplusKg, c.p.food.neighbourHelpShare());
        if (covered <= 0) return;
        // each gives the same share of its surplus (covered x shortfall / surplus <= the help share < 1)
        double given = covered * shortfall;
        float coveredShare = (float) covered, perSurplusKg = (float) (given / surplusKg);
        for (int i = first; i < end; i++) {
            grain[i] -= Math.min(grain[i], surplus[i] * perSurplusKg);
            eaten[i] += coveredShare * gap[i];
        }
        c.row[FOOD_GRAIN_KG] += given;
    }

    /** ODD 4.2: the body reserve after the month's intake, and the intake as a share of the need. */
    static void updateReserves(Month c, int first, int end) {
        HouseholdTable h = c.h;
        float[] eaten = c.w.eaten, persons = c.w.persons, reserve = h.reserveMonths, intakeShare = h.intakeShare;
        float survival1 = c.survivalPerPerson, perSurvival = c.perSurvivalKg, perNeed = c.perNeedKg;
        float recovery = (float) c.p.food.reserveRecoveryShare(), full = c.fullReserve;
        for (int i = first; i < end; i++) {
            float intake = eaten[i] * (1 / Math.max(persons[i], 1f));  // a household that has left ate 0
            intakeShare[i] = intake * perNeed;
            reserve[i] = Consumption.reserveAfter(reserve[i], intake, survival1, perSurvival, recovery, full);
        }
    }

    /**
     * ODD 4.3 and 4.14: animals eat grain from what the household can spare; natural deaths, more
     * when underfed; herders' herds suffer in winter once settled (no seasonal pasture) and in drought.
     * (Households that have left hold no grain and no animals: every amount below is 0 for them.)
     */
    static void feedAnimals(Month c, int first, int end) {
        Params.Livestock livestock = c.p.livestock;
        HouseholdTable h = c.h;
        WorkColumns w = c.w;
        // (the fodder given and its shortfall share columns with the food and seed kept back, which each
        // row reads before it writes them; WorkColumns lists what shares a column)
        float[] need = w.fodderNeed, herder = w.herder, foodKept = w.foodKept, seedKept = w.seedKept,
                fed = w.fodderGiven, shortfall = w.fodderShortfall;
        float[] grain = h.grainKg;
        perHeadKg(c.m, c.d, livestock.fodderKgPerHeadMonth(), first, end, need);
        for (int i = first; i < end; i++) {
            float wanted = need[i] * (1 - herder[i]);  // herders' animals graze
            float given = Math.min(grain[i], Math.min(wanted, Consumption.spareKg(grain[i], foodKept[i], seedKept[i])));
            grain[i] -= given;
            fed[i] = given;
            shortfall[i] = Livestock.fodderShortfall(wanted, given);
        }
        c.row[FODDER_KG] += WorkColumns.sum(fed, first, end);
        float[] extra = w.extraLoss;
        winterLosses(c, first, end, extra);
        float[] dead = w.deadAnimals;
        java.util.Arrays.fill(dead, first, end, 0f);
        for (int s = 0; s < Species.COUNT; s++) {
            if (c.m.districts.herdless(c.d, s)) continue;
            float[] heads = h.animals[s];
            float natural = Livestock.naturalPerMonth(livestock.mortalityPerYear()[s]);
            float underfed = Livestock.underfedPerMonth(livestock.fodderKgPerHeadMonth()[s],
                    livestock.fodderMortalityPerMonth());
            for (int i = first; i < end; i++) {
                float share = Livestock.mortalityShare(natural, 1f, underfed, shortfall[i], extra[i]);
                float t = Math.min(heads[i], heads[i] * share);
                heads[i] -= t;
                dead[i] += t;
            }
        }
        c.row[ANIMAL_DEATHS] += WorkColumns.sum(dead, first, end);
    }

    /** ODD 4.14: a herder household's extra share of animals lost this month (winter when settled, drought). */
    private static void winterLosses(Month c, int first, int end, float[] extra) {
        java.util.Arrays.fill(extra, first, end, 0f);
        if (!c.herdersWinter) return;
        HouseholdTable h = c.h;
        double settledLoss = c.p.kazakhstan.settledWinterLoss();
        for (int i = first; i < end; i++) {
            if (!h.is(i, HouseholdTable.HERDER)) continue;
            extra[i] = (float) Livestock.herderWinterLoss(h.is(i, HouseholdTable.SETTLED), settledLoss, c.drought);
        }
    }

    /** ODD 4.3: the collective farm's herd eats from its store; socialized animals die more. */
    private static void tendKolkhozHerd(CollectivizationModel m, int d, int k) {
        Params.Livestock livestock = m.params().livestock;
        VillageTable v = m.villages;
        double need = 0;
        for (int s = 0; s < Species.COUNT; s++) need += v.herd[s][k] * livestock.fodderKgPerHeadMonth()[s];
        double shortfall = 0;
        if (need > 0) {
            double spare = MinMax.max(0, v.storeKg[k] - v.memberLandHa[k] * m.params().food.seedKgPerHa());
            double fed = v.takeStore(k, MinMax.min(need, spare));
            m.add(d, Tally.FODDER_KG, fed);
            shortfall = 1 - fed / need;
        }
        double died = 0;
        for (int s = 0; s < Species.COUNT; s++) {
            float share = Livestock.mortalityShare(Livestock.naturalPerMonth(livestock.mortalityPerYear()[s]),
                    (float) livestock.socializedMortalityFactor(),
                    Livestock.underfedPerMonth(livestock.fodderKgPerHeadMonth()[s], livestock.fodderMortalityPerMonth()),
                    (float) shortfall, 0f);
            died += v.takeHerd(k, s, v.herd[s][k] * share);
        }
        m.add(d, Tally.ANIMAL_DEATHS, died);
    }

    /**
     * The share of its usual herd an individual farmer of the village would rather eat than lose this
     * month ({@link #panicSlaughter}): it depends only on what the village sees, so it is the same for all.
     */
    private static double panicSlaughterShare(CollectivizationModel m, int k, double pressure) {
        Params.Livestock livestock = m.params().livestock;
        VillageTable v = m.villages;
        double expected = Livestock.expectedConfiscation(pressure, v.collectivizedShare[k], v.seizureMemory[k],
                livestock.slaughterNeighbourWeight(), livestock.slaughterSeizureWeight());
        return Livestock.panicSlaughterShare(expected, livestock.panicThreshold(),
                livestock.panicSlaughterMaxPerMonth());
    }

    /**
     * ODD 4.3 slaughter decision: an individual farmer who expects its animals to be taken —
     * pressure on the village, neighbours who joined, recent seizures — slaughters its herd down
     * towards what it is willing to risk, part of the way each month, and eats the meat (horses,
     * needed for work, are kept longer). What it is willing to risk is a share of what its farm can
     * keep ({@link Livestock#usualHerd}: its share of the usual herd, a herder's or its region's).
     */
    static void panicSlaughter(Month c, int k, int first, int end, float share) {
        Params p = c.p;
        HouseholdTable h = c.h;
        float[] individual = c.w.individual, herder = c.w.herder, member = c.w.member, assets = h.assets, meat = h.meatKg;
        int region = c.v.region[k];
        float pace = (float) p.livestock.panicPacePerMonth();
        float killed = 0;
        for (int s = 0; s < Species.COUNT; s++) {
            if (c.m.districts.herdless(c.d, s)) continue;
            float[] heads = h.animals[s];
            float f = share * (float) Livestock.keepFactor(s == Species.HORSES.ordinal(), s == Species.CATTLE.ordinal(),
                    p.livestock.horseKeepFactor(), p.livestock.cattleKeepFactor());
            float herdersMean = (float) p.kazakhstan.herdPerHousehold()[s], farmersMean = (float) p.regions.animalsPerHousehold()[region][s];
            float pooled = (float) Kolkhoz.pooledShare(p, s, c.m.month);
            float meatPerHead = (float) p.food.meatKgPerHead()[s];
            float kept = s == Species.CATTLE.ordinal() ? (float) p.livestock.milkCowHeads() : 0f;
            for (int i = first; i < end; i++) {
                // (members are masked out by individual[i]; for an individual farmer nothing is pooled)
                float capacity = Livestock.usualHerd(herder[i], herdersMean, farmersMean, assets[i], member[i], pooled);
                float asked = individual[i] * pace * Livestock.panicSlaughterHeads(heads[i], capacity, f, kept);
                float t = Math.min(heads[i], asked);
                heads[i] -= t;
                meat[i] += t * meatPerHead;
                killed += t;
            }
        }
        c.row[SLAUGHTERED] += killed;
    }

    /**
     * ODD 4.9 (Epstein's rule): grievance from fading coercion and hardship, times illegitimacy; a
     * household turns active when grievance, weakened by hunger, exceeds its fear of arrest by the
     * threshold. This computes, for every household of the village, its coercion felt this month and
     * by how much its grievance exceeds its fear ({@code margin}: it turns active above the threshold).
     */
    private static void weighResistance(Month c, int first, int end, double feltExpropriation, double feltPressure,
                                        double arrest, float[] margin) {
        Params p = c.p;
        HouseholdTable h = c.h;
        float[] member = c.w.member, coercion = h.coercion, reserve = h.reserveMonths, attachment = h.attachment,
                riskAversion = h.riskAversion;
        float memory = (float) p.resistance.coercionMemory(), expropriation = (float) feltExpropriation,
                pressure = (float) feltPressure, hardshipWeight = (float) p.resistance.hardshipWeight(),
                perFull = c.perFullReserve, perHalf = c.perHalfReserve, legitimacy = (float) p.resistance.legitimacy(),
                fear = (float) arrest;
        for (int i = first; i < end; i++) {
            // a member of the collective farm no longer feels the pressure to join
            coercion[i] = Resistance.coercionAfter(coercion[i], memory, expropriation, (1 - member[i]) * pressure);
        }
        for (int i = first; i < end; i++) {
            float hardship = Resistance.hardship(hardshipWeight, reserve[i], perFull);
            float grievance = Resistance.grievance(coercion[i], hardship, legitimacy, attachment[i]);
            margin[i] = Resistance.margin(grievance, riskAversion[i], fear, Resistance.capacity(reserve[i], perHalf));
        }
    }

    /**
     * ODD 4.9: whether the household acts this month. Acting spends the grievance (the household is
     * arrested, disperses or has had its say): it builds up again only under renewed coercion, so
     * unrest comes in waves, not as a permanent state.
     */
    private static boolean resist(Month c, int i, float margin) {
        boolean active = Resistance.active(margin, c.p.resistance.threshold());
        if (active) {
            c.h.set(i, HouseholdTable.ACTIVE, true);
            c.h.coercion[i] = 0;
        }
        return active;
    }

    /** ODD 4.9: a disturbance is a village-month with enough active households; some officials die. */
    private static void disturbance(CollectivizationModel m, int d, int k, int active) {
        Params.Resistance resistance = m.params().resistance;
        if (active < resistance.disturbanceMinActive()) return;
        DistrictTable dt = m.districts;
        m.add(d, Tally.DISTURBANCES, 1);
        int killed = org.collectivization.rules.Mortality.poisson(resistance.killedPerDisturbance(),
                dt.random[d].nextDouble());
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
    static boolean fleeOrBreakIn(Month c, int k, int i) {
        CollectivizationModel m = c.m;
        Params.Migration migration = c.p.migration;
        HouseholdTable h = c.h;
        DistrictTable dt = m.districts;
        int d = c.d;
        MersenneTwisterFast rnd = dt.random[d];
        // hunger drives flight: a household with its full reserve stays (its chance is 0)
        double chance = h.reserveMonths[i] < c.fullReserve ? Migration.fleeProbability(migration.fleePerMonth(),
                h.reserveMonths[i], c.fullReserve, h.is(i, HouseholdTable.HERDER) ? migration.herderFleeFactor() : 1) : 0;
        if (chance > 0 && rnd.nextDouble() < chance) {
            if (m.centre.blockadeActive && migration.blockaded()[dt.region[d]]
                    && rnd.nextDouble() < migration.blockadeTurnBack()) {
                m.add(d, Tally.TURNED_BACK, h.members[i]);
            } else {
                m.add(d, Tally.FLED_PEOPLE, h.members[i]);
                m.add(d, Tally.GRAIN_LEAVING_KG, h.takeGrain(i, h.grainKg[i]) + h.takeHidden(i, h.hiddenKg[i]));
                double animals = 0;
                for (int s = 0; s < Species.COUNT; s++) animals += h.takeAnimals(i, s, h.animals[s][i]);
                m.add(d, Tally.ANIMALS_LEAVING, animals);
                Kolkhoz.release(m, k, i);
                h.status[i] = HouseholdTable.FLED;
                c.w.refresh(h, i);
                return true;
            }
        }
        if (h.reserveMonths[i] < c.quarterReserve && dt.collectionPointKg[d] > 0
                && rnd.nextDouble() < migration.breakInPerMonth()) {
            if (rnd.nextDouble() < migration.shotShare() && h.members[i] > 0) {
                h.members[i]--;
                c.w.refresh(h, i);
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
     * ODD 4.7: each household's join score this month: pressure plus expected advantage (neighbours who
     * joined, the heavier quota of individual farmers, the risk of being labelled a kulak) less its
     * attachment to its own farm ({@link Collectivization#joinScore}: the village's part is computed once).
     */
    private static void weighJoining(Month c, int k, int first, int end, double pressure, float[] score) {
        Params.Collectivization collectivization = c.p.collectivization;
        double joined = c.v.collectivizedShare[k], neighbourWeight = collectivization.joinNeighbourWeight(),
                quotaPenalty = c.quotaPenalty, quotaWeight = collectivization.quotaPenaltyWeight();
        // no label risk outside the campaign
        float labelWeight = c.dekulakizing ? (float) collectivization.labelRiskWeight() : 0;
        float[] assets = c.h.assets, attachment = c.h.attachment;
        for (int i = first; i < end; i++) {
            score[i] = Collectivization.joinScore(pressure, joined, neighbourWeight, quotaPenalty, quotaWeight,
                    Collectivization.labelRisk(assets[i]), labelWeight, attachment[i]);
        }
    }

    /**
     * Which households have a decision that could go either way this month ({@code open > 0}): those
     * whose grievance comes near the threshold of resistance (4.9), those below a full reserve (who may
     * flee or break in, 4.12), individual farmers with a positive join score and members with a score
     * below the leaving margin (4.7). Everyone else does nothing this month, whatever the dice would say:
     * they are skipped, and draw no random numbers (they drew none before either). The bounds are
     * widened by 1e-5 so that float rounding never leaves out a household the exact rules would move.
     */
    private static void whoHasAChoice(Month c, int first, int end, float[] margin, float[] score, float[] open) {
        float threshold = (float) c.p.resistance.threshold() - 1e-5f;
        float leaveBelow = (float) -c.p.collectivization.leaveMargin() + 1e-5f;
        float full = c.fullReserve;
        float[] reserve = c.h.reserveMonths, individual = c.w.individual, member = c.w.member;
        for (int i = first; i < end; i++) {
            open[i] = Math.max(Math.max(margin[i] - threshold, full - reserve[i]),
                    Math.max(individual[i] * score[i], member[i] * (leaveBelow - score[i])));
        }
    }

    /**
     * ODD 4.7: an individual farmer joins when its join score ({@link #weighJoining}) is positive; a
     * member who joined under pressure leaves when the pressure falls. Labelled kulaks do neither.
     */
    static void joinOrLeave(Month c, int k, int i, float score, double pressure) {
        Params.Collectivization collectivization = c.p.collectivization;
        if (!collectivization.enabled()) return;
        HouseholdTable h = c.h;
        if (h.is(i, HouseholdTable.KULAK)) return;
        MersenneTwisterFast rnd = c.m.districts.random[c.d];
        if (!h.is(i, HouseholdTable.COLLECTIVE)) {
            if (score > 0 && c.joins.next(collectivization.joinPerMonth(), rnd)) {
                Kolkhoz.join(c.m, k, i, pressure > 0.2);
                c.w.refresh(h, i);
                c.m.add(c.d, Tally.JOINED, 1);
            }
        } else if (h.is(i, HouseholdTable.PRESSED) && score < -collectivization.leaveMargin()
                && c.leaves.next(collectivization.leavePerMonth(), rnd)) {
            Kolkhoz.leave(c.m, k, i);
            c.w.refresh(h, i);
            c.m.add(c.d, Tally.LEFT, 1);
        }
    }
}
