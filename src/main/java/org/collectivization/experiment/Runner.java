package org.collectivization.experiment;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.IntConsumer;

import org.collectivization.agents.Simulation;
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
            if (c.monthIndex() >= p.run.months()) {
                throw new ScenarioException(c.file() == null ? scenario.file() : c.file(), c.key(), c.line(),
                        "lever change in " + c.month() + " is after the run's last month, "
                                + Calendar.label(p.run.months() - 1));
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

    /**
     * The start of {@code month}: {@code scenario}'s lever changes of that month, if any, are applied to
     * {@code current} and the model switches to the result's parameters; returns the scenario now in force.
     */
    private static Scenario enterMonth(CollectivizationModel model, Scenario scenario, Scenario current, int month) {
        List<LeverChange> changes = scenario.leverChangesAt(month);
        if (changes.isEmpty()) return current;
        Scenario next = applyLeverChanges(current, changes);
        model.setParams(params(next));
        return next;
    }

    public static RunResult run(Scenario scenario, Params params, int threads, IntConsumer progress) {
        return run(scenario, params, threads, progress, null);
    }

    /** Households of {@link #warmUp}'s two throw-away runs: on one thread, then on the run's threads. */
    static final int WARM_UP_HOUSEHOLDS = 5_000, WARM_UP_SECOND_HOUSEHOLDS = 20_000;
    /** The size from which a run is worth {@link #warmUp}'s second or so (docs/performance.md, "Fourth round"). */
    public static final int WARM_UP_FROM_HOUSEHOLDS = 100_000;
    private static final AtomicBoolean warmedUp = new AtomicBoolean();

    /**
     * Once per JVM: runs {@code scenario} with {@value #WARM_UP_HOUSEHOLDS} households on one thread, then
     * with {@value #WARM_UP_SECOND_HOUSEHOLDS} on {@code threads}, and throws both away (about 0.9 s).
     * Why: the JIT compiles the month's rules from what it has seen them do, and leaves out the branches
     * not yet taken; in a large run each later phase of the years (the campaign, deportations, the famine)
     * takes such a branch, throws the compiled code away and compiles it again, some methods ten times or
     * more (8 s of compiler time on a 2-core machine at 2,500,000 households). The first small run shows
     * the JIT every branch while the other core compiles; the second, with twenty districts on the run's
     * threads, has the district rules called often enough to be compiled in full before the large run
     * starts. The small runs share nothing with the one that follows (their own models, random streams and
     * recorders): the output does not depend on them. A scenario whose allowed sizes leave the small ones
     * out is run without them.
     */
    public static void warmUp(Scenario scenario, int threads) {
        if (warmedUp.getAndSet(true)) return;
        if (smallRun(scenario, WARM_UP_HOUSEHOLDS, 1) != null) smallRun(scenario, WARM_UP_SECOND_HOUSEHOLDS, threads);
    }

    /**
     * A throw-away run of {@link #warmUp}: {@code scenario} with {@code households} households on
     * {@code threads}; null, and no run, when the scenario's allowed sizes leave that size out.
     */
    static RunResult smallRun(Scenario scenario, int households, int threads) {
        Scenario small;
        try {
            small = scenario.with("run.households", households, "warm-up of the JIT");
        } catch (ScenarioException e) {
            return null;
        }
        return run(small, params(small), threads, null);
    }

    /**
     * A run that, if {@code checkpoint} is given, saves the complete model state at the start of its
     * month, before any of that month's phases (MASON-style serialization of the SimState and the
     * recorder together).
     */
    public static RunResult run(Scenario scenario, Params params, int threads, IntConsumer progress,
                                Checkpoint.Request checkpoint) {
        CollectivizationModel model = Simulation.model(params, threads);
        Recorder recorder = new Recorder();
        long started = System.nanoTime();
        model.start();
        model.schedule.scheduleRepeating(0, Phase.OBSERVE.ordinal(), recorder, 1);
        stepMonths(model, recorder, scenario, 0, params.run.months(), progress, checkpoint);
        double seconds = (System.nanoTime() - started) / 1e9;
        return new RunResult(scenario, params, recorder, seconds);
    }

    /**
     * Steps months [from, to) of a started (or restored) model, then finishes it. The scenario's lever
     * changes apply at the start of their months, before the month's first phase (and before a checkpoint
     * of that month is saved).
     */
    static void stepMonths(CollectivizationModel model, Recorder recorder, Scenario scenario, int from, int to,
                           IntConsumer progress, Checkpoint.Request checkpoint) {
        Scenario current = scenario;
        for (int month = 0; month < from; month++) {
            List<LeverChange> earlier = scenario.leverChangesAt(month);
            if (!earlier.isEmpty()) current = applyLeverChanges(current, earlier);
        }
        // changes of the months before `from` are in force from `from` on: a run resumed from its own
        // checkpoint has them already; a branch (another scenario) gets them here
        if (current != scenario) model.setParams(params(current));
        try {
            for (int month = from; month < to; month++) {
                current = enterMonth(model, scenario, current, month);
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
        Scenario b = branch.with("run.seed", first.run.seed(), "the shared history")
                .with("run.households", first.run.households(), "the shared history");
        Params then = params(b);
        CollectivizationModel model = Simulation.model(first, threads);
        Recorder recorder = new Recorder();
        long started = System.nanoTime();
        model.start();
        model.schedule.scheduleRepeating(0, Phase.OBSERVE.ordinal(), recorder, 1);
        Scenario past = history;
        for (int month = 0; month < branchMonth; month++) {
            past = enterMonth(model, history, past, month);  // the history's own changes, as run applies them
            model.schedule.step(model);
        }
        model.setParams(then);
        stepMonths(model, recorder, b, branchMonth, then.run.months(), null, null);
        return new RunResult(b, then, recorder, (System.nanoTime() - started) / 1e9);
    }
}
