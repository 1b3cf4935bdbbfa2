package org.collectivization.rules;

/** ODD 4.1 Harvest: the area a farm can sow, the effort it puts in, and what it reaps. */
public final class Harvest {
    private Harvest() {}

    /**
     * Area sown (ha) = min(land, seed available / seed rate, draught power, labour) x effort, where
     * draught power is what the animals plough plus what people dig by hand without them.
     */
    public static double areaSownHa(double landHa, double seedKg, double seedKgPerHa, double horseEquivalents,
                                    double haPerHorse, double persons, double haPerPerson, double manualHaPerPerson,
                                    double effort) {
        double bySeed = seedKgPerHa > 0 ? seedKg / seedKgPerHa : landHa;
        double draught = horseEquivalents * haPerHorse + persons * manualHaPerPerson;
        double area = MinMax.min(MinMax.min(landHa, bySeed), MinMax.min(draught, persons * haPerPerson));
        return MinMax.max(0, area * clamp01(effort));
    }

    /**
     * Effort falls when a household expects its grain to be taken: 1 at or below the normal take,
     * falling by {@code sensitivity} per unit of take above it, never below 0.2 (people still sow to eat).
     */
    public static double effort(double expectedTakeShare, double normalTakeShare, double sensitivity) {
        double excess = MinMax.max(0, expectedTakeShare - normalTakeShare);
        return MinMax.max(0.2, 1 - sensitivity * excess);
    }

    /** Losses rise as the workers' body reserve falls (a starving village cannot bring the harvest in). */
    public static double lossShare(double baseLoss, double hungerLossMax, double reserveFraction) {
        return MinMax.min(0.95, baseLoss + hungerLossMax * (1 - clamp01(reserveFraction)));
    }

    /**
     * The collective farm's yield factor: the loss of its first disorganized years, until the labour
     * discipline of 1933 (the stations' political departments, the labour-day) ends it.
     */
    public static double kolkhozFactor(double firstYearsFactor, boolean disciplined) {
        return disciplined ? 1 : firstYearsFactor;
    }

    /** Harvest (kg) = area x yield x weather x kolkhoz factor x (1 - losses). */
    public static double harvestKg(double areaHa, double yieldTPerHa, double weather, double kolkhozFactor,
                                   double lossShare) {
        return MinMax.max(0, areaHa * yieldTPerHa * 1000 * weather * kolkhozFactor * (1 - lossShare));
    }

    static double clamp01(double x) {
        return x < 0 ? 0 : x > 1 ? 1 : x;
    }
}
