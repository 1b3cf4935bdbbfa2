package org.collectivization.experiment;

import java.util.Locale;

/**
 * What a study will cost before it starts: its runs and a predicted wall time. The time is not
 * measured on the spot (a warm-up run would cost as much as a small study); it is predicted from the
 * measured speed of one model on one thread of a warm JVM on the project's 2-core machine
 * (docs/performance.md), scaled by households and months, with the runs shared among the threads.
 */
public final class Cost {
    private Cost() {}

    /** Household-months a second of one model on one thread, warm (docs/performance.md, fifth round). */
    public static final double HOUSEHOLD_MONTHS_PER_SECOND = 19.5e6;
    /**
     * Seconds a run costs besides its household-months: building the villages, and a JVM that is not yet
     * warm for short runs (measured: studies of 1,000-25,000 households on this machine cost 0.3-0.65 s a run).
     */
    public static final double SECONDS_PER_RUN = 0.5;
    /** Seconds a study costs besides its runs: starting the JVM, the statistics, the charts and the report. */
    public static final double SECONDS_PER_STUDY = 3;

    /** Predicted seconds for {@code runs} runs of {@code households} × {@code months}, {@code threads} at a time. */
    public static double seconds(long runs, long households, int months, int threads) {
        double one = households * (double) months / HOUSEHOLD_MONTHS_PER_SECOND + SECONDS_PER_RUN;
        int lanes = (int) Math.max(1, Math.min(Math.min(threads, Runtime.getRuntime().availableProcessors()), runs));
        return SECONDS_PER_STUDY + Math.ceil((double) runs / lanes) * one;
    }

    /** "1,200 runs at 25,000 households; predicted 2 min 10 s on 2 threads (...)" */
    public static String line(String what, long runs, long households, int months, int threads) {
        return String.format(Locale.ROOT, "%s: %,d runs at %,d households; predicted %s on %d thread%s (from the measured"
                        + " %.1f M household-months a second of one thread of a warm JVM, docs/performance.md, plus %.1f s a run"
                        + " and %.0f s a study, measured on a 2-core machine)", what, runs, households,
                duration(seconds(runs, households, months, threads)), threads, threads == 1 ? "" : "s",
                HOUSEHOLD_MONTHS_PER_SECOND / 1e6, SECONDS_PER_RUN, SECONDS_PER_STUDY);
    }

    /** "45 s", "3 min 20 s", "2 h 05 min". */
    public static String duration(double seconds) {
        long s = Math.round(Math.max(1, seconds));
        if (s < 60) return s + " s";
        if (s < 3600) return String.format(Locale.ROOT, "%d min %02d s", s / 60, s % 60);
        return String.format(Locale.ROOT, "%d h %02d min", s / 3600, (s % 3600) / 60);
    }

    /** The line for a study's whole or its share. */
    public static String of(String what, StudyInfo info, int jobs, int threads) {
        long households = info.arms().stream().mapToLong(StudyInfo.Arm::households).max().orElse(0);
        int months = info.arms().stream().mapToInt(StudyInfo.Arm::months).max().orElse(0);
        return line(what, jobs, households, months, threads);
    }
}
