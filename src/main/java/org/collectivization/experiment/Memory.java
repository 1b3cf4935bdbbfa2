package org.collectivization.experiment;

import java.util.Locale;

import org.collectivization.model.HouseholdTable;

/**
 * The memory a run needs (docs/performance.md, "Memory"): the household table dominates
 * ({@link HouseholdTable#bytesPerHousehold()}, 91 bytes a household), the month's working columns 36
 * (agents/WorkColumns), villages, districts and their random streams about 3, everything else (scenario, recorder, charts, report,
 * the JVM's young generation) a fixed amount. {@code bin/collectivization} sets its heap by the same
 * rule; keep the two in step.
 */
public final class Memory {
    private Memory() {}

    /** Heap to give a run, per simulated household (measured 132 bytes, plus slack). */
    public static final long HEAP_BYTES_PER_HOUSEHOLD = 140;
    /** Heap to give a run besides its households (the young generation, at most 128 MiB, among it). */
    public static final long HEAP_BASE_BYTES = 384L << 20;
    /** Below this heap per household (plus the fixed part), a run cannot fit. */
    public static final long MINIMUM_BYTES_PER_HOUSEHOLD = 134;
    public static final long MINIMUM_BASE_BYTES = 256L << 20;

    /** The heap {@code bin/collectivization} gives a run of {@code households}. */
    public static long heapFor(long households) {
        return HEAP_BASE_BYTES + households * HEAP_BYTES_PER_HOUSEHOLD;
    }

    /** The least heap with which a run of {@code households} can complete. */
    public static long minimumHeap(long households) {
        return MINIMUM_BASE_BYTES + households * MINIMUM_BYTES_PER_HOUSEHOLD;
    }

    /**
     * Refuses, before anything is built, a run that cannot fit in this JVM's heap, saying what it needs.
     *
     * @throws IllegalStateException with a one-line message
     */
    public static void requireHeapFor(long households) {
        long max = Runtime.getRuntime().maxMemory();
        if (max == Long.MAX_VALUE || max >= minimumHeap(households)) return;
        throw new IllegalStateException(String.format(Locale.ROOT,
                "%,d households need a heap of about %s (this Java has %s): set COLLECTIVIZATION_HEAP=%dm, "
                        + "or simulate fewer households", households, gib(heapFor(households)), gib(max),
                heapFor(households) >> 20));
    }

    static String gib(long bytes) {
        return String.format(Locale.ROOT, "%.1f GiB", bytes / (double) (1L << 30));
    }
}
