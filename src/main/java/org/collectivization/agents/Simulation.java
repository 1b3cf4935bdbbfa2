package org.collectivization.agents;

import org.collectivization.model.Actors;
import org.collectivization.model.CollectivizationModel;
import org.collectivization.model.Params;
import org.collectivization.model.Phase;

/**
 * The model with its actors: the one way to make a {@link CollectivizationModel} that runs the rules
 * of this package. Each month the centre ({@link State}) acts first, then the districts ({@link Districts}).
 */
public final class Simulation implements Actors {
    private static final long serialVersionUID = 1L;

    private Simulation() {}

    /** A model of {@code p} stepped on {@code threads} threads, not yet started. */
    public static CollectivizationModel model(Params p, int threads) {
        return new CollectivizationModel(p, threads, new Simulation());
    }

    @Override
    public void install(CollectivizationModel m) {
        m.schedule(Phase.STATE, new State(m));
        m.schedule(Phase.DISTRICTS, new Districts());
    }
}
