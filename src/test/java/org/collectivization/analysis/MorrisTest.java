package org.collectivization.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Morris's elementary effects on functions whose effects are known. */
class MorrisTest {

    private static final List<String> FOUR = List.of("x1", "x2", "x3", "x4");

    /** f = 10 x1 + 5 x2 + x3 + 0 x4: every elementary effect is exactly the coefficient. */
    private static double linear(double[] u) {
        return 10 * u[0] + 5 * u[1] + u[2];
    }

    @Test
    void linearFunctionGivesItsCoefficientsExactly() {
        // seed 1 for the trajectories and 2 for the bootstrap; exact whatever the seeds, as every
        // effect of a linear function is its coefficient
        Morris.Design d = Morris.design(Groups.each(FOUR), 10, 4, 1);
        Morris.Result r = Morris.analyse(d, TestFunctions.run(d.points(), MorrisTest::linear), 0.95, 500, 2);

        double[] coefficient = {10, 5, 1, 0};
        for (int i = 0; i < 4; i++) {
            Morris.Effect e = r.effects().get(i);
            assertThat(e.muStar()).isCloseTo(coefficient[i], within(1e-9));
            assertThat(e.mu()).isCloseTo(coefficient[i], within(1e-9));
            assertThat(e.sigma()).isCloseTo(0, within(1e-9));
            assertThat(e.muStarInterval().low()).isCloseTo(coefficient[i], within(1e-9));
            assertThat(e.muStarInterval().high()).isCloseTo(coefficient[i], within(1e-9));
        }
        assertThat(r.effects().get(3).muStar()).isEqualTo(0.0);
    }

    @Test
    void gFunctionRanking() {
        // g-function, a = (0, 1, 4.5, 9, 99, 99): importance falls with a. Seed 3 for 50 trajectories
        // and 4 for the bootstrap. The μ* ranking x1 > x2 > x3 > x4 > x5, x6 held for all of seeds
        // 1-200 (measured once, outside the test).
        double[] a = {0, 1, 4.5, 9, 99, 99};
        List<String> names = List.of("x1", "x2", "x3", "x4", "x5", "x6");
        Morris.Design d = Morris.design(Groups.each(names), 50, 4, 3);
        Morris.Result r = Morris.analyse(d, TestFunctions.run(d.points(), TestFunctions.gFunction(a)), 0.95, 500, 4);

        double[] mu = r.effects().stream().mapToDouble(Morris.Effect::muStar).toArray();
        assertThat(mu[0]).isGreaterThan(mu[1]);
        assertThat(mu[1]).isGreaterThan(mu[2]);
        assertThat(mu[2]).isGreaterThan(mu[3]);
        assertThat(mu[3]).isGreaterThan(Math.max(mu[4], mu[5]));
        assertThat(r.effects().get(0).muStarInterval().holds(mu[0])).isTrue();
    }

    @Test
    void designMovesOneGroupByDeltaPerStepOnTheGrid() {
        Map<String, List<String>> named = new LinkedHashMap<>();
        named.put("x2+x4", List.of("x2", "x4"));
        Groups g = Groups.of(FOUR, named);
        Morris.Design d = Morris.design(g, 5, 6, 9);

        assertThat(d.delta()).isEqualTo(0.6);
        assertThat(d.points()).hasSize(5 * (g.count() + 1));
        for (int t = 0; t < 5; t++) {
            for (int s = 0; s < g.count(); s++) {
                double[] before = d.points().get(d.row(t, s)), after = d.points().get(d.row(t, s + 1));
                int[] members = g.members()[d.moved()[t][s]];
                for (int i = 0; i < 4; i++) {
                    int param = i;
                    boolean moves = java.util.Arrays.stream(members).anyMatch(m -> m == param);
                    assertThat(after[i] - before[i]).isCloseTo(moves ? d.direction()[t][i] * 0.6 : 0, within(1e-12));
                }
            }
            for (int s = 0; s <= g.count(); s++) {
                for (double x : d.points().get(d.row(t, s))) {
                    assertThat(x * 5).isCloseTo(Math.rint(x * 5), within(1e-9));
                    assertThat(x).isBetween(0.0, 1.0);
                }
            }
        }
    }

    @Test
    void groupMuStarOfLinearFunction() {
        // groups {x1, x2} and {x3, x4} of f = 10 x1 + 5 x2 + x3: the second group's effect is ±1, so
        // μ* = 1 exactly; the first's is |±10 ± 5|, 15 or 5, so 5 ≤ μ* ≤ 15. Seed 5; exact.
        Map<String, List<String>> named = new LinkedHashMap<>();
        named.put("x1+x2", List.of("x1", "x2"));
        named.put("x3+x4", List.of("x3", "x4"));
        Morris.Design d = Morris.design(Groups.of(FOUR, named), 20, 4, 5);
        Morris.Result r = Morris.analyse(d, TestFunctions.run(d.points(), MorrisTest::linear), 0.95, 500, 5);

        assertThat(r.effects().get(0).muStar()).isBetween(5.0, 15.0);
        assertThat(r.effects().get(1).muStar()).isCloseTo(1, within(1e-9));
        assertThat(r.effects().get(1).mu()).isNaN();
        assertThat(r.effects().get(1).sigma()).isNaN();
    }

    @Test
    void sameSeedSameDesign() {
        Morris.Design a = Morris.design(Groups.each(FOUR), 6, 4, 11), b = Morris.design(Groups.each(FOUR), 6, 4, 11);
        assertThat(a.points()).usingRecursiveComparison().isEqualTo(b.points());
        assertThat(Morris.design(Groups.each(FOUR), 6, 4, 12).points()).usingRecursiveComparison().isNotEqualTo(a.points());
    }

    @Test
    void refusesOddLevelsAndOneTrajectory() {
        assertThatThrownBy(() -> Morris.design(Groups.each(FOUR), 10, 5, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("--levels must be an even number").hasMessageEndingWith("got 5; try 6");
        assertThatThrownBy(() -> Morris.design(Groups.each(FOUR), 1, 4, 1)).hasMessageContaining("at least 2 trajectories");
    }
}
