package org.collectivization.rules;

/** ODD 4.9 Resistance, after Epstein's civil-violence rule (Epstein 2002, PNAS 99). */
public final class Resistance {
    private Resistance() {}

    /** Grievance = (recent coercion + hardship) x (1 - legitimacy). */
    public static double grievance(double coercionMemory, double hardship, double legitimacy) {
        return MinMax.max(0, coercionMemory + hardship) * (1 - legitimacy);
    }

    /** Perceived arrest probability: 1 - exp(-k x enforcers / (active + 1)) (Epstein 2002). */
    public static double arrestProbability(double k, double enforcers, double activeHouseholds) {
        return 1 - Math.exp(-k * enforcers / (activeHouseholds + 1));
    }

    /**
     * A household turns active when grievance minus perceived risk exceeds the threshold; its
     * capacity to act falls with hunger (0 = too weak, 1 = fed).
     */
    public static boolean active(double grievance, double riskAversion, double arrestProbability, double threshold,
                                 double capacity) {
        return grievance * capacity - riskAversion * arrestProbability > threshold;
    }
}
