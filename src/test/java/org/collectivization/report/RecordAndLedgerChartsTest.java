package org.collectivization.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.collectivization.runfiles.HistoricalRecord;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.CombinedDomainCategoryPlot;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.xy.IntervalXYDataset;
import org.junit.jupiter.api.Test;

/** The historical record drawn beside the model, and the chart of what the centre believed against what there was. */
class RecordAndLedgerChartsTest {
    static RunData withRecord() throws IOException {
        return TinyRun.twoAgriculturalYears().data().withRecord(HistoricalRecord.read(Path.of(HistoricalRecord.SHIPPED)), List.of());
    }

    @Test
    void theShippedRecordIsReadWithItsBands() throws IOException {
        HistoricalRecord r = HistoricalRecord.read(Path.of(HistoricalRecord.SHIPPED));
        assertThat(r.figures()).hasSize(28);
        HistoricalRecord.Figure cattle = r.of("cattle").get(0);
        assertThat(cattle.period()).isEqualTo("1929-01-01");
        assertThat(cattle.value()).isEqualTo(58_200_000);
        assertThat(cattle.low()).isEqualTo(52_400_000);
        assertThat(cattle.high()).isEqualTo(64_000_000);
        assertThat(cattle.source()).contains("Great Soviet Encyclopedia");
    }

    @Test
    void theGrainChartDrawsTheRecordsHarvestAndProcurementOverTheirBarsWithALegendNamingTheFile() throws IOException {
        JFreeChart chart = Charts.grainBalance(withRecord());
        CategoryPlot bars = (CategoryPlot) ((CombinedDomainCategoryPlot) chart.getPlot()).getSubplots().get(0);
        CategoryDataset record = bars.getDataset(RecordOverlay.DATASET);
        // the 1929 harvest over the agricultural year 1929/30, the procurement of 1930/31 over its own year
        assertThat(record.getValue("Harvest", "1929/30").doubleValue()).isEqualTo(62.0);
        assertThat(record.getValue("State procurement", "1930/31").doubleValue()).isEqualTo(22.1);
        assertThat(record.getValue("Exports", "1929/30")).isNull();
        assertThat(bars.getRangeAxis().getUpperBound()).as("the axis holds the top of the 1930 band").isGreaterThan(83.5);
        assertThat(labels(bars.getLegendItems())).containsOnlyOnce(RecordOverlay.LEGEND);
        assertThat(text(chart)).contains("Points with bars: the historical record and its band (data/history/record.csv;",
                "Wheatcroft & Davies 1994");
    }

    @Test
    void theLivestockAndCollectivizationChartsDrawTheRecordOnItsDatesInTheColoursOfTheirLines() throws IOException {
        RunData data = withRecord();
        XYPlot herds = panels(Charts.livestock(data)).get(0);
        IntervalXYDataset record = (IntervalXYDataset) herds.getDataset(RecordOverlay.DATASET);
        assertThat(record.getSeriesCount()).isEqualTo(4);
        assertThat(record.getSeriesKey(0)).isEqualTo("cattle");
        assertThat(record.getXValue(0, 0)).isEqualTo((double) ChartStyle.monthStart(YearMonth.of(1929, 1)));
        assertThat(record.getYValue(0, 0)).isEqualTo(58.2);
        assertThat(record.getStartYValue(0, 0)).isEqualTo(52.4);
        assertThat(record.getEndYValue(0, 0)).isEqualTo(64.0);
        assertThat(herds.getRenderer(RecordOverlay.DATASET).getSeriesPaint(0)).isEqualTo(herds.getRenderer().getSeriesPaint(0));

        JFreeChart collectivization = Charts.collectivizationRepression(data);
        IntervalXYDataset share = (IntervalXYDataset) panels(collectivization).get(0).getDataset(RecordOverlay.DATASET);
        assertThat(share.getItemCount(0)).isEqualTo(8);
        assertThat(share.getYValue(0, 2)).as("1 March 1930, in per cent").isEqualTo(57.2, org.assertj.core.api.Assertions.within(1e-9));
        List<String> legend = labels(((CombinedDomainXYPlot) collectivization.getPlot()).getLegendItems());
        assertThat(legend).containsOnlyOnce(RecordOverlay.LEGEND);
    }

    @Test
    void withoutTheRecordTheChartsShowTheModelAloneAndSaySo() {
        RunData data = TinyRun.twoAgriculturalYears().data();
        JFreeChart grain = Charts.grainBalance(data);
        CategoryPlot bars = (CategoryPlot) ((CombinedDomainCategoryPlot) grain.getPlot()).getSubplots().get(0);
        assertThat(bars.getDataset(RecordOverlay.DATASET)).isNull();
        assertThat(text(grain)).contains(RecordOverlay.MISSING);
        assertThat(panels(Charts.livestock(data)).get(0).getDataset(RecordOverlay.DATASET)).isNull();
    }

    @Test
    void theLedgerChartSetsTheJulyEstimateAndTheSeptemberReportBesideTheHarvestGathered() {
        TinyRun r = new TinyRun(YearMonth.of(1928, 10), 27);  // October 1928 to December 1930
        r.columns.put(Ledger.ESTIMATE, new double[27]);
        r.columns.put(Ledger.REPORTED, new double[27]);
        r.columns.put(Ledger.TRUE, new double[27]);
        r.fill(Ledger.ESTIMATE, 60e6);
        for (int i = r.months.indexOf(YearMonth.of(1929, 10)); i < 27; i++) r.columns.get(Ledger.ESTIMATE)[i] = 69e6;
        r.set(Ledger.REPORTED, YearMonth.of(1929, 9), 69e6).set(Ledger.TRUE, YearMonth.of(1929, 9), 60e6);
        r.set(Ledger.REPORTED, YearMonth.of(1930, 9), 55e6).set(Ledger.TRUE, YearMonth.of(1930, 9), 50e6);
        RunData data = r.data();
        CategoryDataset d = ((CategoryPlot) Charts.centreBelief(data).getPlot()).getDataset();
        assertThat(d.getColumnKeys()).containsExactly("1928/29", "1929/30", "1930/31");
        assertThat(d.getValue(Charts.LEDGER_ESTIMATE, "1928/29").doubleValue()).isEqualTo(60.0);
        assertThat(d.getValue(Charts.LEDGER_TRUE, "1928/29")).isNull();
        assertThat(d.getValue(Charts.LEDGER_ESTIMATE, "1930/31").doubleValue()).isEqualTo(69.0);
        assertThat(d.getValue(Charts.LEDGER_REPORTED, "1930/31").doubleValue()).isEqualTo(55.0);
        assertThat(d.getValue(Charts.LEDGER_TRUE, "1930/31").doubleValue()).isEqualTo(50.0);
        assertThat(Figure.ledgerSentence(data)).isEqualTo("In this run the gap was widest in 1930/31: the centre expected"
                + " 69.0 million tonnes, the officials reported 55.0 million, and 50.0 million were gathered; the"
                + " estimate stood 38 % above the harvest.");
    }

    @Test
    void aRunWithoutTheLedgerColumnsGetsAnEmptyChartThatSaysWhy() {
        JFreeChart chart = Charts.centreBelief(TinyRun.twoAgriculturalYears().data());
        assertThat(((CategoryPlot) chart.getPlot()).getDataset().getColumnCount()).isZero();
        assertThat(text(chart)).contains("has no centre_estimate_t");
    }

    private static List<XYPlot> panels(JFreeChart chart) {
        List<XYPlot> out = new ArrayList<>();
        for (Object o : ((CombinedDomainXYPlot) chart.getPlot()).getSubplots()) out.add((XYPlot) o);
        return out;
    }

    static List<String> labels(LegendItemCollection items) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < items.getItemCount(); i++) out.add(((LegendItem) items.get(i)).getLabel());
        return out;
    }

    static String text(JFreeChart chart) {
        StringBuilder s = new StringBuilder();
        for (Object o : chart.getSubtitles()) if (o instanceof TextTitle t) s.append(t.getText()).append('\n');
        return s.toString();
    }
}
