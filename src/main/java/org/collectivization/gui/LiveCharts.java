package org.collectivization.gui;

import java.awt.BasicStroke;
import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Font;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.text.DecimalFormat;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import javax.swing.BorderFactory;
import javax.swing.JCheckBox;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JPanel;

import org.collectivization.model.Calendar;
import org.collectivization.model.Region;
import org.collectivization.observe.Recorder;
import org.collectivization.report.Palette;
import org.collectivization.report.RecordOverlay;
import org.collectivization.runfiles.HistoricalRecord;
import org.jfree.chart.ChartPanel;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.data.xy.XYDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.jfree.ui.RectangleEdge;
import org.jfree.ui.RectangleInsets;

/**
 * Four charts that start empty and grow by one point a month, read from the recorder's monthly row
 * (real-world units): famine deaths by region and in all regions, grain, livestock by species, share
 * collectivized. The time axis is the whole run from the start, so the class sees how far the run has
 * come. One line of each chart has a shaded band around it: the lowest to the highest of the
 * {@link Ensemble}'s runs, drawn up to the month they have all finished, so the class sees how far
 * another run could fall from its own. A check box above them draws the historical record
 * ({@code data/history/record.csv}) where a chart shows the same series: each figure a square with the
 * range its sources allow, as the run's report draws it ({@link RecordOverlay}).
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
    private final XYSeries allRegions = series("all regions");
    private final double[] cumulativeDeaths = new double[Region.ALL.length];
    private double allDeaths, harvestSinceJuly, procuredSinceJuly;
    final ChartPanel[] panels;

    /** The band's colour on a chart whose banded line is black or grey. */
    static final Color BAND_GREY = new Color(0x606060);
    /** Opacity of a band: light enough that the lines inside stay readable on a projector. */
    static final float BAND_ALPHA = 0.22f;
    private final YIntervalSeries deathsBand = new YIntervalSeries("band: all regions");
    private final YIntervalSeriesCollection procuredBands = new YIntervalSeriesCollection();
    private final YIntervalSeries cattleBand = new YIntervalSeries("band: cattle");
    private final YIntervalSeries collectivizedBand = new YIntervalSeries("band: collectivized");
    private final double[] bandDeaths = new double[Ensemble.RUNS], bandProcured = new double[Ensemble.RUNS];
    private int bandMonths;
    private final JLabel caption = new JLabel();

    /**
     * A chart's datasets in the order drawn: the band behind, the grain chart's kg a person, the lines, and the
     * record on top.
     */
    static final int BAND = 0, PER_PERSON = 1, LINES = 2, RECORD = 3;
    private final HistoricalRecord record;
    private final double firstYear, lastYear;
    private final XYPlot grainPlot, herdPlot, kolkhozPlot;
    /**
     * Off when the GUI opens: a lesson begins with the class predicting what the campaign will do to the harvest,
     * the herds and the collective farms, and the record on screen would give the answer away. The teacher
     * switches it on after the run, to set the class's run beside what happened.
     */
    final JCheckBox showRecord = new JCheckBox("Show the historical record", false);
    /** The caption's last state, to write it again when the record is switched on or off. */
    private Ensemble lastEnsemble;
    private int lastClassMonths;
    private String lastProblem;

    /** {@code record}: the historical record to draw on request; if empty, the check box is disabled. */
    LiveCharts(double firstYear, double lastYear, HistoricalRecord record) {
        this.record = record;
        this.firstYear = firstYear;
        this.lastYear = lastYear;
        for (Region g : Region.ALL) deaths[g.ordinal()] = series(VillageMap.shortName(g));
        XYSeriesCollection deathData = new XYSeriesCollection();
        for (XYSeries s : deaths) deathData.addSeries(s);
        deathData.addSeries(allRegions);
        JFreeChart deathChart = chart("Famine deaths since Oct 1928", "millions", deathData, firstYear, lastYear);
        XYLineAndShapeRenderer deathLines = (XYLineAndShapeRenderer) deathChart.getXYPlot().getRenderer(LINES);
        for (org.collectivization.report.Region g : org.collectivization.report.Region.values()) {
            deathLines.setSeriesPaint(g.ordinal(), g.colour());
        }
        // the total is the figure the band and the comparison are about: a heavier line, in a grey no region has
        deathLines.setSeriesPaint(Region.ALL.length, BAND_GREY);
        deathLines.setSeriesStroke(Region.ALL.length, new BasicStroke(4f));
        band(deathChart.getXYPlot(), new YIntervalSeriesCollection(), BAND_GREY).addSeries(deathsBand);
        legendBelow(deathChart);
        // a small run's ordinary months swing by tens of thousands: keep the scale at half a million at least,
        // so that noise does not look like a trend
        ((NumberAxis) deathChart.getXYPlot().getRangeAxis()).setAutoRangeMinimumSize(0.5);

        XYSeriesCollection tonnes = new XYSeriesCollection();
        tonnes.addSeries(harvest);
        tonnes.addSeries(procured);
        JFreeChart grainChart = chart("Grain", "Mt", tonnes, firstYear, lastYear);
        grainPlot = grainChart.getXYPlot();
        colours(grainPlot, GRAIN_COLOURS);
        NumberAxis kg = new NumberAxis("kg per person");
        style(kg);
        grainPlot.setRangeAxis(1, kg);
        grainPlot.setDataset(PER_PERSON, new XYSeriesCollection(perPerson));
        grainPlot.mapDatasetToRangeAxis(PER_PERSON, 1);
        XYLineAndShapeRenderer r1 = renderer();
        r1.setSeriesPaint(0, Palette.BLACK);
        r1.setSeriesStroke(0, new BasicStroke(2.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 1f, new float[] {6f, 4f}, 0f));
        grainPlot.setRenderer(PER_PERSON, r1);
        band(grainPlot, procuredBands, Palette.VERMILLION);
        legendBelow(grainChart);

        XYSeriesCollection herdData = new XYSeriesCollection();
        for (XYSeries s : herds) herdData.addSeries(s);
        JFreeChart herdChart = chart("Livestock", "millions of head", herdData, firstYear, lastYear);
        herdPlot = herdChart.getXYPlot();
        colours(herdPlot, HERD_COLOURS);
        band(herdPlot, new YIntervalSeriesCollection(), Palette.VERMILLION).addSeries(cattleBand);
        legendBelow(herdChart);

        JFreeChart kolkhozChart = chart("Households in collective farms", "%", new XYSeriesCollection(collectivized),
                firstYear, lastYear);
        kolkhozPlot = kolkhozChart.getXYPlot();
        colours(kolkhozPlot, KOLKHOZ_COLOURS);
        ((NumberAxis) kolkhozPlot.getRangeAxis()).setRange(0, 100);
        band(kolkhozPlot, new YIntervalSeriesCollection(), Palette.BLUE).addSeries(collectivizedBand);
        kolkhozChart.removeLegend();

        JPanel grid = new JPanel(new GridBagLayout());
        GridBagConstraints at = new GridBagConstraints();
        at.gridx = 0;
        at.fill = GridBagConstraints.BOTH;
        at.weightx = 1;
        at.insets = new java.awt.Insets(0, 0, 2, 0);
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
            at.weighty = HEIGHTS[ps.size()];
            grid.add(p, at);
            ps.add(p);
        }
        panels = ps.toArray(new ChartPanel[0]);
        caption.setFont(Fonts.SMALL);
        caption.setForeground(LeverPanel.NOTE);
        caption.setBorder(BorderFactory.createEmptyBorder(2, 6, 2, 4));
        showRecord.setFont(Fonts.PLAIN);
        showRecord.setBackground(Color.WHITE);
        showRecord.setEnabled(!record.isEmpty());
        if (record.isEmpty()) showRecord.setToolTipText(RecordOverlay.MISSING);
        showRecord.addActionListener(e -> drawRecord(showRecord.isSelected()));
        JPanel top = new JPanel(new BorderLayout());
        top.setBackground(Color.WHITE);
        top.add(showRecord, BorderLayout.NORTH);
        top.add(caption, BorderLayout.CENTER);
        JPanel content = new JPanel(new BorderLayout());
        content.setBackground(Color.WHITE);
        content.add(top, BorderLayout.NORTH);
        content.add(grid, BorderLayout.CENTER);
        frame.setContentPane(content);
        setCaption(null, 0, null);
    }

    /** The record's squares: large enough to see from the back of a room, small enough not to hide their bars. */
    static final double RECORD_PX = 9;
    private static final Color[] GRAIN_COLOURS = {Palette.BLUISH_GREEN, Palette.VERMILLION};
    private static final Color[] HERD_COLOURS = {Palette.VERMILLION, Palette.BLUE, Palette.REDDISH_PURPLE, Palette.ORANGE};
    private static final Color[] KOLKHOZ_COLOURS = {Palette.BLUE};

    /**
     * Draws the record on the grain, livestock and collective-farm charts, each figure in the colour of the
     * line of the same series, or takes it away; on the Swing thread. The record holds no famine deaths, so the
     * deaths chart has none.
     */
    void drawRecord(boolean on) {
        if (showRecord.isSelected() != on) showRecord.setSelected(on);
        if (on) {
            RecordOverlay.onTime(grainPlot, RECORD, record, new String[] {"grain_harvest_t", "grain_procured_t"},
                    GRAIN_COLOURS, 1e6, false, RECORD_PX, this::recordX);
            RecordOverlay.onTime(herdPlot, RECORD, record, new String[] {"cattle", "horses", "pigs", "sheep_goats"},
                    HERD_COLOURS, 1e6, false, RECORD_PX, this::recordX);
            RecordOverlay.onTime(kolkhozPlot, RECORD, record, new String[] {"collectivized_share"}, KOLKHOZ_COLOURS,
                    0.01, false, RECORD_PX, this::recordX);
        } else {
            for (XYPlot p : new XYPlot[] {grainPlot, herdPlot, kolkhozPlot}) {
                p.setDataset(RECORD, null);
                p.setRenderer(RECORD, null);
            }
        }
        setCaption(lastEnsemble, lastClassMonths, lastProblem);
    }

    /** The record's datasets of the grain, livestock and collective-farm charts (null where not drawn), for tests. */
    XYDataset[] recordData() {
        return new XYDataset[] {grainPlot.getDataset(RECORD), herdPlot.getDataset(RECORD), kolkhozPlot.getDataset(RECORD)};
    }

    /**
     * Where a figure of the record goes on a chart's time axis, as the class's line is drawn (each month's row
     * at the month's start): a stock counted on the 1st of a month at the month before, whose end it is; a
     * harvest (calendar year Y) at August Y, when the line "harvested since July" holds all of it; a procurement
     * (agricultural year Y/Y+1) at June Y+1, where "procured since July" closes the year. NaN outside the run.
     */
    private double recordX(HistoricalRecord.Figure f) {
        YearMonth date = HistoricalRecord.date(f.period());
        int year = HistoricalRecord.startYear(f.period());
        YearMonth month = date != null ? date.minusMonths(1)
                : year < 0 ? null
                : HistoricalRecord.agricultural(f.period()) ? YearMonth.of(year + 1, 6) : YearMonth.of(year, 8);
        if (month == null) return Double.NaN;
        double at = x(Calendar.monthIndex(month.toString()));
        return at < firstYear || at > lastYear ? Double.NaN : at;
    }

    /**
     * The line above the charts: what the lines and the shaded bands are, and, while the band's runs are
     * behind the class's by more than a month (or have stopped), how far the band reaches.
     */
    void setCaption(Ensemble ensemble, int classMonths, String problem) {
        lastEnsemble = ensemble;
        lastClassMonths = classMonths;
        lastProblem = problem;
        StringBuilder b = new StringBuilder("<html><div style='width: " + CAPTION_WIDTH + "px'>Lines: your class's run. "
                + "Shaded: lowest to highest of " + Ensemble.RUNS + " other runs, same levers");
        // the state in the same place as the seeds, so the caption keeps its two lines and the charts keep still
        if (problem != null) {
            b.append(". <b>").append(problem).append("</b>");
        } else if (classMonths - bandMonths > 1) {
            b.append(bandMonths > 0 ? " (so far to " + ClassroomGui.monthName(bandMonths - 1) + ")." : " (starting).");
        } else if (ensemble != null) {
            b.append(" (seeds ").append(ensemble.seed(0)).append("\u2013").append(ensemble.seed(Ensemble.RUNS - 1)).append(").");
        } else {
            b.append('.');
        }
        if (showRecord.isSelected()) b.append(' ').append(RECORD_CAPTION);
        String text = b.append("</div></html>").toString();
        if (!text.equals(caption.getText())) caption.setText(text);
    }

    /** What the squares are, said above the charts while the record is shown. */
    static final String RECORD_CAPTION = "Squares: the historical record (" + HistoricalRecord.SHIPPED + "), what"
            + " happened; bars: the range its sources allow.";

    /** Swing's HTML reads a width in points: this fits the 430-pixel window. */
    static final int CAPTION_WIDTH = 300;

    /**
     * The charts' shares of the window's height: more for the deaths chart, whose band spans millions and
     * whose legend takes three rows; less for the share collectivized, which has no legend.
     */
    private static final double[] HEIGHTS = {1.35, 1.0, 0.95, 0.7};

    String captionText() {
        return caption.getText().replaceAll("<[^>]*>", "");
    }

    /** Months the band has; the next month to add is this one. */
    int bandMonths() {
        return bandMonths;
    }

    /** Adds the band's month {@code step}: each of the ensemble's runs' rows; on the Swing thread. */
    void addBandMonth(int step, double[][] runRows) {
        if (step != bandMonths) throw new IllegalArgumentException("band month " + step + " after " + bandMonths);
        bandMonths++;
        double x = x(step);
        int n = runRows.length;
        double[] deathsNow = new double[n], cattle = new double[n], kolkhoz = new double[n], procuredNow = new double[n];
        boolean july = Calendar.monthOfYear(step) == 7 && step > 0;
        for (int r = 0; r < n; r++) {
            double[] row = runRows[r];
            bandDeaths[r] += row[Recorder.index("excess_deaths")];
            deathsNow[r] = bandDeaths[r] / 1e6;
            if (july) bandProcured[r] = 0;
            bandProcured[r] += row[Recorder.index("grain_procured_t")];
            procuredNow[r] = bandProcured[r] / 1e6;
            cattle[r] = row[Recorder.index("cattle")] / 1e6;
            kolkhoz[r] = 100 * row[Recorder.index("collectivized_share")];
        }
        add(deathsBand, x, deathsNow);
        if (step >= Calendar.monthsUntilHarvest(0)) {
            // one band a year, as the line restarts each July
            int year = Calendar.year(step) - (Calendar.monthOfYear(step) >= 7 ? 0 : 1);
            String key = "band: procured " + year;
            int i = procuredBands.indexOf(key);
            if (i < 0) {
                procuredBands.addSeries(new YIntervalSeries(key));
                i = procuredBands.getSeriesCount() - 1;
            }
            add(procuredBands.getSeries(i), x, procuredNow);
        }
        add(cattleBand, x, cattle);
        add(collectivizedBand, x, kolkhoz);
    }

    private static void add(YIntervalSeries s, double x, double[] values) {
        double low = Double.POSITIVE_INFINITY, high = Double.NEGATIVE_INFINITY, sum = 0;
        for (double v : values) {
            low = Math.min(low, v);
            high = Math.max(high, v);
            sum += v;
        }
        s.add(x, sum / values.length, low, high);
    }

    /** The band's lowest and highest values of each chart at its last month (for tests): deaths, cattle, collectivized. */
    double[][] bandAtEnd() {
        YIntervalSeries[] bands = {deathsBand, cattleBand, collectivizedBand};
        double[][] out = new double[bands.length][];
        for (int i = 0; i < bands.length; i++) {
            int last = bands[i].getItemCount() - 1;
            out[i] = last < 0 ? null : new double[] {bands[i].getYLowValue(last), bands[i].getYHighValue(last)};
        }
        return out;
    }

    /** The class's line of all regions' deaths at its last month, in millions (for tests). */
    double allRegionsAtEnd() {
        int last = allRegions.getItemCount() - 1;
        return last < 0 ? Double.NaN : allRegions.getY(last).doubleValue();
    }

    /**
     * Adds a band dataset to a plot as dataset {@link #BAND}, drawn behind the lines, filled in {@code colour}
     * with no line of its own; returns the dataset.
     */
    private static YIntervalSeriesCollection band(XYPlot plot, YIntervalSeriesCollection data, Color colour) {
        DeviationRenderer r = new DeviationRenderer(true, false) {
            private static final long serialVersionUID = 1L;

            @Override
            public java.awt.Paint getSeriesFillPaint(int series) {
                return colour;
            }

            @Override
            public java.awt.Paint getItemPaint(int series, int item) {
                return TRANSPARENT;
            }
        };
        r.setAlpha(BAND_ALPHA);
        r.setBaseSeriesVisibleInLegend(false);
        plot.setDataset(BAND, data);
        plot.setRenderer(BAND, r);
        plot.mapDatasetToRangeAxis(BAND, 0);
        return data;
    }

    private static final Color TRANSPARENT = new Color(0, 0, 0, 0);

    private static double x(int step) {
        return Calendar.year(step) + (Calendar.monthOfYear(step) - 1) / 12.0;
    }

    /** Adds month {@code step}'s row; on the Swing thread. */
    void addMonth(int step, double[] row) {
        double x = x(step);
        for (Region g : Region.ALL) {
            cumulativeDeaths[g.ordinal()] += row[Recorder.index("excess_deaths_" + g.id)];
            deaths[g.ordinal()].add(x, cumulativeDeaths[g.ordinal()] / 1e6);
        }
        allDeaths += row[Recorder.index("excess_deaths")];
        allRegions.add(x, allDeaths / 1e6);
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
        allDeaths = 0;
        harvestSinceJuly = 0;
        procuredSinceJuly = 0;
        deathsBand.clear();
        procuredBands.removeAllSeries();
        cattleBand.clear();
        collectivizedBand.clear();
        java.util.Arrays.fill(bandDeaths, 0);
        java.util.Arrays.fill(bandProcured, 0);
        bandMonths = 0;
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
        XYPlot plot = new XYPlot(null, x, y, null);
        plot.setDataset(LINES, data);
        plot.setRenderer(LINES, renderer());
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
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

    private static void colours(XYPlot plot, Color... c) {
        XYLineAndShapeRenderer r = (XYLineAndShapeRenderer) plot.getRenderer(LINES);
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
