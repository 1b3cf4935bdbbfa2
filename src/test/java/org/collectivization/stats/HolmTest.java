package org.collectivization.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Holm's step-down adjustment, against values worked out by hand. */
class HolmTest {

    @Test
    void adjustsInTheOrderGiven() {
        // sorted: 0.005 x 4 = 0.02; 0.01 x 3 = 0.03; 0.03 x 2 = 0.06; 0.04 x 1 = 0.04, raised to 0.06
        double[] adj = Holm.adjust(new double[] {0.01, 0.04, 0.03, 0.005});
        assertThat(adj[0]).isCloseTo(0.03, within(1e-12));
        assertThat(adj[1]).isCloseTo(0.06, within(1e-12));
        assertThat(adj[2]).isCloseTo(0.06, within(1e-12));
        assertThat(adj[3]).isCloseTo(0.02, within(1e-12));
    }

    @Test
    void capsAtOneAndLeavesNaNOut() {
        double[] adj = Holm.adjust(new double[] {0.5, Double.NaN, 0.4, 1.0});
        // m = 3: 0.4 x 3 = 1.2 -> 1; then 1 for the rest
        assertThat(adj[0]).isEqualTo(1.0);
        assertThat(adj[1]).isNaN();
        assertThat(adj[2]).isEqualTo(1.0);
        assertThat(adj[3]).isEqualTo(1.0);
    }

    @Test
    void oneTestIsLeftAlone() {
        assertThat(Holm.adjust(new double[] {0.023})[0]).isEqualTo(0.023);
    }
}
