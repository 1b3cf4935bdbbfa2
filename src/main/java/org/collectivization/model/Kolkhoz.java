package org.collectivization.model;

/**
 * ODD 4.7 Collectivization: what joining and leaving a collective farm do to a household's land,
 * animals and seed. The decision itself is {@link org.collectivization.rules.Collectivization}.
 */
public final class Kolkhoz {
    private Kolkhoz() {}

    /** Share of each species pooled on joining: all horses and camels, the rest by the pooled share. */
    public static double pooledShare(Params p, int species) {
        return species == Species.HORSES.ordinal() || species == Species.CAMELS.ordinal() ? 1 : p.pooledCattleShare;
    }

    /**
     * The household joins the village's collective farm: its land is farmed in common, its draught
     * animals and part of its herd go to the farm's herd, and before the spring sowing its spring
     * seed goes to the farm's store.
     */
    public static void join(CollectivizationModel m, int village, int h, boolean pressed) {
        Params p = m.params();
        HouseholdTable t = m.households;
        VillageTable v = m.villages;
        t.set(h, HouseholdTable.COLLECTIVE, true);
        t.set(h, HouseholdTable.PRESSED, pressed);
        v.memberLandHa[village] += t.landHa[h];
        v.winterSownHa[village] += t.winterSownHa[h];
        t.winterSownHa[h] = 0;
        for (int s = 0; s < Species.COUNT; s++) {
            double moved = t.takeAnimals(h, s, t.animals[s][h] * pooledShare(p, s));
            v.herd[s][village] += moved;
        }
        int moy = Calendar.monthOfYear(m.month);
        if (moy >= 9 || moy <= 4) {
            double seed = t.landHa[h] * (1 - p.winterShare[v.region[village]]) * p.seedKgPerHa;
            v.storeKg[village] += t.takeGrain(h, seed);
        }
    }

    /**
     * A member who joined under pressure leaves: it gets back only part of its land (the worst) and
     * none of its animals.
     */
    public static void leave(CollectivizationModel m, int village, int h) {
        Params p = m.params();
        HouseholdTable t = m.households;
        VillageTable v = m.villages;
        v.memberLandHa[village] = Math.max(0, v.memberLandHa[village] - t.landHa[h]);
        t.landHa[h] = (float) (t.landHa[h] * p.landKeptOnLeaving);
        t.set(h, HouseholdTable.COLLECTIVE, false);
        t.set(h, HouseholdTable.PRESSED, false);
    }

    /** A household leaves the village for good (deported, fled, extinct): its land leaves the farm too. */
    public static void removeMember(CollectivizationModel m, int village, int h) {
        if (m.households.is(h, HouseholdTable.COLLECTIVE)) {
            m.villages.memberLandHa[village] = Math.max(0, m.villages.memberLandHa[village] - m.households.landHa[h]);
            m.households.set(h, HouseholdTable.COLLECTIVE, false);
        }
    }
}
