package org.collectivization.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.awt.Stroke;
import java.text.SimpleDateFormat;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.DateTickUnit;
import org.jfree.chart.axis.DateTickUnitType;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.time.Month;
import org.jfree.ui.HorizontalAlignment;
import org.jfree.ui.RectangleEdge;
import org.jfree.ui.RectangleInsets;

/**
 * The one look every chart shares: white background, no gradients, shadows or 3D, the Okabe-Ito
 * palette, and type sized for a 1600×900 image shown on a 1280×720 projector (title 28 px, axis
 * labels 20 px, ticks and legend 16–18 px).
 */
final class ChartStyle {

    /** Charts are drawn for this size; fonts are in pixels of it. */
    static final int WIDTH = 1600;
    static final int HEIGHT = 900;

    /** All dates in the charts are calendar months, the same everywhere on earth. */
    static final TimeZone ZONE = TimeZone.getTimeZone(ZoneOffset.UTC);

    static final String FONT_FAMILY = pickFontFamily();
    static final Font TITLE = new Font(FONT_FAMILY, Font.BOLD, 28);
    static final Font SUBTITLE = new Font(FONT_FAMILY, Font.PLAIN, 18);
    static final Font AXIS_LABEL = new Font(FONT_FAMILY, Font.PLAIN, 20);
    static final Font TICK = new Font(FONT_FAMILY, Font.PLAIN, 16);
    static final Font LEGEND = new Font(FONT_FAMILY, Font.PLAIN, 18);
    static final Font SOURCE = new Font(FONT_FAMILY, Font.PLAIN, 15);
    static final Font MARKER_LABEL = new Font(FONT_FAMILY, Font.PLAIN, 17);
    static final Font PANEL_LABEL = new Font(FONT_FAMILY, Font.BOLD, 17);

    static final float LINE_WIDTH = 3f;

    /**
     * Line styles, so that series stay apart in grey print and for readers who cannot tell two
     * colours apart: solid, long dash, short dash, dot, dash-dot, long-short, dash-dot-dot.
     */
    private static final float[][] DASHES = {
            null, {16f, 8f}, {6f, 6f}, {2f, 5f}, {14f, 6f, 3f, 6f}, {22f, 6f, 8f, 6f}, {12f, 5f, 3f, 5f, 3f, 5f}};

    private ChartStyle() {
    }

    /** DejaVu Sans where installed (Debian's default), else Java's logical SansSerif font. */
    private static String pickFontFamily() {
        List<String> families = Arrays.asList(
                GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames(Locale.ROOT));
        return families.contains("DejaVu Sans") ? "DejaVu Sans" : Font.SANS_SERIF;
    }

    /**
     * The CSS font-family list an SVG names for a Java font family. Names are left unquoted: JFreeSVG
     * writes the style attribute in single quotes, and CSS accepts family names of plain words.
     */
    static String cssFontFamily(String javaFamily) {
        if (javaFamily.equals("DejaVu Sans") || javaFamily.equals(Font.SANS_SERIF)) {
            // Verdana has nearly the metrics of DejaVu Sans (both descend from Bitstream Vera)
            return "DejaVu Sans, Bitstream Vera Sans, Verdana, sans-serif";
        }
        return javaFamily.replaceAll("[^A-Za-z0-9 -]", "") + ", sans-serif";
    }

    static Stroke line(int styleIndex) {
        return line(styleIndex, LINE_WIDTH);
    }

    static Stroke line(int styleIndex, float width) {
        float[] dash = DASHES[styleIndex % DASHES.length];
        if (dash == null) {
            return new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
        }
        return new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, dash, 0f);
    }

    /**
     * A chart with the house style: title top left, explanatory notes under it, the legend at the
     * bottom and the source note beneath everything.
     */
    static JFreeChart chart(String title, Plot plot, String sourceNote, String... notes) {
        JFreeChart chart = new JFreeChart(title, TITLE, plot, false);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setBorderVisible(false);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        chart.setPadding(new RectangleInsets(14, 18, 10, 26));
        TextTitle t = chart.getTitle();
        t.setPaint(Palette.TEXT);
        t.setHorizontalAlignment(HorizontalAlignment.LEFT);
        t.setPadding(new RectangleInsets(4, 8, 4, 4));

        // bottom subtitles are stacked from the edge inwards, in the order they are added
        TextTitle source = new TextTitle(sourceNote, SOURCE);
        source.setPaint(Palette.NOTE);
        source.setPosition(RectangleEdge.BOTTOM);
        source.setHorizontalAlignment(HorizontalAlignment.LEFT);
        source.setTextAlignment(HorizontalAlignment.LEFT);
        source.setPadding(new RectangleInsets(8, 8, 0, 4));
        chart.addSubtitle(source);

        LegendTitle legend = new LegendTitle(plot);
        legend.setItemFont(LEGEND);
        legend.setItemPaint(Palette.TEXT);
        legend.setBackgroundPaint(Color.WHITE);
        legend.setFrame(BlockBorder.NONE);
        legend.setPosition(RectangleEdge.BOTTOM);
        legend.setHorizontalAlignment(HorizontalAlignment.CENTER);
        legend.setItemLabelPadding(new RectangleInsets(2, 6, 2, 18));
        legend.setPadding(new RectangleInsets(6, 4, 2, 4));
        chart.addSubtitle(legend);

        for (String note : notes) {
            TextTitle n = new TextTitle(note, SUBTITLE);
            n.setPaint(Palette.NOTE);
            n.setPosition(RectangleEdge.TOP);
            n.setHorizontalAlignment(HorizontalAlignment.LEFT);
            n.setTextAlignment(HorizontalAlignment.LEFT);
            n.setPadding(new RectangleInsets(0, 8, 6, 4));
            chart.addSubtitle(n);
        }
        return chart;
    }

    static void style(XYPlot plot) {
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setDomainGridlinePaint(Palette.GRID);
        plot.setRangeGridlinePaint(Palette.GRID);
        plot.setDomainGridlineStroke(new BasicStroke(1f));
        plot.setRangeGridlineStroke(new BasicStroke(1f));
        plot.setDomainGridlinesVisible(true);
        plot.setRangeGridlinesVisible(true);
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        plot.setInsets(new RectangleInsets(6, 4, 6, 4));
    }

    static void style(CategoryPlot plot) {
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setRangeGridlinePaint(Palette.GRID);
        plot.setRangeGridlineStroke(new BasicStroke(1f));
        plot.setRangeGridlinesVisible(true);
        plot.setDomainGridlinesVisible(false);
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        plot.setInsets(new RectangleInsets(6, 4, 6, 4));
    }

    static void style(Axis axis) {
        axis.setLabelFont(AXIS_LABEL);
        axis.setLabelPaint(Palette.TEXT);
        axis.setTickLabelFont(TICK);
        axis.setTickLabelPaint(Palette.TEXT);
        axis.setAxisLinePaint(Palette.TEXT);
        axis.setTickMarkPaint(Palette.TEXT);
        axis.setLabelInsets(new RectangleInsets(4, 4, 4, 4));
    }

    /** A value axis starting at zero, with a human number format. */
    static NumberAxis valueAxis(String label) {
        NumberAxis axis = new NumberAxis(label);
        style(axis);
        axis.setAutoRangeIncludesZero(true);
        axis.setNumberFormatOverride(axisNumberFormat());
        return axis;
    }

    /**
     * {@link #valueAxis(String)} for a series whose largest absolute value is {@code maxAbs}: when it is
     * all zeros (no pleas, no relief in a run) the axis shows 0 to 1 rather than JFreeChart's tiny range
     * around zero, whose labels read "0, 0, -0".
     */
    static NumberAxis valueAxis(String label, double maxAbs) {
        NumberAxis axis = valueAxis(label);
        if (maxAbs == 0) axis.setRange(0, 1);
        return axis;
    }

    /** A value axis for an index between 0 and 1. */
    static NumberAxis unitIntervalAxis(String label) {
        NumberAxis axis = valueAxis(label);
        axis.setRange(0, 1.0);
        axis.setTickUnit(new NumberTickUnit(0.25, axisNumberFormat()));
        return axis;
    }

    static java.text.NumberFormat axisNumberFormat() {
        java.text.DecimalFormat f = new java.text.DecimalFormat("#,##0.##",
                java.text.DecimalFormatSymbols.getInstance(Locale.UK));
        f.setNegativePrefix("\u2212");
        return f;
    }

    static CategoryAxis categoryAxis(String label) {
        CategoryAxis axis = new CategoryAxis(label);
        style(axis);
        axis.setMaximumCategoryLabelLines(2);
        axis.setCategoryMargin(0.25);
        axis.setLowerMargin(0.02);
        axis.setUpperMargin(0.02);
        return axis;
    }

    /**
     * A time axis over the run's months with real dates: ticks at each 1 January, labelled with
     * the year, and a minor tick per month; short runs get ticks per quarter.
     */
    static DateAxis timeAxis(YearMonth first, YearMonth last) {
        DateAxis axis = new DateAxis("Month", ZONE, Locale.UK);
        style(axis);
        axis.setRange(new Date(monthStart(first)), new Date(monthStart(last.plusMonths(1))));
        int months = (int) first.until(last, java.time.temporal.ChronoUnit.MONTHS) + 1;
        if (months > 30) {
            SimpleDateFormat year = new SimpleDateFormat("yyyy", Locale.UK);
            year.setTimeZone(ZONE);
            axis.setTickUnit(new DateTickUnit(DateTickUnitType.YEAR, 1, year));
            axis.setMinorTickCount(12);
        } else {
            SimpleDateFormat monthYear = new SimpleDateFormat("MMM yyyy", Locale.UK);
            monthYear.setTimeZone(ZONE);
            axis.setTickUnit(new DateTickUnit(DateTickUnitType.MONTH, months > 12 ? 6 : 3, monthYear));
            axis.setMinorTickCount(months > 12 ? 6 : 3);
        }
        axis.setMinorTickMarksVisible(true);
        axis.setMinorTickMarkOutsideLength(3f);
        axis.setTickMarkOutsideLength(8f);
        return axis;
    }

    static long monthStart(YearMonth m) {
        return m.atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC).toEpochMilli();
    }

    static Month jfreeMonth(YearMonth m) {
        return new Month(m.getMonthValue(), m.getYear());
    }

    /** A thin line across a panel at a value (zero, a need), drawn above the grid and below the data. */
    static ValueMarker referenceLine(double value, Color colour, float width, float[] dash) {
        Stroke stroke = dash == null ? new BasicStroke(width)
                : new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, dash, 0f);
        ValueMarker m = new ValueMarker(value, colour, stroke);
        m.setLabelFont(MARKER_LABEL);
        m.setLabelPaint(colour);
        m.setLabelBackgroundColor(new Color(255, 255, 255, 0));
        return m;
    }
}
