package org.collectivization.cli;

import org.collectivization.experiment.Memory;

/**
 * The launcher's check before it takes a large heap. With the system property
 * {@code collectivization.preflight} set, a command checks its command line and scenario exactly as it
 * would before running (so a size outside the scenario's range is refused in a small JVM, in a second),
 * then prints the heap its models need at once, {@code heap_mb=N}, and stops without running anything.
 */
final class Preflight {
    private Preflight() {}

    static boolean active() {
        return Boolean.getBoolean("collectivization.preflight");
    }

    /** Prints the heap for {@code householdsAtOnce} simulated households in memory at the same time; exit status 0. */
    static int report(long householdsAtOnce) {
        System.out.println("heap_mb=" + ((Memory.heapFor(householdsAtOnce) + (1L << 20) - 1) >> 20));
        return 0;
    }
}
