package org.collectivization.gui;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.GridLayout;
import java.text.DecimalFormat;
import java.util.ArrayList;
import java.util.List;

import javax.swing.JFrame;
import javax.swing.JPanel;

import org.collectivization.model.Calendar;
import org.collectivization.model.Region;
import org.collectivization.observe.Recorder;
import org.collectivization.report.Palette;
import org.jfree.chart.ChartPanel;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.ui.RectangleEdge;
import org.jfree.ui.RectangleInsets;

/**
 * Four charts that start empty and grow by one point a month, read from the recorder's monthly row
 * (real-world units): famine deaths by region, grain, livestock by species, share collectivized. The
 * time axis is the whole run from the start, so the class sees how far the run has come.
 */
final class LiveCharts {
    static final Font TITLE = new Font(Fonts.FAMILY, Font.BOLD, 16);
    static final Font AXIS = new Font(Fonts.FAMILY, Font.PLAIN, 14);
    static final Font LEGEND = new Font(Fonts.FAMILY, Font.PLAIN, 14);

    final JFrame frame = new JFrame("Charts");
    private final List<XYSeries> all = new ArrayList<>();
    private final XYSeries[] deaths = new XYSeries[Region.ALL.length];
    private final XYSeries harvest = series("harvested since July (Mt)");
    private final XYSeries procured = series("procured since July (Mt)");
    private final XYSeries perPerson = series("in villages, kg a person (right)");
    private final XYSeries[] herds = {series("cattle"), series("horses"), series("pigs"), series("sheep and goats")};
    private final XYSeries collectivized = series("share collectivized");
    private final double[] cumulativeDeaths = new double[Region.ALL.length];
    private double harvestSinceJuly, procuredSinceJuly;
    final ChartPanel[] panels;

    LiveCharts(double firstYear, double lastYear) {
        for (Region g : Region.ALL) deaths[g.ordinal()] = series(VillageMap.shortName(g));
        XYSeriesCollection deathData = new XYSeriesCollection();
        for (XYSeries s : deaths) deathData.addSeries(s);
        JFreeChart deathChart = chart("Famine deaths by region, since Oct 1928", "millions", deathData, firstYear, lastYear);
        for (org.collectivization.report.Region g : org.collectivization.report.Region.values()) {
            ((XYLineAndShapeRenderer) deathChart.getXYPlot().getRenderer()).setSeriesPaint(g.ordinal(), g.colour());
        }
        legendBelow(deathChart);
        // a small run's ordinary months swing by tens of thousands: keep the scale at half a million at least,
        // so that noise does not look like a trend
        ((NumberAxis) deathChart.getXYPlot().getRangeAxis()).setAutoRangeMinimumSize(0.5);

        XYSeriesCollection tonnes = new XYSeriesCollection();
        tonnes.addSeries(harvest);
        tonnes.addSeries(procured);
        JFreeChart grainChart = chart("Grain", "Mt", tonnes, firstYear, lastYear);
        XYPlot gp = grainChart.getXYPlot();
        colours(gp, 0, Palette.BLUISH_GREEN, Palette.VERMILLION);
        NumberAxis kg = new NumberAxis("kg per person");
        style(kg);
        gp.setRangeAxis(1, kg);
        gp.setDataset(1, new XYSeriesCollection(perPerson));
        gp.mapDatasetToRangeAxis(1, 1);
        XYLineAndShapeRenderer r1 = renderer();
        r1.setSeriesPaint(0, Palette.BLACK);
        r1.setSeriesStroke(0, new BasicStroke(2.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 1f, new float[] {6f, 4f}, 0f));
        gp.setRenderer(1, r1);
        legendBelow(grainChart);

        XYSeriesCollection herdData = new XYSeriesCollection();
        for (XYSeries s : herds) herdData.addSeries(s);
        JFreeChart herdChart = chart("Livestock", "millions of head", herdData, firstYear, lastYear);
        colours(herdChart.getXYPlot(), 0, Palette.VERMILLION, Palette.BLUE, Palette.REDDISH_PURPLE, Palette.ORANGE);
        legendBelow(herdChart);

        JFreeChart kolkhozChart = chart("Households in collective farms", "%", new XYSeriesCollection(collectivized),
                firstYear, lastYear);
        colours(kolkhozChart.getXYPlot(), 0, Palette.BLUE);
        ((NumberAxis) kolkhozChart.getXYPlot().getRangeAxis()).setRange(0, 100);
        kolkhozChart.removeLegend();

        JPanel grid = new JPanel(new GridLayout(4, 1, 0, 2));
        grid.setBackground(Color.WHITE);
        List<ChartPanel> ps = new ArrayList<>();
        for (JFreeChart c : List.of(deathChart, grainChart, herdChart, kolkhozChart)) {
            ChartPanel p = new ChartPanel(c, false, false, false, false, false);
            p.setMinimumDrawWidth(80);
            p.setMinimumDrawHeight(60);
            p.setMaximumDrawWidth(4000);
            p.setMaximumDrawHeight(3000);
            p.setPopupMenu(null);
            p.setDomainZoomable(false);
            p.setRangeZoomable(false);
            grid.add(p);
            ps.add(p);
        }
        panels = ps.toArray(new ChartPanel[0]);
        frame.setContentPane(grid);
    }

    /** Adds month {@code step}'s row; on the Swing thread. */
    void addMonth(int step, double[] row) {
        double x = Calendar.year(step) + (Calendar.monthOfYear(step) - 1) / 12.0;
        for (Region g : Region.ALL) {
            cumulativeDeaths[g.ordinal()] += row[Recorder.index("excess_deaths_" + g.id)];
            deaths[g.ordinal()].add(x, cumulativeDeaths[g.ordinal()] / 1e6);
        }
        if (Calendar.monthOfYear(step) == 7 && step > 0) {
            // a new agricultural year: the "since July" lines restart, with a gap rather than a drop
            harvestSinceJuly = 0;
            procuredSinceJuly = 0;
            harvest.add(x - GAP, null);
            procured.add(x - GAP, null);
        }
        harvestSinceJuly += row[Recorder.index("grain_harvest_t")];
        procuredSinceJuly += row[Recorder.index("grain_procured_t")];
        // before the first July the run has seen only part of the agricultural year: no "since July" figure
        boolean wholeYear = step >= Calendar.monthsUntilHarvest(0);
        harvest.add(x, wholeYear ? harvestSinceJuly / 1e6 : null);
        procured.add(x, wholeYear ? procuredSinceJuly / 1e6 : null);
        double people = row[Recorder.index("population")];
        perPerson.add(x, people > 0 ? row[Recorder.index("rural_grain_t")] * 1000 / people : 0);
        String[] species = {"cattle", "horses", "pigs", "sheep_goats"};
        for (int s = 0; s < species.length; s++) herds[s].add(x, row[Recorder.index(species[s])] / 1e6);
        collectivized.add(x, 100 * row[Recorder.index("collectivized_share")]);
    }

    void clear() {
        for (XYSeries s : all) s.clear();
        java.util.Arrays.fill(cumulativeDeaths, 0);
        harvestSinceJuly = 0;
        procuredSinceJuly = 0;
    }

    /** A point with no value just before July breaks the "since July" lines between agricultural years. */
    static final double GAP = 1e-3;

    /** Months in each series: its points at the months' positions (each series gets one a month). */
    int[] pointsPerSeries() {
        int[] n = new int[all.size()];
        for (int i = 0; i < n.length; i++) {
            XYSeries s = all.get(i);
            for (int j = 0; j < s.getItemCount(); j++) {
                double twelfths = s.getX(j).doubleValue() * 12;
                if (Math.abs(twelfths - Math.rint(twelfths)) < 1e-6) n[i]++;
            }
        }
        return n;
    }

    List<String> seriesNames() {
        List<String> names = new ArrayList<>();
        for (XYSeries s : all) names.add(String.valueOf(s.getKey()));
        return names;
    }

    private XYSeries series(String name) {
        XYSeries s = new XYSeries(name, false, true);
        all.add(s);
        return s;
    }

    private static JFreeChart chart(String title, String unit, XYSeriesCollection data, double firstYear, double lastYear) {
        NumberAxis x = new NumberAxis();
        x.setRange(firstYear, lastYear);
        x.setTickUnit(new NumberTickUnit(1, new DecimalFormat("0")));
        style(x);
        NumberAxis y = new NumberAxis(unit);
        style(y);
        y.setAutoRangeIncludesZero(true);
        XYPlot plot = new XYPlot(data, x, y, renderer());
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(new Color(0xD0D0D0));
        plot.setRangeGridlinePaint(new Color(0xD0D0D0));
        plot.setOutlineVisible(false);
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        JFreeChart c = new JFreeChart(title, TITLE, plot, true);
        c.setBackgroundPaint(Color.WHITE);
        c.setPadding(new RectangleInsets(2, 4, 2, 8));
        return c;
    }

    private static void style(NumberAxis a) {
        a.setLabelFont(AXIS);
        a.setTickLabelFont(AXIS);
        a.setTickLabelPaint(Color.BLACK);
        a.setLabelPaint(Color.BLACK);
    }

    private static XYLineAndShapeRenderer renderer() {
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, false);
        r.setBaseStroke(new BasicStroke(2.5f));
        r.setAutoPopulateSeriesStroke(false);
        return r;
    }

    private static void colours(XYPlot plot, int renderer, Color... c) {
        XYLineAndShapeRenderer r = (XYLineAndShapeRenderer) plot.getRenderer(renderer);
        for (int i = 0; i < c.length; i++) r.setSeriesPaint(i, c[i]);
    }

    private static void legendBelow(JFreeChart c) {
        LegendTitle l = c.getLegend();
        l.setPosition(RectangleEdge.BOTTOM);
        l.setItemFont(LEGEND);
        l.setFrame(BlockBorder.NONE);
        l.setBackgroundPaint(Color.WHITE);
    }
}
