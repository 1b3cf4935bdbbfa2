package org.collectivization.gui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.collectivization.experiment.LeverChange;
import org.collectivization.model.Calendar;
import org.collectivization.observe.Recorder;
import org.collectivization.stats.Estimate;
import org.collectivization.stats.Paired;

/**
 * "Compare with the run before": the class's last two runs, each with its {@link Ensemble}, set side by
 * side seed by seed. Run i of one is paired with run i of the other (the class's seed, then the class's
 * seed + 1 ... + {@value Ensemble#RUNS}): both started from the same villages and met the same chance,
 * so what differs is the levers. The difference in famine deaths is stated with its paired 95 % interval
 * (stats.Paired), in words a class can read.
 */
final class RunComparison {
    private RunComparison() {}

    /** The first month counted: famine deaths are those of 1930–1934, as the run's summary counts them. */
    static final int FIRST_MONTH = Calendar.monthIndex("1930-01");

    /** One run of the class: its seed and size, its lever changes, its monthly rows, and its band's runs. */
    record ClassRun(long seed, int households, List<LeverChange> changes, List<double[]> rows, Ensemble ensemble) {
        /** Months that the class's run and all of its band's runs have finished. */
        int commonMonths() {
            return Math.min(rows.size(), ensemble.completeMonths());
        }

        /** Rows of run {@code i}: 0 the class's, 1 ... RUNS the band's. */
        List<double[]> rowsOf(int i) {
            return i == 0 ? rows : ensemble.rowsOfRun(i - 1);
        }
    }

    /** What the view shows: the sentence, and the paired famine deaths behind it (null when none). */
    record Result(String text, double[] before, double[] now, int months) {}

    static Result of(ClassRun before, ClassRun now, int runMonths) {
        if (before == null) {
            return new Result("There is no run before this one to compare with. Press \u25a0, move the levers, then press \u25b6 "
                    + "for a second run from the same villages.", null, null, 0);
        }
        if (before.seed() != now.seed() || before.households() != now.households()) {
            return new Result("The run before started from other villages (seed " + before.seed() + ", "
                    + String.format(Locale.ROOT, "%,d", before.households()) + " households; this run: seed " + now.seed() + ", "
                    + String.format(Locale.ROOT, "%,d", now.households()) + "). Two runs are compared pair by pair only when they "
                    + "start from the same villages: set the Console's seed back and run again.", null, null, 0);
        }
        int months = Math.min(before.commonMonths(), now.commonMonths());
        if (months <= FIRST_MONTH) {
            return new Result("Famine deaths are counted from January 1930. Run this run (and wait for the shaded band) "
                    + "to January 1930 or later to compare it with the run before.", null, null, months);
        }
        int runs = Ensemble.RUNS + 1;
        double[] b = new double[runs], n = new double[runs];
        for (int i = 0; i < runs; i++) {
            b[i] = deaths(before.rowsOf(i), months);
            n[i] = deaths(now.rowsOf(i), months);
        }
        String period = months >= runMonths ? "1930\u201334" : "from January 1930 to " + ClassroomGui.monthName(months - 1);
        return new Result(sentence(b, n, period, now.seed()), b, n, months);
    }

    /** Famine (excess) deaths from January 1930 to the end of month {@code months} - 1. */
    static double deaths(List<double[]> rows, int months) {
        int column = Recorder.index("excess_deaths");
        double sum = 0;
        for (int m = FIRST_MONTH; m < months; m++) sum += rows.get(m)[column];
        return sum;
    }

    /**
     * The difference now − before in words, with its paired 95 % interval over the pairs; {@code before[0]}
     * and {@code now[0]} are the class's own runs (seed {@code seed}).
     */
    static String sentence(double[] before, double[] now, String period, long seed) {
        Paired p = Paired.of(before, now);
        String start = "With the levers of this run, famine deaths " + period;
        if (p.identical()) {
            return start + " were the same as in the run before, in all " + p.n() + " paired runs: the two runs had the same levers.";
        }
        Estimate d = p.difference();
        double scale = Math.max(Math.abs(d.mean()), Math.max(Math.abs(d.ciLow()), Math.abs(d.ciHigh())));
        String mean = amount(Math.abs(d.mean()), scale) + (d.mean() < 0 ? " lower" : " higher");
        StringBuilder b = new StringBuilder(start).append(" were ");
        if (d.ciHigh() < 0 || d.ciLow() > 0) {
            boolean lower = d.ciHigh() < 0;
            b.append(mean).append(" than in the run before (95 % interval ")
                    .append(amount(Math.abs(lower ? d.ciHigh() : d.ciLow()), scale, false)).append(" to ")
                    .append(amount(Math.abs(lower ? d.ciLow() : d.ciHigh()), scale)).append(", from ")
                    .append(p.n()).append(" paired runs).");
        } else {
            b.append(mean).append(" than in the run before on average, but the 95 % interval runs from ")
                    .append(amount(Math.abs(d.ciLow()), scale)).append(" lower to ").append(amount(Math.abs(d.ciHigh()), scale))
                    .append(" higher (from ").append(p.n()).append(" paired runs): these runs cannot tell the change of levers from chance.");
        }
        double own = now[0] - before[0];
        b.append(" In your class's own run (seed ").append(seed).append(") alone, they were ");
        b.append(own == 0 ? "the same." : amount(Math.abs(own), Math.abs(own)) + (own < 0 ? " lower." : " higher."));
        return b.toString();
    }

    /** People in millions (one decimal, two below a million) or, below 100,000, to the thousand. */
    static String amount(double people, double scale) {
        return amount(people, scale, true);
    }

    private static String amount(double people, double scale, boolean unit) {
        if (scale >= 1e6) return String.format(Locale.ROOT, "%.1f", people / 1e6) + (unit ? " million" : "");
        if (scale >= 1e5) return String.format(Locale.ROOT, "%.2f", people / 1e6) + (unit ? " million" : "");
        return String.format(Locale.ROOT, "%,d", Math.round(people / 1000) * 1000);
    }

    /** A run's lever changes in words, one line each, e.g. "1929-10: Procurement cap 30 %". */
    static List<String> changes(List<LeverChange> made) {
        List<String> out = new ArrayList<>();
        for (LeverChange c : made) {
            Lever l = Lever.of(c.key());
            out.add(c.month() + ": " + l.label() + " " + l.format(c.value()));
        }
        return out;
    }
}
