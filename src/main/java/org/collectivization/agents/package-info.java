/**
 * The actors. Two MASON {@code Steppable}s are scheduled each month: the state and its regional
 * secretaries ({@link org.collectivization.agents.State}), then {@link org.collectivization.agents.Districts},
 * whose {@code step()} reads like the rulebook — for each district: the farming calendar
 * ({@link org.collectivization.agents.Season}), the district official
 * ({@link org.collectivization.agents.Officials}), the peasant households
 * ({@link org.collectivization.agents.Households}) and demography
 * ({@link org.collectivization.agents.Demography}). Households are rows of a table stepped district by
 * district, never one schedule entry each; every household still decides for itself.
 *
 * <p>{@link org.collectivization.agents.Simulation} makes the model with these actors
 * ({@code Simulation.model(params, threads)}, used by every run, bench, GUI and test): the model
 * package defines the {@link org.collectivization.model.Actors} it is given and never imports this
 * one, so the dependency runs one way. The state's figures (belief, campaign intensity, plan, ...)
 * are kept in the model's {@link org.collectivization.model.Centre}; {@code State} holds only the
 * behaviour that writes them.
 */
package org.collectivization.agents;
