package org.collectivization.agents;

import ec.util.MersenneTwisterFast;
import org.collectivization.model.CollectivizationModel;
import org.collectivization.model.DistrictTable;
import org.collectivization.model.HouseholdTable;
import org.collectivization.model.Kolkhoz;
import org.collectivization.model.Params;
import org.collectivization.model.Region;
import org.collectivization.model.Species;
import org.collectivization.model.Tally;
import org.collectivization.model.VillageTable;
import org.collectivization.rules.Migration;
import org.collectivization.rules.MinMax;
import org.collectivization.rules.Mortality;
import org.collectivization.rules.TrialRun;

/**
 * ODD 4.13 Demography: births and deaths in every household still in its village and among the
 * deportees, excess deaths counted in the region of origin; then the month's end-of-month stocks
 * are counted district by district for the observers and for next month's decisions.
 */
public final class Demography implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    /** Migrants (fled and turned back) last month as a share of each region's population. */
    private final double[] migrantShare = new double[Region.ALL.length];

    /** Once every district is stepped: this month's migrants by region, for next month's disease factor. */
    void afterDistricts(CollectivizationModel m) {
        double[] migrants = new double[Region.ALL.length];
        double[] population = new double[Region.ALL.length];
        for (int d = 0; d < m.districts.size; d++) {
            int r = m.districts.region[d];
            migrants[r] += m.tally[d][Tally.FLED_PEOPLE.ordinal()] + m.tally[d][Tally.TURNED_BACK.ordinal()];
            population[r] += m.tally[d][Tally.POPULATION.ordinal()];
        }
        for (int r = 0; r < migrantShare.length; r++) migrantShare[r] = population[r] > 0 ? migrants[r] / population[r] : 0;
    }

    /** This phase for one district (run by {@link Districts}, district by district). */
    void stepDistrict(CollectivizationModel m, int d, WorkColumns w) {
        Params p = m.params();
        Params.Demography demography = p.demography;
        HouseholdTable h = m.households;
        VillageTable v = m.villages;
        DistrictTable dt = m.districts;
        MersenneTwisterFast rnd = dt.random[d];
        Region g = Region.ALL[dt.region[d]];
        double full = p.food.bodyReserveMonths();
        double normal = demography.normalMortalityPerMonth();
        double deporteeHazard = Mortality.deporteeHazard(normal, p.dekulakization.deporteeExcessMortalityPerYear());
        long births = 0, deaths = 0, personsAtRisk = 0, deporteeDeaths = 0;
        double[] row = m.tally[d];
        java.util.Arrays.fill(row, Tally.POPULATION.ordinal(), Tally.COUNT, 0);
        int hungryPersons = 0, hungry = 0, present = 0;
        // A household with a full body reserve has the same famine hazard and birth rate as every other
        // (computed once here), so its persons are trials of one probability (ODD 4.13).
        float fullReserve = (float) full;
        int fullReserveBits = Float.floatToRawIntBits(fullReserve);
        double famineWhenFull = Mortality.famineHazard(fullReserve, full, demography.famineHazardMaxPerMonth(),
                demography.famineHazardExponent());
        double birthRateWhenFull = Mortality.birthRate(demography.birthsPerMonth(), fullReserve, full,
                demography.birthHungerExponent());
        // The fed households' persons, and the deportees, each share one death and one birth probability:
        // their deaths and births are drawn by jumping from one to the next (TrialRun), the hungry
        // households' by a draw each.
        TrialRun fedDeaths = new TrialRun(), fedBirths = new TrialRun();
        TrialRun deporteeDeathRun = new TrialRun(), deporteeBirthRun = new TrialRun();
        double halfReserve = full / 2;
        // with no famine hazard at a full reserve (the usual case), a fed household's hazard is the normal one
        boolean noFamineWhenFull = famineWhenFull == 0;
        double survivalShare = p.food.survivalShare(), refed = demography.refedHazardFactor();
        double fedHazard = Mortality.deathHazard(normal, 0, 0, survivalShare, refed, 1);
        int herd = Tally.herdFor(0).ordinal();  // herd columns: herd + species
        // A fed household's persons are trials of the fed runs; while neither run's next death or birth
        // falls among them, nothing changes for it and nothing is drawn: such households are only counted
        // (`passed`) and the runs told at the next household that needs more (the same draws, in the same
        // order, as calling the runs household by household).
        byte[] status = h.status, members = h.members;
        float[] reserveMonths = h.reserveMonths;
        long room = -1, passed = 0;
        int maxMembers = demography.maxMembers();
        assert w.describes(h, dt.firstHousehold[d], dt.firstHousehold[d] + dt.householdCount[d])
                : "stale working masks in district " + d;  // the village counts below are read from them
        assert herdlessAsMarked(h, dt, d) : "a herd in district " + d + " of a species marked as gone";
        recruit(m, d, w, rnd);
        for (int k = dt.firstVillage[d]; k < dt.firstVillage[d] + dt.villageCount[d]; k++) {
            double disease = Migration.diseaseFactor(v.famineShare[k], p.migration.diseaseGain(),
                    migrantShare[g.ordinal()], p.migration.migrationDiseaseGain());
            int first = v.firstHousehold[k], end = first + v.householdCount[k];
            // the village's households and persons before this month's births and deaths (the masks
            // follow the table); those that die out are taken off below, the hungry counted one by one
            int villageCollective = (int) WorkColumns.sum(w.member, first, end);
            int villagePresent = (int) WorkColumns.sum(w.individual, first, end) + villageCollective;
            personsAtRisk += (long) WorkColumns.sum(w.persons, first, end);
            int villageHungry = 0;
            for (int i = first; i < end; i++) {
                byte st = status[i];
                int persons = members[i];
                // (a household shot to no members goes on, to die out; one above the cap on members, lowered
                // by a lever, goes on to be brought down to it)
                if (st == HouseholdTable.PRESENT && persons > 0 && persons <= maxMembers && noFamineWhenFull
                        && Float.floatToRawIntBits(reserveMonths[i]) == fullReserveBits && passed + persons <= room) {
                    passed += persons;
                    continue;
                }
                if (st != HouseholdTable.PRESENT && st != HouseholdTable.DEPORTED) continue;
                if (passed > 0) {
                    fedDeaths.pass(passed);
                    fedBirths.pass(passed);
                    room -= passed;
                    passed = 0;
                }
                int died, born;
                if (st == HouseholdTable.PRESENT) {
                    float reserve = reserveMonths[i];
                    if (Float.floatToRawIntBits(reserve) == fullReserveBits) {
                        // (with no famine hazard at a full reserve this is fedHazard, the fed run's probability)
                        double hazard = Mortality.deathHazard(normal, famineWhenFull, h.intakeShare[i], survivalShare,
                                refed, disease);
                        died = fedDeaths.successes(persons, hazard, rnd);
                        born = fedBirths.successes(persons - died, birthRateWhenFull, rnd);
                        room = MinMax.min(fedDeaths.room(fedHazard), fedBirths.room(birthRateWhenFull));
                    } else {
                        double famine = Mortality.famineHazard(reserve, full, demography.famineHazardMaxPerMonth(),
                                demography.famineHazardExponent());
                        double hazard = Mortality.deathHazard(normal, famine, h.intakeShare[i], survivalShare, refed,
                                disease);
                        died = Mortality.binomial(persons, hazard, rnd.nextDouble());
                        born = Mortality.binomial(persons - died,
                                Mortality.birthRate(demography.birthsPerMonth(), reserve, full,
                                        demography.birthHungerExponent()),
                                rnd.nextDouble());
                    }
                } else {
                    personsAtRisk += persons;  // deportees: not in the masks' persons
                    died = deporteeDeathRun.successes(persons, deporteeHazard, rnd);
                    born = deporteeBirthRun.successes(persons - died, demography.birthsPerMonth() / 2, rnd);
                }
                born = MinMax.min(maxMembers - (persons - died), born);
                deaths += died;
                births += born;
                if (st == HouseholdTable.DEPORTED) deporteeDeaths += died;
                int now = persons - died + born;
                members[i] = (byte) now;
                if (now == 0) {
                    if (st == HouseholdTable.PRESENT) {
                        villagePresent--;
                        if (h.is(i, HouseholdTable.COLLECTIVE)) villageCollective--;
                        dissolve(m, k, i);
                    }
                    status[i] = HouseholdTable.EXTINCT;
                }
                if (now != persons || now == 0) w.refresh(h, i);
                if (now == 0 || st != HouseholdTable.PRESENT) continue;
                if (reserveMonths[i] < halfReserve) {
                    villageHungry++;
                    hungryPersons += now;
                }
            }
            for (int s = 0; s < Species.COUNT; s++) row[herd + s] += v.herd[s][k];
            row[Tally.STORE_KG.ordinal()] += v.storeKg[k];
            v.famineShare[k] = villagePresent > 0 ? (double) villageHungry / villagePresent : 0;
            v.collectivizedShare[k] = villagePresent > 0 ? (double) villageCollective / villagePresent : 0;
            v.seizureMemory[k] *= 0.7;
            v.expropriatedShare[k] = 0;
            present += villagePresent;
            hungry += villageHungry;
            row[Tally.COLLECTIVE_HOUSEHOLDS.ordinal()] += villageCollective;
        }
        // end-of-month stocks: households that have left hold none, so every row of the district is summed alike
        int first = dt.firstHousehold[d], end = first + dt.householdCount[d];
        double grain = WorkColumns.sum(h.grainKg, first, end), hidden = WorkColumns.sum(h.hiddenKg, first, end);
        for (int s = 0; s < Species.COUNT; s++) {
            if (dt.herdless(d, s)) continue;  // none to count
            double heads = WorkColumns.sum(h.animals[s], first, end);
            row[herd + s] += heads;
            // no herd left in the district: stocks are never negative or -0, so every household holds +0,
            // and a herd of +0 has no young (ODD 4.3): the district's rules pass over the species from now on
            if (heads == 0) dt.markHerdless(d, s);
        }
        row[Tally.POPULATION.ordinal()] = personsAtRisk - deaths + births;
        row[Tally.GRAIN_KG.ordinal()] = grain;
        row[Tally.HIDDEN_KG.ordinal()] = hidden;
        row[Tally.PRESENT_HOUSEHOLDS.ordinal()] = present;
        row[Tally.HUNGRY_HOUSEHOLDS.ordinal()] = hungry;
        row[Tally.ZEAL_SUM.ordinal()] = dt.zeal[d];
        row[Tally.OFFICIALS.ordinal()] = 1;
        dt.hungryShare[d] = present > 0 ? (double) hungry / present : 0;
        dt.hungryPersons[d] = hungryPersons;
        m.add(d, Tally.BIRTHS, births);
        m.add(d, Tally.DEATHS, deaths);
        double expected = personsAtRisk * normal;
        m.add(d, Tally.NORMAL_DEATHS, expected);
        m.add(d, Tally.DEPORTEE_DEATHS, deporteeDeaths);
        m.add(d, Tally.excessFor(g), deaths - expected);
    }

    /**
     * ODD 4.12, recruitment to the towns: each working member of a household in its village (all but
     * one, who keeps the household) is recruited with the month's probability; the household stays.
     * Those recruited leave the village's population without dying or fleeing ({@code recruited}).
     */
    static void recruit(CollectivizationModel m, int d, WorkColumns w, MersenneTwisterFast rnd) {
        double q = m.centre.recruitPerPersonMonth;
        if (q <= 0) return;
        HouseholdTable h = m.households;
        DistrictTable dt = m.districts;
        byte[] status = h.status, members = h.members;
        TrialRun run = new TrialRun();
        long recruited = 0;
        for (int i = dt.firstHousehold[d]; i < dt.firstHousehold[d] + dt.householdCount[d]; i++) {
            if (status[i] != HouseholdTable.PRESENT || members[i] < 2) continue;
            int gone = run.successes(Mortality.workingMembers(members[i]), q, rnd);
            if (gone == 0) continue;
            members[i] -= (byte) gone;
            recruited += gone;
            w.refresh(h, i);
        }
        m.add(d, Tally.RECRUITED_PEOPLE, recruited);
    }

    /** Whether every household of district {@code d} holds +0 of each species marked herdless there. */
    static boolean herdlessAsMarked(HouseholdTable h, DistrictTable dt, int d) {
        int first = dt.firstHousehold[d], end = first + dt.householdCount[d];
        for (int s = 0; s < Species.COUNT; s++) {
            if (!dt.herdless(d, s)) continue;
            for (int i = first; i < end; i++) if (Float.floatToRawIntBits(h.animals[s][i]) != 0) return false;
        }
        return true;
    }

    /** A household that died out: its grain and animals pass to the village's collective farm. */
    private static void dissolve(CollectivizationModel m, int k, int i) {
        HouseholdTable h = m.households;
        VillageTable v = m.villages;
        v.storeKg[k] += h.takeGrain(i, h.grainKg[i]) + h.takeHidden(i, h.hiddenKg[i]);
        for (int s = 0; s < Species.COUNT; s++) v.herd[s][k] += h.takeAnimals(i, s, h.animals[s][i]);
        h.gardenKg[i] = 0;
        h.meatKg[i] = 0;
        Kolkhoz.release(m, k, i);
    }
}
