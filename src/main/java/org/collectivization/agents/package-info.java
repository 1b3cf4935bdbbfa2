/**
 * The actors, as MASON {@code Steppable}s whose {@code step()} reads like the rulebook: the state and
 * its regional secretaries ({@link org.collectivization.agents.State}), the farming calendar
 * ({@link org.collectivization.agents.Season}), the district officials
 * ({@link org.collectivization.agents.Officials}), the peasant households
 * ({@link org.collectivization.agents.Households}) and demography
 * ({@link org.collectivization.agents.Demography}). Households are rows of a table stepped district by
 * district, never one schedule entry each; every household still decides for itself.
 */
package org.collectivization.agents;
