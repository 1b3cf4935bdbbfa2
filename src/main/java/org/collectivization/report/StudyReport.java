package org.collectivization.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.collectivization.experiment.Comparison;
import org.collectivization.experiment.Metrics;
import org.collectivization.experiment.Replicate;
import org.collectivization.experiment.StudyInfo;
import org.collectivization.runfiles.HistoricalRecord;
import org.jfree.chart.JFreeChart;

/**
 * Draws the charts ({@code charts/*.png}, 1600×900, and {@code charts/*.svg}) and writes
 * {@code report.html} of a finished comparison or sweep. Nothing in them depends on when, where or
 * on how many threads the study ran, so a study run at once and one collected from tasks match.
 */
public final class StudyReport {
    private StudyReport() {}

    public static void write(Path dir, Comparison c, List<Replicate> reps) throws IOException {
        if (StudyInfo.SENSITIVITY.equals(c.info.kind())) {
            SensitivityReport.write(dir, c.info, reps);
            return;
        }
        if (StudyInfo.ATTRIBUTE.equals(c.info.kind())) {
            AttributionReport.write(dir, c.info, reps);
            return;
        }
        List<Figure> figures = c.info.isCompare() ? compareFigures(c, reps) : sweepFigures(c);
        List<HtmlReport.RenderedFigure> rendered = render(dir, figures);
        String html = StudyHtml.render(c, rendered);
        Path tmp = dir.resolve(RunReport.REPORT_FILE + ".tmp");
        Files.writeString(tmp, html, StandardCharsets.UTF_8);
        Files.move(tmp, dir.resolve(RunReport.REPORT_FILE), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Writes each figure as charts/&lt;name&gt;.png and .svg, and returns them for the report's page. */
    static List<HtmlReport.RenderedFigure> render(Path dir, List<Figure> figures) throws IOException {
        Path charts = Files.createDirectories(dir.resolve(RunReport.CHARTS_DIR));
        List<HtmlReport.RenderedFigure> rendered = new ArrayList<>();
        int n = 0;
        for (Figure f : figures) {
            ChartFiles.writePng(f.chart(), charts.resolve(f.fileBase() + ".png"));
            ChartFiles.Svg svg = ChartFiles.svg(f.chart(), String.format(Locale.ROOT, "c%d-", ++n));
            ChartFiles.writeSvg(svg, charts.resolve(f.fileBase() + ".svg"));
            rendered.add(new HtmlReport.RenderedFigure(f, svg));
        }
        return rendered;
    }

    static List<Figure> compareFigures(Comparison c, List<Replicate> reps) {
        List<Figure> f = new ArrayList<>();
        String baseline = StudyText.display(c.info.arms().get(0));
        f.add(new Figure("1-famine-deaths-difference", StudyCharts.difference(c, Metrics.index("excess_deaths_total")),
                "Each bar is one scenario's famine deaths minus " + baseline + "'s, replicate by replicate with the"
                        + " same seed, averaged over the pairs. A bar left of zero means fewer deaths in the model than"
                        + " under " + baseline + "; the whisker is the 95\u00a0% confidence interval of the mean difference."
                        + " A whisker that crosses zero means the replicates do not show a clear difference."));
        f.add(new Figure("2-famine-deaths-by-region", StudyCharts.deathsByRegion(c),
                "For each region, one bar per scenario in the scenario's colour: the mean famine deaths from January"
                        + " 1930 to December 1934, with the 95\u00a0% confidence interval of the mean as a whisker."));
        int k = 3;
        HistoricalRecord record = StudyCharts.historicalArm(c.info) < 0 ? HistoricalRecord.none() : RecordOverlay.shipped(problem -> {});
        for (int s = 0; s < Metrics.SERIES.size(); s++) {
            Metrics.Series series = Metrics.SERIES.get(s);
            String file = k++ + "-" + series.column().replace('_', '-');
            JFreeChart chart = StudyCharts.seriesOverTime(c, reps, s, record);
            boolean withRecord = chart.getXYPlot().getDataset(RecordOverlay.DATASET) != null;
            f.add(new Figure(file, chart,
                    "One line per scenario, in the same colours as above: the mean over the replicates in each"
                            + " month, with a shaded band for the 95\u00a0% confidence interval of that mean. Where two"
                            + " bands do not overlap, the scenarios clearly differ in that month; where they overlap,"
                            + " the paired tests in the text are the better guide."
                            + (withRecord ? " The points with bars are the historical record, each figure with the band its"
                                    + " sources allow: what happened on the historical path, drawn beside "
                                    + StudyText.display(c.info.arms().get(StudyCharts.historicalArm(c.info)))
                                    + "; the other scenarios did not happen, so the record says nothing of them." : "")));
        }
        return f;
    }

    static final String[] SWEEP_METRICS = {"excess_deaths_total", "grain_procured_total_t"};

    static List<Figure> sweepFigures(Comparison c) {
        List<Figure> f = new ArrayList<>();
        int k = 1;
        StudyInfo info = c.info;
        for (int p = 0; p < info.parameters().size(); p++) {
            for (String m : SWEEP_METRICS) {
                String file = k++ + "-" + m.replace('_', '-') + "-vs-" + safe(info.parameters().get(p).column());
                f.add(new Figure(file, StudyCharts.sweepLine(c, p, Metrics.index(m)),
                        info.parameters().size() == 1
                                ? "The line joins the means over the replicates at each value of the parameter; the band is"
                                        + " the 95\u00a0% confidence interval of each mean."
                                : "Each dot is one design point; since the other parameters vary as well, the spread at one"
                                        + " value shows how much they matter. Whiskers: 95\u00a0% confidence interval of the mean."));
            }
        }
        if (info.parameters().size() == 2) {
            for (String m : SWEEP_METRICS) {
                f.add(new Figure(k++ + "-" + m.replace('_', '-') + "-heat-map", StudyCharts.heatMap(c, Metrics.index(m)),
                        "The colour of each block (or dot) is the mean over the replicates at that combination of the"
                                + " two parameters; the scale is on the right."));
            }
        }
        return f;
    }

    /** Design points a sweep's headline lists one by one; sweep.csv and report.html hold them all. */
    static final int HEADLINE_POINTS = 20;

    /**
     * The result a study's command prints when it ends: famine deaths in each scenario and each scenario
     * against the baseline (a comparison), or famine deaths at each design point (a sweep). The terminal
     * may not show Unicode, so the lines are plain ASCII.
     */
    public static List<String> headline(Comparison c, List<Replicate> reps) {
        StudyInfo info = c.info;
        if (StudyInfo.SENSITIVITY.equals(info.kind())) return SensitivityReport.headline(info, reps);
        if (StudyInfo.ATTRIBUTE.equals(info.kind())) return AttributionReport.headline(info, reps);
        int deaths = Metrics.index("excess_deaths_total");
        Metrics.Metric metric = Metrics.ALL.get(deaths);
        List<String> lines = new ArrayList<>();
        String mean = "mean of " + info.replications() + " replicate" + (info.replications() == 1 ? "" : "s")
                + " with its 95 % CI";
        if (info.isCompare()) {
            lines.add(StudyText.capitalise(metric.phrase()) + ", " + mean + ":");
            int width = info.arms().stream().mapToInt(a -> StudyText.display(a).length()).max().orElse(0);
            for (int a = 0; a < info.arms().size(); a++) {
                lines.add(String.format(Locale.ROOT, "  %-" + width + "s  %s", StudyText.display(info.arms().get(a)),
                        StudyText.estimate(metric, c.estimate(a, deaths))));
            }
            lines.add("Against " + StudyText.display(info.arms().get(0)) + ", replicate by replicate with the same seed:");
            for (int a = 1; a < info.arms().size(); a++) lines.add("  " + StudyText.headline(c, c.pair(a, deaths)));
            StudyText.tooFewPairs(info.replications(), info.metrics().size()).ifPresent(lines::add);
            StudyText.posteriorNote(c).ifPresent(lines::add);
        } else {
            lines.add(StudyText.capitalise(metric.phrase()) + " at each design point, " + mean + ":");
            int shown = Math.min(info.arms().size(), HEADLINE_POINTS);
            for (int a = 0; a < shown; a++) {
                StudyInfo.Arm arm = info.arms().get(a);
                List<String> values = new ArrayList<>();
                for (int p = 0; p < info.parameters().size(); p++) {
                    values.add(info.parameters().get(p).column() + " = " + Formats.plain(arm.values().get(p)));
                }
                lines.add("  " + arm.label() + "  " + String.join(", ", values) + ": "
                        + StudyText.estimate(metric, c.estimate(a, deaths)));
            }
            if (shown < info.arms().size()) {
                lines.add("  and " + (info.arms().size() - shown) + " more design points: see sweep.csv and report.html");
            }
        }
        lines.replaceAll(StudyReport::ascii);
        return lines;
    }

    private static String ascii(String s) {
        return s.replace('\u00a0', ' ').replace('\u2013', '-').replace('\u2212', '-').replace('\u2019', '\'')
                .replace('\u2014', '-');
    }

    private static String safe(String s) {
        return s.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("-+$", "");
    }
}
