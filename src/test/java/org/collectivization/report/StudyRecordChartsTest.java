package org.collectivization.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.collectivization.report.RecordAndLedgerChartsTest.labels;
import static org.collectivization.report.RecordAndLedgerChartsTest.text;

import java.io.IOException;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.collectivization.experiment.Comparison;
import org.collectivization.experiment.Metrics;
import org.collectivization.experiment.Replicate;
import org.collectivization.experiment.StudyInfo;
import org.collectivization.runfiles.HistoricalRecord;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.IntervalXYDataset;
import org.junit.jupiter.api.Test;

/**
 * The comparison's charts over time draw the historical record beside the historical scenario's line only:
 * the record is of what happened, and a counterfactual scenario has none.
 */
class StudyRecordChartsTest {
    static final int DEATHS = series("excess_deaths"), CATTLE = series("cattle"), SHARE = series("collectivized_share");

    static int series(String column) {
        for (int s = 0; s < Metrics.SERIES.size(); s++) if (Metrics.SERIES.get(s).column().equals(column)) return s;
        throw new IllegalArgumentException(column);
    }

    static HistoricalRecord record() throws IOException {
        return HistoricalRecord.read(Path.of(HistoricalRecord.SHIPPED));
    }

    @Test
    void theHistoricalBaselinesChartsOfCattleAndTheCollectivizedShareDrawTheRecordsFiguresWithTheirBands() throws IOException {
        Study s = new Study("historical", "no-blockade");
        JFreeChart cattle = StudyCharts.seriesOverTime(s.comparison(), s.reps, CATTLE, record());
        XYPlot plot = cattle.getXYPlot();
        IntervalXYDataset points = (IntervalXYDataset) plot.getDataset(RecordOverlay.DATASET);
        assertThat(points.getSeriesCount()).isEqualTo(1);
        assertThat(points.getItemCount(0)).isEqualTo(2);
        // 1 January 1929, where the line has December 1928's month-end stock
        assertThat(points.getXValue(0, 0)).isEqualTo((double) ChartStyle.monthStart(YearMonth.of(1929, 1)));
        assertThat(points.getYValue(0, 0)).isEqualTo(58.2);
        assertThat(points.getStartYValue(0, 0)).isEqualTo(52.4);
        assertThat(points.getEndYValue(0, 0)).isEqualTo(64.0);
        assertThat(points.getYValue(0, 1)).isEqualTo(33.5);
        assertThat(plot.getRenderer(RecordOverlay.DATASET).getSeriesPaint(0)).as("in the historical arm's colour")
                .isEqualTo(StudyCharts.colour(0));
        assertThat(labels(plot.getLegendItems())).containsOnlyOnce(RecordOverlay.LEGEND);
        assertThat(text(cattle)).contains("The points are the record of the historical path, beside the line of Historical",
                "Points with bars: the historical record and its band (data/history/record.csv;", "Great Soviet Encyclopedia");

        IntervalXYDataset share = (IntervalXYDataset) StudyCharts.seriesOverTime(s.comparison(), s.reps, SHARE, record())
                .getXYPlot().getDataset(RecordOverlay.DATASET);
        assertThat(share.getItemCount(0)).isEqualTo(8);
        assertThat(share.getYValue(0, 2)).as("1 March 1930, in per cent").isEqualTo(57.2, within(1e-9));

        JFreeChart deaths = StudyCharts.seriesOverTime(s.comparison(), s.reps, DEATHS, record());
        assertThat(deaths.getXYPlot().getDataset(RecordOverlay.DATASET)).as("the record has no famine deaths").isNull();
        assertThat(text(deaths)).doesNotContain("record");
    }

    @Test
    void aHistoricalArmThatIsNotTheBaselineHasTheRecordInItsOwnColour() throws IOException {
        Study s = new Study("no-export", "historical");
        XYPlot plot = StudyCharts.seriesOverTime(s.comparison(), s.reps, CATTLE, record()).getXYPlot();
        assertThat(plot.getDataset(RecordOverlay.DATASET).getItemCount(0)).isEqualTo(2);
        assertThat(plot.getRenderer(RecordOverlay.DATASET).getSeriesPaint(0)).isEqualTo(StudyCharts.colour(1));
    }

    @Test
    void aComparisonOfCounterfactualsAloneHasNoRecordPointsAndNoWordOfTheRecord() throws IOException {
        Study s = new Study("no-blockade", "no-export");
        for (int series : new int[] {CATTLE, SHARE}) {
            JFreeChart chart = StudyCharts.seriesOverTime(s.comparison(), s.reps, series, record());
            assertThat(chart.getXYPlot().getDataset(RecordOverlay.DATASET)).isNull();
            assertThat(labels(chart.getXYPlot().getLegendItems())).doesNotContain(RecordOverlay.LEGEND);
            assertThat(text(chart)).doesNotContain("record");
        }
        for (Figure f : StudyReport.compareFigures(s.comparison(), s.reps)) {
            assertThat(f.howToRead()).doesNotContain("record");
        }
    }

    @Test
    void theReportsCaptionOfAChartWithTheRecordSaysWhoseRecordItIs() {
        Study s = new Study("historical", "no-blockade");
        List<Figure> figures = StudyReport.compareFigures(s.comparison(), s.reps);
        Figure cattle = figures.stream().filter(f -> f.fileBase().endsWith("-cattle")).findFirst().orElseThrow();
        assertThat(cattle.chart().getXYPlot().getDataset(RecordOverlay.DATASET)).as("the shipped record, read").isNotNull();
        assertThat(cattle.howToRead()).contains("The points with bars are the historical record",
                "what happened on the historical path, drawn beside Historical", "the other scenarios did not happen");
        Figure deaths = figures.stream().filter(f -> f.fileBase().endsWith("-excess-deaths")).findFirst().orElseThrow();
        assertThat(deaths.howToRead()).doesNotContain("record");
    }

    @Test
    void withoutTheRecordAHistoricalArmsChartSaysSoAndShowsTheModelAlone() {
        Study s = new Study("historical", "no-blockade");
        JFreeChart chart = StudyCharts.seriesOverTime(s.comparison(), s.reps, CATTLE, HistoricalRecord.none());
        assertThat(chart.getXYPlot().getDataset(RecordOverlay.DATASET)).isNull();
        assertThat(text(chart)).contains(RecordOverlay.MISSING);
    }

    /** A comparison of two scenarios over 75 months from October 1928, three replicates each, with made-up numbers. */
    static final class Study {
        final StudyInfo info;
        final List<Replicate> reps = new ArrayList<>();

        Study(String... names) {
            List<StudyInfo.Arm> arms = new ArrayList<>();
            for (String n : names) {
                arms.add(new StudyInfo.Arm(n, n, n, "scenarios/" + n + ".yaml", 5000, 5000, 75, List.of(), List.of()));
            }
            info = new StudyInfo(StudyInfo.COMPARE, arms, 3, 0, 5000, null, null, null, List.of(), Metrics.ids(),
                    Metrics.SERIES.stream().map(Metrics.Series::column).toList(), "test", "test", null, null, null);
            List<String> months = new ArrayList<>();
            for (int k = 0; k < 75; k++) months.add(YearMonth.of(1928, 10).plusMonths(k).toString());
            for (int a = 0; a < names.length; a++) {
                for (int r = 1; r <= 3; r++) {
                    double[][] series = new double[Metrics.SERIES.size()][75];
                    for (int k = 0; k < 75; k++) {
                        series[DEATHS][k] = 1e5 * (a + 1) + 1e3 * r;
                        series[CATTLE][k] = 60e6 - 3e5 * k - 1e5 * a + 1e4 * r;
                        series[SHARE][k] = Math.min(0.9, 0.03 + 0.01 * k) + 0.001 * r;
                    }
                    double[] metrics = new double[Metrics.ALL.size()];
                    java.util.Arrays.fill(metrics, 1e6 * (a + 1) + r);
                    reps.add(new Replicate(a, r, info.seed(r), metrics, months, series));
                }
            }
        }

        Comparison comparison() {
            return Comparison.of(info, reps);
        }
    }
}
