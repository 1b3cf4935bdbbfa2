package org.collectivization.report;

import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.collectivization.calibration.Calibration;
import org.collectivization.calibration.CalibrationFiles;
import org.collectivization.experiment.Design;
import org.collectivization.targets.Numbers;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.data.statistics.HistogramDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The charts and report.html of a calibration: where the plausible sets lie in each parameter's
 * range, which points each wave ruled out, and target by target what fits and what does not.
 */
public final class CalibrationReport {
    private CalibrationReport() {}

    /** Writes charts/ and report.html, and returns the lines the command prints. */
    public static List<String> write(Path dir, Calibration.Setup s, List<Calibration.WaveResult> waves) throws IOException {
        Calibration.WaveResult last = waves.get(waves.size() - 1);
        List<Integer> alive = CalibrationFiles.survivors(last);
        List<Figure> figures = new ArrayList<>();
        if (!alive.isEmpty()) {
            for (int d = 0; d < s.vary().size(); d++) {
                figures.add(new Figure((d + 1) + "-plausible-" + safe(s.vary().get(d).column()), histogram(s, waves, alive, d),
                        "How the " + alive.size() + " plausible sets of the last wave spread over the range given for this"
                                + " parameter. A narrow heap means the targets pin the parameter down; bars across the whole"
                                + " range mean they do not."));
            }
        }
        if (s.vary().size() >= 2) {
            figures.add(new Figure((s.vary().size() + 1) + "-points-" + safe(s.vary().get(0).column()) + "-"
                    + safe(s.vary().get(1).column()), scatter(s, waves),
                    "Every point of every wave in the first two parameters: filled where the point is plausible, open where"
                            + " history matching ruled it out."));
        }
        List<HtmlReport.RenderedFigure> rendered = StudyReport.render(dir, figures);
        List<String> lines = lines(s, waves);
        Files.writeString(dir.resolve(RunReport.REPORT_FILE), html(s, waves, lines, rendered), StandardCharsets.UTF_8);
        return lines;
    }

    private static String safe(String s) {
        return s.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("-+$", "");
    }

    private static String sourceNote(Calibration.Setup s, List<Calibration.WaveResult> waves) {
        return "Source: model calibration by history matching of " + s.scenarioName() + ", " + waves.size() + " wave"
                + (waves.size() == 1 ? "" : "s") + " of " + s.points() + " points \u00d7 " + s.replications()
                + " replicates (seeds " + (s.seedBase() + 1) + "\u2013" + (s.seedBase() + s.replications()) + "), "
                + s.targets().size() + " targets";
    }

    static JFreeChart histogram(Calibration.Setup s, List<Calibration.WaveResult> waves, List<Integer> alive, int d) {
        Calibration.WaveResult last = waves.get(waves.size() - 1);
        Design.Vary v = s.vary().get(d);
        HistogramDataset data = new HistogramDataset();
        double[] x = alive.stream().mapToDouble(i -> last.points().get(i)[d]).toArray();
        data.addSeries("Plausible sets", x, 10, v.lo().doubleValue(), v.hi().doubleValue());
        XYBarRenderer r = new XYBarRenderer(0.05);
        r.setBarPainter(new StandardXYBarPainter());
        r.setShadowVisible(false);
        r.setSeriesPaint(0, Palette.BLUE);
        NumberAxis xAxis = ChartStyle.valueAxis(v.column());
        xAxis.setRange(v.lo().doubleValue(), v.hi().doubleValue());
        NumberAxis count = ChartStyle.valueAxis("Plausible sets");
        count.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        XYPlot plot = new XYPlot(data, xAxis, count, r);
        ChartStyle.style(plot);
        return ChartStyle.chart("Plausible values of " + v.column(), plot, sourceNote(s, waves),
                alive.size() + " plausible sets of wave " + last.wave() + ", over the range given (" + v.lo().toPlainString()
                        + " to " + v.hi().toPlainString() + ")");
    }

    static JFreeChart scatter(Calibration.Setup s, List<Calibration.WaveResult> waves) {
        XYSeries in = new XYSeries("Plausible"), out = new XYSeries("Ruled out");
        for (Calibration.WaveResult w : waves) {
            for (int i = 0; i < w.points().size(); i++) {
                double[] p = w.points().get(i);
                (w.verdict().plausible()[i] ? in : out).add(p[0], p[1]);
            }
        }
        XYSeriesCollection data = new XYSeriesCollection();
        data.addSeries(in);
        data.addSeries(out);
        org.jfree.chart.renderer.xy.XYLineAndShapeRenderer r = new org.jfree.chart.renderer.xy.XYLineAndShapeRenderer(false, true);
        r.setSeriesShape(0, new Ellipse2D.Double(-7, -7, 14, 14));
        r.setSeriesShape(1, new Ellipse2D.Double(-7, -7, 14, 14));
        r.setSeriesPaint(0, Palette.BLUE);
        r.setSeriesPaint(1, Palette.VERMILLION);
        r.setSeriesShapesFilled(1, false);
        r.setSeriesStroke(1, new java.awt.BasicStroke(2f));
        Design.Vary a = s.vary().get(0), b = s.vary().get(1);
        NumberAxis x = ChartStyle.valueAxis(a.column()), y = ChartStyle.valueAxis(b.column());
        x.setRange(a.lo().doubleValue(), a.hi().doubleValue());
        y.setRange(b.lo().doubleValue(), b.hi().doubleValue());
        XYPlot plot = new XYPlot(data, x, y, r);
        ChartStyle.style(plot);
        plot.setBackgroundPaint(Color.WHITE);
        return ChartStyle.chart("Points of every wave: plausible or ruled out", plot, sourceNote(s, waves),
                "A point is ruled out when its third-largest implausibility over the targets exceeds 3");
    }

    /** Target by target, in plain ASCII for a terminal. */
    static List<String> lines(Calibration.Setup s, List<Calibration.WaveResult> waves) {
        List<String> lines = new ArrayList<>();
        for (Calibration.WaveResult w : waves) {
            lines.add("Wave " + w.wave() + ": " + w.verdict().survivors().size() + " of " + w.points().size() + " points plausible");
        }
        Calibration.WaveResult last = waves.get(waves.size() - 1);
        List<Integer> alive = CalibrationFiles.survivors(last);
        if (alive.isEmpty()) {
            lines.add("No point survived wave " + last.wave() + ": the model does not meet these targets anywhere in the box"
                    + " searched. No calibrated.yaml is written; targets.csv says how near each target came.");
        } else {
            lines.add(String.format(Locale.ROOT, "%d plausible sets (nroy.csv); %.0f %% of their runs meet every measured target",
                    alive.size(), 100 * CalibrationFiles.runsMeetingAll(s, last)));
        }
        for (CalibrationFiles.TargetFit f : CalibrationFiles.fits(s, waves)) {
            double scale = Math.max(f.target().band().scale(), Double.isNaN(f.mean()) ? 0 : Math.abs(f.mean()));
            String band = f.target().band().describe(scale);
            if (f.status().startsWith("not measured")) {
                lines.add("  " + f.target().name() + ": " + f.status());
            } else if (f.sets() > 0) {
                lines.add("  " + f.target().name() + " (band " + band + "): " + f.status() + "; mean over the plausible sets "
                        + Numbers.shown(f.mean(), scale) + " [" + Numbers.shown(f.low95(), scale) + ", "
                        + Numbers.shown(f.high95(), scale) + "]" + nearest(f, scale));
            } else {
                lines.add("  " + f.target().name() + " (band " + band + "): " + f.status() + nearest(f, scale));
            }
        }
        lines.replaceAll(x -> x.replace('\u00a0', ' ').replace('\u2212', '-').replace('\u2013', '-'));
        return lines;
    }

    private static String nearest(CalibrationFiles.TargetFit f, double scale) {
        if (f.setsInside() == 1 || Double.isNaN(f.nearestMean())) return "";
        return f.nearestDistance() == 0 ? "" : "; nearest of any point " + Numbers.shown(f.nearestMean(), scale) + ", "
                + Numbers.shown(f.nearestDistance(), scale) + " outside the band";
    }

    static String html(Calibration.Setup s, List<Calibration.WaveResult> waves, List<String> lines,
                       List<HtmlReport.RenderedFigure> figures) {
        StringBuilder h = new StringBuilder(1 << 16);
        h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
                .append(HtmlReport.esc("Collectivization and famine, 1928\u20131934: calibration of " + s.scenarioName()))
                .append("</title>\n<style>\n").append(HtmlReport.CSS).append("</style>\n</head>\n<body>\n");
        h.append("<header>\n<h1>Collectivization and famine in the USSR, 1928\u20131934: history matching of the model\u2019s "
                + "scenario ").append(HtmlReport.esc(s.scenarioName())).append("</h1>\n<p class=\"meta\">")
                .append(HtmlReport.esc(sourceNote(s, waves).substring("Source: ".length()))).append("</p>\n</header>\n");
        h.append("<p>").append(HtmlReport.esc("History matching rules out the parameter values at which the model\u2019s mean is"
                + " implausibly far from a target, given the target\u2019s band (read as \u00b12 standard deviations), the"
                + " discrepancy the targets file allows the model, and the noise of the replicates. A point is ruled out when"
                + " its third-largest implausibility exceeds 3. What remains is a plausible set with equal weights, not a"
                + " posterior: it says where the model cannot be ruled out, not how likely each value is.")).append("</p>\n");
        h.append("<h2>Target by target</h2>\n<ul>\n");
        for (String l : lines) h.append("<li>").append(HtmlReport.esc(l.trim())).append("</li>\n");
        h.append("</ul>\n");
        if (!s.skipped().isEmpty()) {
            h.append("<p class=\"note\">").append(HtmlReport.esc(s.skipped().size() + " targets are of another scenario and"
                    + " were not measured: calibrating one scenario does not run the others.")).append("</p>\n");
        }
        h.append("<h2>Charts</h2>\n");
        for (HtmlReport.RenderedFigure f : figures) {
            h.append("<figure>\n").append(f.svg().inlineElement()).append("\n<figcaption>")
                    .append(HtmlReport.esc(f.figure().howToRead())).append("</figcaption>\n</figure>\n");
        }
        h.append("<h2>Files</h2>\n<ul>\n");
        for (String[] f : new String[][] {{CalibrationFiles.NROY, "the plausible sets of the last wave, one a row, equal weights"},
                {CalibrationFiles.TARGETS, "per target: the band, the mean over the plausible sets with the range of their"
                        + " middle 95 %, the share of sets inside the band, and the nearest any point came"},
                {CalibrationFiles.WAVES, "long form: every point of every wave, each target\u2019s mean, variance of the mean and"
                        + " implausibility, the deciding implausibility and the verdict"},
                {"wave-W/replicates.csv", "every run\u2019s figures and target values"},
                {CalibrationFiles.CALIBRATED, "the scenario with the plausible point of smallest deciding implausibility"
                        + " (written only when a point survives)"}}) {
            h.append("<li><code>").append(HtmlReport.esc(f[0])).append("</code>: ").append(HtmlReport.esc(f[1])).append("</li>\n");
        }
        h.append("</ul>\n</body>\n</html>\n");
        return h.toString();
    }
}
