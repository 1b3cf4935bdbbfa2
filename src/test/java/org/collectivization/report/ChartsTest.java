package org.collectivization.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.CombinedDomainCategoryPlot;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.Marker;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.title.Title;
import org.jfree.chart.axis.DateAxis;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.xy.XYDataset;
import org.jfree.ui.Layer;
import org.junit.jupiter.api.Test;

class ChartsTest {

    private static List<XYPlot> panels(JFreeChart chart) {
        @SuppressWarnings("unchecked")
        List<XYPlot> subplots = ((CombinedDomainXYPlot) chart.getPlot()).getSubplots();
        return subplots;
    }

    private static int[] seriesCounts(JFreeChart chart) {
        return panels(chart).stream().mapToInt(p -> p.getDataset().getSeriesCount()).toArray();
    }

    private static void assertEveryPanelHasPoints(JFreeChart chart, int points) {
        for (XYPlot p : panels(chart)) {
            XYDataset d = p.getDataset();
            for (int s = 0; s < d.getSeriesCount(); s++) {
                assertThat(d.getItemCount(s)).as("points in series %s", d.getSeriesKey(s)).isEqualTo(points);
            }
        }
    }

    @Test
    void grainBalanceHasFourFlowsAndThePerPersonLineForEachAgriculturalYear() {
        TinyRun run = TinyRun.twoAgriculturalYears();
        JFreeChart chart = Charts.grainBalance(run.data());

        @SuppressWarnings("unchecked")
        List<CategoryPlot> subplots = ((CombinedDomainCategoryPlot) chart.getPlot()).getSubplots();
        assertThat(subplots).hasSize(2);
        CategoryDataset flows = subplots.get(0).getDataset();
        assertThat(keys(flows.getRowKeys())).containsExactly("Harvest", "State procurement", "Exports", "Relief");
        assertThat(keys(flows.getColumnKeys())).containsExactly("1929/30", "1930/31");
        assertThat(flows.getValue("Harvest", "1929/30").doubleValue()).isEqualTo(1.0);
        assertThat(flows.getValue("State procurement", "1930/31").doubleValue()).isEqualTo(0.3);
        assertThat(flows.getValue("Exports", "1930/31").doubleValue()).isEqualTo(0.1);
        assertThat(flows.getValue("Relief", "1929/30").doubleValue()).isEqualTo(0.05);

        CategoryDataset left = subplots.get(1).getDataset();
        assertThat(left.getRowCount()).isEqualTo(1);
        assertThat(left.getColumnCount()).isEqualTo(2);
        // (1,000,000 t − 300,000 t + 50,000 t) × 1000 kg/t ÷ 1,000,000 people
        assertThat(left.getValue(0, 0).doubleValue()).isEqualTo(750.0);
        assertThat(left.getValue(0, 1).doubleValue()).isEqualTo(750.0);
    }

    @Test
    void grainBalanceMarksTheScenariosFoodNeedOrSaysThatItAssumed240Kg() {
        TinyRun run = TinyRun.twoAgriculturalYears();
        assertThat(needMarker(Charts.grainBalance(run.data()))).isEqualTo(240.0);
        assertThat(subtitles(Charts.grainBalance(run.data()))).contains("240 kg").contains("assumed");

        run.scenario = new Scenario("tiny", null, List.of(new Scenario.Parameter(
                "food.need_kg_per_person_year", 262.5, "kg/person/year", List.of(150, 350), "test")));
        assertThat(needMarker(Charts.grainBalance(run.data()))).isEqualTo(262.5);
        assertThat(subtitles(Charts.grainBalance(run.data()))).doesNotContain("assumed");
    }

    private static double needMarker(JFreeChart chart) {
        CategoryPlot perPerson = (CategoryPlot) ((CombinedDomainCategoryPlot) chart.getPlot()).getSubplots().get(1);
        Marker m = (Marker) perPerson.getRangeMarkers(Layer.BACKGROUND).iterator().next();
        return ((ValueMarker) m).getValue();
    }

    @Test
    void aPartAgriculturalYearHasBarsButNoPerPersonValue() {
        TinyRun run = new TinyRun(YearMonth.of(1928, 10), 9 + 12); // Oct 1928 .. Jun 1930
        run.set("grain_harvest_t", YearMonth.of(1928, 10), 400_000);
        JFreeChart chart = Charts.grainBalance(run.data());
        CategoryPlot perPerson = (CategoryPlot) ((CombinedDomainCategoryPlot) chart.getPlot()).getSubplots().get(1);
        CategoryPlot bars = (CategoryPlot) ((CombinedDomainCategoryPlot) chart.getPlot()).getSubplots().get(0);
        assertThat(keys(bars.getDataset().getColumnKeys())).containsExactly("1928/29 (Oct\u2013Jun)", "1929/30");
        assertThat(bars.getDataset().getValue("Harvest", "1928/29 (Oct\u2013Jun)").doubleValue()).isEqualTo(0.4);
        assertThat(perPerson.getDataset().getValue(0, 0)).isNull();
        assertThat(perPerson.getDataset().getValue(0, 1)).isNotNull();
    }

    @Test
    void livestockHasFourSpeciesAboveAndSlaughterBelowWithOnePointPerMonth() {
        JFreeChart chart = Charts.livestock(TinyRun.twoAgriculturalYears().data());
        assertThat(seriesCounts(chart)).containsExactly(4, 2);
        assertEveryPanelHasPoints(chart, 24);
        XYDataset herds = panels(chart).get(0).getDataset();
        assertThat((Object) herds.getSeriesKey(3)).isEqualTo("Sheep and goats");
        assertThat(herds.getYValue(0, 0)).isEqualTo(2.0); // 2 million cattle, in millions
    }

    @Test
    void octobersUsualSlaughterIsDrawnApartFromTheOtherMonthsAndNamed() {
        TinyRun run = TinyRun.twoAgriculturalYears();  // from July 1929
        run.set("livestock_slaughtered", YearMonth.of(1929, 10), 5_000_000);
        run.set("livestock_slaughtered", YearMonth.of(1930, 1), 2_000_000);
        XYPlot slaughter = panels(Charts.livestock(run.data())).get(1);
        XYDataset d = slaughter.getDataset();
        assertThat((Object) d.getSeriesKey(0)).isEqualTo(Charts.OCTOBER_SLAUGHTER);
        assertThat((Object) d.getSeriesKey(1)).isEqualTo(Charts.OTHER_SLAUGHTER);
        assertThat(d.getYValue(0, 3)).isEqualTo(5.0);  // October 1929, in millions
        assertThat(d.getY(1, 3)).isNull();
        assertThat(d.getYValue(1, 6)).isEqualTo(2.0);  // January 1930
        assertThat(d.getY(0, 6)).isNull();
        assertThat(slaughter.getAnnotations()).filteredOn(a -> a instanceof XYTextAnnotation)
                .extracting(a -> ((XYTextAnnotation) a).getText())
                .containsExactly("\u2190 October 1929: the usual autumn slaughter of the year's young");
    }

    @Test
    void collectivizationRepressionHasThreePanels() {
        JFreeChart chart = Charts.collectivizationRepression(TinyRun.twoAgriculturalYears().data());
        assertThat(seriesCounts(chart)).containsExactly(1, 2, 2);
        assertEveryPanelHasPoints(chart, 24);
        assertThat(panels(chart).get(0).getDataset().getYValue(0, 5)).isEqualTo(50.0); // share 0.5 as %
    }

    @Test
    void famineByMonthKeepsNegativeMonthsAndDrawsAZeroLine() {
        TinyRun run = TinyRun.twoAgriculturalYears();
        run.set("excess_deaths", YearMonth.of(1930, 4), -1_500);
        run.set("excess_deaths_ukraine", YearMonth.of(1930, 4), -1_000);
        run.set("excess_deaths_kazakhstan", YearMonth.of(1930, 4), -500);
        JFreeChart chart = Charts.famineByMonth(run.data());
        assertThat(seriesCounts(chart)).containsExactly(1, Region.values().length);
        assertEveryPanelHasPoints(chart, 24);
        XYDataset regions = panels(chart).get(1).getDataset();
        assertThat((Object) regions.getSeriesKey(0)).isEqualTo("Ukraine");
        assertThat((Object) regions.getSeriesKey(6)).isEqualTo("Rest of the USSR");
        int april1930 = 9;
        assertThat(regions.getYValue(0, april1930)).isEqualTo(-1000.0);
        assertThat(panels(chart).get(0).getDataset().getYValue(0, april1930)).isEqualTo(-1500.0);
        for (XYPlot p : panels(chart)) {
            assertThat((java.util.Collection<?>) p.getRangeMarkers(Layer.BACKGROUND)).anySatisfy(
                    m -> assertThat(((ValueMarker) m).getValue()).isZero());
        }
    }

    @Test
    void famineByRegionShowsEveryRegionLargestFirstFromTheSummary() {
        TinyRun run = TinyRun.twoAgriculturalYears();
        var byRegion = run.summary.putObject("excess_deaths_by_region");
        double[] totals = {3_900_000, 480_000, 320_000, 210_000, 1_350_000, 140_000, 300_000};
        for (Region r : Region.values()) {
            byRegion.put(r.key(), totals[r.ordinal()]);
        }
        JFreeChart chart = Charts.famineByRegion(run.data());
        CategoryDataset d = ((CategoryPlot) chart.getPlot()).getDataset();
        assertThat(d.getRowCount()).isEqualTo(1);
        assertThat(keys(d.getColumnKeys())).containsExactly("Ukraine", "Kazakhstan", "North Caucasus",
                "Lower and Middle Volga", "Rest of the USSR", "Central Black Earth", "Siberia and Urals");
        assertThat(d.getValue(0, 0).doubleValue()).isEqualTo(3.9); // millions
        assertThat(subtitles(chart)).contains("6.7 million");
    }

    @Test
    void famineByRegionSumsTheTimeSeriesForARegionTheSummaryLacks() {
        TinyRun run = TinyRun.twoAgriculturalYears();
        run.set("excess_deaths_volga", YearMonth.of(1930, 2), 700);
        run.set("excess_deaths_volga", YearMonth.of(1930, 3), 300);
        run.set("excess_deaths_volga", YearMonth.of(1929, 12), 5_000); // before 1930: not counted
        JFreeChart chart = Charts.famineByRegion(run.data());
        CategoryDataset d = ((CategoryPlot) chart.getPlot()).getDataset();
        assertThat(d.getValue(0, d.getColumnIndex("Lower and Middle Volga")).doubleValue()).isEqualTo(1000.0);
    }

    @Test
    void pressureResponseHasFivePanelsSharingOneTimeAxis() {
        JFreeChart chart = Charts.pressureResponse(TinyRun.twoAgriculturalYears().data());
        assertThat(seriesCounts(chart)).containsExactly(1, 1, 1, 1, 2);
        assertEveryPanelHasPoints(chart, 24);
        assertThat(((CombinedDomainXYPlot) chart.getPlot()).getDomainAxis()).isInstanceOf(DateAxis.class);
    }

    @Test
    void aMissingValueLeavesAGapRatherThanAZero() {
        TinyRun run = TinyRun.twoAgriculturalYears();
        run.set("horses", YearMonth.of(1930, 1), Double.NaN);
        XYDataset herds = panels(Charts.livestock(run.data())).get(0).getDataset();
        assertThat(herds.getY(1, 6)).isNull();
        assertThat(herds.getY(1, 7)).isNotNull();
    }

    @Test
    void timeAxisRunsFromTheFirstMonthsStartToTheLastMonthsEnd() {
        JFreeChart chart = Charts.livestock(TinyRun.twoAgriculturalYears().data());
        DateAxis axis = (DateAxis) ((CombinedDomainXYPlot) chart.getPlot()).getDomainAxis();
        assertThat(axis.getMinimumDate().toInstant().toString()).isEqualTo("1929-07-01T00:00:00Z");
        assertThat(axis.getMaximumDate().toInstant().toString()).isEqualTo("1931-07-01T00:00:00Z");
    }

    @Test
    void everyChartHasATitleALegendAxisLabelsAndTheSourceNote() {
        RunData data = TinyRun.twoAgriculturalYears().data();
        for (Figure f : Figure.all(data)) {
            JFreeChart chart = f.chart();
            assertThat(chart.getTitle().getText()).as(f.fileBase()).isNotBlank();
            assertThat((List<?>) chart.getSubtitles()).as(f.fileBase()).anyMatch(t -> t instanceof LegendTitle);
            assertThat(subtitles(chart)).as(f.fileBase()).contains(
                    "Source: model run, scenario tiny, seed 7, 100 households simulated (each stands for 2,500);"
                            + " article: Gessen, The New Yorker, 2017, \u00b630\u201332");
            if (chart.getPlot() instanceof CombinedDomainXYPlot p) {
                assertThat(p.getDomainAxis().getLabel()).isNotBlank();
                for (XYPlot panel : panels(chart)) {
                    assertThat(panel.getRangeAxis().getLabel()).as(f.fileBase()).isNotBlank();
                }
            }
        }
        assertThat(Figure.all(data)).extracting(Figure::fileBase).containsExactlyElementsOf(Figure.FILE_BASES);
    }

    /** JFreeChart 1.0.19 returns raw lists; a typed copy for assertions. */
    private static List<Object> keys(List<?> raw) {
        return new java.util.ArrayList<>(raw);
    }

    private static String subtitles(JFreeChart chart) {
        StringBuilder s = new StringBuilder();
        for (Object o : chart.getSubtitles()) {
            if (o instanceof TextTitle t) {
                s.append(t.getText()).append('\n');
            } else {
                assertThat(o).isInstanceOf(Title.class);
            }
        }
        return s.toString();
    }
}
