package org.collectivization.gui;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Not a test: opens the GUI under the current display, runs to a month and writes a screenshot and a
 * map snapshot, for looking at the layout. Usage (from the project root, with the test classpath):
 * {@code java ... org.collectivization.gui.GuiPreview MONTHS OUTDIR [LAYER [about|console|inspect|record]]}.
 */
public final class GuiPreview {
    private GuiPreview() {}

    public static void main(String[] args) throws Exception {
        int months = Integer.parseInt(args[0]);
        Path out = Path.of(args[1]);
        Files.createDirectories(out);
        GuiDriver d = GuiDriver.launch(null, null);
        if (args.length > 2) d.onSwing(() -> d.gui.map.setLayer(Layer.valueOf(args[2])));
        if (months > 0) d.runUntil(months);
        String view = args.length > 3 ? args[3] : "";
        d.onSwing(() -> {
            javax.swing.JTabbedPane tabs = d.gui.console.getTabPane();
            if (view.equals("about")) tabs.setSelectedIndex(tabs.indexOfTab("About"));
            if (view.equals("console")) tabs.setSelectedIndex(tabs.indexOfTab("Console"));
            if (view.equals("record")) d.gui.charts.showRecord.doClick();
        });
        if (view.equals("inspect")) d.inspectAVillageIn(org.collectivization.model.Region.UKRAINE);
        d.settle();
        GuiDriver.screenshot(out.resolve("screen-" + months + ".png"));
        d.onSwing(() -> {
            try {
                d.gui.map.display.takeSnapshot(out.resolve("map-" + months + ".png").toFile(), sim.display.Display2D.TYPE_PNG);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        System.exit(0);
    }
}
