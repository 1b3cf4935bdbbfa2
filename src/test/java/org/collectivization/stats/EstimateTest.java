package org.collectivization.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The mean and its t interval, against values worked out by hand. */
class EstimateTest {

    @Test
    void tIntervalOfOneToFive() {
        // mean 3, sd = sqrt(10 / 4) = 1.5811388; t(0.975, 4) = 2.7764451 (tables);
        // half width = 2.7764451 * 1.5811388 / sqrt(5) = 1.9632432
        Estimate e = Estimate.of(new double[] {1, 2, 3, 4, 5});

        assertThat(e.mean()).isEqualTo(3.0);
        assertThat(e.sd()).isCloseTo(1.5811388, within(1e-7));
        assertThat(e.ciLow()).isCloseTo(3 - 1.9632432, within(1e-6));
        assertThat(e.ciHigh()).isCloseTo(3 + 1.9632432, within(1e-6));
        assertThat(e.n()).isEqualTo(5);
    }

    @Test
    void criticalValuesMatchTables() {
        assertThat(Estimate.tQuantile(0.95, 1)).isCloseTo(12.7062047, within(1e-6));
        assertThat(Estimate.tQuantile(0.95, 19)).isCloseTo(2.0930241, within(1e-6));
        assertThat(Estimate.tQuantile(0.95, 1_000_000)).isCloseTo(1.959964, within(1e-5));
    }

    @Test
    void noSpreadGivesThePointAndOneValueGivesNoInterval() {
        Estimate same = Estimate.of(new double[] {7, 7, 7});
        assertThat(same.ciLow()).isEqualTo(7.0);
        assertThat(same.ciHigh()).isEqualTo(7.0);

        Estimate one = Estimate.of(new double[] {4});
        assertThat(one.mean()).isEqualTo(4.0);
        assertThat(one.sd()).isNaN();
        assertThat(one.ciLow()).isNaN();
    }
}
