/**
 * Statistics for comparisons and sweeps: the mean with its 95 % t interval, paired differences with
 * a paired t interval and the Wilcoxon signed-rank test, and the Holm adjustment. The distributions and
 * the test come from Apache Commons Math 3.6.1; this package adds only what it lacks: dropping zero
 * differences (and p = 1 when every difference is zero), a p-value capped at 1, and Holm's method.
 */
package org.collectivization.stats;
