package org.collectivization.stylized;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.apache.commons.math3.stat.inference.TestUtils;
import org.junit.jupiter.api.Test;

/** The Welch interval used by the scale test, checked by hand and against Commons Math's Welch test. */
class WelchIntervalTest {
    static final double[] A = {1, 2, 3, 4, 5};
    static final double[] B = {2, 4, 6, 8, 10};

    @Test
    void differenceAndWelchSatterthwaiteDegreesOfFreedomByHand() {
        // means 3 and 6; variances 2.5 and 10; se^2 = 2.5/5 + 10/5 = 2.5; df = 2.5^2 / (0.5^2/4 + 2^2/4) = 6.25 / 1.0625
        WelchInterval w = WelchInterval.of(A, B, 0.95);
        assertThat(w.difference()).isEqualTo(-3.0);
        assertThat(w.degreesOfFreedom()).isCloseTo(6.25 / 1.0625, within(1e-12));
        assertThat((w.low() + w.high()) / 2).isCloseTo(-3.0, within(1e-12));
    }

    @Test
    void theIntervalAtConfidenceOneMinusPJustTouchesZero() {
        // Welch's two-sided test (Commons Math) rejects at level alpha exactly when the 1 - alpha interval excludes 0
        double p = TestUtils.tTest(A, B);
        WelchInterval w = WelchInterval.of(A, B, 1 - p);
        assertThat(w.high()).isCloseTo(0, within(1e-9));
        assertThat(WelchInterval.of(A, B, 1 - p * 1.01).containsZero()).isFalse();
        assertThat(WelchInterval.of(A, B, 1 - p * 0.99).containsZero()).isTrue();
    }

    @Test
    void samplesWithoutSpreadGiveAPointInterval() {
        WelchInterval same = WelchInterval.of(new double[] {2, 2}, new double[] {2, 2, 2}, 0.95);
        assertThat(same.containsZero()).isTrue();
        WelchInterval apart = WelchInterval.of(new double[] {2, 2}, new double[] {3, 3}, 0.95);
        assertThat(apart.containsZero()).isFalse();
    }
}
