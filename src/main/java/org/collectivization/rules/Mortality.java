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
        return maxPerMonth * power(deficit, exponent);
    }

    /**
     * Death hazard per person per month of a household in its village: the normal hazard plus the famine
     * hazard ({@link #famineHazard}) times the disease factor, the famine hazard multiplied by the
     * refeeding factor when this month's intake is back at the survival minimum; at most 1.
     *
     * @param intakeShare    this month's intake / the need
     * @param survivalShare  the survival minimum / the need
     */
    public static double deathHazard(double normalPerMonth, double famineHazard, double intakeShare,
                                     double survivalShare, double refedFactor, double disease) {
        double famine = intakeShare >= survivalShare ? famineHazard * refedFactor : famineHazard;
        return MinMax.min(1, normalPerMonth + famine * disease);
    }

    /** Death hazard per person per month of a deported household: the normal hazard plus the deportees' excess, at most 1. */
    public static double deporteeHazard(double normalPerMonth, double excessPerYear) {
        return MinMax.min(1, normalPerMonth + excessPerYear / 12);
    }

    /** Births per person per month fall with hunger: rate x (reserve / full)^exponent. */
    public static double birthRate(double perMonth, double reserveMonths, double fullReserveMonths, double exponent) {
        double f = MinMax.max(0, MinMax.min(1, reserveMonths / fullReserveMonths));
        return perMonth * power(f, exponent);
    }

    /** ODD 4.12: the members a household can lose to recruitment: all but the one who keeps it. */
    public static int workingMembers(int members) {
        return MinMax.max(0, members - 1);
    }

    /**
     * A binomial draw by inversion from one uniform number {@code u} in [0, 1): the number of
     * successes in {@code n} trials of probability {@code p}. One random number per household, so
     * that the stream does not depend on household size.
     */
    public static int binomial(int n, double p, double u) {
        if (n <= 0 || p <= 0) return 0;
        if (p >= 1) return n;
        return invert(n, p, u, power(1 - p, n));
    }

    /**
     * x^y: by repeated squaring when y is a whole number from 0 to 64 (the scenarios' exponents, 3 and 2,
     * and a household's persons), else {@link Math#pow}. A few multiplications instead of a call to the
     * library's pow, four times per hungry household a month (docs/performance.md, "Fourth round");
     * the result may differ from {@code Math.pow} in the last bits (by one unit in the last place for
     * the exponents 2 and 3, by up to a few tens for exponents near 64).
     */
    static double power(double x, double y) {
        int n = (int) y;
        if (n != y || n < 0 || n > 64) return Math.pow(x, y);
        double result = 1, square = x;
        while (n > 0) {
            if ((n & 1) != 0) result *= square;
            square *= square;
            n >>= 1;
        }
        return result;
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
