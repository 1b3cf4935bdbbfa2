package org.collectivization.experiment;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import org.collectivization.agents.Simulation;
import org.collectivization.model.CollectivizationModel;
import org.collectivization.model.Params;
import org.collectivization.model.Phase;
import org.collectivization.observe.Recorder;

/**
 * Throughput benchmark (docs/performance.md): whole runs of a scenario at several sizes inside one JVM, smallest
 * first, so the larger sizes run in a warm JVM. Each size gets warm-up runs (not counted) and timed
 * runs; the figures are medians over the timed runs. A run is what {@link Runner#run} times: building
 * the population ({@code start()}) and stepping every month with the recorder attached; files are not
 * written.
 */
public final class Bench {
    private Bench() {}

    /** One size's figures. */
    public static final class Row {
        public final int households;
        public final int months;
        public final int runs;
        /** Median seconds of a whole run (population built and all months stepped). */
        public final double runSeconds;
        /** Median seconds of building the population. */
        public final double buildSeconds;
        /** Median seconds of stepping the months. */
        public final double stepSeconds;
        /** Fastest and slowest whole run (seconds): how noisy the machine was. */
        public final double minSeconds, maxSeconds;
        /** Median CPU seconds of the whole process during a run (all threads): less sensitive to a busy machine. */
        public final double cpuSeconds;
        /** Largest peak heap use of the timed runs (sum of the heap pools' peaks), bytes. */
        public final long peakHeapBytes;
        /** Heap the started model retains, after a full GC, per household (bytes). */
        public final double bytesPerHousehold;

        Row(int households, int months, int runs, double runSeconds, double buildSeconds, double stepSeconds,
            double minSeconds, double maxSeconds, double cpuSeconds, long peakHeapBytes, double bytesPerHousehold) {
            this.households = households;
            this.months = months;
            this.runs = runs;
            this.runSeconds = runSeconds;
            this.buildSeconds = buildSeconds;
            this.stepSeconds = stepSeconds;
            this.minSeconds = minSeconds;
            this.maxSeconds = maxSeconds;
            this.cpuSeconds = cpuSeconds;
            this.peakHeapBytes = peakHeapBytes;
            this.bytesPerHousehold = bytesPerHousehold;
        }

        /** Household-months per second of a whole run (median run). */
        public double householdMonthsPerSecond() {
            return (double) households * months / runSeconds;
        }

        /** Household-months per second of the monthly steps alone (median). */
        public double steppedHouseholdMonthsPerSecond() {
            return (double) households * months / stepSeconds;
        }
    }

    /**
     * Measures one size: {@code warmups} untimed runs, then {@code runs} timed ones (seeds seed,
     * seed + 1, ...; the warm-up runs use the same seeds).
     */
    public static Row measure(Scenario scenario, int households, int threads, int warmups, int runs, long seed,
                              Consumer<String> log) {
        Scenario s = scenario.with("run.households", households, "bench");
        Params base = Runner.params(s.with("run.seed", seed, "bench"));
        double bytesPerHousehold = retainedBytesPerHousehold(base, threads);
        for (int w = 0; w < warmups; w++) {
            Params p = Runner.params(s.with("run.seed", seed + w % Math.max(1, runs), "bench"));
            double[] t = runOnce(p, threads);
            if (log != null) log.accept(String.format(Locale.ROOT, "  %,d households: warm-up %d of %d, %.3f s",
                    households, w + 1, warmups, t[0] + t[1]));
        }
        double[] total = new double[runs], build = new double[runs], step = new double[runs], cpu = new double[runs];
        long peak = 0;
        for (int r = 0; r < runs; r++) {
            Params p = Runner.params(s.with("run.seed", seed + r, "bench"));
            resetPeaks();
            long cpu0 = processCpuNanos();
            double[] t = runOnce(p, threads);
            cpu[r] = (processCpuNanos() - cpu0) / 1e9;
            peak = Math.max(peak, peakHeap());
            build[r] = t[0];
            step[r] = t[1];
            total[r] = t[0] + t[1];
            if (log != null) log.accept(String.format(Locale.ROOT, "  %,d households: run %d of %d, %.3f s (build %.3f s), CPU %.3f s",
                    households, r + 1, runs, total[r], build[r], cpu[r]));
        }
        double[] sorted = total.clone();
        Arrays.sort(sorted);
        return new Row(households, base.run.months(), runs, median(total), median(build), median(step), sorted[0],
                sorted[runs - 1], median(cpu), peak, bytesPerHousehold);
    }

    /** Builds and steps one model as {@link Runner#run} does; returns {build seconds, step seconds}. */
    static double[] runOnce(Params p, int threads) {
        CollectivizationModel model = Simulation.model(p, threads);
        Recorder recorder = new Recorder();
        long t0 = System.nanoTime();
        model.start();
        model.schedule.scheduleRepeating(0, Phase.OBSERVE.ordinal(), recorder, 1);
        long t1 = System.nanoTime();
        try {
            for (int month = 0; month < p.run.months(); month++) model.schedule.step(model);
        } finally {
            model.finish();
        }
        long t2 = System.nanoTime();
        if (recorder.rows().size() != p.run.months()) throw new IllegalStateException("run incomplete");
        return new double[] {(t1 - t0) / 1e9, (t2 - t1) / 1e9};
    }

    /**
     * Heap retained by a started model (population built, first month stepped: the month's working
     * columns exist from then), per household, measured around full GCs: the median of three readings, since
     * whatever else the JVM frees or allocates between the two GCs of one reading (another thread's leftovers)
     * moves that reading, down or up.
     */
    static double retainedBytesPerHousehold(Params p, int threads) {
        double[] readings = new double[3];
        for (int i = 0; i < readings.length; i++) readings[i] = oneReadingPerHousehold(p, threads);
        java.util.Arrays.sort(readings);
        return readings[1];
    }

    private static double oneReadingPerHousehold(Params p, int threads) {
        long before = usedAfterGc();
        CollectivizationModel model = Simulation.model(p, threads);
        model.start();
        model.schedule.step(model);
        long after = usedAfterGc();
        double perHousehold = (double) (after - before) / p.run.households();
        model.finish();
        if (model.households == null) throw new IllegalStateException("model not built");
        return perHousehold;
    }

    private static long usedAfterGc() {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) System.gc();
        return rt.totalMemory() - rt.freeMemory();
    }

    /** CPU time of the whole process so far (nanoseconds), or 0 where the JVM does not say. */
    static long processCpuNanos() {
        java.lang.management.OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
        if (os instanceof com.sun.management.OperatingSystemMXBean) {
            return ((com.sun.management.OperatingSystemMXBean) os).getProcessCpuTime();
        }
        return 0;
    }

    private static List<MemoryPoolMXBean> heapPools() {
        List<MemoryPoolMXBean> pools = new ArrayList<>();
        for (MemoryPoolMXBean b : ManagementFactory.getMemoryPoolMXBeans()) {
            if (b.getType() == MemoryType.HEAP && b.isValid()) pools.add(b);
        }
        return pools;
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean b : heapPools()) b.resetPeakUsage();
    }

    private static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean b : heapPools()) sum += b.getPeakUsage().getUsed();
        return sum;
    }

    static double median(double[] x) {
        double[] s = x.clone();
        Arrays.sort(s);
        int n = s.length;
        return n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
    }

    /** The table as printed (and copied into docs/performance.md). */
    public static String table(List<Row> rows) {
        StringBuilder b = new StringBuilder();
        b.append("| households | runs | s/run (median) | min-max s | build s | CPU s/run | household-months/s (run) "
                + "| household-months/s (months only) | peak heap | bytes/household |\n");
        b.append("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (Row r : rows) {
            b.append(String.format(Locale.ROOT, "| %,d | %d | %.3f | %.3f-%.3f | %.3f | %.2f | %s | %s | %s | %.0f |%n",
                    r.households, r.runs, r.runSeconds, r.minSeconds, r.maxSeconds, r.buildSeconds, r.cpuSeconds,
                    millions(r.householdMonthsPerSecond()), millions(r.steppedHouseholdMonthsPerSecond()),
                    bytes(r.peakHeapBytes), r.bytesPerHousehold));
        }
        return b.toString();
    }

    static String millions(double x) {
        return String.format(Locale.ROOT, "%.1f M", x / 1e6);
    }

    static String bytes(long b) {
        if (b >= 1L << 30) return String.format(Locale.ROOT, "%.2f GiB", b / (double) (1L << 30));
        return String.format(Locale.ROOT, "%.0f MiB", b / (double) (1L << 20));
    }
}
