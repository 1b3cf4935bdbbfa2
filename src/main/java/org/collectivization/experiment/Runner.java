package org.collectivization.experiment;

import java.util.List;
import java.util.function.IntConsumer;

import org.collectivization.model.Calendar;
import org.collectivization.model.CollectivizationModel;
import org.collectivization.model.Params;
import org.collectivization.model.Phase;
import org.collectivization.observe.Recorder;

/**
 * Runs one scenario headless: builds the model, attaches the recorder, steps every month, and applies the
 * scenario's lever changes (a classroom record's) at the start of their months.
 */
public final class Runner {
    private Runner() {}

    /** Reads the model's parameters from a scenario, turning a bad value into a ScenarioException. */
    public static Params params(Scenario scenario) {
        Params p;
        try {
            p = new Params(scenario);
            scenario.requireAllKeysKnown();
        } catch (IllegalArgumentException e) {
            throw new ScenarioException(scenario.file(), null, 0, e.getMessage());
        }
        for (LeverChange c : scenario.leverChanges()) {
            if (c.monthIndex() >= p.months) {
                throw new ScenarioException(c.file() == null ? scenario.file() : c.file(), c.key(), c.line(),
                        "lever change in " + c.month() + " is after the run's last month, " + Calendar.label(p.months - 1));
            }
        }
        return p;
    }

    /**
     * {@code current} (the scenario with earlier months' lever changes applied) with this month's changes
     * applied in order; the model then runs on {@code params(...)} of the result. The classroom GUI applies
     * its changes through this method too, so a recorded session replays exactly.
     */
    public static Scenario applyLeverChanges(Scenario current, List<LeverChange> changes) {
        Scenario s = current;
        for (LeverChange c : changes) s = s.with(c);
        return s;
    }

    public static RunResult run(Scenario scenario, Params params, int threads, IntConsumer progress) {
        CollectivizationModel model = new CollectivizationModel(params, threads);
        Recorder recorder = new Recorder();
        long started = System.nanoTime();
        model.start();
        model.schedule.scheduleRepeating(0, Phase.OBSERVE.ordinal(), recorder, 1);
        Scenario current = scenario;
        try {
            for (int month = 0; month < params.months; month++) {
                List<LeverChange> changes = scenario.leverChangesAt(month);
                if (!changes.isEmpty()) {
                    // at the start of the month, before its first phase, as the classroom GUI does
                    current = applyLeverChanges(current, changes);
                    model.setParams(params(current));
                }
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
