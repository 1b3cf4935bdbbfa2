package org.collectivization.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.apache.commons.math3.random.MersenneTwister;
import org.junit.jupiter.api.Test;

/** Point means, the variance of a mean, and the noise share. */
class ReplicatedTest {

    @Test
    void noiseShareByHand() {
        // means 2, 5, 8: their sample variance is 9; replicate sample variances 2, 2, 8 over R = 2
        // give 1, 1, 4 for the variance of each mean, mean 2; share 2 / 9
        double[][] y = {{1, 3}, {4, 6}, {6, 10}};
        assertThat(Replicated.means(y)).containsExactly(2, 5, 8);
        assertThat(Replicated.varianceOfMeans(y)).containsExactly(1.0, 1.0, 4.0);
        assertThat(Replicated.noiseShare(y)).isCloseTo(2.0 / 9, within(1e-15));
    }

    @Test
    void oneReplicateHasNoNoiseEstimate() {
        assertThat(Replicated.noiseShare(new double[][] {{1}, {2}})).isNaN();
    }

    @Test
    void noiseShareOfASignalWithKnownNoise() {
        // f(x) = 10 x on 2,000 Latin-hypercube points of [0, 1] (Var f = 100 / 12), plus N(0, τ² = 4)
        // noise, R = 4: the share is (4 / 4) / (100 / 12 + 4 / 4) = 0.1071. Seed 7 for the design and
        // the noise. Over seeds 1-200 the estimate stayed within 0.006 of it (measured once), so the
        // bound 0.02 fails by chance in fewer than 1 run in 200.
        MersenneTwister rng = new MersenneTwister(7);
        double[][] x = LatinHypercube.unit(2000, 1, rng);
        double tau = 2;
        int r = 4;
        double[][] y = new double[x.length][r];
        for (int i = 0; i < x.length; i++) for (int k = 0; k < r; k++) y[i][k] = 10 * x[i][0] + tau * rng.nextGaussian();

        double expected = (tau * tau / r) / (100.0 / 12 + tau * tau / r);
        assertThat(expected).isCloseTo(0.1071, within(1e-4));
        assertThat(Replicated.noiseShare(y)).isCloseTo(expected, within(0.02));
    }
}
