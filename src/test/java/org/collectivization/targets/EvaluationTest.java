package org.collectivization.targets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The evaluator on hand-made runs whose figures are known exactly (HandMade): means, t intervals, bands. */
class EvaluationTest {
    /** Student's t, 0.975 quantile: 2 degrees of freedom, and 1. */
    static final double T2 = 4.302652729911275, T1 = 12.706204736174705;

    @TempDir
    Path tmp;

    @Test
    void threeRunsGiveTheirMeanAndTheTInterval() {
        List<Target> t = TargetsFile.read(HandMade.file(tmp, "a,cattle,1934-01-01,stock,historical,,193312,193313,0,s"));
        // the runs' values are 193312 + 0, + 1, + 2: mean 193313, sd 1
        Evaluation.Result r = Evaluation.evaluate(t, List.of(HandMade.run(0), HandMade.run(1), HandMade.run(2))).get(0);
        assertThat(r.runs()).isEqualTo(3);
        assertThat(r.mean()).isEqualTo(193313);
        assertThat(r.ciLow()).isCloseTo(193313 - T2 / Math.sqrt(3), within(1e-9));
        assertThat(r.ciHigh()).isCloseTo(193313 + T2 / Math.sqrt(3), within(1e-9));
        assertThat(r.perRun()).containsExactly(193312, 193313, 193314);
        assertThat(r.inside()).as("the band's ends are included").isTrue();
    }

    @Test
    void oneRunGivesNoInterval() {
        List<Target> t = TargetsFile.read(HandMade.file(tmp, "a,grain_harvest_t,1930,flow,historical,,0,,0,s"));
        Evaluation.Result r = Evaluation.evaluate(t, List.of(HandMade.run(5))).get(0);
        assertThat(r.mean()).isEqualTo(12 * 193005 + 78);
        assertThat(r.ciLow()).isNaN();
        assertThat(r.ciHigh()).isNaN();
    }

    @Test
    void aRatioIsTheRatioOfTheMeansWithTheIntervalOfTheRunsRatios() {
        List<Target> t = TargetsFile.read(HandMade.file(tmp, "a,cattle@1930-01-01 / horses@1929-01-01,,ratio,historical,,,<1,0,s"));
        Evaluation.Result r = Evaluation.evaluate(t, List.of(HandMade.run(0), HandMade.run(100))).get(0);
        double a = 192912, b = 192812;
        assertThat(r.mean()).isEqualTo((a + 50) / (b + 50));
        double r0 = a / b, r1 = (a + 100) / (b + 100), mean = (r0 + r1) / 2, sd = Math.abs(r1 - r0) / Math.sqrt(2);
        assertThat(r.ciLow()).isCloseTo(mean - T1 * sd / Math.sqrt(2), within(1e-12));
        assertThat(r.ciHigh()).isCloseTo(mean + T1 * sd / Math.sqrt(2), within(1e-12));
        assertThat(r.inside()).as("above 1, outside <1").isFalse();
    }

    @Test
    void eachTargetIsMeasuredOnTheRunsOfItsOwnScenario() {
        List<Target> t = TargetsFile.read(HandMade.file(tmp,
                "h,summary.excess_deaths_total,,expression,historical,,>1000,,0,s",
                "n,summary.excess_deaths_total,,expression,nep-continued,,,0,0,s",
                "x,summary.excess_deaths_total,,expression,fixed-tax,,,0,0,s"));
        List<RunFigures> runs = List.of(HandMade.run(0), HandMade.run(4), HandMade.run("nep-continued", 0, Map.of("excess_deaths_total", -3.0)));
        List<Evaluation.Result> r = Evaluation.evaluate(t, runs);
        assertThat(r.get(0).mean()).isEqualTo(1002);
        assertThat(r.get(0).inside()).isTrue();
        assertThat(r.get(1).mean()).isEqualTo(-3);
        assertThat(r.get(1).runs()).isEqualTo(1);
        assertThat(r.get(1).inside()).isTrue();
        assertThat(r.get(2).measured()).as("no run of fixed-tax").isFalse();
    }

    @Test
    void openBandsExcludeTheirEnd() {
        Band above = new Band(0, true, Double.POSITIVE_INFINITY, false);
        assertThat(above.contains(0)).isFalse();
        assertThat(above.contains(1e-12)).isTrue();
        Band below = new Band(Double.NEGATIVE_INFINITY, false, 0.5, true);
        assertThat(below.contains(0.5)).isFalse();
        assertThat(below.contains(0.4999)).isTrue();
    }

    @Test
    void aRunThatLacksASummaryKeyOrAMonthIsRefusedAtTheTargetsLine() {
        List<Target> t = TargetsFile.read(HandMade.file(tmp,
                "a,summary.excess_deaths_totl,,expression,historical,,0,,0,s"));
        Path f = tmp.resolve("targets.csv");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Evaluation.evaluate(t, List.of(HandMade.run(0))))
                .isInstanceOf(TargetException.class)
                .hasMessage(f + ":2: column 'series': the summary.json of historical+0.0 has no number 'excess_deaths_totl'; "
                        + "did you mean 'excess_deaths_total'?");
    }

    @Test
    void theResultsAreWrittenInFull() throws Exception {
        List<Target> t = TargetsFile.read(HandMade.file(tmp, "P,\"cattle@1930-01-01 / horses@1929-01-01\",,ratio,historical,,1.5,,0,\"a, b\""));
        Path out = tmp.resolve("out.csv");
        Evaluation.write(out, Evaluation.evaluate(t, List.of(HandMade.run(0))));
        assertThat(Files.readAllLines(out)).containsExactly(Evaluation.HEADER,
                "P,ratio,historical,cattle@1930-01-01 / horses@1929-01-01,,,1.5,,0,1,"
                + java.math.BigDecimal.valueOf(192912.0 / 192812).toPlainString() + ",,,no,\"a, b\"");
        assertThat(Double.parseDouble(Files.readAllLines(out).get(1).split(",")[10])).isEqualTo(192912.0 / 192812);
    }
}
