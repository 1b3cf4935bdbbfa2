package org.collectivization.agents;

import org.collectivization.model.HouseholdTable;

/**
 * Numbers about each household that the month's passes hand on to one another (what it ate, what it
 * keeps back), and masks of who takes part in a rule, as columns as long as the household table.
 *
 * <p>Why columns of the table's length rather than a village's: the month's rules run as loops over a
 * village's households, each doing the same arithmetic on every row, which the JIT compiles to
 * vector instructions (eight households at a time) only when every array in the loop is indexed by
 * the same household number (docs/performance.md, "Third round"). Districts are disjoint ranges of
 * households, so the threads never share a row. Working memory, not model state: the masks and person
 * counts follow the table (made once, then {@link #refresh}ed by every rule that changes a household's
 * status, membership or persons); the other columns are written by a pass of the month before any
 * other reads them. Checkpoints do not keep them.
 */
final class WorkColumns {
    /** Persons in a household still in its village; 0 for one that has left (so it eats nothing and needs nothing). */
    final float[] persons;
    /** 1 for a household in its village that farms on its own (not in the collective farm), else 0. */
    final float[] individual;
    /** 1 for a household in its village that belongs to the collective farm, else 0. */
    final float[] member;
    /** 1 for a herder household, else 0. */
    final float[] herder;

    /*
     * The numbers the passes hand on. Each costs 4 bytes a household, and the model must hold 25 million
     * households in about 4 GB (docs/performance.md, "Memory"), so five columns serve them all: a column is
     * taken up under a new name once the last reader of what it held has run. Every name below is one of
     * the five; this table is the one place that says which, and what each holds in turn over a district's
     * month (phases in the order Districts steps them; a name is written before it is read):
     *
     *   column     Season                 Officials                 Households                                   Households.decide
     *   1 eaten                                                      eaten
     *   2 gap      breedingFed            owed, seizedHeads         grainEaten, gap, fodderNeed, deadAnimals
     *   3 surplus  usualHerd              marketDairy               surplus, extraLoss                           margin
     *   4 foodKept young, slaughtered     marketFodder              dairy, foodKept, fodderGiven                 score
     *   5 seedKept                                                  seedKept, fodderShortfall                    open
     *
     * (marketDairy and marketFodder only under market procurement, when there is no requisition.)
     */
    /** What the household ate this month, kg grain-equivalent. */
    final float[] eaten;

    /** Season.breed: 0.5 for a hungry household's animals, else 1. */
    final float[] breedingFed;
    /** Officials.requisition: what the household still owes of its quota, kg (0 for one that has left). */
    final float[] owed;
    /** Officials.procureLivestock: heads of all species taken from the household. */
    final float[] seizedHeads;
    /** Households.eat: the grain (visible, hidden, seed) eaten this month, kg. */
    final float[] grainEaten;
    /** What the household still misses to the survival minimum after eating, kg. */
    final float[] gap;
    /** Households.feedAnimals: the fodder the household's animals need this month, kg (herders' included). */
    final float[] fodderNeed;
    /** Households.feedAnimals: heads of all species that died this month. */
    final float[] deadAnimals;

    /** Season: what the household's farm can keep of the species at hand (Livestock.usualHerd). */
    final float[] usualHerd;
    /** Officials.buySurplus: the household's milk this month, kg grain-equivalent. */
    final float[] marketDairy;
    /** Its grain above what it keeps back, kg. */
    final float[] surplus;
    /** Households.feedAnimals: a herder's extra share of animals lost this month (ODD 4.14), else 0. */
    final float[] extraLoss;
    /** Households.decide: by how much the household's grievance exceeds its fear (ODD 4.9). */
    final float[] margin;

    /** Season.breed: the young of the species at hand born to the household. */
    final float[] young;
    /** Season.autumnSlaughter: heads of the species at hand the household slaughtered. */
    final float[] slaughtered;
    /** Officials.buySurplus: the fodder the household's animals need a month, kg. */
    final float[] marketFodder;
    /** Households.weighNeeds: the household's milk this month, kg grain-equivalent. */
    final float[] dairy;
    /** Food grain it keeps back until the harvest, kg. */
    final float[] foodKept;
    /** Households.feedAnimals: the fodder given, kg. */
    final float[] fodderGiven;
    /** Households.decide: the household's join score (ODD 4.7). */
    final float[] score;

    /** Seed it keeps back for the sowings still to come, kg. */
    final float[] seedKept;
    /** Households.feedAnimals: the share of the animals' fodder not given (0-1). */
    final float[] fodderShortfall;
    /** Households.decide: above 0 for a household with a decision that could go either way this month. */
    final float[] open;

    WorkColumns(int households) {
        persons = new float[households];
        individual = new float[households];
        member = new float[households];
        herder = new float[households];
        eaten = new float[households];
        float[] column2 = new float[households], column3 = new float[households], column4 = new float[households],
                column5 = new float[households];
        breedingFed = owed = seizedHeads = grainEaten = gap = fodderNeed = deadAnimals = column2;
        usualHerd = marketDairy = surplus = extraLoss = margin = column3;
        young = slaughtered = marketFodder = dairy = foodKept = fodderGiven = score = column4;
        seedKept = fodderShortfall = open = column5;
    }

    /** Fills the masks and person counts of households [first, end) from the table, as they stand now. */
    void prepare(HouseholdTable h, int first, int end) {
        for (int i = first; i < end; i++) refresh(h, i);
    }

    /**
     * Sets household {@code i}'s masks and person count from the table. Called by every rule that
     * changes a household's status, membership of the collective farm, or persons, right after the change
     * (a test assertion checks the masks against the table every month).
     */
    void refresh(HouseholdTable h, int i) {
        persons[i] = personsOf(h, i);
        individual[i] = individualOf(h, i);
        member[i] = memberOf(h, i);
        herder[i] = herderOf(h, i);
    }

    /** Whether the masks and person counts of households [first, end) are what {@link #prepare} would make now. */
    boolean describes(HouseholdTable h, int first, int end) {
        for (int i = first; i < end; i++) {
            if (persons[i] != personsOf(h, i) || individual[i] != individualOf(h, i)
                    || member[i] != memberOf(h, i) || herder[i] != herderOf(h, i)) {
                return false;
            }
        }
        return true;
    }

    private static float personsOf(HouseholdTable h, int i) {
        return h.present(i) ? h.members[i] : 0;
    }

    private static float individualOf(HouseholdTable h, int i) {
        return h.present(i) && !h.is(i, HouseholdTable.COLLECTIVE) ? 1 : 0;
    }

    private static float memberOf(HouseholdTable h, int i) {
        return h.present(i) && h.is(i, HouseholdTable.COLLECTIVE) ? 1 : 0;
    }

    private static float herderOf(HouseholdTable h, int i) {
        return h.is(i, HouseholdTable.HERDER) ? 1 : 0;
    }

    /**
     * The sum of {@code column[first..end)}: eight running sums in float, each over every eighth row,
     * so that no addition waits for the one before (about 0.15 ns a row, against 0.25 ns for one
     * running sum and 0.4 ns for four in double), added into a double every 64 rows. So each float sum
     * adds at most 8 rows before it is carried over: it is off by at most 8 x 2^-24 = 5e-7 of what it
     * holds, whatever the number of rows (a district has a thousand).
     */
    static double sum(float[] column, int first, int end) {
        double total = 0;
        int i = first;
        while (end - i >= 64) {
            float s0 = 0, s1 = 0, s2 = 0, s3 = 0, s4 = 0, s5 = 0, s6 = 0, s7 = 0;
            for (int stop = i + 64; i < stop; i += 8) {
                s0 += column[i];
                s1 += column[i + 1];
                s2 += column[i + 2];
                s3 += column[i + 3];
                s4 += column[i + 4];
                s5 += column[i + 5];
                s6 += column[i + 6];
                s7 += column[i + 7];
            }
            total += ((double) s0 + s1 + s2 + s3) + ((double) s4 + s5 + s6 + s7);
        }
        for (; i < end; i++) total += column[i];
        return total;
    }
}
