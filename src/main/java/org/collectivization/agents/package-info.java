/**
 * The actors. Two MASON {@code Steppable}s are scheduled each month: the state and its regional
 * secretaries ({@link org.collectivization.agents.State}), then {@link org.collectivization.agents.Districts},
 * whose {@code step()} reads like the rulebook — for each district: the farming calendar
 * ({@link org.collectivization.agents.Season}), the district official
 * ({@link org.collectivization.agents.Officials}), the peasant households
 * ({@link org.collectivization.agents.Households}) and demography
 * ({@link org.collectivization.agents.Demography}). Households are rows of a table stepped district by
 * district, never one schedule entry each; every household still decides for itself.
 */
package org.collectivization.agents;
