package org.collectivization.rules;

/** ODD 4.12 Migration and the blockade. */
public final class Migration {
    private Migration() {}

    /** Probability a household tries to leave this month: rises as its body reserve runs out. */
    public static double fleeProbability(double perMonth, double reserveMonths, double fullReserveMonths,
                                         double factor) {
        double hunger = 1 - MinMax.max(0, MinMax.min(1, reserveMonths / fullReserveMonths));
        return MinMax.max(0, MinMax.min(1, perMonth * factor * hunger * hunger));
    }

    /** Disease multiplier on the famine hazard: grows with local famine and with people on the move. */
    public static double diseaseFactor(double famineShare, double diseaseGain, double migrantShare,
                                       double migrationGain) {
        return 1 + diseaseGain * MinMax.max(0, famineShare) + migrationGain * MinMax.max(0, migrantShare);
    }
}
