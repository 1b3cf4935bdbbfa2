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

    /** Share of the year's plan delivered so far. */
    public double fulfilment() {
        return planT > 0 ? procuredThisYearT / planT : 1;
    }
}
