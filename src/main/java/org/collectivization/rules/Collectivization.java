package org.collectivization.rules;

/** ODD 4.7 Collectivization: joining and leaving. */
public final class Collectivization {
    private Collectivization() {}

    /**
     * Join score: pressure plus expected advantage minus attachment to one's own farm. A household
     * joins when the score is positive; a member who joined under pressure leaves when it falls
     * below minus the leave margin.
     *
     * <p>The village's part (pressure, neighbours who joined, the quota penalty: the same for every
     * household of the village) is worked out in double and rounded to float once; the household's part
     * (its label risk, its attachment) in float and without branches, like the household columns. Called
     * in a loop over a village's households with the village's numbers, the village's part is computed
     * once (it does not change from one household to the next, and the JIT moves it out of the loop).
     *
     * @param labelRisk  {@link #labelRisk}, with a weight of 0 outside the dekulakization campaign
     */
    public static float joinScore(double pressure, double neighboursJoinedShare, double neighbourWeight,
                                  double quotaPenalty, double quotaPenaltyWeight, float labelRisk,
                                  float labelRiskWeight, float attachment) {
        float village = (float) (pressure + neighbourWeight * neighboursJoinedShare + quotaPenaltyWeight * quotaPenalty);
        return village + labelRiskWeight * labelRisk - attachment;
    }

    /** The risk of the kulak label as a household sees it: half its assets (wealth relative to the mean), at most 1. */
    /**
     * ODD 4.7, the artel statute: the share of a species a collective farm member pools. Draught animals are
     * all pooled. Before the statute all cattle were; under it cattle are pooled but for the cow
     * ({@code share}), except while cows are socialized again, when all cattle are. Small animals are pooled
     * by their own share throughout.
     */
    public static double pooledShare(boolean draught, boolean cattle, boolean beforeStatute, boolean cowsSocialized,
                                     double share, double smallAnimalsShare) {
        if (draught) return 1;
        if (cattle) return beforeStatute || cowsSocialized ? 1 : share;
        return smallAnimalsShare;
    }

    public static float labelRisk(float assets) {
        return Math.min(1f, assets * 0.5f);
    }

    /**
     * Campaign pressure on a village: the state's campaign intensity, carried out harder by a more
     * zealous district official (an average official, zeal 0.5, passes it on unchanged).
     */
    public static double villagePressure(double campaignIntensity, double zeal) {
        return MinMax.max(0, MinMax.min(1, campaignIntensity * (0.5 + zeal)));
    }
}
