package org.collectivization.rules;

/** ODD 4.3 Livestock: breeding, mortality and the slaughter decision. */
public final class Livestock {
    private Livestock() {}

    /**
     * How strongly a household expects its animals to be taken (0-1): the pressure on its village to
     * join, the share of neighbours already in the collective farm (whose animals were pooled), and
     * recent seizures of animals or grain in the village.
     */
    public static double expectedConfiscation(double pressure, double neighboursJoinedShare, double recentSeizures,
                                              double neighbourWeight, double seizureWeight) {
        double e = pressure + neighbourWeight * neighboursJoinedShare + seizureWeight * recentSeizures;
        return MinMax.max(0, MinMax.min(1, e));
    }

    /**
     * Share of its farm's usual herd a household would rather eat than lose, given how strongly it
     * expects confiscation: nothing below the threshold, rising linearly to {@code maxShare} at
     * certainty. The household slaughters down to the rest; it does not slaughter again unless its
     * expectation rises.
     */
    public static double panicSlaughterShare(double expectedConfiscation, double threshold, double maxShare) {
        if (expectedConfiscation <= threshold || threshold >= 1) return 0;
        return maxShare * MinMax.min(1, (expectedConfiscation - threshold) / (1 - threshold));
    }

    /**
     * ODD 4.3: how much of the panic share a household applies to a species. Draught horses are kept
     * longest; cattle (beyond the milk cow) before sheep, goats and pigs, which go first.
     */
    public static double keepFactor(boolean horses, boolean cattle, double horseKeep, double cattleKeep) {
        return horses ? horseKeep : cattle ? cattleKeep : 1;
    }

    /**
     * What a household's farm can keep of a species — its usual herd: its share (its assets) of the
     * usual herd of a herder or of a farm of its region, less what a member has pooled in the collective
     * farm's herd. In float and without branches: {@code herder} and {@code member} are 0/1 masks.
     */
    public static float usualHerd(float herder, float herdersMean, float farmersMean, float assets, float member,
                                  float pooledShare) {
        return (herder * herdersMean + (1 - herder) * farmersMean) * assets * (1 - member * pooledShare);
    }

    /**
     * What a collective farm can keep of a species: the region's animals per hectare of a farm (its
     * animals per household / its sown hectares per household; none where households sow nothing) on the
     * farm's land, times the share of that species members pool.
     */
    public static double farmCapacity(double animalsPerHousehold, double sownHaPerHousehold, double landHa,
                                      double pooledShare) {
        double perHa = sownHaPerHousehold > 0 ? animalsPerHousehold / sownHaPerHousehold : 0;
        return perHa * landHa * pooledShare;
    }

    /**
     * Heads to slaughter so that the herd falls to (1 - share) of the farm's usual herd, but never below
     * the heads the household keeps back whatever it fears ({@code keptHeads}, at most its usual herd): its
     * milk cow, which feeds the household every day, where a slaughtered animal feeds it once (4.3).
     */
    public static float panicSlaughterHeads(float herd, float capacity, float share, float keptHeads) {
        return Math.max(0f, herd - Math.max((1 - share) * capacity, Math.min(keptHeads, capacity)));
    }

    /**
     * Young born in the yearly breeding: births per head, less when the animals went hungry, and
     * collapsing (squared) below the replacement level of the farm's usual herd. In float and without
     * branches, like the household columns it is applied to; a collective farm's herd breeds by it too.
     *
     * @param capacity          what the farm can keep of the species ({@link #usualHerd}, {@link #farmCapacity});
     *                          0 when it keeps none, and then the herd breeds as if at its usual size
     * @param replacementShare  the share of the usual herd below which breeding collapses (0-1; 0: never)
     */
    public static float births(float herd, float birthsPerHead, float fedShare, float capacity, float replacementShare) {
        float herdRatio = herd / Math.max(capacity, Float.MIN_NORMAL);
        float viability = Math.min(1f, herdRatio / Math.max(replacementShare, Float.MIN_NORMAL));
        return herd * birthsPerHead * Math.max(0f, Math.min(1f, fedShare)) * viability * viability;
    }

    /** How dry a herder's year is (0-1): what its weather falls short of a normal year's. */
    public static double drought(double weather) {
        return 1 - MinMax.min(1, weather);
    }

    /**
     * A herder household's extra share of animals lost in a winter month (ODD 4.14): the settled herders'
     * loss (no seasonal pasture) and a tenth of the drought.
     */
    public static double herderWinterLoss(boolean settled, double settledWinterLoss, double drought) {
        return (settled ? settledWinterLoss : 0) + 0.1 * drought;
    }

    /** In the breeding, the young of a household's animals: half as many when its body reserve is below {@code hungerBelow}. */
    public static float breedingFed(float reserveMonths, float hungerBelow) {
        return reserveMonths < hungerBelow ? 0.5f : 1f;
    }

    /** The share of the fodder wanted that was not given (0-1; 0 when nothing was wanted), without a branch. */
    public static float fodderShortfall(float wantedKg, float givenKg) {
        return (wantedKg - givenKg) / Math.max(wantedKg, Float.MIN_NORMAL);
    }

    /** The added monthly mortality of an unfed animal of a species: none for a species that eats no grain. */
    public static float underfedPerMonth(double fodderKgPerHeadMonth, double fodderMortalityPerMonth) {
        return fodderKgPerHeadMonth > 0 ? (float) fodderMortalityPerMonth : 0;
    }

    /** The monthly natural mortality of a species, {@code mortality_per_year / 12}, for {@link #mortalityShare}. */
    public static float naturalPerMonth(double perYear) {
        return (float) (perYear / 12);
    }

    /**
     * Share of a herd that dies this month: natural deaths, times the socialized factor (1 for a
     * household's animals), plus the fodder shortfall's, at most the whole herd; then a herder's extra
     * winter and drought loss (ODD 4.14), again at most the whole herd. In float and without branches,
     * like the household columns it is applied to; a collective farm's herd (in double) dies by the same
     * share, so that the rule has one home.
     *
     * @param naturalPerMonth   {@link #naturalPerMonth}
     * @param underfedPerMonth  {@link #underfedPerMonth}
     * @param fodderShortfall   the share of the fodder not given (counted within 0-1)
     * @param extra             the herder's extra loss this month (0 for all others)
     */
    public static float mortalityShare(float naturalPerMonth, float socializedFactor, float underfedPerMonth,
                                       float fodderShortfall, float extra) {
        float share = naturalPerMonth * socializedFactor
                + underfedPerMonth * Math.min(1f, Math.max(0f, fodderShortfall));
        return Math.min(1f, Math.min(1f, share) + extra);
    }

    /** The normal autumn offtake: the year's increase above what the farm can keep. */
    public static float normalSlaughter(float herd, float capacity) {
        return Math.max(0f, herd - capacity);
    }
}
