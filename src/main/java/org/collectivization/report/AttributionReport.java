package org.collectivization.report;

import java.awt.BasicStroke;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.collectivization.analysis.Bootstrap;
import org.collectivization.experiment.Attribution;
import org.collectivization.experiment.Metrics;
import org.collectivization.experiment.Replicate;
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
 * The charts and report.html of an attribution: for famine deaths in all, in Ukraine and in Kazakhstan
 * and for the cattle herd, a waterfall from the model's world with every cause switched off to its
 * history, one bar per factor's Shapley value with its interval; and in words what the attribution
 * means, what it does not, which factors matter only together, and which combinations are incoherent.
 */
public final class AttributionReport {
    private AttributionReport() {}

    /** The figures charted as waterfalls. */
    static final List<String> CHARTED = List.of("excess_deaths_total", "excess_deaths_ukraine", "excess_deaths_kazakhstan",
            "cattle_loss_share");

    public static void write(Path dir, StudyInfo info, List<Replicate> reps) throws IOException {
        List<Attribution.FigureResult> results = Attribution.analyse(info, reps);
        Map<Integer, double[]> cells = cellMeans(info, reps);
        List<Figure> figures = new ArrayList<>();
        int n = 0;
        for (String id : CHARTED) {
            figures.add(new Figure((++n) + "-waterfall-" + id.replace('_', '-'), waterfall(info, result(results, id)),
                    HOW_TO_READ));
        }
        List<HtmlReport.RenderedFigure> rendered = StudyReport.render(dir, figures);
        Path tmp = dir.resolve(RunReport.REPORT_FILE + ".tmp");
        Files.writeString(tmp, html(info, results, cells, rendered), StandardCharsets.UTF_8);
        Files.move(tmp, dir.resolve(RunReport.REPORT_FILE), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** The two worlds' bars: a mid grey, so that a whisker drawn over one stays visible. */
    private static final java.awt.Color WORLDS = new java.awt.Color(0x9A9A9A);

    static final String HOW_TO_READ = "The top bar is the model\u2019s world with every listed cause switched off, the bottom bar"
            + " its history with all of them present, each the mean over the replicates. Between them, one bar per cause, from"
            + " the largest share to the smallest: its Shapley value, the mean of what it adds over every order in which the"
            + " causes could be switched on. The bars add up exactly from the one world to the other. Whiskers: 95\u00a0%"
            + " bootstrap intervals over the replicates; a whisker that crosses the bar\u2019s start means the replicates do not"
            + " tell that share from zero.";

    static Attribution.FigureResult result(List<Attribution.FigureResult> results, String id) {
        return results.stream().filter(r -> r.figure().equals(id)).findFirst().orElseThrow();
    }

    /** Each cell's mean of each attributed figure, by cell bitmask. */
    private static Map<Integer, double[]> cellMeans(StudyInfo info, List<Replicate> reps) {
        Map<Integer, double[]> out = new LinkedHashMap<>();
        for (Replicate r : reps) {
            int cell = org.collectivization.experiment.Factors.cellOf(info.arms().get(r.arm()).label());
            double[] s = out.computeIfAbsent(cell, c -> new double[Attribution.FIGURES.size()]);
            for (int f = 0; f < s.length; f++) {
                s[f] += r.metrics()[info.metrics().indexOf(Attribution.FIGURES.get(f))] / info.replications();
            }
        }
        return out;
    }

    private static boolean share(String figure) {
        return Metrics.ALL.get(Metrics.index(figure)).kind() == Metrics.Kind.SHARE;
    }

    static String display(String factor) {
        return factor.replace('_', ' ');
    }

    /** Factors from the largest Shapley value to the smallest (most negative last). */
    static List<Attribution.Value> ordered(Attribution.FigureResult f) {
        List<Attribution.Value> v = new ArrayList<>(f.values());
        v.sort(Comparator.comparingDouble((Attribution.Value x) -> -x.shapley()));
        return v;
    }

    static JFreeChart waterfall(StudyInfo info, Attribution.FigureResult f) {
        Metrics.Metric m = Metrics.ALL.get(Metrics.index(f.figure()));
        boolean share = share(f.figure());
        List<Attribution.Value> values = ordered(f);
        double max = Math.max(Math.abs(f.none()), Math.abs(f.all()));
        double run = f.none();
        for (Attribution.Value v : values) {
            run += v.shapley();
            max = Math.max(max, Math.abs(run) + Math.abs(v.interval().high() - v.interval().low()));
        }
        Charts.Scale scale = share ? new Charts.Scale(0.01, "") : Charts.Scale.forMaximum(max);
        double d = scale.divisor();
        XYIntervalSeries ends = new XYIntervalSeries("Worlds: every cause switched off; history"),
                up = new XYIntervalSeries("A cause that raises the figure"),
                down = new XYIntervalSeries("A cause that lowers the figure"),
                whisk = new XYIntervalSeries("95 % interval");
        String[] names = new String[values.size() + 2];
        double half = 0.32;
        names[0] = "Every cause switched off";
        ends.add(0, -half, half, f.none() / d, Math.min(0, f.none() / d), Math.max(0, f.none() / d));
        whisk.add(0, 0, 0, f.none() / d, f.noneInterval().low() / d, f.noneInterval().high() / d);
        double at = f.none();
        for (int i = 0; i < values.size(); i++) {
            Attribution.Value v = values.get(i);
            int x = i + 1;
            names[x] = display(v.factor());
            double end = at + v.shapley();
            (v.shapley() >= 0 ? up : down).add(x, x - half, x + half, end / d, Math.min(at, end) / d, Math.max(at, end) / d);
            whisk.add(x, x, x, end / d, (at + v.interval().low()) / d, (at + v.interval().high()) / d);
            at = end;
        }
        int last = values.size() + 1;
        names[last] = "History (all causes present)";
        ends.add(last, last - half, last + half, f.all() / d, Math.min(0, f.all() / d), Math.max(0, f.all() / d));
        whisk.add(last, last, last, f.all() / d, f.allInterval().low() / d, f.allInterval().high() / d);
        XYIntervalSeriesCollection bars = new XYIntervalSeriesCollection(), whiskers = new XYIntervalSeriesCollection();
        bars.addSeries(ends);
        bars.addSeries(up);
        bars.addSeries(down);
        whiskers.addSeries(whisk);
        SymbolAxis axis = new SymbolAxis("", names);
        axis.setInverted(true);
        axis.setGridBandsVisible(false);
        ChartStyle.style(axis);
        NumberAxis value = ChartStyle.valueAxis(share ? "Change in the herd from January 1929 to January 1934, % of the herd"
                : scale.label("people") + " (excess deaths, 1930\u20131934)");
        XYBarRenderer r = new XYBarRenderer();
        r.setUseYInterval(true);
        r.setBarPainter(new StandardXYBarPainter());
        r.setShadowVisible(false);
        r.setSeriesPaint(0, WORLDS);
        r.setSeriesPaint(1, Palette.VERMILLION);
        r.setSeriesPaint(2, Palette.BLUE);
        XYErrorRenderer errors = new XYErrorRenderer();
        errors.setDrawXError(false);
        errors.setDrawYError(true);
        errors.setErrorPaint(Palette.TEXT);
        errors.setErrorStroke(new BasicStroke(2.5f));
        errors.setCapLength(12);
        errors.setBaseShapesVisible(false);
        errors.setBaseLinesVisible(false);
        errors.setBaseSeriesVisibleInLegend(false);
        XYPlot plot = new XYPlot(bars, axis, value, r);
        plot.setDataset(1, whiskers);
        plot.setRenderer(1, errors);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        // whiskers over the bars: JFreeChart's default draws the later dataset first, hiding the part inside a bar
        plot.setDatasetRenderingOrder(org.jfree.chart.plot.DatasetRenderingOrder.FORWARD);
        ChartStyle.style(plot);
        plot.addRangeMarker(ChartStyle.referenceLine(0, Palette.TEXT, 2f, null), Layer.FOREGROUND);
        String title = StudyText.capitalise(m.phrase()) + ": what each cause adds in the model";
        String note = "Shapley values over " + info.parameters().size() + " causes; they sum to the difference between the two"
                + " worlds. A statement about the model, not an estimate of history.";
        return ChartStyle.chart(title, plot, sourceNote(info), note);
    }

    private static String sourceNote(StudyInfo info) {
        StudyInfo.Arm a = info.arms().get(0);
        return "Source: model attribution of scenario " + a.name() + ", " + info.arms().size() + " combinations \u00d7 "
                + info.replications() + " replicates (seeds " + info.seed(1) + "\u2013" + info.seed(info.replications())
                + ", the same for every combination), " + Formats.count(a.households()) + " households simulated (each stands for "
                + Formats.count(a.householdsPerAgent()) + ")" + (info.posterior() == null ? "" : "; parameter sets drawn from "
                + Path.of(info.posterior().file()).getFileName());
    }

    // ------------------------------------------------------------------ numbers in words

    /** A value of a figure: people as a count, a herd's change in percentage points. */
    static String amount(String figure, double v, boolean sign) {
        if (Double.isNaN(v)) return "\u2013";
        String s = share(figure) ? String.format(Locale.ROOT, "%.1f", Math.abs(v) * 100) + " points"
                : Formats.count(Math.abs(v));
        if (v < 0 && !(s.startsWith("0 ") || s.equals("0") || s.equals("0.0 points"))) return Formats.MINUS + s;
        return (sign && v > 0 ? "+" : "") + s;
    }

    static String interval(String figure, Bootstrap.Interval i) {
        return "[" + amount(figure, i.low(), false) + ", " + amount(figure, i.high(), false) + "]";
    }

    /** A share of the difference: "42%", "\u221278%", never "-0%". */
    static String percent(double share) {
        if (Double.isNaN(share)) return "\u2013";
        long p = Math.round(share * 100);
        return (p < 0 ? String.valueOf(Formats.MINUS) : "") + Math.abs(p) + "%";
    }

    static String level(String figure, double v) {
        return share(figure) ? Formats.percentChange(v) : Formats.count(v);
    }

    // ------------------------------------------------------------------ report.html

    static String html(StudyInfo info, List<Attribution.FigureResult> results, Map<Integer, double[]> cells,
                       List<HtmlReport.RenderedFigure> figures) {
        StringBuilder h = new StringBuilder(1 << 17);
        String scenario = info.arms().get(0).name();
        int k = info.parameters().size();
        boolean exact = Attribution.EXACT.equals(info.analysis().method());
        h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
                .append(esc("Collectivization and famine, 1928\u20131934: attribution of the model\u2019s famine to its causes"))
                .append("</title>\n<style>\n").append(HtmlReport.CSS).append("</style>\n</head>\n<body>\n");
        h.append("<header>\n<h1>Collectivization and famine in the USSR, 1928\u20131934: how much of the model\u2019s famine each cause explains</h1>\n");
        h.append("<p class=\"meta\">").append(esc("Shapley attribution of scenario " + scenario + " \u00b7 " + k + " causes \u00b7 "
                + info.arms().size() + " combinations \u00d7 " + info.replications() + " replicates \u00b7 "
                + Formats.count(info.arms().get(0).households()) + " households simulated \u00b7 "
                + (exact ? "exact values from the full factorial" : info.analysis().samples() + " sampled orders (seed "
                + info.analysis().seed() + ")"))).append("</p>\n</header>\n");
        p(h, "The famine of 1930\u20131934 killed millions of people: between five and seven million by the source article\u2019s"
                + " count, close to four million of them in Ukraine and more than a million in Kazakhstan. Historians still argue"
                + " about how much each cause contributed. This page does not settle that argument. It asks a narrower question"
                + " of the model: when each of the causes below is switched off in every combination with the others, how much"
                + " of the model\u2019s famine goes with it? The answer is a statement about the model, its rules and its"
                + " parameters, not an estimate of history.");
        headline(h, info, result(results, "excess_deaths_total"));
        meaning(h, info, exact);
        h.append("<h2 id=\"charts\">From the world without these causes to history</h2>\n");
        for (HtmlReport.RenderedFigure f : figures) {
            h.append("<figure>\n").append(f.svg().inlineElement()).append("\n<figcaption>").append(esc(f.figure().howToRead()))
                    .append("</figcaption>\n</figure>\n");
        }
        h.append("<h2 id=\"tables\">Each cause\u2019s share, figure by figure</h2>\n");
        for (Attribution.FigureResult f : results) table(h, info, f, cells, exact);
        together(h, results, exact);
        incoherent(h, info);
        factors(h, info);
        files(h, info);
        h.append("</body>\n</html>\n");
        return h.toString();
    }

    private static void headline(StringBuilder h, StudyInfo info, Attribution.FigureResult f) {
        StringBuilder s = new StringBuilder("In the model, famine deaths from January 1930 to December 1934 are "
                + Formats.count(f.all()) + " with every cause present and " + Formats.count(f.none())
                + " with all of them switched off. Of the difference, ");
        List<String> parts = new ArrayList<>();
        for (Attribution.Value v : ordered(f)) {
            parts.add(display(v.factor()) + " accounts for " + amount(f.figure(), v.shapley(), false) + " "
                    + interval(f.figure(), v.interval()) + (Double.isNaN(v.shareOfTotal()) ? ""
                    : " (" + percent(v.shareOfTotal()) + ")"));
        }
        s.append(String.join("; ", parts)).append('.');
        h.append("<p class=\"headline\">").append(esc(s.toString())).append("</p>\n");
    }

    private static void meaning(StringBuilder h, StudyInfo info, boolean exact) {
        h.append("<h2 id=\"meaning\">What the attribution means</h2>\n<ul>\n");
        li(h, "Each cause is switched off by a group of parameter values (listed below), which moves the scenario towards"
                + " its counterfactual. Every combination of causes switched off was run with the same " + info.replications()
                + " seeds, so every combination starts from the same villages and the differences between them are not"
                + " differences of chance.");
        li(h, "A cause\u2019s Shapley value is what switching it on adds to the figure, averaged over every order in which the"
                + " causes could be switched on, starting from the world without any of them (Shapley 1953). The values add up"
                + " exactly to the difference between history and that world. When two causes act only together, the effect"
                + " is split equally between them.");
        li(h, exact ? "The values are exact over the " + info.arms().size() + " combinations (the full factorial of "
                + info.parameters().size() + " causes); only the replicates\u2019 noise is uncertain."
                : "The values are estimated from " + info.analysis().samples() + " orders drawn at random (seed "
                        + info.analysis().seed() + "); the orders add their own error, which the intervals do not include.");
        li(h, "Intervals: 95\u00a0% percentile bootstrap over the replicates, the same replicate indices drawn for every"
                + " combination (" + info.analysis().resamples() + " resamples, seed " + info.analysis().bootstrapSeed()
                + "), so the pairing of the seeds is kept." + (info.posterior() == null ? ""
                : " Replicate r also runs parameter set r drawn from " + info.posterior().file()
                        + ", so the intervals include that parameter uncertainty."));
        li(h, "The share of the total is the value over the difference between the two worlds; a negative value means that,"
                + " in the model, the cause on average lowers the figure.");
        h.append("</ul>\n<h2 id=\"not\">What it does not mean</h2>\n<ul>\n");
        li(h, "It is not a historical estimate of how many deaths a cause caused. It describes the model: its rules, its"
                + " calibration and the values chosen to switch each cause off. Other values, or another model, would divide"
                + " the famine otherwise.");
        li(h, "Everything the factors file does not switch off stays as in " + info.arms().get(0).name() + " in every"
                + " combination. The world with every listed cause switched off is therefore not a world without a famine"
                + " policy; its own deaths are the top bar of each chart.");
        li(h, "Shares are not exclusive causes: a Shapley value averages over combinations, including some that never"
                + " existed and some the model\u2019s own description calls incoherent (listed below). A cause that matters"
                + " only together with another gets half of their joint effect each; the table of interactions shows where"
                + " that happens.");
        li(h, "The counterfactual worlds describe the model, not lives that could have been saved.");
        h.append("</ul>\n");
    }

    private static void table(StringBuilder h, StudyInfo info, Attribution.FigureResult f, Map<Integer, double[]> cells,
                              boolean exact) {
        Metrics.Metric m = Metrics.ALL.get(Metrics.index(f.figure()));
        int fi = Attribution.FIGURES.indexOf(f.figure());
        int k = info.parameters().size(), all = (1 << k) - 1;
        h.append("<h3>").append(esc(StudyText.capitalise(m.phrase()))).append("</h3>\n");
        p(h, "Every cause switched off: " + level(f.figure(), f.none()) + " " + levelInterval(f.figure(), f.noneInterval())
                + "; history: " + level(f.figure(), f.all()) + " " + levelInterval(f.figure(), f.allInterval())
                + "; difference: " + amount(f.figure(), f.total(), true) + (share(f.figure()) ? " of the herd" : "") + ".");
        h.append("<table>\n<thead><tr><th>Cause</th><th class=\"num\">Shapley value [95\u00a0% interval]</th>"
                + "<th class=\"num\">Share of the difference</th>");
        if (exact) h.append("<th class=\"num\">Alone (the only cause present)</th><th class=\"num\">Last (switched off from history)</th>");
        h.append("</tr></thead>\n<tbody>\n");
        for (Attribution.Value v : ordered(f)) {
            int bit = 1 << Attribution.factors(info).indexOf(v.factor());
            h.append("<tr><td>").append(esc(display(v.factor()))).append("</td><td class=\"num\">")
                    .append(esc(amount(f.figure(), v.shapley(), true) + " " + interval(f.figure(), v.interval())))
                    .append("</td><td class=\"num\">").append(esc(percent(v.shareOfTotal()))).append("</td>");
            if (exact) {
                h.append("<td class=\"num\">").append(esc(amount(f.figure(), cells.get(bit)[fi] - cells.get(0)[fi], true)))
                        .append("</td><td class=\"num\">").append(esc(amount(f.figure(), cells.get(all)[fi] - cells.get(all & ~bit)[fi], true)))
                        .append("</td>");
            }
            h.append("</tr>\n");
        }
        h.append("</tbody>\n</table>\n");
    }

    private static String levelInterval(String figure, Bootstrap.Interval i) {
        return "[" + level(figure, i.low()) + ", " + level(figure, i.high()) + "]";
    }

    /** The pairs whose interaction index is clearly not zero, for the deaths figures, largest first. */
    private static void together(StringBuilder h, List<Attribution.FigureResult> results, boolean exact) {
        h.append("<h2 id=\"together\">Causes that act together</h2>\n");
        if (!exact) {
            p(h, "Interactions are computed only from the full factorial (up to eight causes); this attribution sampled orders.");
            return;
        }
        p(h, "The interaction index of two causes (Grabisch and Roubens 1999) is what they do together beyond what each does"
                + " alone, averaged over the other causes. Positive: together they do more than the sum of each alone (one"
                + " matters only when the other is present). Negative: either alone does much of what both do. Listed are the"
                + " pairs whose 95\u00a0% interval excludes zero, for famine deaths; interactions.csv holds every pair and figure."
                + " A cause with a small effect alone and a large one last, in the tables above, matters through such pairs.");
        for (String id : List.of("excess_deaths_total", "excess_deaths_ukraine", "excess_deaths_kazakhstan")) {
            Attribution.FigureResult f = result(results, id);
            List<Attribution.Pair> clear = new ArrayList<>();
            for (Attribution.Pair p : f.pairs()) if (!p.interval().holdsZero()) clear.add(p);
            clear.sort(Comparator.comparingDouble((Attribution.Pair p) -> -Math.abs(p.index())));
            h.append("<h3>").append(esc(StudyText.capitalise(Metrics.ALL.get(Metrics.index(id)).phrase()))).append("</h3>\n");
            if (clear.isEmpty()) {
                p(h, "No pair\u2019s interaction is clearly different from zero.");
                continue;
            }
            h.append("<ul>\n");
            for (Attribution.Pair p : clear) {
                li(h, display(p.a()) + " and " + display(p.b()) + ": " + amount(id, p.index(), true) + " "
                        + interval(id, p.interval()) + (p.index() > 0 ? ", together more than each alone"
                        : ", either alone does much of what both do"));
            }
            h.append("</ul>\n");
        }
    }

    private static void incoherent(StringBuilder h, StudyInfo info) {
        Map<String, Integer> count = new LinkedHashMap<>();
        for (StudyInfo.Arm a : info.arms()) {
            int at = a.description().indexOf(INCOHERENT);
            if (at < 0) continue;
            for (String s : a.description().substring(at + INCOHERENT.length()).split("; ")) count.merge(s, 1, Integer::sum);
        }
        h.append("<h2 id=\"incoherent\">Combinations the model\u2019s description calls incoherent</h2>\n");
        if (count.isEmpty()) {
            p(h, "The factors file names no incoherent combination.");
            return;
        }
        p(h, "These combinations were run like every other and enter every Shapley value; a reader may judge how much weight"
                + " they deserve. cells.csv gives each combination\u2019s means.");
        h.append("<ul>\n");
        for (Map.Entry<String, Integer> e : count.entrySet()) li(h, e.getKey() + " \u2014 " + e.getValue() + " of "
                + info.arms().size() + " combinations.");
        h.append("</ul>\n");
    }

    /** What the cells' descriptions put before their incoherent combinations (experiment/Factors). */
    static final String INCOHERENT = "; incoherent: ";

    private static void factors(StringBuilder h, StudyInfo info) {
        h.append("<h2 id=\"factors\">The causes and the values that switch them off</h2>\n<table class=\"params\">\n<thead><tr>"
                + "<th>Cause and parameter</th><th>In history</th><th>Switched off</th><th>Source</th></tr></thead>\n<tbody>\n");
        StudyInfo.Arm none = null;
        for (StudyInfo.Arm a : info.arms()) if (org.collectivization.experiment.Factors.cellOf(a.label()) == 0) none = a;
        Map<String, List<String>> groups = info.analysis().groups();
        for (Map.Entry<String, List<String>> g : groups.entrySet()) {
            h.append("<tr><td colspan=\"4\"><strong>").append(esc(display(g.getKey()))).append("</strong></td></tr>\n");
            for (String key : g.getValue()) {
                StudyInfo.Change c = none == null ? null : none.changes().stream().filter(x -> x.key().equals(key)).findFirst().orElse(null);
                h.append("<tr><td>").append(esc(key)).append("</td><td class=\"value\">").append(esc(c == null ? "" : c.baselineValue()))
                        .append("</td><td class=\"value\">").append(esc(c == null ? "(unchanged)" : c.value())).append("</td><td>")
                        .append(esc(c == null ? "" : c.source())).append("</td></tr>\n");
            }
        }
        h.append("</tbody>\n</table>\n");
    }

    private static void files(StringBuilder h, StudyInfo info) {
        h.append("<h2 id=\"files\">Files</h2>\n<ul>\n");
        li(h, "attribution.csv: long form, one row per figure and cause: the Shapley value, its interval and its share of"
                + " the difference between history and the world with every cause switched off");
        li(h, "interactions.csv: one row per figure and pair of causes: the Shapley interaction index and its interval");
        li(h, "cells.csv: each combination\u2019s mean of each figure (1 = the cause present, 0 = switched off)");
        li(h, "replicates.csv, series.csv, design.csv, sweep.csv: every run\u2019s figures, the monthly series, and each"
                + " combination\u2019s switches and statistics as a sweep writes them");
        li(h, "study.json and manifest.json: the study\u2019s definition (seeds " + info.seed(1) + " to "
                + info.seed(info.replications()) + ") and how it was run");
        h.append("</ul>\n");
    }

    private static void p(StringBuilder h, String s) {
        h.append("<p>").append(esc(s)).append("</p>\n");
    }

    private static void li(StringBuilder h, String s) {
        h.append("<li>").append(esc(s)).append("</li>\n");
    }

    private static String esc(String s) {
        return HtmlReport.esc(s);
    }

    /** What the command prints at the end: each cause's share of famine deaths in all, in Ukraine and in Kazakhstan. */
    public static List<String> headline(StudyInfo info, List<Replicate> reps) {
        List<Attribution.FigureResult> results = Attribution.analyse(info, reps);
        List<String> lines = new ArrayList<>();
        lines.add("Famine deaths in the model, Shapley value of each cause with its 95 % interval (a statement about the model):");
        for (String id : List.of("excess_deaths_total", "excess_deaths_ukraine", "excess_deaths_kazakhstan")) {
            Attribution.FigureResult f = result(results, id);
            lines.add("  " + Metrics.ALL.get(Metrics.index(id)).phrase() + ": " + Formats.count(f.none())
                    + " with every cause switched off, " + Formats.count(f.all()) + " in history");
            for (Attribution.Value v : ordered(f)) {
                lines.add("    " + display(v.factor()) + " " + amount(id, v.shapley(), true) + " " + interval(id, v.interval())
                        + (Double.isNaN(v.shareOfTotal()) ? "" : " (" + percent(v.shareOfTotal()) + ")"));
            }
        }
        lines.replaceAll(s -> s.replace('\u00a0', ' ').replace('\u2212', '-').replace('\u2013', '-'));
        return lines;
    }
}
