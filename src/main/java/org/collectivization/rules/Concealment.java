package org.collectivization.rules;

/** ODD 4.6 Concealment: hiding grain, and officials' searches. */
public final class Concealment {
    private Concealment() {}

    /** Share of newly harvested grain a household hides: rises with grievance and quota pressure. */
    public static double hideShare(double base, double grievanceWeight, double grievance, double pressureWeight,
                                   double quotaPressure, double maxShare) {
        double s = base + grievanceWeight * MinMax.max(0, grievance) + pressureWeight * MinMax.max(0, quotaPressure);
        return MinMax.max(0, MinMax.min(maxShare, s));
    }

    /** Probability a household is searched this month: rises with the official's zeal. */
    public static double searchProbability(double perMonth, double zeal, double multiplier) {
        return MinMax.max(0, MinMax.min(1, perMonth * zeal * multiplier));
    }
}
