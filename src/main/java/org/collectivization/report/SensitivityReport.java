package org.collectivization.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.collectivization.analysis.Bootstrap;
import org.collectivization.analysis.Morris;
import org.collectivization.analysis.Sobol;
import org.collectivization.experiment.Metrics;
import org.collectivization.experiment.Replicate;
import org.collectivization.experiment.Sensitivity;
import org.collectivization.experiment.StudyInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;
import org.jfree.ui.Layer;

/**
 * The charts and report.html of a sensitivity study: for a few key figures, each parameter's indices
 * as horizontal bars with their bootstrap intervals as whiskers, largest first, and in words what
 * the indices mean, how much of them is replicate noise, and which are not resolved.
 */
public final class SensitivityReport {
    private SensitivityReport() {}

    /** The figures charted: famine deaths, the loss of cattle, grain procured. */
    static final List<String> KEY_FIGURES = List.of("excess_deaths_total", "cattle_loss_share", "grain_procured_total_t");

    public static void write(Path dir, StudyInfo info, List<Replicate> reps) throws IOException {
        List<Sensitivity.FigureResult> results = Sensitivity.analyse(info, reps);
        List<Figure> figures = new ArrayList<>();
        int n = 0;
        for (String id : KEY_FIGURES) {
            Sensitivity.FigureResult f = result(results, id);
            if (f.sobol() == null && f.morris() == null) continue;
            figures.add(new Figure((++n) + "-indices-" + id.replace('_', '-'), chart(info, f), howToRead(info)));
        }
        List<HtmlReport.RenderedFigure> rendered = StudyReport.render(dir, figures);
        Path tmp = dir.resolve(RunReport.REPORT_FILE + ".tmp");
        Files.writeString(tmp, html(info, results, rendered), StandardCharsets.UTF_8);
        Files.move(tmp, dir.resolve(RunReport.REPORT_FILE), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    static Sensitivity.FigureResult result(List<Sensitivity.FigureResult> results, String id) {
        return results.stream().filter(r -> r.figure().equals(id)).findFirst().orElseThrow();
    }

    private static boolean sobol(StudyInfo info) {
        return info.analysis().method().equals(Sensitivity.SOBOL);
    }

    /** One row of a chart or table: a factor, its main estimate and interval, and for Sobol its S1. */
    record Row(String factor, double estimate, Bootstrap.Interval interval, double s1, Bootstrap.Interval s1Interval) {}

    /** The factors of one figure, largest ST (Sobol) or μ* (Morris) first. */
    static List<Row> rows(Sensitivity.FigureResult f) {
        List<Row> rows = new ArrayList<>();
        if (f.sobol() != null) {
            for (Sobol.Index i : f.sobol().indices()) rows.add(new Row(i.group(), i.st(), i.stInterval(), i.s1(), i.s1Interval()));
        } else if (f.morris() != null) {
            for (Morris.Effect e : f.morris().effects()) rows.add(new Row(e.group(), e.muStar(), e.muStarInterval(), e.mu(), null));
        }
        rows.sort(Comparator.comparingDouble((Row r) -> -(Double.isNaN(r.estimate()) ? Double.NEGATIVE_INFINITY : r.estimate())));
        return rows;
    }

    static JFreeChart chart(StudyInfo info, Sensitivity.FigureResult f) {
        Metrics.Metric m = Metrics.ALL.get(Metrics.index(f.figure()));
        List<Row> rows = rows(f);
        boolean sobol = sobol(info);
        Charts.Scale scale = Charts.Scale.forMaximum(sobol ? 1 : rows.stream()
                .mapToDouble(r -> Math.max(r.estimate(), r.interval().high())).max().orElse(1));
        double divisor = sobol || m.kind() == Metrics.Kind.SHARE ? 1 : scale.divisor();
        XYIntervalSeriesCollection bars = new XYIntervalSeriesCollection(), whiskers = new XYIntervalSeriesCollection();
        String[] names = new String[rows.size()];
        if (sobol) {
            add(bars, whiskers, rows, "Total order ST", -0.2, true, 1);
            add(bars, whiskers, rows, "First order S1", 0.2, false, 1);
        } else {
            add(bars, whiskers, rows, "\u03bc* (mean absolute elementary effect)", 0, true, divisor);
        }
        for (int i = 0; i < rows.size(); i++) names[i] = rows.get(i).factor();
        SymbolAxis factors = new SymbolAxis("", names);
        factors.setInverted(true);
        factors.setGridBandsVisible(false);
        ChartStyle.style(factors);
        String unit = m.kind() == Metrics.Kind.SHARE ? "share of January 1929 (1 = the whole herd)"
                : scale.label(m.kind() == Metrics.Kind.TONNES ? "tonnes" : "people");
        NumberAxis value = ChartStyle.valueAxis(sobol ? "Share of the variance of the design points\u2019 means"
                : "\u03bc*, " + unit + " per whole range of the parameter");
        XYBarRenderer barRenderer = new XYBarRenderer();
        barRenderer.setBarPainter(new StandardXYBarPainter());
        barRenderer.setShadowVisible(false);
        barRenderer.setSeriesPaint(0, Palette.BLUE);
        barRenderer.setSeriesPaint(1, Palette.ORANGE);
        XYErrorRenderer errors = new XYErrorRenderer();
        errors.setDrawXError(false);
        errors.setDrawYError(true);
        errors.setErrorPaint(Palette.TEXT);
        errors.setErrorStroke(new BasicStroke(2f));
        errors.setCapLength(10);
        errors.setBaseShapesVisible(false);
        errors.setBaseLinesVisible(false);
        errors.setBaseSeriesVisibleInLegend(false);
        XYPlot plot = new XYPlot(bars, factors, value, barRenderer);
        plot.setDataset(1, whiskers);
        plot.setRenderer(1, errors);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        ChartStyle.style(plot);
        plot.addRangeMarker(ChartStyle.referenceLine(0, Palette.TEXT, 2f, null), Layer.FOREGROUND);
        double noise = f.sobol() != null ? f.sobol().noiseShare() : f.morris().noiseShare();
        String title = StudyText.capitalise(m.phrase()) + ": " + (sobol ? "Sobol indices" : "Morris screening");
        String note = String.format(Locale.ROOT, "Replicate noise is %s of the spread between design points%s. Whiskers: %.0f\u00a0%%"
                        + " bootstrap intervals.", Double.isNaN(noise) ? "not measured (one replicate)" : Math.round(100 * noise) + "\u00a0%",
                noise > 0.5 ? ": the bars mostly show noise, not influence" : "", 100 * info.analysis().confidence());
        return ChartStyle.chart(title, plot, sourceNote(info), note);
    }

    private static void add(XYIntervalSeriesCollection bars, XYIntervalSeriesCollection whiskers, List<Row> rows,
                            String name, double offset, boolean main, double divisor) {
        XYIntervalSeries b = new XYIntervalSeries(name), w = new XYIntervalSeries(name + " interval");
        double half = main && offset == 0 ? 0.3 : 0.18;
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            double est = main ? r.estimate() : r.s1();
            Bootstrap.Interval in = main ? r.interval() : r.s1Interval();
            if (Double.isNaN(est)) continue;
            double x = i + offset;
            b.add(x, x - half, x + half, est / divisor, Math.min(0, est / divisor), Math.max(0, est / divisor));
            if (in != null) w.add(x, x, x, est / divisor, in.low() / divisor, in.high() / divisor);
        }
        bars.addSeries(b);
        whiskers.addSeries(w);
    }

    private static String sourceNote(StudyInfo info) {
        StudyInfo.Arm a = info.arms().get(0);
        return "Source: model sensitivity study (" + info.analysis().method() + "), " + info.arms().size()
                + " design points \u00d7 " + info.replications() + " replicates (seeds " + info.seed(1) + "\u2013"
                + info.seed(info.replications()) + ", the same for every point), " + Formats.count(a.households())
                + " households simulated (each stands for " + Formats.count(a.householdsPerAgent()) + ")";
    }

    private static String howToRead(StudyInfo info) {
        return sobol(info)
                ? "Each parameter has two bars: its total-order index ST (blue), the share of the variance it accounts for"
                        + " alone and in interaction with the others, and its first-order index S1 (orange), the share it"
                        + " accounts for alone. Parameters are sorted by ST, largest at the top. A whisker that reaches zero"
                        + " means the design was too small (or the replicates too few) to tell the index from zero."
                : "Each bar is a parameter\u2019s \u03bc*: how far the figure moves, on average and whatever the direction,"
                        + " when that parameter alone goes from one end of its range to the other. Parameters are sorted by"
                        + " \u03bc*, largest at the top. Morris screening ranks parameters; it does not divide the variance.";
    }

    // ------------------------------------------------------------------ report.html

    static String html(StudyInfo info, List<Sensitivity.FigureResult> results, List<HtmlReport.RenderedFigure> figures) {
        StringBuilder h = new StringBuilder(1 << 18);
        String scenario = info.arms().get(0).name();
        String method = sobol(info) ? "Sobol indices" : "Morris screening";
        h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
                .append(esc("Collectivization and famine, 1928\u20131934: sensitivity analysis in the model"))
                .append("</title>\n<style>\n").append(HtmlReport.CSS).append("</style>\n</head>\n<body>\n");
        h.append("<header>\n<h1>Collectivization and famine in the USSR, 1928\u20131934: which parameters move the model\u2019s figures</h1>\n");
        h.append("<p class=\"meta\">").append(esc(method + " of scenario " + scenario + " \u00b7 " + info.parameters().size()
                + " varied parameters \u00b7 " + info.arms().size() + " design points \u00d7 " + info.replications()
                + " replicates \u00b7 " + Formats.count(info.arms().get(0).households()) + " households simulated"))
                .append("</p>\n</header>\n");
        h.append("<p>").append(esc("This study asks how much each varied parameter, over the range given, moves the model\u2019s"
                + " figures. It describes the model, not the history: a parameter that matters in the model is one whose value"
                + " the model\u2019s conclusions depend on, and whose source deserves the closest reading.")).append("</p>\n");
        meaning(h, info);
        h.append("<h2 id=\"charts\">Key figures</h2>\n");
        for (HtmlReport.RenderedFigure f : figures) {
            h.append("<figure>\n").append(f.svg().inlineElement()).append("\n<figcaption>").append(esc(f.figure().howToRead()))
                    .append("</figcaption>\n</figure>\n");
        }
        for (String id : KEY_FIGURES) table(h, info, result(results, id));
        h.append("<h2 id=\"noise\">Noise and warnings, every figure</h2>\n<table>\n<thead><tr><th>Figure</th>"
                + "<th class=\"num\">Noise share</th><th>Warnings</th></tr></thead>\n<tbody>\n");
        for (Sensitivity.FigureResult f : results) {
            double noise = f.sobol() != null ? f.sobol().noiseShare() : f.morris() != null ? f.morris().noiseShare() : Double.NaN;
            h.append("<tr><td>").append(esc(Metrics.ALL.get(Metrics.index(f.figure())).phrase())).append("</td><td class=\"num\">")
                    .append(Double.isNaN(noise) ? "\u2013" : Math.round(100 * noise) + "\u00a0%").append("</td><td>")
                    .append(esc(f.warnings().isEmpty() ? "none" : String.join(" ", f.warnings()))).append("</td></tr>\n");
        }
        h.append("</tbody>\n</table>\n");
        design(h, info);
        h.append("</body>\n</html>\n");
        return h.toString();
    }

    private static void meaning(StringBuilder h, StudyInfo info) {
        h.append("<h2 id=\"meaning\">What the numbers mean</h2>\n<ul>\n");
        if (sobol(info)) {
            li(h, "S1, the first-order index: the share of the variance of a figure over the design that one parameter"
                    + " accounts for by itself, the others averaged over. Between 0 and 1.");
            li(h, "ST, the total-order index: the share that one parameter accounts for alone and through its interactions"
                    + " with the others; what would be left unexplained if every other parameter were known. ST \u2265 S1;"
                    + " ST near 0 means the parameter could be fixed anywhere in its range without changing the figure.");
            li(h, "A gap between ST and S1 means the parameter matters through interactions. The sum of the S1 below 1"
                    + " says the same for all parameters together.");
        } else {
            li(h, "\u03bc*: the mean absolute elementary effect, how far the figure moves when one parameter goes over its"
                    + " whole range with the others held at points of the design. It ranks the parameters; it is in the"
                    + " figure\u2019s own unit.");
            li(h, "\u03bc: the mean signed effect. \u03bc near \u03bc* means the figure moves one way as the parameter rises;"
                    + " \u03bc much smaller than \u03bc* means the direction depends on the other parameters.");
            li(h, "\u03c3: the spread of the elementary effects. A large \u03c3 against \u03bc* means interactions or a"
                    + " curved response.");
        }
        li(h, "Noise share: each design point is the mean of " + info.replications() + " replicates with the same seeds;"
                + " the noise share is how much of the spread between points is replicate noise left in those means."
                + " Noise inflates every total-order index and every \u03c3; do not mistake noise for influence. Above"
                + " 50\u00a0% the indices of that figure mostly measure noise.");
        li(h, "Warnings: an interval that reaches zero, or S1 above ST beyond its interval (impossible for the true"
                + " indices), says the design was too small or the replicates too few to resolve that index. An inert"
                + " parameter shows the first; more samples or replicates cure both.");
        h.append("</ul>\n");
    }

    private static void table(StringBuilder h, StudyInfo info, Sensitivity.FigureResult f) {
        Metrics.Metric m = Metrics.ALL.get(Metrics.index(f.figure()));
        h.append("<h3>").append(esc(StudyText.capitalise(m.phrase()))).append("</h3>\n");
        if (f.sobol() == null && f.morris() == null) {
            h.append("<p>").append(esc(String.join(" ", f.warnings()))).append("</p>\n");
            return;
        }
        boolean sobol = sobol(info);
        h.append("<table>\n<thead><tr><th>Parameter</th>").append(sobol ? "<th class=\"num\">ST [interval]</th><th class=\"num\">S1 [interval]</th>"
                : "<th class=\"num\">\u03bc* [interval]</th><th class=\"num\">\u03bc</th>").append("</tr></thead>\n<tbody>\n");
        for (Row r : rows(f)) {
            h.append("<tr><td><code>").append(esc(r.factor())).append("</code></td><td class=\"num\">")
                    .append(esc(number(r.estimate(), m, sobol) + interval(r.interval(), m, sobol))).append("</td><td class=\"num\">")
                    .append(esc(number(r.s1(), m, sobol) + interval(r.s1Interval(), m, sobol))).append("</td></tr>\n");
        }
        h.append("</tbody>\n</table>\n");
        for (String w : f.warnings()) h.append("<p class=\"note\">").append(esc(w)).append("</p>\n");
    }

    private static String number(double v, Metrics.Metric m, boolean index) {
        if (Double.isNaN(v)) return "\u2013";
        if (index || m.kind() == Metrics.Kind.SHARE) return String.format(Locale.ROOT, "%.3f", v);
        return Formats.count(v);
    }

    private static String interval(Bootstrap.Interval i, Metrics.Metric m, boolean index) {
        return i == null ? "" : " [" + number(i.low(), m, index) + ", " + number(i.high(), m, index) + "]";
    }

    private static void design(StringBuilder h, StudyInfo info) {
        h.append("<h2 id=\"design\">Design and files</h2>\n<table>\n<thead><tr><th>Parameter</th><th class=\"num\">From</th>"
                + "<th class=\"num\">To</th></tr></thead>\n<tbody>\n");
        for (StudyInfo.Varied v : info.parameters()) {
            h.append("<tr><td><code>").append(esc(v.column())).append("</code></td><td class=\"num\">").append(esc(v.lo()))
                    .append("</td><td class=\"num\">").append(esc(v.hi())).append("</td></tr>\n");
        }
        h.append("</tbody>\n</table>\n<ul>\n");
        li(h, "indices.csv: long form, one row per figure, parameter and index (S1, ST or mu_star, mu, sigma) with its"
                + " estimate and bootstrap interval (NA where there is none)");
        li(h, "noise.csv: per figure, the replicate noise share and the warnings");
        li(h, "design.csv, replicates.csv, series.csv, sweep.csv: the points, every run\u2019s figures, the monthly series and"
                + " each point\u2019s means, as a sweep writes them");
        li(h, "study.json and manifest.json: the study\u2019s definition (seeds " + info.seed(1) + " to "
                + info.seed(info.replications()) + ") and how it was run");
        h.append("</ul>\n");
    }

    private static void li(StringBuilder h, String s) {
        h.append("<li>").append(esc(s)).append("</li>\n");
    }

    private static String esc(String s) {
        return HtmlReport.esc(s);
    }

    /** What the command prints at the end: famine deaths' indices, largest first, and the warnings' count. */
    public static List<String> headline(StudyInfo info, List<Replicate> reps) {
        List<Sensitivity.FigureResult> results = Sensitivity.analyse(info, reps);
        Sensitivity.FigureResult f = result(results, KEY_FIGURES.get(0));
        List<String> lines = new ArrayList<>();
        if (f.sobol() == null && f.morris() == null) {
            lines.add("Famine deaths: " + String.join(" ", f.warnings()));
            return lines;
        }
        boolean sobol = sobol(info);
        Metrics.Metric m = Metrics.ALL.get(Metrics.index(f.figure()));
        double noise = f.sobol() != null ? f.sobol().noiseShare() : f.morris().noiseShare();
        lines.add("Famine deaths, " + (sobol ? "total-order index ST and first-order S1" : "Morris mu* (deaths per whole range)")
                + String.format(Locale.ROOT, " with %.0f %% intervals; noise share %s:", 100 * info.analysis().confidence(),
                Double.isNaN(noise) ? "NA" : Math.round(100 * noise) + " %"));
        for (Row r : rows(f)) {
            lines.add("  " + r.factor() + ": " + (sobol ? "ST " : "mu* ") + number(r.estimate(), m, sobol)
                    + interval(r.interval(), m, sobol) + (sobol ? ", S1 " + number(r.s1(), m, true) + interval(r.s1Interval(), m, true)
                    : ", mu " + number(r.s1(), m, false)));
        }
        long warned = results.stream().filter(x -> !x.warnings().isEmpty()).count();
        lines.add(warned + " of " + results.size() + " figures have warnings (noise.csv, report.html)");
        lines.replaceAll(s -> s.replace('\u00a0', ' ').replace('\u2212', '-').replace('\u2013', '-'));
        return lines;
    }
}
