package org.collectivization.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.SortedMap;

import org.junit.jupiter.api.Test;

/** Sweep designs: --vary parsing, grid points in exact decimals, Latin hypercube strata, Sobol points. */
class DesignTest {

    @Test
    void gridStepsInExactDecimals() {
        Design.Vary v = Design.Vary.parse("procurement.share_of_estimate_cap=0.10:0.45:0.05");
        List<double[]> points = Design.grid(List.of(v));

        assertThat(points).extracting(p -> p[0]).containsExactly(0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45);
        assertThat(v.column()).isEqualTo("procurement.share_of_estimate_cap");
    }

    @Test
    void twoParametersMakeEveryCombinationFirstSlowest() {
        List<double[]> points = Design.grid(List.of(Design.Vary.parse("a=1:2:1"), Design.Vary.parse("b*=0.5:1.5:0.5")));
        assertThat(points).extracting(Arrays::toString).containsExactly(
                "[1.0, 0.5]", "[1.0, 1.0]", "[1.0, 1.5]", "[2.0, 0.5]", "[2.0, 1.0]", "[2.0, 1.5]");
        assertThat(Design.Vary.parse("b*=0.5:1.5:0.5").multiplier()).isTrue();
        assertThat(Design.Vary.parse("b*=0.5:1.5:0.5").column()).isEqualTo("b*");
    }

    @Test
    void latinHypercubeUsesEachStratumOnceAndIsReproducible() {
        List<Design.Vary> vary = List.of(Design.Vary.parse("a=0:10"), Design.Vary.parse("b=100:200"));
        List<double[]> points = Design.latinHypercube(vary, 5, 42);

        for (int d = 0; d < 2; d++) {
            double lo = d == 0 ? 0 : 100, width = d == 0 ? 10 : 100;
            int dim = d;
            assertThat(points).extracting(p -> (int) Math.floor((p[dim] - lo) / width * 5))
                    .containsExactlyInAnyOrder(0, 1, 2, 3, 4);
        }
        assertThat(Design.latinHypercube(vary, 5, 42)).usingRecursiveFieldByFieldElementComparator().isEqualTo(points);
    }

    @Test
    void sobolStartsAtTheLowerCornerThenHalves() {
        List<double[]> points = Design.sobol(List.of(Design.Vary.parse("a=0:1"), Design.Vary.parse("b=10:20")), 3);
        assertThat(points.get(0)).containsExactly(0.0, 10.0);
        assertThat(points.get(1)).containsExactly(0.5, 15.0);
        assertThat(points.get(2)[0]).isIn(0.25, 0.75);
    }

    @Test
    void mistakesAreRefusedWithTheirReason() {
        assertThatThrownBy(() -> Design.Vary.parse("a=1")).hasMessageContaining("LO:HI");
        assertThatThrownBy(() -> Design.Vary.parse("a=2:1:0.5")).hasMessageContaining("LO is above HI");
        assertThatThrownBy(() -> Design.Vary.parse("a=1:2:0")).hasMessageContaining("STEP must be positive");
        assertThatThrownBy(() -> Design.Vary.parse("a=x:2")).hasMessageContaining("'x' is not a number");
        assertThatThrownBy(() -> Design.grid(List.of(Design.Vary.parse("a=1:2")))).hasMessageContaining("needs LO:HI:STEP");
        assertThatThrownBy(() -> Design.sobol(List.of(Design.Vary.parse("a=1:2:1")), 4)).hasMessageContaining("without a step");
    }

    @Test
    void aMultiplierScalesEveryYearOfASchedule() {
        Scenario s = Loader.load(Path.of("scenarios/historical.yaml"));
        Scenario half = s.scaled("procurement.centre_needs_t", 0.5, "a test");

        @SuppressWarnings("unchecked")
        SortedMap<Integer, Double> before = (SortedMap<Integer, Double>) s.params().get("procurement.centre_needs_t").value();
        @SuppressWarnings("unchecked")
        SortedMap<Integer, Double> after = (SortedMap<Integer, Double>) half.params().get("procurement.centre_needs_t").value();
        assertThat(after.keySet()).isEqualTo(before.keySet());
        for (int y : before.keySet()) assertThat(after.get(y)).isEqualTo(before.get(y) * 0.5);
        assertThat(half.params().get("procurement.centre_needs_t").source()).endsWith("every year multiplied by 0.5 by a test");

        assertThatThrownBy(() -> s.scaled("procurement.centre_needs_t", 3, "a test"))
                .isInstanceOf(ScenarioException.class).hasMessageContaining("outside the allowed range");
        assertThatThrownBy(() -> s.scaled("state.responsiveness", 2, "a test"))
                .isInstanceOf(ScenarioException.class).hasMessageContaining("not a per-year schedule");
    }

    @Test
    void numbersAreWrittenExactlyAndStatisticsPlainly() {
        assertThat(StudyFiles.exact(4870123)).isEqualTo("4870123");
        assertThat(StudyFiles.exact(-0.7412)).isEqualTo("-0.7412");
        assertThat(Double.parseDouble(StudyFiles.exact(0.1 + 0.2))).isEqualTo(0.1 + 0.2);
        assertThat(StudyFiles.stat(0.0000019073486328125)).isEqualTo("0.000001907348633");
        assertThat(StudyFiles.stat(Double.NaN)).isEqualTo("NA");
        assertThat(StudyFiles.stat(-2148499.75)).isEqualTo("-2148499.75");
    }
}
