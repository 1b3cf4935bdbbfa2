package org.collectivization.rules;

/** ODD 4.9 Resistance, after Epstein's civil-violence rule (Epstein 2002, PNAS 99). */
public final class Resistance {
    private Resistance() {}

    /** Grievance = (recent coercion + hardship) x (1 - legitimacy). In float, branch-free, like the household columns. */
    public static float grievance(float coercionMemory, float hardship, float legitimacy) {
        return Math.max(0f, coercionMemory + hardship) * (1 - legitimacy);
    }

    /** Perceived arrest probability: 1 - exp(-k x enforcers / (active + 1)) (Epstein 2002). */
    public static double arrestProbability(double k, double enforcers, double activeHouseholds) {
        return 1 - Math.exp(-k * enforcers / (activeHouseholds + 1));
    }

    /**
     * How far a household's grievance exceeds its fear: grievance, times its capacity to act (which
     * falls with hunger: 0 = too weak, 1 = fed), less its risk aversion times the arrest probability.
     */
    public static float margin(float grievance, float riskAversion, float arrestProbability, float capacity) {
        return grievance * capacity - riskAversion * arrestProbability;
    }

    /** A household turns active when grievance less perceived risk ({@link #margin}) exceeds the threshold. */
    public static boolean active(float margin, double threshold) {
        return margin > threshold;
    }
}
