package org.collectivization.agents;

import org.collectivization.model.HouseholdTable;
import org.collectivization.rules.Reciprocal;

/**
 * Numbers about each household that the month's passes hand on to one another (what it ate, what it
 * keeps back), and masks of who takes part in a rule, as columns as long as the household table.
 *
 * <p>Why columns of the table's length rather than a village's: the month's rules run as loops over a
 * village's households, each doing the same arithmetic on every row, which the JIT compiles to
 * vector instructions (eight households at a time) only when every array in the loop is indexed by
 * the same household number (docs/performance.md, "Third round"). Districts are disjoint ranges of
 * households, so the threads never share a row. Working memory, not model state: nothing reads a
 * column before the month's pass that writes it, and checkpoints do not keep them.
 */
final class WorkColumns {
    /** Persons in a household still in its village; 0 for one that has left (so it eats nothing and needs nothing). */
    final float[] persons;
    /** 1 / persons, or 0 for a household that has left. */
    final float[] perPerson;
    /** 1 for a household in its village that farms on its own (not in the collective farm), else 0. */
    final float[] individual;
    /** 1 for a household in its village that belongs to the collective farm, else 0. */
    final float[] member;
    /** 1 for a herder household, else 0. */
    final float[] herder;
    /** What the household ate this month, kg grain-equivalent. */
    final float[] eaten;
    /** What it still misses to the survival minimum, kg. */
    final float[] gap;
    /** Its grain above what it keeps back, kg. */
    final float[] surplus;
    /** Food grain it keeps back until the harvest, kg. */
    final float[] foodKept;
    /** Seed it keeps back for the sowings still to come, kg. */
    final float[] seedKept;
    /** Share of its animals' fodder it could not give this month (0-1). */
    final float[] shortfall;

    WorkColumns(int households) {
        persons = new float[households];
        perPerson = new float[households];
        individual = new float[households];
        member = new float[households];
        herder = new float[households];
        eaten = new float[households];
        gap = new float[households];
        surplus = new float[households];
        foodKept = new float[households];
        seedKept = new float[households];
        shortfall = new float[households];
    }

    /** Bytes of working memory per household. */
    static int bytesPerHousehold() {
        return 4 * 11;
    }

    /** Fills the masks and person counts of households [first, end) from the table, as they stand now. */
    void prepare(HouseholdTable h, int first, int end) {
        for (int i = first; i < end; i++) {
            boolean here = h.present(i);
            int n = here ? h.members[i] : 0;
            persons[i] = n;
            perPerson[i] = n > 0 ? (float) Reciprocal.divide(1, n) : 0;
            boolean collective = h.is(i, HouseholdTable.COLLECTIVE);
            individual[i] = here && !collective ? 1 : 0;
            member[i] = here && collective ? 1 : 0;
            herder[i] = h.is(i, HouseholdTable.HERDER) ? 1 : 0;
        }
    }
}
