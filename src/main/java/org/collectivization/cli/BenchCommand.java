package org.collectivization.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.collectivization.experiment.Bench;
import org.collectivization.experiment.Home;
import org.collectivization.experiment.Loader;
import org.collectivization.experiment.Memory;
import org.collectivization.experiment.Scenario;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code collectivization bench}: household-months per second at several sizes, in one warm JVM. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measure the model's speed.",
                "Whole runs (population built, every month stepped, nothing written) at each size, smallest "
                        + "first in one JVM, after warm-up runs; prints medians.",
                "Sizes of 25,000,000 households need a heap of about 4.1 GiB (bin/collectivization sets it)."})
public final class BenchCommand implements Callable<Integer> {
    static final String DEFAULT_SCENARIO = "scenarios/historical.yaml";

    @Option(names = "--scenario", paramLabel = "FILE",
            description = "scenario to run (default: " + DEFAULT_SCENARIO + " in the project's folder)")
    Path scenario;

    @Option(names = "--sizes", paramLabel = "N,N,...", split = ",",
            defaultValue = "25000,250000,2500000,25000000",
            description = "household counts, run in this order (default: ${DEFAULT-VALUE})")
    List<Integer> sizes;

    @Option(names = "--reps", paramLabel = "R", defaultValue = "5",
            description = "timed runs per size up to 1,000,000 households (default: ${DEFAULT-VALUE})")
    int reps;

    @Option(names = "--large-reps", paramLabel = "R", defaultValue = "3",
            description = "timed runs per size above 1,000,000 households (default: ${DEFAULT-VALUE})")
    int largeReps;

    @Option(names = "--warmup", paramLabel = "W", defaultValue = "6",
            description = "untimed warm-up runs per size up to 1,000,000 households (default: ${DEFAULT-VALUE}: the JIT "
                    + "recompiles the model for several runs as it meets each phase of the years); larger sizes run "
                    + "after the smaller ones have warmed the JVM, with --large-warmup")
    int warmup;

    @Option(names = "--large-warmup", paramLabel = "W", defaultValue = "0",
            description = "untimed warm-up runs per size above 1,000,000 households (default: ${DEFAULT-VALUE})")
    int largeWarmup;

    @Option(names = "--threads", paramLabel = "T", description = "threads to step districts on (default: all cores)")
    Integer threads;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "1",
            description = "seed of the first timed run; run r uses seed + r (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--quiet", description = "print only the table")
    boolean quiet;

    @Override
    public Integer call() {
        if (reps < 1 || largeReps < 1) throw new UsageException("--reps and --large-reps must be at least 1");
        if (warmup < 0 || largeWarmup < 0) throw new UsageException("--warmup and --large-warmup must not be negative");
        if (threads != null && threads < 1) throw new UsageException("--threads must be at least 1, got " + threads);
        for (int n : sizes) if (n < 1) throw new UsageException("--sizes must be positive, got " + n);
        int t = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        Scenario s = Loader.load(scenario != null ? scenario : Home.shipped(DEFAULT_SCENARIO));
        if (Preflight.active()) return Preflight.report(sizes.stream().mapToLong(Integer::longValue).max().orElse(0));
        long maxHeap = Runtime.getRuntime().maxMemory();
        if (!quiet) {
            System.err.printf(Locale.ROOT, "bench: scenario %s, %d thread(s), heap limit %.1f GiB, Java %s%n",
                    s.name(), t, maxHeap / (double) (1L << 30), System.getProperty("java.version"));
        }
        for (int n : sizes) {
            try {
                Memory.requireHeapFor(n);
            } catch (IllegalStateException e) {
                throw new UsageException(e.getMessage());
            }
        }
        List<Bench.Row> rows = new ArrayList<>();
        for (int n : sizes) {
            boolean large = n > 1_000_000;
            Bench.Row r = Bench.measure(s, n, t, large ? largeWarmup : warmup, large ? largeReps : reps, seed,
                    quiet ? null : System.err::println);
            rows.add(r);
            if (!quiet) {
                System.err.printf(Locale.ROOT, "  %,d households: %.3f s a run (median), %.1f M household-months/s%n",
                        n, r.runSeconds, r.householdMonthsPerSecond() / 1e6);
            }
        }
        System.out.print(Bench.table(rows));
        return 0;
    }
}
