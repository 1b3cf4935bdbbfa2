package org.collectivization.cli;

import java.io.PrintStream;
import java.util.Locale;

/**
 * Progress on stderr: a bar redrawn in place on a terminal, a plain line every tenth of the work
 * otherwise (or every step, for work counted in replicates). Silent for work that ends within two seconds.
 */
final class Progress implements AutoCloseable {
    private final String task;
    private final int total;
    private final String unit;
    private final long started = System.nanoTime();
    private final boolean terminal = System.console() != null;
    private final PrintStream err = System.err;
    private final boolean lineEachStep;
    private int lastTenth = -1;
    private boolean drawn;

    Progress(String task, int total, String unit) {
        this(task, total, unit, false);
    }

    Progress(String task, int total, String unit, boolean lineEachStep) {
        this.task = task;
        this.total = Math.max(1, total);
        this.unit = unit;
        this.lineEachStep = lineEachStep;
    }

    synchronized void update(int done) {
        double elapsed = (System.nanoTime() - started) / 1e9;
        if (elapsed < 2) return;  // silent for work that ends within two seconds, including its last step
        double left = done > 0 ? elapsed * (total - done) / done : 0;
        if (terminal) {
            int width = 30, filled = (int) Math.round(width * (double) done / total);
            err.printf(Locale.ROOT, "\r%s [%s%s] %d/%d %s, %.0f s elapsed, %.0f s left   ", task,
                    "#".repeat(filled), "-".repeat(width - filled), done, total, unit, elapsed, left);
            drawn = true;
        } else {
            int tenth = done * 10 / total;
            if (lineEachStep || tenth != lastTenth) {
                lastTenth = tenth;
                err.printf(Locale.ROOT, "%s: %d/%d %s, %.0f s elapsed, %.0f s left%n", task, done, total, unit, elapsed, left);
            }
        }
    }

    @Override
    public synchronized void close() {
        if (drawn) err.println();
    }
}
