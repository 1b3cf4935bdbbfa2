package org.collectivization.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * Sobol' indices against analytic values. The design is Commons Math's fixed Sobol' sequence, so
 * the estimates are deterministic; only the bootstrap intervals depend on a seed, stated per test.
 */
class SobolTest {

    private static final List<String> XYZ = List.of("x1", "x2", "x3");

    @Test
    void ishigamiIndicesAtN4096() {
        // seed 1 for the bootstrap; the estimates are deterministic. With bootstrap seeds 1-200 every
        // analytic value lay in its 95 % interval in all 200 (measured once, outside the test).
        Sobol.Design d = Sobol.design(Groups.each(XYZ), 4096);
        Sobol.Result r = Sobol.analyse(d, TestFunctions.run(d.points(), TestFunctions::ishigami), 0.95, 1000, 1);

        double v = TestFunctions.ishigamiV();
        double[] s1 = {TestFunctions.ishigamiV1() / v, TestFunctions.ishigamiV2() / v, 0};
        double[] st = {(TestFunctions.ishigamiV1() + TestFunctions.ishigamiV13()) / v, TestFunctions.ishigamiV2() / v,
            TestFunctions.ishigamiV13() / v};
        assertThat(s1[0]).isCloseTo(0.3139, within(1e-4));
        assertThat(st[2]).isCloseTo(0.2437, within(1e-4));
        for (int i = 0; i < 3; i++) {
            Sobol.Index x = r.indices().get(i);
            assertThat(x.s1()).as("S1 of x%d", i + 1).isCloseTo(s1[i], within(0.03));
            assertThat(x.st()).as("ST of x%d", i + 1).isCloseTo(st[i], within(0.03));
            assertThat(x.s1Interval().holds(s1[i])).as("S1 of x%d in %s", i + 1, x.s1Interval()).isTrue();
            assertThat(x.stInterval().holds(st[i])).as("ST of x%d in %s", i + 1, x.stInterval()).isTrue();
        }
        assertThat(r.variance()).isCloseTo(v, within(0.02 * v));
    }

    @Test
    void ishigamiFlagsOnlyTheInertFirstOrderIndex() {
        // seed 1; x3 has S1 = 0 exactly, so its interval must hold zero; the others are far from zero
        Sobol.Design d = Sobol.design(Groups.each(XYZ), 4096);
        Sobol.Result r = Sobol.analyse(d, TestFunctions.run(d.points(), TestFunctions::ishigami), 0.95, 1000, 1);

        assertThat(r.indices()).extracting(Sobol.Index::s1IntervalHoldsZero).containsExactly(false, false, true);
        assertThat(r.indices()).extracting(Sobol.Index::stIntervalHoldsZero).containsExactly(false, false, false);
        assertThat(r.indices()).extracting(Sobol.Index::firstAboveTotal).containsExactly(false, false, false);
        assertThat(r.warnings()).hasSize(1);
        assertThat(r.warnings().get(0)).startsWith("x3: the interval of S1 [").contains("includes zero").endsWith(".");
    }

    @Test
    void firstOrderAboveTotalIsFlagged() {
        // a hand-made case, no chance involved: f(A) = 0, f(B) = f(AB) = ±1, so S1 = mean(f(B)²) / V = 2
        // and ST = mean(f(B)²) / 2 / V = 1 (V = 0.5 over A and B), and S1 − ST > 0 in every resample
        Sobol.Design d = Sobol.design(Groups.each(List.of("p")), 4);
        double[][] y = {{0}, {0}, {0}, {0}, {1}, {-1}, {1}, {-1}, {1}, {-1}, {1}, {-1}};
        Sobol.Result r = Sobol.analyse(d, y, 0.95, 100, 1);

        Sobol.Index p = r.indices().get(0);
        assertThat(r.variance()).isEqualTo(0.5);
        assertThat(p.s1()).isEqualTo(2.0);
        assertThat(p.st()).isEqualTo(1.0);
        assertThat(p.firstAboveTotal()).isTrue();
        assertThat(p.warning()).isEqualTo("p: S1 (2.000) exceeds ST (1.000) beyond its interval, so this index is not"
                + " resolved; an inert factor shows this, otherwise try more samples or replicates.");
    }

    @Test
    void pureNoiseHasNoFirstOrderEffectAndATotalOrderOfOne() {
        // f = N(0, 1) noise, 4 replicates, noise seed 3 and bootstrap seed 1. Noise inflates ST to 1
        // (f(A) and f(AB) are independent), which the noise share of about 1 says. Over noise seeds
        // 1-200 the bounds below failed in 0 runs (measured once, outside the test; the extremes were
        // ST 0.88 and |S1| 0.13).
        Sobol.Design d = Sobol.design(Groups.each(XYZ), 1024);
        var rng = new org.apache.commons.math3.random.MersenneTwister(3);
        double[][] y = new double[d.points().size()][4];
        for (double[] row : y) for (int k = 0; k < row.length; k++) row[k] = rng.nextGaussian();
        Sobol.Result r = Sobol.analyse(d, y, 0.95, 1000, 1);

        assertThat(r.noiseShare()).isBetween(0.8, 1.2);
        assertThat(r.indices()).allSatisfy(x -> {
            assertThat(x.s1()).isBetween(-0.25, 0.25);
            assertThat(x.st()).isBetween(0.75, 1.25);
        });
    }

    @Test
    void gFunctionIndicesAtN4096() {
        // seed 2 for the bootstrap; estimates deterministic. Bounds: 0.03 on every index.
        double[] a = {0, 1, 4.5, 9, 99, 99};
        List<String> names = List.of("x1", "x2", "x3", "x4", "x5", "x6");
        Sobol.Design d = Sobol.design(Groups.each(names), 4096);
        Sobol.Result r = Sobol.analyse(d, TestFunctions.run(d.points(), TestFunctions.gFunction(a)), 0.95, 1000, 2);

        double v = TestFunctions.gVariance(a);
        for (int i = 0; i < a.length; i++) {
            double vi = TestFunctions.gPartial(a[i]);
            double others = 1;
            for (int j = 0; j < a.length; j++) if (j != i) others *= 1 + TestFunctions.gPartial(a[j]);
            double s1 = vi / v, st = vi * others / v;
            Sobol.Index x = r.indices().get(i);
            assertThat(x.s1()).as("S1 of x%d", i + 1).isCloseTo(s1, within(0.03));
            assertThat(x.st()).as("ST of x%d", i + 1).isCloseTo(st, within(0.03));
            assertThat(x.s1Interval().holds(s1)).as("S1 of x%d = %f in %s", i + 1, s1, x.s1Interval()).isTrue();
            assertThat(x.stInterval().holds(st)).as("ST of x%d = %f in %s", i + 1, st, x.stInterval()).isTrue();
        }
    }

    @Test
    void groupedIshigamiFirstOrderIsS1PlusS3PlusS13() {
        // seed 1; estimates deterministic. The group {x1, x3} explains V1 + V3 + V13 together.
        Groups g = Groups.of(XYZ, Map.of("x1+x3", List.of("x1", "x3")));
        assertThat(g.names()).containsExactly("x1+x3", "x2");
        Sobol.Design d = Sobol.design(g, 4096);
        assertThat(d.points()).hasSize(4096 * 4);
        Sobol.Result r = Sobol.analyse(d, TestFunctions.run(d.points(), TestFunctions::ishigami), 0.95, 1000, 1);

        double v = TestFunctions.ishigamiV();
        double group = (TestFunctions.ishigamiV1() + TestFunctions.ishigamiV13()) / v;
        assertThat(group).isCloseTo(0.3139 + 0 + 0.2437, within(1e-3));
        Sobol.Index x13 = r.indices().get(0);
        assertThat(x13.group()).isEqualTo("x1+x3");
        assertThat(x13.s1()).isCloseTo(group, within(0.03));
        assertThat(x13.s1Interval().holds(group)).isTrue();
        // with x2 the only other input and no x2 interaction, the group's total index is the same
        assertThat(x13.st()).isCloseTo(group, within(0.03));
        assertThat(r.indices().get(1).s1()).isCloseTo(TestFunctions.ishigamiV2() / v, within(0.03));
    }

    @Test
    void designIsARowsThenBRowsThenOneColumnSwapPerGroup() {
        Groups g = Groups.of(List.of("p", "q", "r"), Map.of("pr", List.of("p", "r")));
        Sobol.Design d = Sobol.design(g, 4);
        assertThat(d.points()).hasSize(4 * (2 + 2));
        for (int j = 0; j < 4; j++) {
            double[] a = d.points().get(d.rowA(j)), b = d.points().get(d.rowB(j));
            assertThat(d.points().get(d.rowAB(0, j))).containsExactly(b[0], a[1], b[2]);
            assertThat(d.points().get(d.rowAB(1, j))).containsExactly(a[0], b[1], a[2]);
        }
        // the second point of the 6-dimensional Sobol' sequence is (0.5, ..., 0.5)
        assertThat(d.points().get(d.rowA(1))).containsExactly(0.5, 0.5, 0.5);
    }

    @Test
    void refusesASampleCountThatIsNotAPowerOfTwo() {
        Groups g = Groups.each(XYZ);
        assertThatThrownBy(() -> Sobol.design(g, 1000)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("--samples must be a power of two for Sobol (Saltelli's design), got 1000; try 1024");
        assertThatThrownBy(() -> Sobol.design(g, 600)).hasMessageEndingWith("got 600; try 512");
        assertThatThrownBy(() -> Sobol.design(g, 0)).hasMessageContaining("positive power of two");
        assertThat(Sobol.design(g, 1024).points()).hasSize(1024 * 5);
    }

    @Test
    void sameSeedSameResultOtherSeedOtherIntervals() {
        Sobol.Design d = Sobol.design(Groups.each(XYZ), 256);
        double[][] y = TestFunctions.run(d.points(), TestFunctions::ishigami);
        assertThat(Sobol.analyse(d, y, 0.95, 200, 5)).isEqualTo(Sobol.analyse(d, y, 0.95, 200, 5));
        assertThat(Sobol.analyse(d, y, 0.95, 200, 6).indices().get(0).s1Interval())
                .isNotEqualTo(Sobol.analyse(d, y, 0.95, 200, 5).indices().get(0).s1Interval());
    }

    /** At N = 4 the sequence's 2nd and 4th dimensions start alike: with k = 2 the second parameter's AB would be A. */
    @org.junit.jupiter.api.Test
    void aDesignThatCannotSeparateAParameterIsRefused() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Sobol.design(Groups.each(java.util.List.of("a", "b")), 4))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("--samples 4 is too small for 2 parameters: Saltelli's design gives 'b' the same values in "
                        + "both halves, so its indices cannot be estimated; try 8 or more");
        org.assertj.core.api.Assertions.assertThat(Sobol.design(Groups.each(java.util.List.of("a", "b")), 8).points())
                .hasSize(32);
    }
}
