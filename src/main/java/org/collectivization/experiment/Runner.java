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
        return run(scenario, params, threads, progress, null);
    }

    /**
     * A run that, if {@code checkpoint} is given, saves the complete model state at the start of its
     * month, before any of that month's phases (MASON-style serialization of the SimState and the
     * recorder together).
     */
    public static RunResult run(Scenario scenario, Params params, int threads, IntConsumer progress,
                                Checkpoint.Request checkpoint) {
        CollectivizationModel model = new CollectivizationModel(params, threads);
        Recorder recorder = new Recorder();
        long started = System.nanoTime();
        model.start();
        model.schedule.scheduleRepeating(0, Phase.OBSERVE.ordinal(), recorder, 1);
        stepMonths(model, recorder, scenario, 0, params.months, progress, checkpoint);
        double seconds = (System.nanoTime() - started) / 1e9;
        return new RunResult(scenario, params, recorder, seconds);
    }

    /** Steps months [from, to) of a started (or restored) model, then finishes it. */
    static void stepMonths(CollectivizationModel model, Recorder recorder, Scenario scenario, int from, int to,
                           IntConsumer progress, Checkpoint.Request checkpoint) {
        try {
            for (int month = from; month < to; month++) {
                if (checkpoint != null && month == checkpoint.month()) {
                    Checkpoint.write(model, recorder, scenario, month, checkpoint.file());
                }
                model.schedule.step(model);
                if (progress != null) progress.accept(month + 1);
            }
        } finally {
            model.finish();
        }
    }

    /**
     * A run that follows {@code history} up to the start of {@code branchMonth} and {@code branch}'s
     * levers from then on (same seed and size): what {@code run --checkpoint-at} followed by
     * {@code branch} gives, without the file.
     */
    public static RunResult runBranched(Scenario history, Scenario branch, int branchMonth, int threads) {
        Params first = params(history);
        Scenario b = branch.with("run.seed", first.seed, "the shared history").with("run.households", first.households,
                "the shared history");
        Params then = params(b);
        CollectivizationModel model = new CollectivizationModel(first, threads);
        Recorder recorder = new Recorder();
        long started = System.nanoTime();
        model.start();
        model.schedule.scheduleRepeating(0, Phase.OBSERVE.ordinal(), recorder, 1);
        for (int month = 0; month < branchMonth; month++) model.schedule.step(model);
        model.setParams(then);
        stepMonths(model, recorder, b, branchMonth, then.months, null, null);
        return new RunResult(b, then, recorder, (System.nanoTime() - started) / 1e9);
    }
}
