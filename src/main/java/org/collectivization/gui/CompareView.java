package org.collectivization.gui;

import java.awt.BasicStroke;
import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Rectangle;
import java.text.DecimalFormat;
import java.util.List;

import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JPanel;

import org.collectivization.model.Calendar;
import org.collectivization.observe.Recorder;
import org.collectivization.report.Palette;
import org.jfree.chart.ChartPanel;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.jfree.ui.RectangleEdge;
import org.jfree.ui.RectangleInsets;

/**
 * The window of "Compare with the run before": the sentence of {@link RunComparison}, the levers each run
 * changed, and famine deaths in all regions since October 1928 for both runs, each as its class's line
 * inside the band of its other runs. It lies over the map and the events, which it hides while open.
 */
final class CompareView {
    static final Color NOW = Palette.BLUE, BEFORE = Palette.VERMILLION;

    final JFrame frame = new JFrame("Compare with the run before");
    private final JLabel text = new JLabel();
    private final XYSeries nowLine = new XYSeries("this run", false, true);
    private final XYSeries beforeLine = new XYSeries("the run before", false, true);
    private final YIntervalSeries nowBand = new YIntervalSeries("this run: other runs");
    private final YIntervalSeries beforeBand = new YIntervalSeries("the run before: other runs");
    private String shown = "";

    CompareView(Rectangle bounds, double firstYear, double lastYear) {
        NumberAxis x = new NumberAxis();
        x.setRange(firstYear, lastYear);
        x.setTickUnit(new NumberTickUnit(1, new DecimalFormat("0")));
        NumberAxis y = new NumberAxis("millions");
        y.setAutoRangeIncludesZero(true);
        y.setAutoRangeMinimumSize(0.5);
        for (NumberAxis a : new NumberAxis[] {x, y}) {
            a.setLabelFont(LiveCharts.AXIS);
            a.setTickLabelFont(LiveCharts.AXIS);
            a.setTickLabelPaint(Color.BLACK);
        }
        XYSeriesCollection lines = new XYSeriesCollection();
        lines.addSeries(nowLine);
        lines.addSeries(beforeLine);
        XYLineAndShapeRenderer lr = new XYLineAndShapeRenderer(true, false);
        lr.setAutoPopulateSeriesStroke(false);
        lr.setBaseStroke(new BasicStroke(3f));
        lr.setSeriesPaint(0, NOW);
        lr.setSeriesPaint(1, BEFORE);
        lr.setSeriesStroke(1, new BasicStroke(3f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 1f, new float[] {7f, 5f}, 0f));
        XYPlot plot = new XYPlot(lines, x, y, lr);
        YIntervalSeriesCollection bands = new YIntervalSeriesCollection();
        bands.addSeries(nowBand);
        bands.addSeries(beforeBand);
        DeviationRenderer br = new DeviationRenderer(true, false);
        br.setAlpha(LiveCharts.BAND_ALPHA);
        br.setSeriesFillPaint(0, NOW);
        br.setSeriesFillPaint(1, BEFORE);
        br.setSeriesPaint(0, new Color(0, 0, 0, 0));
        br.setSeriesPaint(1, new Color(0, 0, 0, 0));
        plot.setDataset(1, bands);
        plot.setRenderer(1, br);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(new Color(0xD0D0D0));
        plot.setRangeGridlinePaint(new Color(0xD0D0D0));
        plot.setOutlineVisible(false);
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        LegendItemCollection legend = new LegendItemCollection();
        legend.add(new LegendItem("this run", NOW));
        legend.add(new LegendItem("the run before (dashed)", BEFORE));
        LegendItem band = new LegendItem("shaded: each run's " + Ensemble.RUNS + " other seeds, lowest to highest",
                LiveCharts.BAND_GREY);
        legend.add(band);
        plot.setFixedLegendItems(legend);
        JFreeChart chart = new JFreeChart("Famine deaths since Oct 1928, all regions", LiveCharts.TITLE, plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setPadding(new RectangleInsets(2, 4, 2, 16));  // room for the last year's label
        LegendTitle l = chart.getLegend();
        l.setPosition(RectangleEdge.BOTTOM);
        l.setItemFont(LiveCharts.LEGEND);
        l.setFrame(BlockBorder.NONE);
        l.setBackgroundPaint(Color.WHITE);
        ChartPanel panel = new ChartPanel(chart, false, false, false, false, false);
        panel.setPopupMenu(null);
        panel.setDomainZoomable(false);
        panel.setRangeZoomable(false);
        panel.setMinimumDrawWidth(80);
        panel.setMinimumDrawHeight(60);
        text.setFont(Fonts.PLAIN);
        text.setVerticalAlignment(JLabel.TOP);
        text.setBorder(BorderFactory.createEmptyBorder(6, 10, 6, 10));
        JButton close = new JButton("Close");
        close.addActionListener(e -> frame.setVisible(false));
        JPanel bottom = new JPanel(new java.awt.FlowLayout(java.awt.FlowLayout.RIGHT));
        bottom.add(close);
        JPanel content = new JPanel(new BorderLayout());
        content.setBackground(Color.WHITE);
        content.add(text, BorderLayout.NORTH);
        content.add(panel, BorderLayout.CENTER);
        content.add(bottom, BorderLayout.SOUTH);
        frame.setContentPane(content);
        frame.setBounds(bounds);
        frame.setDefaultCloseOperation(JFrame.HIDE_ON_CLOSE);
    }

    /** Shows the two runs as far as both have come; on the Swing thread. */
    void show(RunComparison.ClassRun before, RunComparison.ClassRun now, int runMonths) {
        RunComparison.Result r = RunComparison.of(before, now, runMonths);
        // Swing's HTML reads a width in points, three quarters of a pixel each
        int width = (int) ((frame.getWidth() - 30) * 0.72);
        StringBuilder b = new StringBuilder("<html><div style='width: " + width + "px'>").append(escape(r.text()));
        if (before != null) {
            b.append("<br><br><b>This run\u2019s changes:</b> ").append(changes(now)).append("<br><b>The run before:</b> ").append(changes(before));
        }
        String html = b.append("</div></html>").toString();
        if (!html.equals(shown)) {
            text.setText(html);
            shown = html;
        }
        fill(nowLine, nowBand, now);
        fill(beforeLine, beforeBand, before);
    }

    String text() {
        return text.getText().replaceAll("<br>", "\n").replaceAll("<[^>]*>", "");
    }

    private static String changes(RunComparison.ClassRun run) {
        List<String> c = RunComparison.changes(run.changes());
        if (c.isEmpty()) return "none (the scenario\u2019s policy)";
        StringBuilder b = new StringBuilder();
        // one change is not broken across lines (a month "1932-07" would break at its hyphen)
        for (String one : c) b.append(b.length() == 0 ? "" : "; ").append("<nobr>").append(escape(one)).append("</nobr>");
        return b.toString();
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static void fill(XYSeries line, YIntervalSeries band, RunComparison.ClassRun run) {
        line.setNotify(false);
        band.setNotify(false);
        try {
            line.clear();
            band.clear();
            if (run != null) add(line, band, run);
        } finally {
            line.setNotify(true);
            band.setNotify(true);
        }
    }

    private static void add(XYSeries line, YIntervalSeries band, RunComparison.ClassRun run) {
        int column = Recorder.index("excess_deaths");
        double sum = 0;
        List<double[]> rows = run.rows();
        for (int m = 0; m < rows.size(); m++) {
            sum += rows.get(m)[column];
            line.add(x(m), sum / 1e6);
        }
        int months = run.ensemble().completeMonths();
        double[] sums = new double[Ensemble.RUNS];
        for (int m = 0; m < months; m++) {
            double[][] each = run.ensemble().rowsOf(m);
            double low = Double.POSITIVE_INFINITY, high = Double.NEGATIVE_INFINITY, total = 0;
            for (int r = 0; r < sums.length; r++) {
                sums[r] += each[r][column];
                low = Math.min(low, sums[r]);
                high = Math.max(high, sums[r]);
                total += sums[r];
            }
            band.add(x(m), total / sums.length / 1e6, low / 1e6, high / 1e6);
        }
    }

    private static double x(int step) {
        return Calendar.year(step) + (Calendar.monthOfYear(step) - 1) / 12.0;
    }
}
