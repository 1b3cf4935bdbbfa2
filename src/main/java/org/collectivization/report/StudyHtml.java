package org.collectivization.report;

import static org.collectivization.report.HtmlReport.esc;

import java.util.List;

import org.collectivization.experiment.Comparison;
import org.collectivization.experiment.Metrics;
import org.collectivization.experiment.StudyInfo;
import org.collectivization.stats.Estimate;

/**
 * The one-page report of a comparison or a sweep as a single self-contained HTML file, in the run
 * report's style: charts inlined as SVG, no scripts, no outside resources, a print stylesheet.
 */
final class StudyHtml {
    private StudyHtml() {}

    private static final String EXTRA_CSS = """
            ul.results { padding-left: 1.2rem; }
            ul.results li { margin: .25rem 0; }
            .unclear { color: #5a5a5a; }
            table.changes td:first-child { font-family: 'DejaVu Sans Mono', Menlo, Consolas, monospace; font-size: .8rem;
              overflow-wrap: anywhere; }
            table.changes { font-size: .85rem; width: 100%; }
            table.sweep td.num, table.sweep th.num { white-space: normal; }
            """;

    static String render(Comparison c, List<HtmlReport.RenderedFigure> figures) {
        StudyInfo info = c.info;
        StringBuilder h = new StringBuilder(1 << 20);
        String title = info.isCompare() ? "comparison of scenarios" : "parameter sweep";
        h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(esc("Collectivization and famine, 1928\u20131934: " + title + " in the model"))
                .append("</title>\n<style>\n").append(HtmlReport.CSS).append(EXTRA_CSS).append("</style>\n</head>\n<body>\n");
        if (info.isCompare()) {
            compareHeader(h, c);
            howToRead(h, c);
            overview(h, c);
            charts(h, figures);
            scenarios(h, c);
        } else {
            sweepHeader(h, c);
            sweepTable(h, c);
            charts(h, figures);
        }
        made(h, c);
        h.append("</body>\n</html>\n");
        return h.toString();
    }

    // ------------------------------------------------------------------ comparison

    private static void compareHeader(StringBuilder h, Comparison c) {
        StudyInfo info = c.info;
        StudyInfo.Arm base = info.arms().get(0);
        h.append("<header>\n<h1>Collectivization and famine in the USSR, 1928\u20131934: a comparison of scenarios in the model</h1>\n");
        h.append("<p class=\"meta\">").append(esc("Baseline: " + StudyText.display(base) + " \u00b7 "
                + (info.arms().size() - 1) + " further scenario" + (info.arms().size() == 2 ? "" : "s") + " \u00b7 "
                + info.replications() + " replicates each (seeds " + info.seed(1) + "\u2013" + info.seed(info.replications())
                + ") \u00b7 " + size(info))).append("</p>\n");
        h.append("<p class=\"lede\">This page compares runs of an agent-based model of the collectivization of Soviet"
                + " agriculture and the famine that followed. Every figure below is an output of the model under the"
                + " scenarios named, not a historical measurement. A scenario that departs from the historical path"
                + " describes how the model behaves under other rules; it describes the model, not lives that could have"
                + " been saved. No scenario is a recommendation.</p>\n");
        StudyText.posteriorNote(c).ifPresent(note -> h.append("<p class=\"lede\">").append(esc(note)).append("</p>\n"));
        h.append("</header>\n");
    }

    private static String size(StudyInfo info) {
        StudyInfo.Arm a = info.arms().get(0);
        boolean same = info.arms().stream().allMatch(x -> x.households() == a.households());
        return same ? Formats.count(a.households()) + " households simulated, each standing for "
                + Formats.count(a.householdsPerAgent()) + " real ones"
                : "households simulated: each scenario's own number (see below)";
    }

    private static void howToRead(StringBuilder h, Comparison c) {
        StudyInfo info = c.info;
        String baseline = StudyText.display(info.arms().get(0));
        h.append("<h2 id=\"how-to-read\">How to read the numbers</h2>\n");
        h.append("<p>Each scenario was run ").append(info.replications()).append(" times. Replicate <i>r</i> of every"
                + " scenario used the same seed, ").append(info.seedBase()).append(" + <i>r</i>, and so began from the same"
                + " villages, households and officials and drew the same chances wherever the scenarios did not yet"
                + " differ. The difference between a scenario and ").append(esc(baseline)).append(" is therefore taken"
                + " pair by pair, replicate against replicate.</p>\n");
        if (info.branchAt() != null) {
            h.append("<p>Every scenario shares ").append(esc(baseline)).append("\u2019s history up to ")
                    .append(esc(info.branchAt())).append(": each replicate ran under ").append(esc(baseline))
                    .append("\u2019s levers until then, and under its own scenario\u2019s levers from the start of that"
                            + " month on. Differences before that month are therefore zero by construction.</p>\n");
        }
        h.append("<p>A mean is given with its 95\u00a0% confidence interval (CI), a t interval over the replicates;"
                + " for a count that cannot be negative or a quantity of grain, an interval that would reach below zero is cut"
                + " at zero (the replicates are then too few for so variable a figure); excess deaths can be negative"
                + " and are never cut."
                + " A difference is the mean of the paired differences, with a 95\u00a0% paired t interval; the text says"
                + " in how many of the pairs it went each way. The p-value is that of the Wilcoxon signed-rank test of"
                + " the paired differences (pairs with no difference are left out; when every pair is identical the"
                + " text says so, and p = 1). Since ").append(info.metrics().size()).append(" figures are tested for each"
                + " scenario, the p-values are also given after Holm\u2019s adjustment, which keeps the chance of any false"
                + " finding among them below 5\u00a0%. A difference is called clear below when its interval excludes zero"
                + " and its adjusted p-value is below 0.05.</p>\n");
        StudyText.tooFewPairs(info.replications(), info.metrics().size())
                .ifPresent(t -> h.append("<p class=\"notes\">").append(esc(t)).append("</p>\n"));
        h.append("<p>These intervals and tests measure only the chance variation between runs of the model. They say"
                + " nothing about whether the model\u2019s assumptions are right; the parameters and their sources are in"
                + " <code>scenarios/</code>.</p>\n");
    }

    private static void overview(StringBuilder h, Comparison c) {
        StudyInfo info = c.info;
        int deaths = Metrics.index("excess_deaths_total");
        h.append("<h2 id=\"famine\">Famine deaths by scenario</h2>\n");
        h.append("<p>Excess deaths from January 1930 to December 1934: deaths above those expected at the normal death"
                + " rate, in real-world numbers.</p>\n");
        h.append("<table class=\"keep\">\n<thead><tr><th>Scenario</th><th class=\"num\">Mean (95\u00a0% CI)</th>"
                + "<th class=\"num\">Difference from ").append(esc(StudyText.display(info.arms().get(0))))
                .append(" (95\u00a0% CI)</th><th class=\"num\">Pairs fewer / more</th><th class=\"num\">Holm-adjusted p</th>"
                        + "</tr></thead>\n<tbody>\n");
        for (int a = 0; a < info.arms().size(); a++) {
            Estimate e = c.estimate(a, deaths);
            h.append("<tr><td>").append(esc(StudyText.display(info.arms().get(a)))).append("</td>")
                    .append(num(StudyText.estimate(Metrics.ALL.get(deaths), e)));
            if (a == 0) {
                h.append(num("baseline")).append(num("\u2013")).append(num("\u2013"));
            } else {
                Comparison.PairRow row = c.pair(a, deaths);
                Estimate d = row.paired().difference();
                if (row.paired().identical()) {
                    h.append(num("identical in all " + row.paired().n() + " pairs")).append(num("0 / 0"));
                } else {
                    h.append(num(Formats.count(d.mean()) + (Double.isNaN(d.ciLow()) ? ""
                                    : " (" + Formats.count(d.ciLow()) + " to " + Formats.count(d.ciHigh()) + ")")))
                            .append(num(row.paired().lower() + " / " + row.paired().higher()));
                }
                h
                        .append(num(StudyText.p(row.pAdjusted()).substring(2).replace("= ", "")));
            }
            h.append("</tr>\n");
        }
        h.append("</tbody>\n</table>\n");
        if (info.arms().size() > 1) {
            h.append("<ul class=\"results\">\n");
            for (int a = 1; a < info.arms().size(); a++) {
                Comparison.PairRow row = c.pair(a, deaths);
                h.append("<li").append(StudyText.clear(row) ? "" : " class=\"unclear\"").append('>')
                        .append(esc(StudyText.headline(c, row))).append("</li>\n");
            }
            h.append("</ul>\n");
        }
    }

    private static void charts(StringBuilder h, List<HtmlReport.RenderedFigure> figures) {
        h.append("<h2 id=\"charts\">Charts</h2>\n");
        int n = 0;
        for (HtmlReport.RenderedFigure f : figures) {
            Figure fig = f.figure();
            String svg = f.svg().inlineElement();
            h.append("<figure id=\"").append(esc(fig.fileBase())).append("\">\n")
                    .append("<svg role=\"img\" aria-label=\"").append(esc(fig.title())).append('"').append(svg.substring(4))
                    .append('\n').append("<figcaption><p><strong>Chart ").append(++n).append(". ")
                    .append(esc(fig.title())).append(".</strong> ").append(esc(fig.howToRead())).append("</p>\n")
                    .append("<p class=\"files\">Files: <code>charts/").append(esc(fig.fileBase()))
                    .append(".png</code> (1600\u00d7900, for slides), <code>charts/").append(esc(fig.fileBase()))
                    .append(".svg</code> (for print).</p></figcaption>\n</figure>\n");
        }
    }

    private static void scenarios(StringBuilder h, Comparison c) {
        StudyInfo info = c.info;
        String baseline = StudyText.display(info.arms().get(0));
        h.append("<h2 id=\"scenarios\">Each scenario against ").append(esc(baseline)).append("</h2>\n");
        h.append("<p>Results shown in grey are not clear differences: their interval includes zero, or their Holm-adjusted"
                + " p-value is 0.05 or more.</p>\n");
        for (int a = 0; a < info.arms().size(); a++) {
            StudyInfo.Arm arm = info.arms().get(a);
            h.append("<section id=\"scenario-").append(esc(arm.label())).append("\">\n<h3>")
                    .append(esc(StudyText.display(arm))).append(a == 0 ? " (baseline)" : "").append("</h3>\n");
            h.append("<p class=\"meta\">File <code>").append(esc(arm.file())).append("</code>");
            if (!size(info).startsWith(Formats.count(arm.households()))) {
                h.append(" \u00b7 ").append(esc(Formats.count(arm.households()))).append(" households simulated");
            }
            h.append("</p>\n");
            if (!arm.description().isEmpty()) h.append("<p>").append(esc(arm.description())).append("</p>\n");
            if (a == 0) {
                h.append("<ul class=\"results\">\n");
                for (int m = 0; m < info.metrics().size(); m++) {
                    Metrics.Metric metric = Metrics.ALL.get(m);
                    h.append("<li>").append(esc(StudyText.capitalise(metric.phrase()) + ": "
                            + StudyText.estimate(metric, c.estimate(0, m)) + ".")).append("</li>\n");
                }
                h.append("</ul>\n</section>\n");
                continue;
            }
            changes(h, arm, baseline);
            h.append("<ul class=\"results\">\n");
            for (int m = 0; m < info.metrics().size(); m++) {
                Comparison.PairRow row = c.pair(a, m);
                h.append("<li").append(StudyText.clear(row) ? "" : " class=\"unclear\"").append('>')
                        .append(esc(StudyText.sentence(c, row))).append("</li>\n");
            }
            h.append("</ul>\n</section>\n");
        }
    }

    private static void changes(StringBuilder h, StudyInfo.Arm arm, String baseline) {
        if (arm.changes().isEmpty()) {
            h.append("<p>Its parameters are the same as ").append(esc(baseline)).append("\u2019s.</p>\n");
            return;
        }
        h.append("<table class=\"changes keep\">\n<thead><tr><th>Parameter</th><th>").append(esc(baseline))
                .append("</th><th>This scenario</th><th>Source of the change</th></tr></thead>\n<tbody>\n");
        for (StudyInfo.Change ch : arm.changes()) {
            h.append("<tr><td>").append(esc(ch.key()).replace(".", ".<wbr>")).append("</td><td>")
                    .append(esc(ch.baselineValue())).append("</td><td>").append(esc(ch.value())).append("</td><td>")
                    .append(esc(lastSource(ch.source()))).append("</td></tr>\n");
        }
        h.append("</tbody>\n</table>\n");
    }

    private static String lastSource(String s) {
        return s == null ? "" : s;
    }

    // ------------------------------------------------------------------ sweep

    private static void sweepHeader(StringBuilder h, Comparison c) {
        StudyInfo info = c.info;
        StudyInfo.Arm a = info.arms().get(0);
        h.append("<header>\n<h1>Collectivization and famine in the USSR, 1928\u20131934: a parameter sweep in the model</h1>\n");
        h.append("<p class=\"meta\">").append(esc("Scenario " + StudyText.display(a).replaceAll(" \\(.*\\)$", "") + " (" + a.file() + ") \u00b7 "
                + info.arms().size() + " design points (" + info.design() + ") \u00b7 " + info.replications()
                + " replicates each (seeds " + info.seed(1) + "\u2013" + info.seed(info.replications()) + ") \u00b7 "
                + size(info))).append("</p>\n");
        h.append("<p class=\"lede\">This page shows how outputs of an agent-based model of the collectivization of Soviet"
                + " agriculture and the famine respond to the parameters varied below. Every figure is an output of the"
                + " model, not a historical measurement, and describes the model, not lives that could have been saved."
                + " Every design point was run with the same seeds, so that points differ only in their parameters."
                + " Means are given with their 95\u00a0% confidence intervals (t intervals over the replicates), which"
                + " measure only the chance variation between runs.</p>\n</header>\n");
        h.append("<h2 id=\"design\">Design</h2>\n<table class=\"keep\">\n<thead><tr><th>Parameter</th><th class=\"num\">From</th>"
                + "<th class=\"num\">To</th><th class=\"num\">Step</th></tr></thead>\n<tbody>\n");
        for (StudyInfo.Varied v : info.parameters()) {
            h.append("<tr><td><code>").append(esc(v.column())).append("</code>")
                    .append(v.multiplier() ? " (a multiplier on every year of the schedule)" : "").append("</td>")
                    .append(num(v.lo())).append(num(v.hi())).append(num(v.step() == null ? info.design() : v.step()))
                    .append("</tr>\n");
        }
        h.append("</tbody>\n</table>\n");
    }

    private static void sweepTable(StringBuilder h, Comparison c) {
        StudyInfo info = c.info;
        h.append("<h2 id=\"points\">Results by design point</h2>\n");
        if (info.arms().size() > 100) {
            h.append("<p>").append(info.arms().size()).append(" points: see <code>sweep.csv</code>.</p>\n");
            return;
        }
        h.append("<table class=\"sweep\">\n<thead><tr><th>Point</th>");
        for (StudyInfo.Varied v : info.parameters()) h.append("<th class=\"num\"><code>").append(esc(v.column())).append("</code></th>");
        for (String m : StudyReport.SWEEP_METRICS) {
            h.append("<th class=\"num\">").append(esc(StudyText.capitalise(Metrics.ALL.get(Metrics.index(m)).phrase())))
                    .append(", mean (95\u00a0% CI)</th>");
        }
        h.append("</tr></thead>\n<tbody>\n");
        for (int a = 0; a < info.arms().size(); a++) {
            StudyInfo.Arm arm = info.arms().get(a);
            h.append("<tr><td>").append(esc(arm.label())).append("</td>");
            for (Double v : arm.values()) h.append(num(Formats.plain(v)));
            for (String m : StudyReport.SWEEP_METRICS) {
                int k = Metrics.index(m);
                h.append(num(StudyText.estimate(Metrics.ALL.get(k), c.estimate(a, k))));
            }
            h.append("</tr>\n");
        }
        h.append("</tbody>\n</table>\n");
    }

    // ------------------------------------------------------------------ both

    private static void made(StringBuilder h, Comparison c) {
        StudyInfo info = c.info;
        h.append("<h2 id=\"files\">Files and how this study was made</h2>\n<ul>\n");
        if (info.isCompare()) {
            li(h, "replicates.csv", "one row per scenario and replicate: its seed and the figures of the run\u2019s summary.json");
            li(h, "summary.csv", "per scenario and figure: mean, standard deviation, 95\u00a0% t interval, n");
            li(h, "comparison.csv", "per scenario and figure against the baseline: means, mean paired difference with its"
                    + " 95\u00a0% paired t interval, Wilcoxon signed-rank p-value, Holm-adjusted p-value, the test used, n");
        } else {
            li(h, "design.csv", "one row per design point: the parameter values");
            li(h, "replicates.csv", "one row per design point and replicate: its seed and the figures of the run\u2019s summary.json");
            li(h, "sweep.csv", "long form: per design point and figure, mean, standard deviation, 95\u00a0% t interval, n");
        }
        li(h, "series.csv", "the monthly series the charts draw, for every replicate");
        li(h, "scenarios/", "the fully resolved scenario" + (info.isCompare() ? "s" : "") + ", every parameter with its source");
        li(h, "study.json", "the study\u2019s definition");
        li(h, "manifest.json", "the command, the machine, the number of threads and the times");
        h.append("</ul>\n<table class=\"manifest\">\n<tbody>\n");
        row(h, "Model version", info.version());
        row(h, "Git commit", info.gitCommit());
        row(h, "Replicates", info.replications() + " per " + (info.isCompare() ? "scenario" : "design point"));
        row(h, "Seeds", info.seed(1) + " to " + info.seed(info.replications()) + " (--seed " + info.seedBase() + ")");
        row(h, "Households simulated", info.households() == null ? "each scenario\u2019s own" : Formats.count(info.households()));
        h.append("</tbody>\n</table>\n");
    }

    private static void li(StringBuilder h, String file, String what) {
        h.append("<li><code>").append(esc(file)).append("</code>: ").append(esc(what)).append("</li>\n");
    }

    private static void row(StringBuilder h, String k, String v) {
        h.append("<tr><td>").append(esc(k)).append("</td><td><code>").append(esc(v)).append("</code></td></tr>\n");
    }

    private static String num(String text) {
        return "<td class=\"num\">" + esc(text) + "</td>";
    }
}
