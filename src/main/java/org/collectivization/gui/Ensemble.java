package org.collectivization.gui;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import org.collectivization.agents.Simulation;
import org.collectivization.experiment.LeverChange;
import org.collectivization.experiment.Runner;
import org.collectivization.experiment.Scenario;
import org.collectivization.model.CollectivizationModel;
import org.collectivization.model.Phase;
import org.collectivization.observe.Recorder;

/**
 * The band around the class's run: the same scenario run in the background under {@value #RUNS} further
 * seeds — the class's seed + 1 ... + {@value #RUNS}, the replicates {@code compare --seed <the class's seed>}
 * runs — with the same lever changes at the same months. One run of the class is one draw of chance; these
 * show how far another draw could fall.
 *
 * <p>The runs step on a background pool, never on the thread that steps the class's model, so they cannot
 * hold it up. A month is handed to them ({@link #release}) only when the class's run enters it, with the
 * changes that apply from its start; so a run never steps a month whose levers are not yet known, and
 * lags the class's run by what the pool has not yet done. Each run steps its months in order on one thread
 * at a time (its model on one thread: the numbers do not depend on it), so its rows equal a headless
 * run's with its seed and those changes, whatever the pool's size or timing.
 */
final class Ensemble {
    /** Background runs. Fixed, so the band's width does not depend on the machine (docs/classroom.md). */
    static final int RUNS = 8;

    private final int months;
    private final long firstSeed;
    private final Run[] runs = new Run[RUNS];
    /** Runs that have finished each month. */
    private final AtomicIntegerArray done;
    private final double[][][] rows;
    private final Executor pool;
    private final Consumer<Ensemble> onProgress;
    private final AtomicReference<Throwable> failure = new AtomicReference<>();
    private int complete;
    private boolean closed;

    private static final class Run {
        CollectivizationModel model;
        Scenario current;
        Recorder recorder;
        /** The run's work so far, in order: the next month's task starts when this ends. */
        CompletableFuture<Void> chain;
    }

    /**
     * Builds the runs' models on {@code pool}, each after {@code before}'s run of the same number has done
     * its last task, so that a new run's model is built only once the old one has let go of its memory.
     * {@code onProgress} is called with this ensemble on a pool thread each time a run finishes a month (or fails).
     */
    Ensemble(Scenario runBase, long classSeed, int months, Executor pool, Ensemble before, Consumer<Ensemble> onProgress) {
        this.months = months;
        this.firstSeed = firstSeed(classSeed);
        this.done = new AtomicIntegerArray(months);
        this.rows = new double[RUNS][months][];
        this.pool = pool;
        this.onProgress = onProgress;
        for (int r = 0; r < RUNS; r++) {
            Run run = new Run();
            long seed = firstSeed + r;
            run.current = runBase.with("run.seed", seed, "the band's run " + (r + 1) + " (the class's seed + " + (r + 1) + ")");
            run.chain = (before == null ? CompletableFuture.<Void>completedFuture(null) : before.runs[r].chain)
                    .handle((v, e) -> null);
            runs[r] = run;
            submit(run, () -> {
                CollectivizationModel m = Simulation.model(Runner.params(run.current), 1);
                m.start();
                run.recorder = new Recorder();
                // as a headless run (Runner.run) attaches its recorder: after the model's own phases
                m.schedule.scheduleRepeating(0, Phase.OBSERVE.ordinal(), run.recorder, 1);
                run.model = m;
            });
        }
    }

    /**
     * The seed of the first run: the class's seed + 1, or, where the last seeds would pass the largest a
     * scenario allows, the seeds just below the class's.
     */
    static long firstSeed(long classSeed) {
        return classSeed + RUNS <= Integer.MAX_VALUE ? classSeed + 1 : classSeed - RUNS;
    }

    long seed(int run) {
        return firstSeed + run;
    }

    /** The class's run has entered {@code month} with {@code changes} (the scenario's and the class's) applied. */
    synchronized void release(int month, List<LeverChange> changes) {
        if (closed) return;
        List<LeverChange> these = List.copyOf(changes);
        for (int r = 0; r < RUNS; r++) {
            Run run = runs[r];
            int index = r;
            submit(run, () -> step(index, run, month, these));
        }
    }

    private void step(int index, Run run, int month, List<LeverChange> changes) {
        if (!changes.isEmpty()) {
            run.current = Runner.applyLeverChanges(run.current, changes);
            run.model.setParams(Runner.params(run.current));
        }
        run.model.schedule.step(run.model);
        List<double[]> recorded = run.recorder.rows();
        rows[index][month] = recorded.get(recorded.size() - 1);
        if (month == months - 1) finish(run);
        done.incrementAndGet(month);
        onProgress.accept(this);
    }

    private static void finish(Run run) {
        if (run.model == null) return;
        run.model.finish();
        run.model = null;
    }

    private void submit(Run run, Runnable task) {
        run.chain = run.chain.thenRunAsync(() -> {
            if (failure.get() != null) return;
            try {
                task.run();
            } catch (RuntimeException | Error e) {
                if (failure.compareAndSet(null, e)) {
                    System.err.println("collectivization: the band's background runs stopped: " + e);
                    e.printStackTrace();
                }
                onProgress.accept(this);
            }
        }, pool);
    }

    /**
     * No more months: each run lets go of its model after the months already handed to it (so that the
     * band shows up to the month the class's run reached).
     */
    synchronized void close() {
        if (closed) return;
        closed = true;
        for (Run run : runs) submit(run, () -> finish(run));
    }

    /** Months that every run has finished (the band reaches that far). */
    synchronized int completeMonths() {
        while (complete < months && done.get(complete) == RUNS) complete++;
        return complete;
    }

    /** Each run's row of a month all runs have finished. */
    double[][] rowsOf(int month) {
        if (month >= completeMonths()) throw new IllegalArgumentException("month " + month + " is not complete");
        double[][] out = new double[RUNS][];
        for (int r = 0; r < RUNS; r++) out[r] = rows[r][month];
        return out;
    }

    /** Each run's rows of the months all runs have finished. */
    List<double[]> rowsOfRun(int run) {
        int n = completeMonths();
        List<double[]> out = new ArrayList<>(n);
        for (int m = 0; m < n; m++) out.add(rows[run][m]);
        return out;
    }

    /** Why the runs stopped, or null. */
    Throwable failure() {
        return failure.get();
    }

    /** Waits until every run has finished {@code months} months or failed (for tests and measurements). */
    boolean await(int months, long timeoutMillis) throws InterruptedException {
        long end = System.currentTimeMillis() + timeoutMillis;
        while (completeMonths() < months && failure() == null) {
            if (System.currentTimeMillis() > end) return false;
            Thread.sleep(20);
        }
        return failure() == null;
    }
}
