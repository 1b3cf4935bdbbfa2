package org.collectivization.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Paint;
import java.awt.geom.Rectangle2D;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.collectivization.experiment.Comparison;
import org.collectivization.experiment.Metrics;
import org.collectivization.experiment.Replicate;
import org.collectivization.experiment.StudyInfo;
import org.collectivization.runfiles.HistoricalRecord;
import org.collectivization.stats.Estimate;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.PaintScale;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.category.StatisticalBarRenderer;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.renderer.xy.XYShapeRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.data.statistics.DefaultStatisticalCategoryDataset;
import org.jfree.data.xy.DefaultXYZDataset;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.jfree.ui.Layer;
import org.jfree.ui.RectangleEdge;
import org.jfree.ui.RectangleInsets;

/**
 * The charts of a comparison and of a sweep, in the run report's style: every line a mean over the
 * replicates with its 95 % t interval drawn as a band or whisker. Built in memory, no files.
 */
final class StudyCharts {
    private StudyCharts() {}

    /** Baseline in black, then the Okabe-Ito colours; yellow last, as it is faint on white. */
    private static final Color[] ARM_COLOURS = {Palette.BLACK, Palette.VERMILLION, Palette.BLUE, Palette.BLUISH_GREEN,
            Palette.ORANGE, Palette.REDDISH_PURPLE, Palette.SKY_BLUE, Palette.YELLOW};

    static Color colour(int arm) {
        return ARM_COLOURS[arm % ARM_COLOURS.length];
    }

    static String sourceNote(StudyInfo info) {
        StudyInfo.Arm a = info.arms().get(0);
        String what = info.isCompare() ? info.arms().size() + " scenarios" : info.arms().size() + " design points";
        return "Source: model " + (info.isCompare() ? "comparison" : "sweep") + ", " + what + " \u00d7 "
                + info.replications() + " replicates (seeds " + info.seed(1) + "\u2013" + info.seed(info.replications())
                + ", the same for every " + (info.isCompare() ? "scenario" : "point") + "), "
                + Formats.count(a.households()) + " households simulated (each stands for "
                + Formats.count(a.householdsPerAgent()) + "); bands and whiskers: 95\u00a0% t intervals of the mean";
    }

    // ------------------------------------------------------------------ compare: series over time

    /**
     * A key series over time: one line per scenario, the mean over its replicates, with its 95 % band; and, when
     * a scenario is the historical one and the record has the series, the record's figures beside that scenario's
     * line, in its colour.
     */
    static JFreeChart seriesOverTime(Comparison c, List<Replicate> reps, int s, HistoricalRecord record) {
        StudyInfo info = c.info;
        Metrics.Series series = Metrics.SERIES.get(s);
        List<double[][]> stats = new ArrayList<>();   // per arm: [month][mean, lo, hi]
        List<List<String>> months = new ArrayList<>();
        double max = 0;
        for (int a = 0; a < info.arms().size(); a++) {
            List<Replicate> mine = new ArrayList<>();
            for (Replicate r : reps) if (r.arm() == a) mine.add(r);
            List<String> m = mine.get(0).months();
            double[][] st = new double[m.size()][3];
            for (int k = 0; k < m.size(); k++) {
                double[] x = new double[mine.size()];
                for (int i = 0; i < x.length; i++) x[i] = mine.get(i).series()[s][k];
                Estimate e = Estimate.of(x);
                double lo = Double.isNaN(e.ciLow()) ? e.mean() : e.ciLow(), hi = Double.isNaN(e.ciHigh()) ? e.mean() : e.ciHigh();
                st[k] = new double[] {e.mean(), lo, hi};
                max = Math.max(max, Math.max(Math.abs(lo), Math.abs(hi)));
            }
            stats.add(st);
            months.add(m);
        }
        double divisor = series.share() ? 0.01 : Charts.Scale.forMaximum(max).divisor();
        String axis = series.share() ? series.axis() : Charts.Scale.forMaximum(max).label(series.axis());
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        YearMonth first = null, last = null;
        for (int a = 0; a < info.arms().size(); a++) {
            YIntervalSeries ys = new YIntervalSeries(StudyText.display(info.arms().get(a)), false, true);
            for (int k = 0; k < months.get(a).size(); k++) {
                YearMonth ym = YearMonth.parse(months.get(a).get(k));
                if (first == null || ym.isBefore(first)) first = ym;
                if (last == null || ym.isAfter(last)) last = ym;
                double[] v = stats.get(a)[k];
                ys.add(x(ym, series.stock()), v[0] / divisor, v[1] / divisor, v[2] / divisor);
            }
            data.addSeries(ys);
        }
        DeviationRenderer r = new DeviationRenderer(true, false);
        r.setAlpha(0.16f);
        for (int a = 0; a < info.arms().size(); a++) {
            r.setSeriesPaint(a, colour(a));
            r.setSeriesFillPaint(a, colour(a));
            r.setSeriesStroke(a, ChartStyle.line(a, a == 0 ? 3.5f : 2.5f));
        }
        r.setLegendLine(new java.awt.geom.Line2D.Double(-22, 0, 22, 0));
        DateAxis time = ChartStyle.timeAxis(first, last);
        NumberAxis value = ChartStyle.valueAxis(axis);
        if (series.share()) value.setRange(0, 100);
        XYPlot plot = new XYPlot(data, time, value, r);
        ChartStyle.style(plot);
        if (!series.stock()) plot.addRangeMarker(ChartStyle.referenceLine(0, Palette.TEXT, 1.5f, null), Layer.BACKGROUND);
        String note = series.stock() ? "At each month's end." : "In each month.";
        String hidden = identicalToBaseline(info, reps, s);
        if (series.column().equals("excess_deaths")) {
            note = "Deaths in each month above those expected at the normal death rate, all regions.";
        }
        note += " Each line is the mean over " + info.replications()
                + " replicates; the shaded band around it is the 95\u00a0% confidence interval of that mean." + hidden;
        int historical = historicalArm(info);
        String sources = RECORD_SOURCES.get(series.column());
        if (historical < 0 || sources == null) return ChartStyle.chart(series.title() + ", by scenario", plot, sourceNote(info), note);
        boolean drawn = RecordOverlay.onTime(plot, record, new String[] {series.column()}, new Color[] {colour(historical)},
                divisor, true);
        String[] notes = drawn ? new String[] {note, "The points are the record of the historical path, beside the line of "
                + StudyText.display(info.arms().get(historical)) + " in its colour; the other scenarios did not happen and"
                + " have no record."} : new String[] {note};
        return ChartStyle.chart(series.title() + ", by scenario", plot, sourceNote(info),
                RecordOverlay.notes(drawn, record, sources, notes));
    }

    /** The sources of the record's figures that a chart over time can draw beside a series, by its column. */
    private static final java.util.Map<String, String> RECORD_SOURCES = java.util.Map.of(
            "cattle", Charts.LIVESTOCK_SOURCES, "collectivized_share", Charts.KOLKHOZ_SOURCES);

    /** The arm that is the historical scenario, the one whose path the record is of; -1 if none is. */
    static int historicalArm(StudyInfo info) {
        for (int a = 0; a < info.arms().size(); a++) {
            if (RecordOverlay.HISTORICAL_SCENARIO.equals(info.arms().get(a).name())) return a;
        }
        return -1;
    }

    /** " No export is identical to Historical in every replicate; its line lies under the baseline's." or "". */
    private static String identicalToBaseline(StudyInfo info, List<Replicate> reps, int s) {
        List<String> same = new ArrayList<>();
        for (int a = 1; a < info.arms().size(); a++) {
            boolean identical = true;
            for (Replicate r : reps) {
                if (r.arm() != a) continue;
                Replicate base = null;
                for (Replicate b : reps) if (b.arm() == 0 && b.replicate() == r.replicate()) base = b;
                if (base == null || !java.util.Arrays.equals(base.series()[s], r.series()[s])) {
                    identical = false;
                    break;
                }
            }
            if (identical) same.add(StudyText.display(info.arms().get(a)));
        }
        if (same.isEmpty()) return "";
        return " " + String.join(", ", same) + (same.size() == 1 ? " is" : " are") + " identical to "
                + StudyText.display(info.arms().get(0)) + " in every replicate; "
                + (same.size() == 1 ? "its line lies" : "their lines lie") + " under the baseline's.";
    }

    /** Month-end stocks at the end of their month, flows in its middle (as in a run's charts). */
    private static double x(YearMonth m, boolean stock) {
        long start = ChartStyle.monthStart(m), end = ChartStyle.monthStart(m.plusMonths(1));
        return stock ? end - 1 : (start + end) / 2.0;
    }

    // ------------------------------------------------------------------ compare: by region

    /** Famine deaths by region, one bar per scenario, whiskers at the 95 % interval of the mean. */
    static JFreeChart deathsByRegion(Comparison c) {
        StudyInfo info = c.info;
        List<org.collectivization.model.Region> regions = new ArrayList<>(List.of(org.collectivization.model.Region.ALL));
        regions.sort(Comparator.comparingDouble((org.collectivization.model.Region g) ->
                -c.estimate(0, Metrics.index("excess_deaths_" + g.id)).mean()));
        double max = 0;
        for (int a = 0; a < info.arms().size(); a++) {
            for (org.collectivization.model.Region g : regions) {
                Estimate e = c.estimate(a, Metrics.index("excess_deaths_" + g.id));
                max = Math.max(max, Math.abs(e.mean()) + (Double.isNaN(e.halfWidth()) ? 0 : e.halfWidth()));
            }
        }
        Charts.Scale scale = Charts.Scale.forMaximum(max);
        DefaultStatisticalCategoryDataset data = new DefaultStatisticalCategoryDataset();
        for (int a = 0; a < info.arms().size(); a++) {
            for (org.collectivization.model.Region g : regions) {
                Estimate e = c.estimate(a, Metrics.index("excess_deaths_" + g.id));
                data.add(e.mean() / scale.divisor(), Double.isNaN(e.halfWidth()) ? 0 : e.halfWidth() / scale.divisor(),
                        StudyText.display(info.arms().get(a)), g.displayName);
            }
        }
        StatisticalBarRenderer r = new StatisticalBarRenderer();
        r.setBarPainter(new StandardBarPainter());
        r.setShadowVisible(false);
        r.setDrawBarOutline(false);
        r.setItemMargin(0.04);
        r.setErrorIndicatorPaint(Palette.TEXT);
        r.setErrorIndicatorStroke(new BasicStroke(1.6f));
        for (int a = 0; a < info.arms().size(); a++) r.setSeriesPaint(a, colour(a));
        CategoryAxis regionAxis = ChartStyle.categoryAxis("Region (sorted by the baseline's famine deaths)");
        regionAxis.setCategoryMargin(0.18);
        NumberAxis value = ChartStyle.valueAxis(scale.label("excess deaths, January 1930 to December 1934"));
        CategoryPlot plot = new CategoryPlot(data, regionAxis, value, r);
        ChartStyle.style(plot);
        plot.addRangeMarker(ChartStyle.referenceLine(0, Palette.TEXT, 1.5f, null), Layer.FOREGROUND);
        return ChartStyle.chart("Famine deaths by region and scenario, 1930 to 1934", plot, sourceNote(info),
                "Each bar is a scenario's mean over " + info.replications() + " replicates; the whisker spans the 95\u00a0%"
                        + " confidence interval of that mean.");
    }

    // ------------------------------------------------------------------ compare: paired differences

    /** The paired difference from the baseline in one figure, one bar per scenario, with its 95 % interval. */
    static JFreeChart difference(Comparison c, int metric) {
        StudyInfo info = c.info;
        Metrics.Metric m = Metrics.ALL.get(metric);
        double max = 0;
        for (int a = 1; a < info.arms().size(); a++) {
            Estimate d = c.pair(a, metric).paired().difference();
            max = Math.max(max, Math.abs(d.mean()) + (Double.isNaN(d.halfWidth()) ? 0 : d.halfWidth()));
        }
        Charts.Scale scale = Charts.Scale.forMaximum(max);
        DefaultStatisticalCategoryDataset data = new DefaultStatisticalCategoryDataset();
        List<Color> colours = new ArrayList<>();
        for (int a = 1; a < info.arms().size(); a++) {
            Estimate d = c.pair(a, metric).paired().difference();
            data.add(d.mean() / scale.divisor(), Double.isNaN(d.halfWidth()) ? 0 : d.halfWidth() / scale.divisor(),
                    "Difference", StudyText.display(info.arms().get(a)));
            colours.add(colour(a));
        }
        StatisticalBarRenderer r = new StatisticalBarRenderer() {
            private static final long serialVersionUID = 1L;

            @Override
            public Paint getItemPaint(int row, int column) {
                return colours.get(column);
            }
        };
        r.setBarPainter(new StandardBarPainter());
        r.setShadowVisible(false);
        r.setDrawBarOutline(false);
        r.setErrorIndicatorPaint(Palette.TEXT);
        r.setErrorIndicatorStroke(new BasicStroke(2f));
        CategoryAxis axis = ChartStyle.categoryAxis("Scenario");
        axis.setCategoryMargin(0.35);
        String baseline = StudyText.display(info.arms().get(0));
        NumberAxis value = ChartStyle.valueAxis(scale.label(m.kind() == Metrics.Kind.TONNES ? "tonnes" : "deaths")
                + ", scenario minus " + baseline);
        CategoryPlot plot = new CategoryPlot(data, axis, value, r);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_LEFT);
        ChartStyle.style(plot);
        plot.addRangeMarker(ChartStyle.referenceLine(0, Palette.TEXT, 2f, null), Layer.FOREGROUND);
        LegendItemCollection legend = new LegendItemCollection();
        for (int a = 1; a < info.arms().size(); a++) {
            legend.add(new LegendItem(StudyText.display(info.arms().get(a)), null, null, null,
                    new Rectangle2D.Double(-8, -8, 16, 16), colour(a)));
        }
        plot.setFixedLegendItems(legend);
        // a scenario identical to the baseline has no bar: say so, on the side of zero where there is room
        int below = 0, above = 0;
        for (int a = 1; a < info.arms().size(); a++) {
            double d = c.pair(a, metric).paired().difference().mean();
            if (d < 0) below++;
            if (d > 0) above++;
        }
        for (int a = 1; a < info.arms().size(); a++) {
            if (!c.pair(a, metric).paired().identical()) continue;
            boolean left = below >= above;
            org.jfree.chart.annotations.CategoryTextAnnotation t = new org.jfree.chart.annotations.CategoryTextAnnotation(
                    left ? "identical in all " + info.replications() + " pairs   " : "   identical in all " + info.replications() + " pairs",
                    StudyText.display(info.arms().get(a)), 0);
            t.setFont(ChartStyle.MARKER_LABEL);
            t.setPaint(Palette.TEXT);
            t.setTextAnchor(left ? org.jfree.ui.TextAnchor.CENTER_RIGHT : org.jfree.ui.TextAnchor.CENTER_LEFT);
            plot.addAnnotation(t);
        }
        return ChartStyle.chart("Famine deaths: paired difference from " + baseline, plot, sourceNote(info),
                "Each bar is the mean over " + info.replications() + " pairs of (scenario \u2212 " + baseline
                        + ") with the same seed; left of zero, fewer deaths in the model. Whiskers: 95\u00a0% paired t interval.");
    }

    // ------------------------------------------------------------------ sweep

    /** A figure against the one varied parameter: the mean over the replicates at each point, with its 95 % band. */
    static JFreeChart sweepLine(Comparison c, int param, int metric) {
        StudyInfo info = c.info;
        Metrics.Metric m = Metrics.ALL.get(metric);
        StudyInfo.Varied v = info.parameters().get(param);
        List<Integer> order = new ArrayList<>();
        for (int a = 0; a < info.arms().size(); a++) order.add(a);
        order.sort(Comparator.comparingDouble(a -> info.arms().get(a).values().get(param)));
        double max = 0;
        for (int a : order) {
            Estimate e = c.estimate(a, metric);
            max = Math.max(max, Math.abs(e.mean()) + (Double.isNaN(e.halfWidth()) ? 0 : e.halfWidth()));
        }
        boolean share = m.kind() == Metrics.Kind.SHARE;
        Charts.Scale scale = share ? new Charts.Scale(0.01, "") : Charts.Scale.forMaximum(max);
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        YIntervalSeries ys = new YIntervalSeries(StudyText.capitalise(m.phrase()), false, true);
        for (int a : order) {
            Estimate e = c.estimate(a, metric);
            double lo = Double.isNaN(e.ciLow()) ? e.mean() : e.ciLow(), hi = Double.isNaN(e.ciHigh()) ? e.mean() : e.ciHigh();
            ys.add(info.arms().get(a).values().get(param), e.mean() / scale.divisor(), lo / scale.divisor(), hi / scale.divisor());
        }
        data.addSeries(ys);
        boolean single = info.parameters().size() == 1;
        XYPlot plot;
        NumberAxis x = ChartStyle.valueAxis(parameterLabel(v));
        x.setAutoRangeIncludesZero(false);
        NumberAxis y = ChartStyle.valueAxis(share ? "% change" : scale.label(unitWord(m)));
        if (single) {
            DeviationRenderer r = new DeviationRenderer(true, true);
            r.setAlpha(0.2f);
            r.setSeriesPaint(0, Palette.VERMILLION);
            r.setSeriesFillPaint(0, Palette.VERMILLION);
            r.setSeriesStroke(0, ChartStyle.line(0));
            r.setSeriesShape(0, new java.awt.geom.Ellipse2D.Double(-5, -5, 10, 10));
            plot = new XYPlot(data, x, y, r);
        } else {
            XYErrorRenderer r = new XYErrorRenderer();
            r.setDrawXError(false);
            r.setBaseLinesVisible(false);
            r.setSeriesPaint(0, Palette.VERMILLION);
            r.setErrorPaint(Palette.TEXT);
            r.setSeriesShape(0, new java.awt.geom.Ellipse2D.Double(-5, -5, 10, 10));
            plot = new XYPlot(data, x, y, r);
        }
        ChartStyle.style(plot);
        String how = single ? "Each point is the mean over " + info.replications() + " replicates; the band is its 95\u00a0% confidence interval."
                : "Each point is one design point (the other parameters vary too); whiskers: 95\u00a0% confidence interval of its mean over "
                        + info.replications() + " replicates.";
        return ChartStyle.chart(StudyText.capitalise(m.phrase()) + " against " + v.column(), plot, sourceNote(info), how);
    }

    /** A heat map of a figure's mean over two varied parameters: blocks on a grid, dots otherwise. */
    static JFreeChart heatMap(Comparison c, int metric) {
        StudyInfo info = c.info;
        Metrics.Metric m = Metrics.ALL.get(metric);
        StudyInfo.Varied vx = info.parameters().get(0), vy = info.parameters().get(1);
        int n = info.arms().size();
        double[][] xyz = new double[3][n];
        double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
        for (int a = 0; a < n; a++) {
            xyz[0][a] = info.arms().get(a).values().get(0);
            xyz[1][a] = info.arms().get(a).values().get(1);
            xyz[2][a] = c.estimate(a, metric).mean();
            lo = Math.min(lo, xyz[2][a]);
            hi = Math.max(hi, xyz[2][a]);
        }
        boolean share = m.kind() == Metrics.Kind.SHARE;
        Charts.Scale scale = share ? new Charts.Scale(0.01, "") : Charts.Scale.forMaximum(Math.max(Math.abs(lo), Math.abs(hi)));
        for (int a = 0; a < n; a++) xyz[2][a] /= scale.divisor();
        lo /= scale.divisor();
        hi /= scale.divisor();
        if (hi <= lo) hi = lo + 1;
        DefaultXYZDataset data = new DefaultXYZDataset();
        data.addSeries(StudyText.capitalise(m.phrase()), xyz);
        Viridis paint = new Viridis(lo, hi);
        NumberAxis x = ChartStyle.valueAxis(parameterLabel(vx));
        x.setAutoRangeIncludesZero(false);
        NumberAxis y = ChartStyle.valueAxis(parameterLabel(vy));
        y.setAutoRangeIncludesZero(false);
        XYPlot plot;
        if ("grid".equals(info.design())) {
            XYBlockRenderer r = new XYBlockRenderer();
            double sx = Double.parseDouble(vx.step()), sy = Double.parseDouble(vy.step());
            r.setBlockWidth(sx);
            r.setBlockHeight(sy);
            r.setPaintScale(paint);
            plot = new XYPlot(data, x, y, r);
            x.setRange(Double.parseDouble(vx.lo()) - sx / 2, Double.parseDouble(vx.hi()) + sx / 2);
            y.setRange(Double.parseDouble(vy.lo()) - sy / 2, Double.parseDouble(vy.hi()) + sy / 2);
        } else {
            XYShapeRenderer r = new XYShapeRenderer();
            r.setPaintScale(paint);
            r.setBaseShape(new java.awt.geom.Ellipse2D.Double(-8, -8, 16, 16));
            r.setDrawOutlines(false);
            plot = new XYPlot(data, x, y, r);
        }
        ChartStyle.style(plot);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        JFreeChart chart = ChartStyle.chart(StudyText.capitalise(m.phrase()) + " over two parameters",
                plot, sourceNote(info), "Colour: the mean over " + info.replications() + " replicates at each point"
                        + ("grid".equals(info.design()) ? " of the grid" : " of the design") + ", against " + vx.column()
                        + " (across) and " + vy.column() + " (up).");
        chart.removeLegend();
        NumberAxis scaleAxis = ChartStyle.valueAxis(share ? "% change" : scale.label(unitWord(m)));
        scaleAxis.setAutoRangeIncludesZero(false);
        scaleAxis.setRange(lo, hi);
        PaintScaleLegend legend = new PaintScaleLegend(paint, scaleAxis);
        legend.setPosition(RectangleEdge.RIGHT);
        legend.setMargin(new RectangleInsets(10, 16, 10, 4));
        legend.setStripWidth(24);
        legend.setAxisLocation(AxisLocation.BOTTOM_OR_RIGHT);
        legend.setFrame(BlockBorder.NONE);
        legend.setSubdivisionCount(128);
        chart.addSubtitle(legend);
        return chart;
    }

    private static String unitWord(Metrics.Metric m) {
        return switch (m.kind()) {
            case TONNES -> "tonnes";
            case HOUSEHOLDS -> "households";
            case SHARE -> "% change";
            default -> "people";
        };
    }

    private static String parameterLabel(StudyInfo.Varied v) {
        return v.multiplier() ? v.key() + " (multiplier on every year)" : v.key();
    }

    /**
     * A sequential colour scale from dark purple through blue and green to yellow (viridis, van der Walt
     * and Smith 2015), legible in grey and for readers with the common forms of colour blindness.
     */
    static final class Viridis implements PaintScale {
        private static final int[] STOPS = {0x440154, 0x482878, 0x3E4A89, 0x31688E, 0x26828E, 0x1F9E89, 0x35B779,
                0x6DCD59, 0xB4DE2C, 0xFDE725};
        private final double lo, hi;

        Viridis(double lo, double hi) {
            this.lo = lo;
            this.hi = hi;
        }

        @Override
        public double getLowerBound() {
            return lo;
        }

        @Override
        public double getUpperBound() {
            return hi;
        }

        @Override
        public Paint getPaint(double value) {
            double t = Math.max(0, Math.min(1, (value - lo) / (hi - lo))) * (STOPS.length - 1);
            int i = Math.min(STOPS.length - 2, (int) Math.floor(t));
            double f = t - i;
            Color a = new Color(STOPS[i]), b = new Color(STOPS[i + 1]);
            return new Color((int) Math.round(a.getRed() + f * (b.getRed() - a.getRed())),
                    (int) Math.round(a.getGreen() + f * (b.getGreen() - a.getGreen())),
                    (int) Math.round(a.getBlue() + f * (b.getBlue() - a.getBlue())));
        }
    }

}
