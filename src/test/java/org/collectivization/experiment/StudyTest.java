package org.collectivization.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.collectivization.report.StudyReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Comparisons and sweeps end to end, at small sizes: a paired comparison finds what the policies
 * change and nothing where nothing changes; the output does not depend on the number of threads or
 * on splitting the study into tasks; a sweep writes its points.
 */
class StudyTest {
    static final Path HISTORICAL = Path.of("scenarios/historical.yaml");
    static final Path RELIEF = Path.of("scenarios/responsive-relief.yaml");

    @TempDir
    Path tmp;

    static List<Map<String, String>> csv(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file);
        String[] head = lines.get(0).split(",");
        List<Map<String, String>> rows = new ArrayList<>();
        for (String l : lines.subList(1, lines.size())) {
            String[] f = l.split(",");
            Map<String, String> row = new java.util.LinkedHashMap<>();
            for (int i = 0; i < head.length; i++) row.put(head[i], f[i]);
            rows.add(row);
        }
        return rows;
    }

    static Map<String, String> row(List<Map<String, String>> rows, String scenario, String metric) {
        return rows.stream().filter(r -> r.get("scenario").equals(scenario) && r.get("metric").equals(metric))
                .findFirst().orElseThrow();
    }

    /**
     * Seeds 1-12 at 5,000 households. A check on the model, not on chance alone: at this size
     * responsive-relief had fewer famine deaths than historical in 11 of 12 pairs (Wilcoxon p = 0.012,
     * 5 December 2026, with the milk cow of ODD 4.3; with seeds 1-8 it was 7 of 8, p = 0.078, which the
     * exact test cannot bring below 0.05 with one pair the other way). A change in the model may move these
     * numbers; the test then says so.
     */
    @Test
    void responsiveReliefHasFewerFamineDeathsAndHistoricalAgainstItselfIsIdentical() throws IOException {
        Study study = Study.compare(List.of(HISTORICAL, RELIEF, HISTORICAL), 12, 0, 5000, "test", "test");
        Path out = tmp.resolve("compare");

        StudyJob.runWhole(study, out, 2, null, Map.of(), null, false);

        List<Map<String, String>> comparison = csv(out.resolve("comparison.csv"));
        Map<String, String> deaths = row(comparison, "responsive-relief", "excess_deaths_total");
        System.out.println("historical vs responsive-relief, 5,000 households, seeds 1-12: " + deaths);
        assertThat(Double.parseDouble(deaths.get("diff_mean"))).isNegative();
        assertThat(Double.parseDouble(deaths.get("p_value"))).isLessThan(0.05);
        assertThat(deaths.get("test")).isEqualTo("wilcoxon_signed_rank_exact");
        assertThat(deaths.get("n")).isEqualTo("12");

        List<Map<String, String>> self = comparison.stream().filter(r -> r.get("scenario").equals("historical-2")).toList();
        assertThat(self).hasSize(Metrics.ALL.size());
        for (Map<String, String> r : self) {
            assertThat(r.get("test")).as(r.get("metric")).isEqualTo("identical");
            assertThat(r.get("p_value")).isEqualTo("1");
            assertThat(r.get("p_adjusted")).isEqualTo("1");
            assertThat(r.get("diff_mean")).isEqualTo("0");
            assertThat(r.get("mean_baseline")).isEqualTo(r.get("mean_scenario"));
        }
        List<Map<String, String>> replicates = csv(out.resolve("replicates.csv"));
        assertThat(replicates).extracting(r -> r.get("scenario") + "/" + r.get("replicate") + "/" + r.get("seed"))
                .startsWith("historical/1/1", "historical/2/2").contains("responsive-relief/12/12", "historical-2/1/1");
        assertThat(Files.readString(out.resolve("summary.csv"))).startsWith("scenario,metric,mean,sd,ci_low,ci_high,n\n");
    }

    private Study small() {
        return Study.compare(List.of(HISTORICAL, RELIEF), 3, 10, 3000, "test", "test");
    }

    @Test
    void oneThreadAndTwoWriteTheSameFiles() throws IOException {
        Path one = tmp.resolve("one"), two = tmp.resolve("two");
        StudyJob.runWhole(small(), one, 1, null, Map.of(), StudyReport::write, false);
        StudyJob.runWhole(small(), two, 2, null, Map.of(), StudyReport::write, false);

        assertSameFiles(one, two);
    }

    @Test
    void threeTasksCollectedWriteWhatOneRunWrites() throws IOException {
        Path whole = tmp.resolve("whole"), split = tmp.resolve("split");
        StudyJob.runWhole(small(), whole, 2, null, Map.of(), StudyReport::write, false);
        for (int i = 2; i >= 0; i--) StudyJob.runTask(small(), new TaskShare(i, 3), split, 1, null, Map.of());

        StudyJob.collect(split, Map.of(), StudyReport::write);

        assertSameFiles(whole, split);
        assertThat(Files.exists(split.resolve("manifest.json"))).isTrue();
    }

    /** Every file but manifest.json (and the tasks' own folders) byte for byte, and none missing. */
    static void assertSameFiles(Path a, Path b) throws IOException {
        List<String> fa = files(a), fb = files(b);
        assertThat(fb).containsExactlyElementsOf(fa);
        assertThat(fa).contains("replicates.csv", "summary.csv", "comparison.csv", "series.csv", "report.html",
                "charts/1-famine-deaths-difference.png", "study.json");
        for (String f : fa) {
            if (f.equals("manifest.json")) continue;
            assertThat(Files.readAllBytes(b.resolve(f))).as(f).isEqualTo(Files.readAllBytes(a.resolve(f)));
        }
    }

    private static List<String> files(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString().replace('\\', '/'))
                    .filter(p -> !p.startsWith("tasks/")).sorted().toList();
        }
    }

    /**
     * A grid over the share of the estimated harvest the plan may take (5,000 households, seeds 1-4):
     * the points are those asked for, and famine deaths rise with the share.
     */
    @Test
    void sweepOfTheProcurementShareWritesItsPointsAndDeathsRise() throws IOException {
        Design.Vary v = Design.Vary.parse("procurement.share_of_estimate_cap=0.10:0.45:0.05");
        Study study = Study.sweep(HISTORICAL, List.of(v), Design.Kind.GRID, null, Design.grid(List.of(v)), 4, 0, 5000,
                "test", "test");
        Path out = tmp.resolve("sweep");

        StudyJob.runWhole(study, out, 2, null, Map.of(), StudyReport::write, false);

        assertThat(Files.readAllLines(out.resolve("design.csv"))).containsExactly("point,procurement.share_of_estimate_cap",
                "1,0.1", "2,0.15", "3,0.2", "4,0.25", "5,0.3", "6,0.35", "7,0.4", "8,0.45");
        List<Double> deaths = new ArrayList<>();
        for (String l : Files.readAllLines(out.resolve("sweep.csv"))) {
            String[] f = l.split(",");
            if (f[2].equals("excess_deaths_total")) deaths.add(Double.parseDouble(f[3]));
        }
        System.out.println("famine deaths by share 0.10..0.45 (5,000 households, seeds 1-4): " + deaths);
        assertThat(deaths).hasSize(8);
        assertThat(deaths.get(7)).isGreaterThan(2 * deaths.get(0));
        assertThat(spearman(deaths)).as("rank correlation of deaths with the share").isGreaterThan(0.8);
        assertThat(Files.readString(out.resolve("sweep.csv")))
                .startsWith("point,procurement.share_of_estimate_cap,metric,mean,sd,ci_low,ci_high,n\n");
        assertThat(out.resolve("charts/1-excess-deaths-total-vs-procurement-share-of-estimate-cap.png")).exists();
    }

    /** Spearman's rank correlation of values with their position (0, 1, 2, ...); ties get mean ranks. */
    static double spearman(List<Double> y) {
        int n = y.size();
        double[] rank = new double[n];
        for (int i = 0; i < n; i++) {
            double below = 0, same = 0;
            for (double v : y) {
                if (v < y.get(i)) below++;
                else if (v == y.get(i)) same++;
            }
            rank[i] = below + (same + 1) / 2;
        }
        double mx = (n + 1) / 2.0, sxy = 0, sxx = 0, syy = 0;
        for (int i = 0; i < n; i++) {
            sxy += (i + 1 - mx) * (rank[i] - mx);
            sxx += (i + 1 - mx) * (i + 1 - mx);
            syy += (rank[i] - mx) * (rank[i] - mx);
        }
        return sxy / Math.sqrt(sxx * syy);
    }
}
