package org.collectivization.rules;

/** ODD 4.2 Consumption, sharing and hunger. Quantities in kg grain-equivalent. */
public final class Consumption {
    private Consumption() {}

    /**
     * What a household takes from a store this month: it spreads the store over the months left
     * until it is refilled, but never eats less than what it needs to reach the survival minimum
     * while the store lasts; nothing from an empty store, nothing when nothing is wanted.
     *
     * <p>In {@code float}, like the stocks, and written with min and max alone (no branch), so that the
     * JIT can apply it to eight households at once (docs/performance.md, "Third round").
     *
     * @param storeKg         what the store holds (never negative)
     * @param perMonthLeft    1 / the months until the store is refilled ({@link #perMonth})
     * @param wantedKg        what is still wanted this month
     * @param survivalGapKg   what is still missing to reach the survival minimum this month
     */
    public static float ration(float storeKg, float perMonthLeft, float wantedKg, float survivalGapKg) {
        return Math.max(0f, Math.min(storeKg, Math.min(wantedKg, Math.max(storeKg * perMonthLeft, survivalGapKg))));
    }

    /** What a step of eating takes from a store: what is asked, up to what the store holds; nothing when nothing is asked. */
    public static float take(float storeKg, float askedKg) {
        return Math.min(storeKg, Math.max(0f, askedKg));
    }

    /** 1 / the months left until a store is refilled, counting fewer than one as one. */
    public static float perMonth(int monthsLeft) {
        return 1f / Math.max(1, monthsLeft);
    }

    /**
     * Food grain a household keeps back until the harvest: what its persons need a month beyond their
     * milk, for the months left, less its potatoes and vegetables; never negative. Branch-free, in
     * {@code float}, like {@link #ration}.
     */
    public static float foodKeptKg(float persons, float needKgPerPerson, float dairyKg, float monthsLeft,
                                   float gardenKg) {
        return Math.max(0f, Math.max(0f, persons * needKgPerPerson - dairyKg) * monthsLeft - gardenKg);
    }

    /** Grain a household can spare: its grain above the food grain and the seed it keeps back; never negative. */
    public static float spareKg(float grainKg, float foodKeptKg, float seedKeptKg) {
        return Math.max(0f, grainKg - foodKeptKg - seedKeptKg);
    }

    /**
     * Body reserve (months of the survival minimum) after a month's intake. Below the minimum the
     * reserve is drawn down by the missing share; above it, a share of the excess rebuilds it.
     * Branch-free, in {@code float}, like {@link #ration}.
     *
     * @param perSurvivalKg  1 / survivalKgPerPerson
     */
    public static float reserveAfter(float reserveMonths, float intakeKgPerPerson, float survivalKgPerPerson,
                                     float perSurvivalKg, float recoveryShare, float fullReserveMonths) {
        float change = (intakeKgPerPerson - survivalKgPerPerson) * perSurvivalKg;
        // a loss counts in full, a gain at the recovery share: change x share + (loss part) x (1 - share)
        float r = reserveMonths + change * recoveryShare + Math.min(0f, change) * (1 - recoveryShare);
        return Math.max(0f, Math.min(fullReserveMonths, r));
    }

    /**
     * Neighbours' help: each household short of the survival minimum gets a share of the pool that
     * the village's surplus households give ({@code helpShare} of their surplus), in proportion to
     * its shortfall; help fails when the whole village is short.
     *
     * @return the share of each shortfall that is covered (0-1)
     */
    public static double coveredShare(double totalShortfallKg, double totalSurplusKg, double helpShare) {
        if (totalShortfallKg <= 0) return 0;
        return MinMax.min(1, MinMax.max(0, totalSurplusKg) * helpShare / totalShortfallKg);
    }
}
