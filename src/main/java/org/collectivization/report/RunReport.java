package org.collectivization.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.collectivization.experiment.Failures;
import org.collectivization.runfiles.RunFiles;

/**
 * Draws the charts and writes the one-page report of a finished run: {@code charts/*.png},
 * {@code charts/*.svg} and {@code report.html} in the run folder. Called by the {@code run}
 * command after a run and by {@code report RUN_DIR} for an existing one.
 */
public final class RunReport {

    public static final String CHARTS_DIR = RunFiles.CHARTS;
    public static final String REPORT_FILE = RunFiles.REPORT;

    private RunReport() {
    }

    /**
     * Reads the run folder and writes its charts and report into it, replacing earlier ones.
     *
     * @throws IOException if a required file ({@code timeseries.csv}, {@code summary.json}) is missing
     *                     or malformed, or the outputs cannot be written
     */
    public static void write(Path runDir) throws IOException {
        RunData data = RunData.read(runDir);
        Path charts = Files.createDirectories(runDir.resolve(CHARTS_DIR));
        List<HtmlReport.RenderedFigure> rendered = new ArrayList<>();
        int n = 0;
        for (Figure f : Figure.all(data)) {
            Failures.writing(charts.resolve(f.fileBase() + ".png"), file -> ChartFiles.writePng(f.chart(), file));
            ChartFiles.Svg svg = ChartFiles.svg(f.chart(), String.format(Locale.ROOT, "c%d-", ++n));
            Failures.writing(charts.resolve(f.fileBase() + ".svg"), file -> ChartFiles.writeSvg(svg, file));
            rendered.add(new HtmlReport.RenderedFigure(f, svg));
        }
        String html = HtmlReport.render(data, rendered);
        Path tmp = runDir.resolve(REPORT_FILE + ".tmp");
        Failures.writing(tmp, file -> Files.writeString(file, html, StandardCharsets.UTF_8));
        Files.move(tmp, runDir.resolve(REPORT_FILE), StandardCopyOption.REPLACE_EXISTING,
                StandardCopyOption.ATOMIC_MOVE);
    }
}
