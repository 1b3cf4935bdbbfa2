package org.collectivization.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.ToDoubleFunction;

import org.collectivization.experiment.Home;
import org.collectivization.runfiles.HistoricalRecord;
import org.jfree.chart.LegendItem;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.CategoryItemRendererState;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.jfree.ui.RectangleEdge;

/**
 * The historical record drawn beside the model: each figure of {@code data/history/record.csv} as a point with
 * its band as an error bar, and one legend entry naming the file. The record is published fact with the band
 * its sources allow; the model is not fitted to every figure (docs/ODD.md §8), so a reader can see where it misses.
 */
public final class RecordOverlay {
    /** The one legend entry of the overlay, on every chart that draws it. */
    static final String LEGEND = "Historical record, with its band: " + HistoricalRecord.SHIPPED;
    /** The name of the scenario of the historical path: the one the record is of. */
    public static final String HISTORICAL_SCENARIO = "historical";
    /** The dataset index the overlay takes in a plot (the model's data is dataset 0). */
    static final int DATASET = 1;

    private RecordOverlay() {}

    /**
     * Over the grain chart's bars: the record's harvest (calendar year Y, gathered in July and August, so the
     * model's agricultural year Y/Y+1) over the harvest bar, its procurement (agricultural year) over the
     * procurement bar. {@code columns} maps an agricultural year's first year to the chart's column key.
     */
    static boolean onGrain(CategoryPlot bars, HistoricalRecord record, Map<Integer, String> columns, String[] barSeries,
                           double itemMargin) {
        DefaultCategoryDataset points = new DefaultCategoryDataset();
        Map<String, double[]> bands = new HashMap<>();
        // every bar series gets a row (empty but for harvest and procurement), so that points sit over their bars
        for (String s : barSeries) for (String c : columns.values()) points.addValue(null, s, c);
        boolean any = false;
        for (String[] pair : new String[][] {{"grain_harvest_t", barSeries[0]}, {"grain_procured_t", barSeries[1]}}) {
            for (HistoricalRecord.Figure f : record.of(pair[0])) {
                String column = columns.get(HistoricalRecord.startYear(f.period()));
                if (column == null) continue;
                points.addValue(f.value() / 1e6, pair[1], column);
                bands.put(pair[1] + "|" + column, new double[] {f.low() / 1e6, f.high() / 1e6});
                any = true;
            }
        }
        if (!any) return false;
        double top = bars.getRangeAxis().getUpperBound();
        for (double[] b : bands.values()) top = Math.max(top, b[1] * 1.04);
        bars.getRangeAxis().setRange(0, top);  // the bands, which the axis's own range does not know of
        bars.setDataset(DATASET, points);
        bars.setRenderer(DATASET, new BarWhiskers(bands, barSeries.length, itemMargin));
        bars.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
        return true;
    }

    /**
     * On a panel over time: each series' record figures on their dates (stocks at the start of the month, the
     * end of the month before, as the model's month-end stocks are drawn), divided by {@code divisor}, in the
     * colour of the model's line of the same series.
     */
    static boolean onTime(XYPlot plot, HistoricalRecord record, String[] series, Color[] colours, double divisor,
                          boolean legend) {
        return onTime(plot, DATASET, record, series, colours, divisor, legend, POINT_PX,
                f -> HistoricalRecord.date(f.period()) == null ? Double.NaN
                        : ChartStyle.monthStart(HistoricalRecord.date(f.period())));
    }

    /**
     * The same on any panel whose domain is time: each figure at {@code x} of it (NaN leaves it out), as dataset
     * {@code index}, which the plot then draws last, over its other datasets; its square and the caps of its band
     * {@code sizePx} wide (a small chart needs them smaller, or the square hides the band). Returns whether any
     * figure was drawn; if none, the plot is left as it was.
     */
    public static boolean onTime(XYPlot plot, int index, HistoricalRecord record, String[] series, Color[] colours,
                                 double divisor, boolean legend, double sizePx, ToDoubleFunction<HistoricalRecord.Figure> x) {
        YIntervalSeriesCollection points = new YIntervalSeriesCollection();
        boolean any = false;
        for (String column : series) {
            YIntervalSeries s = new YIntervalSeries(column);
            for (HistoricalRecord.Figure f : record.of(column)) {
                double at = x.applyAsDouble(f);
                if (Double.isNaN(at)) continue;
                s.add(at, f.value() / divisor, f.low() / divisor, f.high() / divisor);
                any = true;
            }
            points.addSeries(s);
        }
        if (!any) return false;
        XYErrorRenderer r = new XYErrorRenderer() {
            @Override
            public LegendItem getLegendItem(int datasetIndex, int s) {
                return s == 0 && legend ? legendItem() : null;
            }
        };
        r.setBaseLinesVisible(false);
        r.setBaseShapesVisible(true);
        r.setDrawXError(false);
        r.setCapLength(sizePx);
        r.setErrorStroke(new BasicStroke(3f));
        Shape point = new Rectangle2D.Double(-sizePx / 2, -sizePx / 2, sizePx, sizePx);
        for (int i = 0; i < colours.length; i++) {
            r.setSeriesPaint(i, colours[i]);
            r.setSeriesShape(i, point);
        }
        plot.setDataset(index, points);
        plot.setRenderer(index, r);
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
        return true;
    }

    /** The width of a record's square on the report's charts (1600 pixels wide). */
    private static final double POINT_PX = 14;

    static LegendItem legendItem() {
        BasicStroke stroke = new BasicStroke(3f);
        return new LegendItem(LEGEND, null, null, null, true, new Ellipse2D.Double(-7, -7, 14, 14), true, Color.WHITE,
                true, Palette.TEXT, stroke, true, new Line2D.Double(0, -11, 0, 11), stroke, Palette.TEXT);
    }

    /** A point with its band over a bar of a grouped bar chart, placed as BarRenderer places that bar. */
    private static final class BarWhiskers extends LineAndShapeRenderer {
        private static final long serialVersionUID = 1L;
        private final Map<String, double[]> bands;
        private final int barSeries;
        private final double barItemMargin;

        BarWhiskers(Map<String, double[]> bands, int barSeries, double barItemMargin) {
            super(false, true);
            this.bands = bands;
            this.barSeries = barSeries;
            this.barItemMargin = barItemMargin;
            setBasePaint(Palette.TEXT);
            setAutoPopulateSeriesPaint(false);
            setAutoPopulateSeriesShape(false);
            setBaseShape(new Ellipse2D.Double(-8, -8, 16, 16));
        }

        @Override
        public LegendItem getLegendItem(int datasetIndex, int series) {
            return series == 0 ? legendItem() : null;
        }

        @Override
        public void drawItem(Graphics2D g2, CategoryItemRendererState state, Rectangle2D dataArea, CategoryPlot plot,
                             CategoryAxis domainAxis, ValueAxis rangeAxis, CategoryDataset dataset, int row, int column,
                             int pass) {
            Number v = dataset.getValue(row, column);
            double[] band = bands.get(dataset.getRowKey(row) + "|" + dataset.getColumnKey(column));
            if (v == null || band == null || pass != 0) return;
            RectangleEdge domainEdge = plot.getDomainAxisEdge();
            RectangleEdge rangeEdge = plot.getRangeAxisEdge();
            int columns = dataset.getColumnCount();
            // BarRenderer's arithmetic (calculateSeriesWidth, calculateBarW0) for the centre of bar `row`
            double space = dataArea.getWidth();
            double factor = 1.0 - barItemMargin - domainAxis.getLowerMargin() - domainAxis.getUpperMargin();
            if (columns > 1) factor -= domainAxis.getCategoryMargin();
            double seriesW = space * factor / (columns * barSeries);
            double gap = space * barItemMargin / (columns * (barSeries - 1));
            double x = domainAxis.getCategoryStart(column, columns, dataArea, domainEdge) + row * (seriesW + gap) + seriesW / 2;
            double y = rangeAxis.valueToJava2D(v.doubleValue(), dataArea, rangeEdge);
            double lo = rangeAxis.valueToJava2D(band[0], dataArea, rangeEdge);
            double hi = rangeAxis.valueToJava2D(band[1], dataArea, rangeEdge);
            double cap = Math.min(14, seriesW * 0.35);
            g2.setPaint(Palette.TEXT);
            g2.setStroke(new BasicStroke(3f));
            g2.draw(new Line2D.Double(x, lo, x, hi));
            g2.draw(new Line2D.Double(x - cap, lo, x + cap, lo));
            g2.draw(new Line2D.Double(x - cap, hi, x + cap, hi));
            Ellipse2D point = new Ellipse2D.Double(x - 8, y - 8, 16, 16);
            g2.setPaint(Color.WHITE);
            g2.fill(point);
            g2.setPaint(Palette.TEXT);
            g2.draw(point);
        }
    }

    /**
     * The project's copy of the record ({@link HistoricalRecord#SHIPPED}); if it is missing or cannot be read,
     * {@link HistoricalRecord#none()}, and a sentence saying so goes to {@code problem}.
     */
    public static HistoricalRecord shipped(Consumer<String> problem) {
        Path file = Home.shipped(HistoricalRecord.SHIPPED);
        if (!Files.isRegularFile(file)) {
            problem.accept("The project's copy of the historical record (" + HistoricalRecord.SHIPPED + ") was not found;"
                    + " the charts show the model alone.");
            return HistoricalRecord.none();
        }
        try {
            return HistoricalRecord.read(file);
        } catch (IOException e) {
            problem.accept("The historical record could not be read (" + e.getMessage() + "); the charts show the model alone.");
            return HistoricalRecord.none();
        }
    }

    /** A note under a chart: where the record's figures on it come from. */
    static String sourceNote(String sources) {
        return "Points with bars: the historical record and its band (" + HistoricalRecord.SHIPPED + "; " + sources + ").";
    }

    /** The note under a chart when the record could not be read. */
    public static final String MISSING = "The historical record (" + HistoricalRecord.SHIPPED + ") could not be read:"
            + " the model is shown alone.";

    /** The chart's notes, then the record's: its sources if drawn, or that it could not be read. */
    static String[] notes(boolean drawn, HistoricalRecord record, String sources, String... notes) {
        List<String> out = new java.util.ArrayList<>(List.of(notes));
        if (drawn) out.add(sourceNote(sources));
        else if (record.isEmpty()) out.add(MISSING);
        return out.toArray(String[]::new);
    }
}
