package org.collectivization.rules;

/** ODD 4.13 Demography: hazards and the binomial draw used for births and deaths. */
public final class Mortality {
    private Mortality() {}

    /**
     * Famine hazard per person per month: max x (1 - reserve / full)^exponent. Zero with a full
     * reserve, rising steeply as it runs out (Keys et al. 1950).
     */
    public static double famineHazard(double reserveMonths, double fullReserveMonths, double maxPerMonth,
                                      double exponent) {
        double deficit = 1 - MinMax.max(0, MinMax.min(1, reserveMonths / fullReserveMonths));
        return maxPerMonth * Math.pow(deficit, exponent);
    }

    /** Births per person per month fall with hunger: rate x (reserve / full)^exponent. */
    public static double birthRate(double perMonth, double reserveMonths, double fullReserveMonths, double exponent) {
        double f = MinMax.max(0, MinMax.min(1, reserveMonths / fullReserveMonths));
        return perMonth * Math.pow(f, exponent);
    }

    /**
     * A binomial draw by inversion from one uniform number {@code u} in [0, 1): the number of
     * successes in {@code n} trials of probability {@code p}. One random number per household, so
     * that the stream does not depend on household size.
     */
    public static int binomial(int n, double p, double u) {
        if (n <= 0 || p <= 0) return 0;
        if (p >= 1) return n;
        return invert(n, p, u, Math.pow(1 - p, n));
    }

    /** The inverse of the binomial distribution function at u, walking up from P(0) = (1 - p)^n. */
    private static int invert(int n, double p, double u, double probabilityOfNone) {
        double q = 1 - p;
        double prob = probabilityOfNone;
        double cumulative = prob;
        int k = 0;
        while (u >= cumulative && k < n) {
            prob *= (double) (n - k) / (k + 1) * p / q;
            k++;
            cumulative += prob;
        }
        return k;
    }

    /** A Poisson draw by inversion from one uniform number (small means only). */
    public static int poisson(double mean, double u) {
        if (mean <= 0) return 0;
        double prob = Math.exp(-mean);
        double cumulative = prob;
        int k = 0;
        while (u >= cumulative && k < 1000) {
            k++;
            prob *= mean / k;
            cumulative += prob;
        }
        return k;
    }
}
