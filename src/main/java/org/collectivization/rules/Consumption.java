package org.collectivization.rules;

/** ODD 4.2 Consumption, sharing and hunger. Quantities in kg grain-equivalent. */
public final class Consumption {
    private Consumption() {}

    /**
     * What a household takes from a store this month: it spreads the store over the months left
     * until it is refilled, but never eats less than what it needs to reach the survival minimum
     * while the store lasts.
     *
     * @param storeKg         what the store holds
     * @param monthsLeft      months until the store is refilled (at least 1)
     * @param wantedKg        what is still wanted this month
     * @param survivalGapKg   what is still missing to reach the survival minimum this month
     */
    public static double ration(double storeKg, int monthsLeft, double wantedKg, double survivalGapKg) {
        if (storeKg <= 0 || wantedKg <= 0) return 0;
        double spread = Reciprocal.divide(storeKg, MinMax.max(1, monthsLeft));
        double take = MinMax.max(spread, MinMax.max(0, survivalGapKg));
        return MinMax.min(storeKg, MinMax.min(wantedKg, take));
    }

    /**
     * Body reserve (months of the survival minimum) after a month's intake. Below the minimum the
     * reserve is drawn down by the missing share; above it, a share of the excess rebuilds it.
     */
    public static double reserveAfter(double reserveMonths, double intakeKgPerPerson, double survivalKgPerPerson,
                                      double recoveryShare, double fullReserveMonths) {
        double r;
        double perSurvivalKg = 1 / survivalKgPerPerson;  // the same for every household: the JIT hoists it
        if (intakeKgPerPerson < survivalKgPerPerson) {
            r = reserveMonths - (survivalKgPerPerson - intakeKgPerPerson) * perSurvivalKg;
        } else {
            r = reserveMonths + recoveryShare * (intakeKgPerPerson - survivalKgPerPerson) * perSurvivalKg;
        }
        return MinMax.max(0, MinMax.min(fullReserveMonths, r));
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
