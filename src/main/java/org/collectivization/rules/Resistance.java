package org.collectivization.rules;

/** ODD 4.9 Resistance, after Epstein's civil-violence rule (Epstein 2002, PNAS 99). */
public final class Resistance {
    private Resistance() {}

    /**
     * Coercion felt, remembered: last month's, fading by the memory factor, plus this month's — the
     * village's expropriations, and the pressure to join (0 for a member of the collective farm). In
     * float, branch-free, like the household columns.
     */
    public static float coercionAfter(float coercion, float memory, float expropriation, float joinPressure) {
        return coercion * memory + expropriation + joinPressure;
    }

    /** Hardship: its weight x the share of the body reserve that is gone (1 - reserve / full). */
    public static float hardship(float weight, float reserveMonths, float perFullReserve) {
        return weight * (1 - reserveMonths * perFullReserve);
    }

    /**
     * Grievance = (recent coercion + hardship) x (1 - legitimacy), times the household's attachment to
     * its own farm (what it stands to lose). In float, branch-free, like the household columns.
     */
    public static float grievance(float coercionMemory, float hardship, float legitimacy, float attachment) {
        return Math.max(0f, coercionMemory + hardship) * (1 - legitimacy) * attachment;
    }

    /** Capacity to act: 1 with at least half the full body reserve, falling to 0 as it runs out. */
    public static float capacity(float reserveMonths, float perHalfReserve) {
        return Math.min(1f, reserveMonths * perHalfReserve);
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
