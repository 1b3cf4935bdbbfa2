package org.collectivization.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.function.IntToDoubleFunction;

import org.junit.jupiter.api.Test;

/**
 * Shapley values and interaction indices against toy functions whose values are known by hand. A cell
 * is a bitmask: bit i set means factor i is present.
 */
class ShapleyTest {

    private static double[] cells(int k, IntToDoubleFunction f) {
        double[] c = new double[1 << k];
        for (int s = 0; s < c.length; s++) c[s] = f.applyAsDouble(s);
        return c;
    }

    private static double on(int s, int i) {
        return (s >> i) & 1;
    }

    /** f = 3a + 2b + c + 4ab + 2bcd: a: 3 + 4/2, b: 2 + 4/2 + 2/3, c: 1 + 2/3, d: 2/3. */
    private static double toy4(int s) {
        double a = on(s, 0), b = on(s, 1), c = on(s, 2), d = on(s, 3);
        return 3 * a + 2 * b + c + 4 * a * b + 2 * b * c * d;
    }

    private static final double[] TOY4 = {5, 2 + 2 + 2.0 / 3, 1 + 2.0 / 3, 2.0 / 3};

    @Test
    void additiveFunctionGivesEachFactorItsOwnEffect() {
        double[] effect = {10, -4, 0, 2.5, 7, 1, -1, 3};
        double[] c = cells(8, s -> {
            double v = 100;
            for (int i = 0; i < 8; i++) v += effect[i] * on(s, i);
            return v;
        });
        double[] phi = Shapley.exact(c, 8);
        for (int i = 0; i < 8; i++) assertThat(phi[i]).as("factor %d", i).isCloseTo(effect[i], within(1e-9));
        double[][] in = Shapley.interactions(c, 8);
        for (int i = 0; i < 8; i++) {
            for (int j = 0; j < 8; j++) if (i != j) assertThat(in[i][j]).isCloseTo(0, within(1e-9));
        }
    }

    @Test
    void pureTwoWayInteractionIsSplitEqually() {
        // f = 6 when factors 1 and 3 are both present, else 0; factors 0 and 2 do nothing
        double[] c = cells(4, s -> on(s, 1) * on(s, 3) * 6);
        assertThat(Shapley.exact(c, 4)).containsExactly(new double[] {0, 3, 0, 3}, within(1e-12));
        double[][] in = Shapley.interactions(c, 4);
        // the only subset in which both matter: the interaction index is the whole of it
        assertThat(in[1][3]).isCloseTo(6, within(1e-12));
        assertThat(in[3][1]).isCloseTo(6, within(1e-12));
        assertThat(in[0][1]).isCloseTo(0, within(1e-12));
        assertThat(in[0][2]).isCloseTo(0, within(1e-12));
        assertThat(in[0][0]).isNaN();
    }

    @Test
    void eitherFactorAloneSufficesIsANegativeInteraction() {
        // f = 1 if a or b: each alone does all that both do, so the Shapley values split it and I_ab = −1
        double[] c = cells(2, s -> Math.max(on(s, 0), on(s, 1)));
        assertThat(Shapley.exact(c, 2)).containsExactly(new double[] {0.5, 0.5}, within(1e-12));
        assertThat(Shapley.interactions(c, 2)[0][1]).isCloseTo(-1, within(1e-12));
    }

    @Test
    void valuesSumToTheTotalDifference() {
        // efficiency on an arbitrary function of eight factors with large values (deaths-sized numbers)
        double[] c = cells(8, s -> 1e6 * Math.sin(s * 0.37) + 5e6 * Integer.bitCount(s) + 3e5 * (s % 7));
        double sum = 0;
        for (double p : Shapley.exact(c, 8)) sum += p;
        assertThat(sum).isCloseTo(c[255] - c[0], within(1e-6 * Math.abs(c[255] - c[0]) + 1e-3));
    }

    @Test
    void knownValuesOfAFunctionWithInteractions() {
        assertThat(Shapley.exact(cells(4, ShapleyTest::toy4), 4)).containsExactly(TOY4, within(1e-12));
        double[][] in = Shapley.interactions(cells(4, ShapleyTest::toy4), 4);
        // 4ab: I_ab = 4; 2bcd: each pair of b, c, d gets 2 × (weight of the subset holding the third) = 2 × 1/2
        assertThat(in[0][1]).isCloseTo(4, within(1e-12));
        assertThat(in[1][2]).isCloseTo(1, within(1e-12));
        assertThat(in[2][3]).isCloseTo(1, within(1e-12));
        assertThat(in[0][2]).isCloseTo(0, within(1e-12));
    }

    @Test
    void sampledPermutationsConvergeToTheExactValues() {
        // seed 1, 2,000 orders. The marginal contributions have sd at most 2.1, so the standard error is at
        // most 0.047 and the tolerance 0.2 is 4.3 standard errors: at a seed drawn at random a factor would
        // fail with probability below 1e-4. The sum holds in every sample.
        List<int[]> orders = Shapley.permutations(4, 2000, 1);
        double[] phi = Shapley.sampled(ShapleyTest::toy4, 4, orders);
        assertThat(phi).containsExactly(TOY4, within(0.2));
        assertThat(phi[0] + phi[1] + phi[2] + phi[3]).isCloseTo(toy4(15) - toy4(0), within(1e-9));
        assertThat(Shapley.sampled(ShapleyTest::toy4, 4, Shapley.permutations(4, 2000, 1))).containsExactly(phi);
    }

    @Test
    void ordersVisitOnlyTheCellsOnTheirPaths() {
        List<int[]> orders = List.of(new int[] {0, 1, 2}, new int[] {2, 1, 0});
        assertThat(Shapley.cellsVisited(orders)).containsExactly(0, 1, 3, 4, 6, 7);
        assertThat(Shapley.permutations(5, 3, 7)).allSatisfy(o -> assertThat(o).containsExactlyInAnyOrder(0, 1, 2, 3, 4));
    }

    @Test
    void refusesCellsOfTheWrongCount() {
        assertThatThrownBy(() -> Shapley.exact(new double[5], 2)).hasMessageContaining("expected 2^k = 4");
        assertThatThrownBy(() -> Shapley.interactions(new double[2], 1)).hasMessageContaining("two factors");
    }
}
