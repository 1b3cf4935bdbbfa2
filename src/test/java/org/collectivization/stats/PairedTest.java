package org.collectivization.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** A paired comparison takes scenario minus baseline, pair by pair. */
class PairedTest {

    @Test
    void differencesAreScenarioMinusBaseline() {
        Paired p = Paired.of(new double[] {10, 20, 30, 40}, new double[] {8, 21, 27, 40});
        // differences -2, 1, -3, 0: mean -1, sd = sqrt(((-1)^2 + 2^2 + (-2)^2 + 1^2) / 3) = sqrt(10/3)
        assertThat(p.difference().mean()).isEqualTo(-1.0);
        assertThat(p.difference().sd()).isCloseTo(Math.sqrt(10 / 3.0), within(1e-12));
        assertThat(p.lower()).isEqualTo(2);
        assertThat(p.higher()).isEqualTo(1);
        assertThat(p.equal()).isEqualTo(1);
        assertThat(p.test().nonZero()).isEqualTo(3);
        assertThat(p.identical()).isFalse();
    }

    @Test
    void identicalSamples() {
        Paired p = Paired.of(new double[] {1, 2, 3}, new double[] {1, 2, 3});
        assertThat(p.identical()).isTrue();
        assertThat(p.test().p()).isEqualTo(1.0);
        assertThat(p.difference().ciLow()).isZero();
        assertThat(p.difference().ciHigh()).isZero();
    }
}
