package org.collectivization.gui;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import javax.swing.SwingUtilities;

import sim.display.Console;

/** Drives the classroom GUI as a teacher would, from a test: start it, run some months, wait, look. */
final class GuiDriver {
    final ClassroomGui gui;

    private GuiDriver(ClassroomGui gui) {
        this.gui = gui;
    }

    static GuiDriver launch(Integer households, Long seed) {
        return launch(Path.of("scenarios", "historical.yaml"), households, seed);
    }

    static GuiDriver launch(Path scenario, Integer households, Long seed) {
        ClassroomGui gui = ClassroomGui.launch(scenario, households, seed, 2);
        GuiDriver d = new GuiDriver(gui);
        d.onSwing(() -> gui.console.setPlaySleep(0));
        return d;
    }

    /** Plays until {@code month} months have run (the Console pauses there), and lets Swing catch up. */
    void runUntil(int months) throws Exception {
        onSwing(() -> {
            gui.console.setWhenShouldPause(months);
            if (gui.console.getPlayState() == Console.PS_STOPPED) gui.console.pressPlay();
            else gui.console.pressPause();  // paused -> playing
        });
        Instant limit = Instant.now().plus(Duration.ofMinutes(5));
        while (steps() < months || gui.console.getPlayState() != Console.PS_PAUSED) {
            if (Instant.now().isAfter(limit)) throw new IllegalStateException("the GUI did not reach month " + months);
            Thread.sleep(50);
        }
        settle();
    }

    long steps() {
        return gui.model().schedule.getSteps();
    }

    /** Waits until the Swing thread has done everything queued so far (twice: painting queues more). */
    void settle() throws Exception {
        for (int i = 0; i < 3; i++) {
            SwingUtilities.invokeAndWait(() -> { });
            Thread.sleep(100);
        }
    }

    /** Stops the run (the next runUntil starts a new one). */
    void stop() throws Exception {
        onSwing(() -> gui.console.pressStop());
        settle();
    }

    void onSwing(Runnable r) {
        ClassroomGui.onSwingAndWait(r);
    }

    /** Inspects a village as a double-click on its square does; returns the first Ukrainian village's number. */
    int inspectAVillageIn(org.collectivization.model.Region region) {
        int[] found = new int[1];
        onSwing(() -> {
            int v = 0;
            while (gui.model().villages.region[v] != region.ordinal()) v++;
            found[0] = v + 3;
            java.awt.geom.Point2D.Double p = gui.map.centreOf(found[0]);
            gui.map.display.createInspectors(new java.awt.geom.Rectangle2D.Double(p.x, p.y, 1, 1), gui);
        });
        return found[0];
    }

    /** Components of a type anywhere inside a container. */
    static <T> java.util.List<T> find(java.awt.Container c, Class<T> type) {
        java.util.List<T> out = new java.util.ArrayList<>();
        for (java.awt.Component k : c.getComponents()) {
            if (type.isInstance(k)) out.add(type.cast(k));
            if (k instanceof java.awt.Container) out.addAll(find((java.awt.Container) k, type));
        }
        return out;
    }

    /** A screenshot of the whole X screen (ImageMagick's import). */
    static void screenshot(Path file) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("import", "-window", "root", file.toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        if (p.waitFor() != 0) throw new IOException("import failed: " + out);
    }

    void quit() {
        onSwing(() -> {
            gui.console.pressStop();
            gui.quit();
            gui.console.dispose();
        });
    }
}
