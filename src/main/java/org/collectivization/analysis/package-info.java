/**
 * The statistical core of sensitivity analysis and calibration, as pure functions over designs and
 * output matrices, with no files and no command line.
 *
 * <p>A command uses it in four steps: it asks {@link Sobol#design}, {@link Morris#design} or
 * {@link HistoryMatching#sample} for the points of a design (Sobol and Morris give them in the unit
 * hypercube, to be mapped to each parameter's range with {@link Box#at}; history matching works in
 * parameter units); it runs every point R times with the same R seeds (common random numbers, as in
 * a sweep); it hands back, for each output figure, the matrix {@code outputs[point][replicate]}; and
 * it writes what {@link Sobol#analyse}, {@link Morris#analyse} or {@link HistoryMatching#assess}
 * return.
 *
 * <p>Stochasticity is explicit: a design point's value is the mean of its R replicates, and
 * {@link Replicated#noiseShare} says how much of the spread between points is replicate noise,
 * which inflates every total-order index and every elementary effect's spread.
 *
 * <p>Commons Math gives the Sobol' sequence, the Mersenne Twister and the percentiles; the
 * estimators (Saltelli et al. 2010 first order, Jansen 1999 total order, Morris 1991 and
 * Campolongo et al. 2007 elementary effects, the implausibility of Vernon, Goldstein and Bower 2010)
 * are written here. Every random draw comes from a Mersenne Twister seeded by the caller, so the
 * same seed gives the same result on every machine.
 */
package org.collectivization.analysis;
