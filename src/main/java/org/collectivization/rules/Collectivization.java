package org.collectivization.rules;

/** ODD 4.7 Collectivization: joining and leaving. */
public final class Collectivization {
    private Collectivization() {}

    /**
     * Join score: pressure plus expected advantage minus attachment to one's own farm. A household
     * joins when the score is positive; a member who joined under pressure leaves when it falls
     * below minus the leave margin.
     */
    public static double joinScore(double pressure, double neighboursJoinedShare, double neighbourWeight,
                                   double quotaPenalty, double quotaPenaltyWeight, double labelRisk,
                                   double labelRiskWeight, double attachment) {
        return pressure + neighbourWeight * neighboursJoinedShare + quotaPenaltyWeight * quotaPenalty
                + labelRiskWeight * labelRisk - attachment;
    }

    /**
     * Campaign pressure on a village: the state's campaign intensity, carried out harder by a more
     * zealous district official (an average official, zeal 0.5, passes it on unchanged).
     */
    public static double villagePressure(double campaignIntensity, double zeal) {
        return MinMax.max(0, MinMax.min(1, campaignIntensity * (0.5 + zeal)));
    }
}
