package org.collectivization.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.collectivization.experiment.Metrics;
import org.collectivization.stats.Estimate;
import org.junit.jupiter.api.Test;

/** How a study's report states a mean with its interval. */
class StudyTextTest {

    private static Metrics.Metric metric(String id) {
        return Metrics.ALL.get(Metrics.index(id));
    }

    @Test
    void aMeanIsGivenWithItsInterval() {
        assertThat(StudyText.estimate(metric("dekulakized_people"), new Estimate(4_900_000, 300_000, 4_600_000, 5_200_000, 20)))
                .isEqualTo("4.9 million (95\u00a0% CI 4.6\u20135.2 million)");
    }

    @Test
    void aCountsIntervalIsCutAtZeroAndSaysSo() {
        assertThat(StudyText.estimate(metric("officials_killed_1930"), new Estimate(1_667, 2_887, -5_504, 8_838, 3)))
                .isEqualTo("1,667 (95\u00a0% CI 0\u20138,838, cut at zero)");
    }

    /** Excess deaths can be negative (fewer deaths than at the normal rate): their interval is never cut. */
    @Test
    void excessDeathsKeepTheirWholeInterval() {
        assertThat(StudyText.estimate(metric("excess_deaths_volga"), new Estimate(-2_000, 5_000, -10_000, 6_000, 5)))
                .isEqualTo("\u22122,000 (95\u00a0% CI \u221210,000 to 6,000)");
        assertThat(StudyText.estimate(metric("excess_deaths_total"), new Estimate(-6_000, 1_000, -9_000, -3_000, 5)))
                .doesNotContain("cut at zero");
    }

    @Test
    void aShareMayRunBelowZero() {
        assertThat(StudyText.estimate(metric("cattle_loss_share"), new Estimate(-0.1, 0.02, -0.12, -0.08, 20)))
                .doesNotContain("cut at zero");
    }

    /** 21 figures: Holm's smallest adjusted p is 21 x 2 / 2^n, below 0.05 from n = 10 on. */
    @Test
    void tooFewPairsAreNamedOnlyWhileNoAdjustedPCanFallBelowFivePerCent() {
        assertThat(StudyText.tooFewPairs(9, 21)).hasValueSatisfying(t -> assertThat(t)
                .startsWith("With 9 replicates of each scenario, the signed-rank test cannot give a p-value below 0.0039,")
                .contains("Holm\u2019s adjustment over 21 figures", "At least 10 replicates are needed"));
        assertThat(StudyText.tooFewPairs(10, 21)).isEmpty();
        assertThat(StudyText.tooFewPairs(5, 1)).hasValueSatisfying(t -> assertThat(t).contains("below 0.0625"));
        assertThat(StudyText.tooFewPairs(6, 1)).isEmpty();
    }
}
