package org.collectivization.rules;

/** ODD 4.11 The state's beliefs and relief. */
public final class Beliefs {
    private Beliefs() {}

    /**
     * Belief that peasants hide reserves: rises with the procurement shortfall, falls only slowly when
     * searches find little.
     *
     * @param searchFindRate share of searches that found grain, or NaN when there were none
     */
    public static double beliefAfter(double belief, double shortfall, double searchFindRate, double rise, double fall) {
        double b = belief + rise * MinMax.max(0, MinMax.min(1, shortfall)) * (1 - belief);
        if (!Double.isNaN(searchFindRate)) b -= fall * (1 - searchFindRate) * b;
        return MinMax.max(0, MinMax.min(1, b));
    }

    /** Relief granted = plea x responsiveness x (1 - belief): the centre stints when it thinks grain is hidden. */
    public static double reliefGranted(double requested, double responsiveness, double belief) {
        return MinMax.max(0, requested * responsiveness * (1 - belief));
    }
}
