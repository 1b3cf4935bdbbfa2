package org.collectivization.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.collectivization.experiment.LeverChange;
import org.collectivization.experiment.Loader;
import org.collectivization.experiment.RunResult;
import org.collectivization.experiment.Runner;
import org.collectivization.experiment.Scenario;
import org.collectivization.stats.Estimate;
import org.collectivization.stats.Paired;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The band's background runs and the comparison of two runs, without a window: the runs equal headless
 * runs with their seeds and the class's changes, on any pool, however far they lag; the comparison's
 * figures are the runs' famine deaths 1930–34 and its sentence states the paired interval.
 */
class EnsembleTest {
    static final Path HISTORICAL = Path.of("scenarios", "historical.yaml");
    static final int HOUSEHOLDS = 2_500, MONTHS = 75;
    static final List<LeverChange> CHANGES = List.of(
            new LeverChange("1929-10", "procurement.share_of_estimate_cap", 0.3),
            new LeverChange("1931-04", "state.responsiveness", 0.9));

    @TempDir
    Path dir;

    @Test
    void theBandsRunsEqualHeadlessRunsWithTheirSeedsAndTheClasssChangesOnAnyPool() throws Exception {
        Scenario plain = small();
        Scenario record = record(CHANGES);
        for (int threads : new int[] {1, 3}) {
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            try {
                // every month handed over at once: the runs lag the "class" by up to the whole run
                Ensemble e = band(plain, CHANGES, pool, null);
                assertThat(e.await(MONTHS, 120_000)).as("the band finished on " + threads + " threads").isTrue();
                assertThat(e.completeMonths()).isEqualTo(MONTHS);
                for (int r = 0; r < Ensemble.RUNS; r++) {
                    assertThat(e.seed(r)).isEqualTo(2 + r);
                    List<double[]> headless = run(record, 2 + r).recorder.rows();
                    List<double[]> mine = e.rowsOfRun(r);
                    assertThat(mine).hasSize(MONTHS);
                    for (int m = 0; m < MONTHS; m++) {
                        assertThat(mine.get(m)).as("run " + (r + 1) + ", month " + m + ", pool of " + threads).containsExactly(headless.get(m));
                    }
                }
                e.close();
            } finally {
                pool.shutdownNow();
                pool.awaitTermination(30, java.util.concurrent.TimeUnit.SECONDS);  // no build goes on into the next test
            }
        }
    }

    @Test
    void aBandStopsAtTheMonthItWasGivenAndTheNextOneStartsAfterIt() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Scenario plain = small();
            Ensemble first = new Ensemble(plain, 1, MONTHS, pool, null, x -> { });
            for (int m = 0; m < 10; m++) first.release(m, plain.leverChangesAt(m));
            first.close();
            first.release(10, List.of());  // after close: ignored
            Ensemble second = band(plain, List.of(), pool, first);
            assertThat(second.await(MONTHS, 120_000)).isTrue();
            assertThat(first.await(10, 1_000)).isTrue();
            assertThat(first.completeMonths()).as("the closed band ends where it was stopped").isEqualTo(10);
            assertThat(second.rowsOfRun(0).get(9)).containsExactly(first.rowsOfRun(0).get(9));
        } finally {
            pool.shutdownNow();
            pool.awaitTermination(30, java.util.concurrent.TimeUnit.SECONDS);  // no build goes on into the next test
        }
    }

    @Test
    void theBandsSeedsFollowTheClasssAndStayInTheScenariosRange() {
        assertThat(Ensemble.firstSeed(1)).isEqualTo(2);
        assertThat(Ensemble.firstSeed(Integer.MAX_VALUE)).isEqualTo(Integer.MAX_VALUE - Ensemble.RUNS);
        assertThat(Ensemble.firstSeed(Integer.MAX_VALUE - Ensemble.RUNS)).isEqualTo(Integer.MAX_VALUE - Ensemble.RUNS + 1);
    }

    @Test
    void theComparisonPairsTheRunsSeedBySeedAndStatesThePairedInterval() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Scenario plain = small();
            Scenario record = record(CHANGES);
            Ensemble beforeBand = band(plain, List.of(), pool, null);
            Ensemble nowBand = band(plain, CHANGES, pool, beforeBand);
            assertThat(nowBand.await(MONTHS, 120_000)).isTrue();
            RunComparison.ClassRun before = new RunComparison.ClassRun(1, HOUSEHOLDS, List.of(), run(plain, 1).recorder.rows(), beforeBand);
            RunComparison.ClassRun now = new RunComparison.ClassRun(1, HOUSEHOLDS, CHANGES, run(record, 1).recorder.rows(), nowBand);

            RunComparison.Result r = RunComparison.of(before, now, MONTHS);

            double[] b = new double[Ensemble.RUNS + 1], n = new double[Ensemble.RUNS + 1];
            for (int i = 0; i <= Ensemble.RUNS; i++) {
                // the figure the run's summary.json and `compare` report: excess deaths 1930-01 to 1934-12
                b[i] = run(plain, 1 + i).total("excess_deaths", "1930-01", "1934-12");
                n[i] = run(record, 1 + i).total("excess_deaths", "1930-01", "1934-12");
            }
            assertThat(r.before()).containsExactly(b);
            assertThat(r.now()).containsExactly(n);
            assertThat(r.text()).isEqualTo(RunComparison.sentence(b, n, "1930\u201334", 1)).contains("famine deaths 1930\u201334",
                    "from 9 paired runs", "In your class's own run (seed 1) alone");

            RunComparison.ClassRun elsewhere = new RunComparison.ClassRun(5, HOUSEHOLDS, CHANGES, now.rows(), nowBand);
            assertThat(RunComparison.of(before, elsewhere, MONTHS).text()).contains("from other villages", "seed 1", "seed 5");
            assertThat(RunComparison.of(null, now, MONTHS).text()).startsWith("There is no run before this one");
            RunComparison.ClassRun early = new RunComparison.ClassRun(1, HOUSEHOLDS, CHANGES, now.rows().subList(0, 14), nowBand);
            assertThat(RunComparison.of(before, early, MONTHS).text()).startsWith("Famine deaths are counted from January 1930");
            RunComparison.ClassRun partial = new RunComparison.ClassRun(1, HOUSEHOLDS, CHANGES, now.rows().subList(0, 40), nowBand);
            assertThat(RunComparison.of(before, partial, MONTHS).text()).contains("famine deaths from January 1930 to January 1932");
        } finally {
            pool.shutdownNow();
            pool.awaitTermination(30, java.util.concurrent.TimeUnit.SECONDS);  // no build goes on into the next test
        }
    }

    @Test
    void theSentenceSaysLowerOrHigherWithTheIntervalOrThatChanceCannotBeToldApart() {
        double[] before = {7.0e6, 6.1e6, 8.2e6, 5.5e6, 6.6e6, 7.7e6, 9.0e6, 4.9e6, 6.3e6};
        double[] lower = new double[9], unsure = new double[9];
        double[] noise = {0.3e6, -0.5e6, 0.1e6, 0.6e6, -0.2e6, -0.4e6, 0.2e6, 0.0, -0.1e6};
        for (int i = 0; i < 9; i++) {
            lower[i] = before[i] - 1.4e6 + noise[i];
            unsure[i] = before[i] + 0.05e6 + noise[i];
        }
        Estimate d = Paired.of(before, lower).difference();
        assertThat(RunComparison.sentence(before, lower, "1930\u201334", 1)).isEqualTo(String.format(java.util.Locale.ROOT,
                "With the levers of this run, famine deaths 1930\u201334 were %.1f million lower than in the run before "
                        + "(95 %% interval %.1f to %.1f million, from 9 paired runs). In your class's own run (seed 1) alone, "
                        + "they were 1.1 million lower.", -d.mean() / 1e6, -d.ciHigh() / 1e6, -d.ciLow() / 1e6));
        assertThat(RunComparison.sentence(lower, before, "1930\u201334", 1)).contains("million higher than in the run before (95 % interval",
                "they were 1.1 million higher.");
        assertThat(RunComparison.sentence(before, unsure, "1930\u201334", 1)).contains("higher than in the run before on average, "
                + "but the 95 % interval runs from", "cannot tell the change of levers from chance");
        assertThat(RunComparison.sentence(before, before.clone(), "1930\u201334", 1))
                .isEqualTo("With the levers of this run, famine deaths 1930\u201334 were the same as in the run before, in all 9 paired "
                        + "runs: the two runs had the same levers.");
        assertThat(RunComparison.amount(1.44e6, 2e6)).isEqualTo("1.4 million");
        assertThat(RunComparison.amount(0.25e6, 0.4e6)).isEqualTo("0.25 million");
        assertThat(RunComparison.amount(12_345, 40_000)).isEqualTo("12,000");
        assertThat(RunComparison.changes(CHANGES)).containsExactly("1929-10: Procurement cap 30 %", "1931-04: Relief for the hungry 0.90");
    }

    static Scenario small() {
        return Loader.load(HISTORICAL).with("run.households", HOUSEHOLDS, "test");
    }

    /** The class's changes as a saved record, which a headless run replays. */
    Scenario record(List<LeverChange> changes) throws Exception {
        Path file = dir.resolve("record-" + changes.size() + ".yaml");
        Files.writeString(file, ClassroomRecord.yaml(file, HISTORICAL, "historical", 1, HOUSEHOLDS, changes, LocalDateTime.now()));
        return Loader.load(file);
    }

    static RunResult run(Scenario s, long seed) {
        Scenario withSeed = s.with("run.seed", seed, "test");
        return Runner.run(withSeed, Runner.params(withSeed), 2, null);
    }

    /** A band of the plain scenario given each month with the scenario's and the class's changes, as the GUI gives them. */
    static Ensemble band(Scenario plain, List<LeverChange> changes, ExecutorService pool, Ensemble before) {
        Ensemble e = new Ensemble(plain, 1, MONTHS, pool, before, x -> { });
        for (int m = 0; m < MONTHS; m++) {
            List<LeverChange> all = new ArrayList<>(plain.leverChangesAt(m));
            for (LeverChange c : changes) if (c.monthIndex() == m) all.add(c);
            e.release(m, all);
        }
        return e;
    }
}
