package org.collectivization.experiment;

import java.util.function.IntConsumer;

import org.collectivization.model.CollectivizationModel;
import org.collectivization.model.Params;
import org.collectivization.model.Phase;
import org.collectivization.observe.Recorder;

/** Runs one scenario headless: builds the model, attaches the recorder, steps every month. */
public final class Runner {
    private Runner() {}

    /** Reads the model's parameters from a scenario, turning a bad value into a ScenarioException. */
    public static Params params(Scenario scenario) {
        try {
            Params p = new Params(scenario);
            scenario.requireAllKeysKnown();
            return p;
        } catch (IllegalArgumentException e) {
            throw new ScenarioException(scenario.file(), null, 0, e.getMessage());
        }
    }

    public static RunResult run(Scenario scenario, Params params, int threads, IntConsumer progress) {
        CollectivizationModel model = new CollectivizationModel(params, threads);
        Recorder recorder = new Recorder();
        long started = System.nanoTime();
        model.start();
        model.schedule.scheduleRepeating(0, Phase.OBSERVE.ordinal(), recorder, 1);
        try {
            for (int month = 0; month < params.months; month++) {
                model.schedule.step(model);
                if (progress != null) progress.accept(month + 1);
            }
        } finally {
            model.finish();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        return new RunResult(scenario, params, recorder, seconds);
    }
}
