package org.collectivization.rules;

/** ODD 4.4 Procurement plan and ODD 4.5 Requisition. */
public final class Procurement {
    private Procurement() {}

    /** Plan = the centre's needs, capped at share x the centre's (optimistic) estimate of the harvest. */
    public static double planT(double centreNeedsT, double shareCap, double estimateT, double optimism) {
        return MinMax.max(0, MinMax.min(centreNeedsT, shareCap * estimateT * (1 + optimism)));
    }

    /**
     * The centre's estimate of a region's harvest: the latest report, but never falling by more than
     * {@code fallPerYear} from the previous estimate (anchored on the best recent harvest).
     */
    public static double estimateT(double previousEstimateT, double reportedT, double fallPerYear) {
        return MinMax.max(reportedT, previousEstimateT * (1 - fallPerYear));
    }

    /**
     * How many times a member's quota a household owes per hectare: 1 in a collective farm, the individual
     * factor outside it (firm quotas weighed on individual farmers).
     */
    public static double quotaFactor(boolean collective, double individualFactor) {
        return collective ? 1 : individualFactor;
    }

    /** The share of the year's plan the centre expects delivered by this month of the year (July = 7): by December all. */
    public static double expectedShareDelivered(int monthOfYear) {
        int sinceJuly = (monthOfYear - 7 + 12) % 12;
        return MinMax.min(1, sinceJuly / 6.0);
    }

    /**
     * The share of the remaining plan the centre cuts this month: the shortfall against the expected
     * pace, times the revision rate, times its doubt that the grain is hidden (1 - belief).
     */
    public static double planCut(double fulfilment, double expectedShare, double revisionPerMonth, double belief) {
        double shortfall = MinMax.max(0, expectedShare - fulfilment);
        return MinMax.min(1, shortfall * revisionPerMonth * (1 - belief));
    }

    /**
     * ODD 4.6: the hidden grain a search takes: what it finds, but outside the hard line no more than the
     * household still owes (the brigade collects the quota); under the hard line all it finds.
     */
    public static double seizedKg(double foundKg, double stillOwedKg, boolean hardLine) {
        return hardLine ? foundKg : MinMax.max(0, MinMax.min(foundKg, stillOwedKg));
    }

    /** Share of the remaining gap a brigade takes this month: rises with the official's zeal. */
    public static double monthlyTakeShare(double base, double perZeal, double zeal) {
        return MinMax.max(0, MinMax.min(1, base + perZeal * zeal));
    }

    /**
     * Grain a requisition leaves: seed for the next sowing, and a food minimum until the next harvest
     * that a zealous official partly ignores. When the seed is not protected (the hard line), the
     * official takes seed as he takes food: the more zealous, the more.
     */
    public static double protectedKg(boolean seedProtected, double seedNeedKg, double foodMinimumKgPerPersonYear,
                                     double persons, int monthsUntilHarvest, double zeal, double zealErodes) {
        return protectedKg(seedProtected, seedNeedKg, foodMinimumKgPerPersonYear / 12, persons, monthsUntilHarvest,
                keptShare(zeal, zealErodes));
    }

    /** The share of the minimum an official of this zeal leaves ({@link #protectedKg}). */
    public static double keptShare(double zeal, double zealErodes) {
        return MinMax.max(0, 1 - zeal * zealErodes);
    }

    /**
     * {@link #protectedKg} with the monthly food minimum ({@code foodMinimumKgPerPersonYear / 12}) and the
     * share kept ({@link #keptShare}) worked out once for all the households an official visits.
     */
    public static double protectedKg(boolean seedProtected, double seedNeedKg, double foodMinimumKgPerPersonMonth,
                                     double persons, int monthsUntilHarvest, double kept) {
        double food = foodMinimumKgPerPersonMonth * persons * monthsUntilHarvest * kept;
        return (seedProtected ? seedNeedKg : seedNeedKg * kept) + food;
    }

    /** Exports so far: a share of what was procured above the towns' and army's needs. */
    public static double exportsDueT(double procuredT, double domesticNeedsT, double exportShare) {
        return MinMax.max(0, procuredT - domesticNeedsT) * exportShare;
    }
}
