package org.collectivization.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** ODD 4.8: the label cap is the target rounded at random, right on average. */
class DekulakizationTest {

    @ParameterizedTest
    @CsvSource({
            // target, u, cap
            "4.3, 0.0, 4", "4.3, 0.69, 4", "4.3, 0.7, 5", "4.3, 0.99, 5",
            "40, 0.0, 40", "40, 0.99, 40", "0.2, 0.5, 0", "0.2, 0.85, 1"})
    void theTargetIsRoundedDownOrUpByTheDistrictsUniformNumber(double target, double u, int cap) {
        assertThat(Dekulakization.labelCap(target, u)).isEqualTo(cap);
    }

    /** Over u spread evenly on [0, 1), the mean cap is the target: no bias at any district size. */
    @ParameterizedTest
    @CsvSource({"4.3", "0.2", "41.75", "7"})
    void onAverageTheCapIsTheTarget(double target) {
        int n = 100_000;
        double sum = 0;
        for (int i = 0; i < n; i++) sum += Dekulakization.labelCap(target, (i + 0.5) / n);
        assertThat(sum / n).isCloseTo(target, within(1e-4));
    }
}
