package org.collectivization.model;

import java.io.Serializable;

/**
 * Who acts each month: puts the centre's phase ({@link Phase#STATE}) and the districts' pass
 * ({@link Phase#DISTRICTS}) on a starting model's schedule. The model is given one at construction
 * ({@code agents.Simulation} is the model's own), so that it holds and schedules its actors without
 * depending on their code. Serializable: a checkpointed model keeps it, to start again.
 */
public interface Actors extends Serializable {
    /**
     * Called by {@link CollectivizationModel#start()} once the population is built and the tallies and
     * {@link CollectivizationModel#centre} exist, before the stocks are laid in: sets the centre's
     * opening figures and schedules the monthly phases with {@link CollectivizationModel#schedule(Phase, sim.engine.Steppable)}.
     */
    void install(CollectivizationModel m);
}
