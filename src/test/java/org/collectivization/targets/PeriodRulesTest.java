package org.collectivization.targets;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How each period is read from a run's rows, on a hand-made run whose row YYYY-MM holds YYYYMM in every
 * column (HandMade): the numbers below are the rows' own labels, so a row read one month off shows at once.
 */
class PeriodRulesTest {
    @TempDir
    Path tmp;

    private double one(String line) {
        List<Target> t = TargetsFile.read(HandMade.file(tmp, line));
        return Evaluation.value(t.get(0), HandMade.run(0));
    }

    @Test
    void aStockOnTheFirstOfAMonthIsReadFromThePreviousMonthsRow() {
        assertThat(one("a,cattle,1934-01-01,stock,historical,,0,,0,s")).isEqualTo(193312);
        assertThat(one("a,cattle,1930-03-01,stock,historical,,0,,0,s")).isEqualTo(193002);
        assertThat(one("a,cattle,1928-11-01,stock,historical,,0,,0,s")).as("the first row").isEqualTo(192810);
        assertThat(one("a,cattle,1935-01-01,stock,historical,,0,,0,s")).as("the last row").isEqualTo(193412);
    }

    @Test
    void aCalendarYearSumsAFlowOverJanuaryToDecember() {
        // 193001 + ... + 193012
        assertThat(one("a,grain_harvest_t,1930,flow,historical,,0,,0,s")).isEqualTo(12 * 193000 + 78);
    }

    @Test
    void anAgriculturalYearSumsAFlowOverJulyToJune() {
        // 193107 + ... + 193112 + 193201 + ... + 193206
        assertThat(one("a,grain_procured_t,1931/32,flow,historical,,0,,0,s")).isEqualTo(6 * 193100 + 57 + 6 * 193200 + 21);
    }

    @Test
    void aRangeOfMonthsSumsBothEnds() {
        assertThat(one("a,pleas,1929-10..1930-02,flow,historical,,0,,0,s")).isEqualTo(192910 + 192911 + 192912 + 193001 + 193002);
    }

    @Test
    void aRatioDividesOneFigureByAnother() {
        assertThat(one("a,cattle@1934-01-01 / horses@1929-01-01,,ratio,historical,,0,,0,s")).isEqualTo(193312.0 / 192812);
    }

    @Test
    void anExpressionCombinesFiguresSummaryKeysAndNumbers() {
        double v = one("a,(grain_relief_t@1930 - 2 * cattle@1930-07-01) / (summary.excess_deaths_total + summary.excess_deaths_by_region.ukraine),,"
                + "expression,historical,,0,,0,s");
        assertThat(v).isEqualTo((12 * 193000 + 78 - 2 * 193006.0) / (1000 + 10));
        assertThat(one("a,-cattle@1930-07-01 + 1.5e2,,expression,historical,,,0,0,s")).isEqualTo(-193006 + 150.0);
    }

    @Test
    void aZeroDenominatorIsNoValueAndLiesInNoBand() {
        double v = one("a,cattle@1930-07-01 / (horses@1930-07-01 - horses@1930-07-01),,expression,historical,,0,,0,s");
        assertThat(v).isNaN();
        assertThat(new Band(Double.NEGATIVE_INFINITY, false, Double.POSITIVE_INFINITY, false).contains(v)).isFalse();
    }
}
