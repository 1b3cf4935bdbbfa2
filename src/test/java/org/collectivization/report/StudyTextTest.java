package org.collectivization.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.collectivization.experiment.Metrics;
import org.collectivization.stats.Estimate;
import org.junit.jupiter.api.Test;

/** How a study's report states a mean with its interval. */
class StudyTextTest {

    @Test
    void aMeanIsGivenWithItsInterval() {
        assertThat(StudyText.estimate(Metrics.Kind.PEOPLE, new Estimate(4_900_000, 300_000, 4_600_000, 5_200_000, 20)))
                .isEqualTo("4.9 million (95\u00a0% CI 4.6\u20135.2 million)");
    }

    @Test
    void aCountsIntervalIsCutAtZeroAndSaysSo() {
        assertThat(StudyText.estimate(Metrics.Kind.PEOPLE, new Estimate(1_667, 2_887, -5_504, 8_838, 3)))
                .isEqualTo("1,667 (95\u00a0% CI 0\u20138,838, cut at zero)");
    }

    @Test
    void aShareMayRunBelowZero() {
        assertThat(StudyText.estimate(Metrics.Kind.SHARE, new Estimate(-0.1, 0.02, -0.12, -0.08, 20)))
                .doesNotContain("cut at zero");
    }
}
