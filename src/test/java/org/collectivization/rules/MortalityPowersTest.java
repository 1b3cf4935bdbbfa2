package org.collectivization.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The remembered powers give the very numbers Math.pow gives, and the binomial draw with them is the same draw. */
class MortalityPowersTest {
    @Test
    void powersAreMathPowWhateverTheOrderOfTheQuestions() {
        Mortality.Powers powers = new Mortality.Powers(20);
        Random r = new Random(13);
        double[] bases = {0.99, 0.999, 1 - 1e-3 / 3, 0.5, 0.0, -0.0, 1.0, Double.NaN, 0.97};
        for (int i = 0; i < 100_000; i++) {
            double base = bases[r.nextInt(bases.length)];
            int n = r.nextInt(25) - 2;  // some outside what is remembered, some negative
            assertThat(Double.doubleToRawLongBits(powers.pow(base, n)))
                    .as("%s^%d", base, n).isEqualTo(Double.doubleToRawLongBits(Math.pow(base, n)));
        }
    }

    @Test
    void binomialWithRememberedPowersIsTheSameDraw() {
        Mortality.Powers powers = new Mortality.Powers(127);
        Random r = new Random(17);
        double[] ps = {0.002, 0.0035, 0.25, 0.9, 0, 1, 1.5, -0.1, 1e-9};
        for (int i = 0; i < 100_000; i++) {
            int n = r.nextInt(16) - 1;
            double p = r.nextInt(3) == 0 ? r.nextDouble() : ps[r.nextInt(ps.length)];
            double u = r.nextInt(50) == 0 ? 1 - 1e-12 : r.nextDouble();
            assertThat(Mortality.binomial(n, p, u, powers)).isEqualTo(Mortality.binomial(n, p, u));
        }
    }
}
