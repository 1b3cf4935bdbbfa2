package org.collectivization.report;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jfree.chart.ChartUtilities;
import org.jfree.chart.JFreeChart;
import org.jfree.svg.MeetOrSlice;
import org.jfree.svg.PreserveAspectRatio;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;

/** Draws a chart as PNG (1600×900, for slides) and as SVG (for print and for the HTML page). */
public final class ChartFiles {

    private ChartFiles() {
    }

    /** A chart drawn once as SVG: the element to inline in HTML and the standalone document. */
    public record Svg(String inlineElement, String document) {
    }

    public static void writePng(JFreeChart chart, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            ChartUtilities.writeChartAsPNG(out, chart, ChartStyle.WIDTH, ChartStyle.HEIGHT);
        }
    }

    /**
     * Draws a chart as SVG. {@code idPrefix} keeps the ids of clip paths unique when several charts
     * are inlined in one page, and makes the output the same from one run to the next.
     */
    public static Svg svg(JFreeChart chart, String idPrefix) {
        SVGGraphics2D g = new SVGGraphics2D(ChartStyle.WIDTH, ChartStyle.HEIGHT);
        g.setDefsKeyPrefix(idPrefix);
        g.setFontFunction(ChartStyle::cssFontFamily);
        chart.draw(g, new Rectangle2D.Double(0, 0, ChartStyle.WIDTH, ChartStyle.HEIGHT));
        ViewBox box = new ViewBox(0, 0, ChartStyle.WIDTH, ChartStyle.HEIGHT);
        String inline = g.getSVGElement(idPrefix + "svg", false, box, PreserveAspectRatio.XMID_YMID,
                MeetOrSlice.MEET);
        String standalone = g.getSVGElement(idPrefix + "svg", true, box, PreserveAspectRatio.XMID_YMID,
                MeetOrSlice.MEET);
        return new Svg(inline, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + standalone + "\n");
    }

    public static void writeSvg(Svg svg, Path file) throws IOException {
        Files.writeString(file, svg.document(), StandardCharsets.UTF_8);
    }
}
