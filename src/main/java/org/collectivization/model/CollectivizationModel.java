package org.collectivization.model;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

import ec.util.MersenneTwisterFast;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * The simulation: households, villages, district officials, regional secretaries and the state,
 * stepped monthly from October 1928 (see package-info for the schedule). Households are rows of
 * {@link HouseholdTable}, stepped district by district by a handful of Steppables — never one
 * schedule entry per household — so the same code runs from 2,500 to 25 million households.
 *
 * <p>Randomness: {@link #random} (seeded from the run's seed) for the state; one generator per
 * district, seeded from the run's seed and the district's number, for everything below it. Districts
 * are stepped in parallel on {@code threads} threads and give the same numbers on any number.
 */
public final class CollectivizationModel extends SimState {
    private static final long serialVersionUID = 1L;

    private Params params;
    private final int threads;
    private final Actors actors;
    private transient ForkJoinPool pool;

    public HouseholdTable households;
    public VillageTable villages;
    public DistrictTable districts;
    /** tally[district][Tally.ordinal()]: this month's flows and end-of-month stocks. */
    public double[][] tally;
    /** The centre's figures (written by its phase, read by the districts and observers). */
    public Centre centre;
    /** The step being executed (0 = October 1928). */
    public int month;
    /** Households truly well-off by assets at the start (constant; ODD 4.8). */
    public int welloffHouseholds;

    /** A model whose monthly phases {@code actors} schedules when it starts (callers use {@code agents.Simulation.model}). */
    public CollectivizationModel(Params params, int threads, Actors actors) {
        super(params.run.seed());
        this.params = params;
        this.threads = Math.max(1, threads);
        this.actors = actors;
    }

    public Params params() {
        return params;
    }

    /** Replaces the parameters (a lever change); takes effect from the next phase that reads them. */
    public void setParams(Params p) {
        this.params = p;
    }

    @Override
    public void start() {
        super.start();
        month = 0;
        Population.build(this);
        tally = new double[districts.size][Tally.COUNT];
        centre = new Centre();
        actors.install(this);
        Population.stockUp(this);
    }

    /** Steps {@code s} every month in {@code phase}'s place in the month. */
    public void schedule(Phase phase, Steppable s) {
        schedule.scheduleRepeating(0, phase.ordinal(), s, 1);
    }

    /** The step number of the current month (the schedule's time). */
    public int step() {
        return (int) Math.round(schedule.getTime());
    }

    /**
     * Runs {@code body} for every district, in parallel; each district touches only its own rows. Each
     * thread takes the next block of districts not yet taken, so the threads finish within a district or
     * two of each other (a split into fixed blocks could leave one thread idle for a tenth of the month).
     */
    public void forEachDistrict(IntConsumer body) {
        if (threads == 1 || districts.size < 4) {
            for (int d = 0; d < districts.size; d++) body.accept(d);
            return;
        }
        if (pool == null) pool = new ForkJoinPool(threads - 1);
        AtomicInteger next = new AtomicInteger();
        int size = districts.size, threadCount = threads;
        Runnable takeDistricts = () -> {
            while (true) {
                // a block of neighbouring districts, smaller as fewer remain: threads rarely write next to
                // each other's rows (which would make them share cache lines), and finish close together
                int from = next.get();
                if (from >= size) return;
                int to = Math.min(size, from + Math.max(1, (size - from) / (4 * threadCount)));
                if (!next.compareAndSet(from, to)) continue;
                for (int d = from; d < to; d++) body.accept(d);
            }
        };
        List<Future<?>> helpers = new ArrayList<>();
        for (int t = 1; t < threads; t++) helpers.add(pool.submit(takeDistricts));
        RuntimeException failed = null;
        try {
            takeDistricts.run();
        } catch (RuntimeException e) {
            failed = e;
        }
        for (Future<?> f : helpers) {  // no district is stepped after this returns
            try {
                await(f);
            } catch (RuntimeException e) {
                if (failed == null) failed = e; else failed.addSuppressed(e);
            }
        }
        if (failed != null) throw failed;
    }

    private static void await(Future<?> f) {
        try {
            f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof RuntimeException) throw (RuntimeException) c;
            if (c instanceof Error) throw (Error) c;
            throw new IllegalStateException(c);
        }
    }

    public void add(int district, Tally t, double v) {
        tally[district][t.ordinal()] += v;
    }

    /** The month's total of a tally over all districts, summed in district order (deterministic). */
    public double total(Tally t) {
        double s = 0;
        int i = t.ordinal();
        for (double[] row : tally) s += row[i];
        return s;
    }

    /** Total of a tally over the districts of one region. */
    public double total(Tally t, Region g) {
        double s = 0;
        int i = t.ordinal();
        for (int d = 0; d < districts.size; d++) if (districts.region[d] == g.ordinal()) s += tally[d][i];
        return s;
    }

    /** Clears the flows at the start of a month (stocks are recomputed by the demography phase). */
    public void clearFlows() {
        for (double[] row : tally) java.util.Arrays.fill(row, 0, Tally.POPULATION.ordinal(), 0);
    }

    public static MersenneTwisterFast districtRandom(long seed, int district) {
        // SplitMix64-style mixing of (seed, district) so neighbouring districts get unrelated streams.
        long z = seed * 0x9E3779B97F4A7C15L + (district + 1) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        z ^= z >>> 31;
        return new MersenneTwisterFast(new int[] {(int) z, (int) (z >>> 32), district, (int) seed});
    }

    @Override
    public void finish() {
        super.finish();
        if (pool != null) {
            pool.shutdown();
            pool = null;
        }
    }
}
