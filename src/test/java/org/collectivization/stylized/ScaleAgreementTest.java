package org.collectivization.stylized;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.collectivization.experiment.RunResult;
import org.collectivization.model.Region;
import org.junit.jupiter.api.Test;

/**
 * ODD §2, Scales: every figure is reported in real-world units, so a run of 25,000 simulated
 * households must tell the same national story as one of 250,000. For each figure of summary.json —
 * excess_deaths_total, each excess_deaths_by_region entry, dekulakized_people, grain_procured_total_t
 * and the four herds' loss shares — the difference of the means of ten historical runs at each size
 * (seeds 1-10, the same seeds at both sizes) must have a Welch t interval that contains zero.
 * Five seeds each at 95 % would be the plain test; with 14 figures that fails by luck about half the
 * time (below), so the intervals are Bonferroni-adjusted, and ten seeds are used because with five the
 * heavy tails at 25,000 households made the intervals unreliable: seeds 1-5 missed zero for
 * excess_deaths_by_region.siberia_urals and pigs_loss_share while seeds 6-10 went the other way.
 *
 * <p>How often it may fail by chance: these are 14 intervals at 95 % each. Were the model free of any
 * size effect, each would miss zero with probability 5 %, and if they were independent at least one
 * would miss with probability 1 - 0.95^14 = 51 %; the figures are correlated (the national deaths are
 * the sum of the regions'), so the real family-wise rate lies between 5 % and 51 %. That is far too
 * often for a test, so the intervals are Bonferroni-adjusted: each at 1 - 0.05/14 = 99.64 %, which
 * keeps the chance that any of the 14 misses zero by luck at or below 5 % whatever the correlation —
 * provided the figures are roughly normal across seeds, which Welch's interval assumes. At 25,000
 * households they are not quite: the national campaign's thresholds (the retreat) are crossed by a
 * noisier count, and a few seeds take another path (measured, seed 8 at 25,000: 13.0 M excess deaths
 * against 3.2-8.1 M for seeds 1-7), so with five seeds the sample variance can be small by luck and
 * the real false-failure rate is higher than 5 %. The unadjusted 95 % intervals are in the message.
 *
 * <p>The seeds are fixed and each run is a function of its seed, so the test gives the same answer
 * every time: "chance" is the chance that these particular seeds make a model without a size effect
 * fail, e.g. after a model change.
 */
class ScaleAgreementTest {
    static final long[] SEEDS = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
    static final int SMALL = 25_000;
    /** The default size; 0 keeps the scenario's run.households. */
    static final int DEFAULT = 0;
    static final double CONFIDENCE = 0.95;

    static Map<String, Double> figures(RunResult r) {
        Map<String, Object> s = r.summary();
        Map<String, Double> f = new LinkedHashMap<>();
        f.put("excess_deaths_total", number(s.get("excess_deaths_total")));
        @SuppressWarnings("unchecked")
        Map<String, Object> byRegion = (Map<String, Object>) s.get("excess_deaths_by_region");
        for (Region g : Region.ALL) f.put("excess_deaths_by_region." + g.id, number(byRegion.get(g.id)));
        f.put("dekulakized_people", number(s.get("dekulakized_people")));
        f.put("grain_procured_total_t", number(s.get("grain_procured_total_t")));
        for (String sp : RunResult.SPECIES) f.put(sp + "_loss_share", number(s.get(sp + "_loss_share")));
        return f;
    }

    private static double number(Object o) {
        return ((Number) o).doubleValue();
    }

    @Test
    void nationalFiguresAt25000And250000HouseholdsAgree() {
        List<Map<String, Double>> small = new ArrayList<>(), large = new ArrayList<>();
        for (long seed : SEEDS) {
            small.add(figures(Runs.of("historical", SMALL, seed)));
            large.add(figures(Runs.of("historical", DEFAULT, seed)));
        }
        assertThat(Runs.of("historical", DEFAULT, 1).params.run.households()).isEqualTo(250_000);
        int metrics = small.get(0).size();
        double adjusted = 1 - (1 - CONFIDENCE) / metrics;
        List<String> misses = new ArrayList<>();
        StringBuilder table = new StringBuilder();
        for (String key : small.get(0).keySet()) {
            double[] a = small.stream().mapToDouble(f -> f.get(key)).toArray();
            double[] b = large.stream().mapToDouble(f -> f.get(key)).toArray();
            WelchInterval w95 = WelchInterval.of(a, b, CONFIDENCE);
            WelchInterval w = WelchInterval.of(a, b, adjusted);
            String line = String.format("%s: mean at 25,000 %.6g, at 250,000 %.6g, difference %.4g, 95 %% interval "
                            + "[%.4g, %.4g], %.2f %% interval [%.4g, %.4g]", key, mean(a), mean(b), w.difference(),
                    w95.low(), w95.high(), 100 * adjusted, w.low(), w.high());
            table.append("\n  ").append(line);
            if (!w.containsZero()) misses.add(line);
        }
        assertThat(misses).as("figures whose difference between 25,000 and 250,000 households (seeds 1-10 each) has a "
                + "Bonferroni-adjusted Welch interval (%.2f %% each, family-wise 95 %%) that misses zero; for a model without a "
                + "size effect a false failure has a chance of at most 5 %% if the figures are normal across seeds, more "
                + "if they are heavy-tailed (see the class comment); deterministic for these seeds. All figures:%s",
                100 * adjusted, table).isEmpty();
    }

    private static double mean(double[] x) {
        double s = 0;
        for (double v : x) s += v;
        return s / x.length;
    }
}
