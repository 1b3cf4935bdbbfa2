package org.collectivization.rules;

/** ODD 4.10 Officials' incentives and reports. */
public final class Incentives {
    private Incentives() {}

    /**
     * Probability an official is purged at a review: nothing at or above the threshold fulfilment,
     * rising to {@code rate} x vigilance at zero, plus the risk of having pleaded.
     */
    public static double purgeProbability(double fulfilment, double threshold, double rate, double vigilance,
                                          double pleaRisk) {
        double shortfall = threshold <= 0 ? 0 : MinMax.max(0, 1 - fulfilment / threshold);
        return MinMax.max(0, MinMax.min(1, rate * vigilance * shortfall + pleaRisk));
    }

    /** A report overstates the harvest by (1 - honesty) x zeal x the most a report can inflate. */
    public static double reportedHarvest(double actual, double honesty, double zeal, double inflationMax) {
        return actual * (1 + MinMax.max(0, 1 - honesty) * MinMax.max(0, zeal) * inflationMax);
    }

    /** Probability a compassionate official pleads this month once hunger is visible; fear holds it back. */
    public static double pleaProbability(double hungryShare, double threshold, double compassion, double fear) {
        if (hungryShare < threshold) return 0;
        return MinMax.max(0, MinMax.min(1, compassion * (1 - fear)));
    }
}
