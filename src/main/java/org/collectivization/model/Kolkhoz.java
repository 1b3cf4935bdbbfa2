package org.collectivization.model;

import org.collectivization.rules.MinMax;

/**
 * ODD 4.7 Collectivization: what joining and leaving a collective farm do to a household's land,
 * animals and seed. The decision itself is {@link org.collectivization.rules.Collectivization}.
 */
public final class Kolkhoz {
    private Kolkhoz() {}

    /**
     * Share of each species a member has pooled in the farm's herd in {@code month} (ODD 4.7, "The artel
     * statute"): all draught animals (horses, camels) always. Before the model statute of the artel
     * (1 March 1930) everything was socialized. Under the statute a member keeps its small animals on its
     * own plot and pools only the cattle beyond its cow ({@code pooled_cattle_share}); while cows were
     * socialized again (1931 until the decree of 26 March 1932) all its cattle are pooled.
     */
    public static double pooledShare(Params p, int species, int month) {
        return org.collectivization.rules.Collectivization.pooledShare(species == Species.HORSES.ordinal()
                        || species == Species.CAMELS.ordinal(), species == Species.CATTLE.ordinal(),
                month < p.collectivization.statuteFrom(), month >= p.collectivization.cowsResocializedFrom() && month <= p.collectivization.cowsResocializedUntil(),
                p.collectivization.pooledCattleShare(), p.collectivization.pooledSmallAnimalsShare());
    }

    /**
     * ODD 4.7, the artel statute: in a month when members may keep more of a species than the month before
     * (the statute of March 1930; the decree of 26 March 1932 on cows), the farm gives back the part of its
     * herd above the new share, to its members by their assets. (A district whose households hold none of a
     * species for good keeps the farm's: the rules no longer follow that species there.)
     */
    public static void giveBack(CollectivizationModel m, int village) {
        Params p = m.params();
        HouseholdTable t = m.households;
        VillageTable v = m.villages;
        int d = v.district[village];
        int first = v.firstHousehold[village], end = first + v.householdCount[village];
        for (int s = 0; s < Species.COUNT; s++) {
            double before = pooledShare(p, s, m.month - 1), now = pooledShare(p, s, m.month);
            if (now >= before || v.herd[s][village] <= 0 || m.districts.herdless(d, s)) continue;
            double assets = 0;
            for (int i = first; i < end; i++) if (t.present(i) && t.is(i, HouseholdTable.COLLECTIVE)) assets += t.assets[i];
            if (assets <= 0) continue;
            double back = v.takeHerd(village, s, v.herd[s][village] * (1 - now / before));
            for (int i = first; i < end; i++) {
                if (t.present(i) && t.is(i, HouseholdTable.COLLECTIVE)) t.animals[s][i] += (float) (back * t.assets[i] / assets);
            }
        }
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
            double moved = t.takeAnimals(h, s, t.animals[s][h] * pooledShare(p, s, m.month));
            v.herd[s][village] += moved;
        }
        int moy = Calendar.monthOfYear(m.month);
        if (moy >= 9 || moy <= 4) {
            double seed = t.landHa[h] * (1 - p.regions.winterShare()[v.region[village]]) * p.food.seedKgPerHa();
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
        double kept = t.landHa[h] * p.collectivization.landKeptOnLeaving();
        v.memberLandHa[village] = MinMax.max(0, v.memberLandHa[village] - kept);
        t.landHa[h] = (float) kept;
        t.set(h, HouseholdTable.COLLECTIVE, false);
        t.set(h, HouseholdTable.PRESSED, false);
    }

    /**
     * A household leaves the village for good (deported, fled, died out): its land goes to the
     * collective farm, which takes over the land of the expropriated and the departed.
     */
    public static void release(CollectivizationModel m, int village, int h) {
        HouseholdTable t = m.households;
        if (!t.is(h, HouseholdTable.COLLECTIVE)) m.villages.memberLandHa[village] += t.landHa[h];
        t.set(h, HouseholdTable.COLLECTIVE, false);
        t.landHa[h] = 0;
        t.winterSownHa[h] = 0;
        t.springSownHa[h] = 0;
    }

    /** Part of a household's land goes to the collective farm (a kulak resettled on poor land keeps the rest). */
    public static void takeLand(CollectivizationModel m, int village, int h, double share) {
        HouseholdTable t = m.households;
        double taken = t.landHa[h] * share;
        if (t.is(h, HouseholdTable.COLLECTIVE)) {
            t.set(h, HouseholdTable.COLLECTIVE, false);
            m.villages.memberLandHa[village] = Math.max(0, m.villages.memberLandHa[village] - (t.landHa[h] - taken));
        } else {
            m.villages.memberLandHa[village] += taken;
        }
        t.landHa[h] = (float) (t.landHa[h] - taken);
        t.winterSownHa[h] = 0;
        t.springSownHa[h] = 0;
    }
}
