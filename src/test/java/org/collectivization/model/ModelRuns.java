package org.collectivization.model;

import java.nio.file.Path;

import org.collectivization.agents.Simulation;
import org.collectivization.experiment.Loader;
import org.collectivization.experiment.Runner;
import org.collectivization.experiment.Scenario;

/**
 * Builds a model from a shipped scenario (run from the project root, Maven's working directory)
 * with a test's size and seed, so a test can step it month by month and look at its tables.
 */
public final class ModelRuns {
    private ModelRuns() {}

    /** A shipped scenario, e.g. "historical" or "nep-continued"; {@code households} 0 keeps the file's size. */
    public static Scenario scenario(String name, int households, long seed) {
        Scenario s = Loader.load(Path.of("scenarios", name + ".yaml"));
        if (households > 0) s = s.with("run.households", households, "test");
        return s.with("run.seed", seed, "test");
    }

    /** A started model (month 0 not yet stepped). */
    public static CollectivizationModel started(String name, int households, long seed, int threads) {
        Params p = Runner.params(scenario(name, households, seed));
        CollectivizationModel m = Simulation.model(p, threads);
        m.start();
        return m;
    }

    /** Steps one month (all phases of the model's schedule). */
    public static void stepMonth(CollectivizationModel m) {
        m.schedule.step(m);
    }
}
