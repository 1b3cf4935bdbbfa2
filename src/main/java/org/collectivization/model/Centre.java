package org.collectivization.model;

import java.io.Serializable;

/**
 * The state of the centre and its seven regional secretaries: what the centre believes, presses and
 * plans, in real-world units (tonnes, people). Written each month by the centre's phase
 * ({@code agents.State}, which holds the behaviour); read by the district phases, the recorder and
 * the GUI, so that none of them depends on the actors' code.
 */
public final class Centre implements Serializable {
    private static final long serialVersionUID = 1L;

    public double reserveBelief;
    public double campaignIntensity;
    public double individualQuotaFactor;
    public int lastRetreat = -1;
    public boolean blockadeActive;
    /** The centre's estimate of each region's harvest, tonnes. */
    public final double[] estimateT = new double[Region.ALL.length];
    public final double[] regionQuotaT = new double[Region.ALL.length];
    public double planT;
    public double procuredThisYearT;
    public double exportedThisYearT;
    public double pleasThisYear;
    public double exportedThisMonthT;
    public int secretaryPleasThisMonth;
    public int retreatsThisMonth;
    /** Regions whose secretary pleaded this month, and what the centre granted them (tonnes). */
    public final boolean[] secretaryPleaded = new boolean[Region.ALL.length];
    public final double[] reliefGrantedT = new double[Region.ALL.length];

    /**
     * The share of villages in disturbance in each of the last months, the latest last: the centre reads
     * the OGPU's monthly reviews, which reached it weeks after the month they describe (ODD 4.7).
     */
    public final double[] disturbanceShareByMonth = new double[MAX_REPORT_LAG + 1];
    public static final int MAX_REPORT_LAG = 6;

    /** Keeps last month's share of villages in disturbance, dropping the oldest. */
    public void recordDisturbances(double share) {
        System.arraycopy(disturbanceShareByMonth, 1, disturbanceShareByMonth, 0, MAX_REPORT_LAG);
        disturbanceShareByMonth[MAX_REPORT_LAG] = share;
    }

    /** The share of villages in disturbance the centre has on its desk: {@code lagMonths} months old (1 = last month). */
    public double disturbanceShareReported(int lagMonths) {
        return disturbanceShareByMonth[MAX_REPORT_LAG + 1 - lagMonths];
    }

    /** Tractor horse-equivalents the stations bring per hectare of collective farm land (ODD 4.1). */
    public double tractorHorsesPerFarmHa;
    /** Probability that a working member of a household is recruited to the towns this month (ODD 4.12). */
    public double recruitPerPersonMonth;

    /** Share of the year's plan delivered so far. */
    public double fulfilment() {
        return planT > 0 ? procuredThisYearT / planT : 1;
    }
}
