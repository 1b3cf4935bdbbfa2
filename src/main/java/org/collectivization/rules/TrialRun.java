package org.collectivization.rules;

import ec.util.MersenneTwisterFast;

/**
 * ODD 4.13: the successes (deaths, births) among a long run of independent trials that share one
 * probability — the persons of a district's fed households, one after the other — drawn by jumping
 * from one success to the next over a geometric number of failures. Each person is still a trial of
 * probability p, so each household's count is binomial(persons, p), exactly as a draw per household;
 * but a draw is needed only per success (about one per village a month at the normal death rate)
 * instead of one per household.
 *
 * <p>The run remembers how many failures remain before its next success; when asked about another
 * probability it draws afresh (the geometric distribution has no memory, so this changes nothing in
 * distribution). Not thread-safe: one per district being stepped.
 */
public final class TrialRun {
    /** The probability of the run in progress; NaN before the first call (no probability equals NaN). */
    private double p = Double.NaN;
    /** ln(1 - p), for the geometric draw. */
    private double logFailure;
    /** Failures left before the next success. */
    private long failuresLeft;

    /**
     * The number of successes among the next {@code trials} trials of probability {@code p} (0-1; a NaN
     * counts as 0, as {@link Mortality#binomial} does).
     */
    public int successes(int trials, double p, MersenneTwisterFast random) {
        if (p == this.p && failuresLeft >= trials && trials > 0) {  // the usual case, kept short: no success among them
            failuresLeft -= trials;
            return 0;
        }
        if (trials <= 0 || !(p > 0)) return 0;  // no trials, no chance (or a NaN: no chance either)
        if (p >= 1) return trials;
        if (p != this.p) {
            this.p = p;
            logFailure = Math.log1p(-p);
            failuresLeft = failuresBeforeSuccess(logFailure, random.nextDouble());
        }
        int k = 0;
        long left = trials;
        while (failuresLeft < left) {
            left -= failuresLeft + 1;
            k++;
            failuresLeft = failuresBeforeSuccess(logFailure, random.nextDouble());
        }
        failuresLeft -= left;
        return k;
    }

    /**
     * How many trials of probability {@code p} are sure to pass with no success: the failures left before
     * the run's next success if the run in progress has this probability, else -1 (nothing is known until
     * {@link #successes} draws). A caller may take that many trials at once with {@link #pass}.
     */
    public long room(double p) {
        return p == this.p ? failuresLeft : -1;
    }

    /**
     * Takes {@code trials} trials that {@link #room} said pass with no success: the same as
     * {@link #successes} called on them one group after another, each returning 0, with no draw.
     */
    public void pass(long trials) {
        if (trials < 0 || trials > failuresLeft) {
            throw new IllegalArgumentException(trials + " trials do not all pass: " + failuresLeft + " failures are left");
        }
        failuresLeft -= trials;
    }

    /**
     * Whether the next trial, of probability {@code p}, succeeds: the same as {@code random.nextDouble() < p}
     * in distribution, for a run of trials such as "is this household searched?", with a draw only per success.
     */
    public boolean next(double p, MersenneTwisterFast random) {
        return successes(1, p, random) > 0;
    }

    /**
     * A geometric draw by inversion from one uniform number u in [0, 1): the number of failures before
     * the first success, floor(ln(1 - u) / ln(1 - p)). 1 - u is exact or nearly so (u is a multiple of
     * 2^-53), so {@code Math.log} (a JIT intrinsic) serves here; ln(1 - p), computed once per probability,
     * keeps {@code log1p} for the precision small probabilities need.
     */
    static long failuresBeforeSuccess(double logFailure, double u) {
        double g = Math.floor(Math.log(1 - u) / logFailure);
        return g >= Long.MAX_VALUE ? Long.MAX_VALUE : (long) g;
    }
}
