package org.collectivization.gui;

import java.awt.Dimension;
import java.awt.Rectangle;

import javax.swing.JFrame;

/**
 * Where the windows go: placed and sized in code (a projector's X server may have no window manager),
 * designed for 1280x720 and stretched to a larger screen. Console with the levers on the left, the map
 * above the events in the middle, the charts on the right.
 */
final class WindowLayout {
    static final int DESIGN_WIDTH = 1280, DESIGN_HEIGHT = 720;

    final Rectangle console, map, events, charts;
    /** The comparison's window: over the map and the events, so the levers and the live charts stay in view. */
    final Rectangle compare;
    final Dimension mapDisplay;

    WindowLayout(Rectangle screen) {
        double sx = Math.max(1, screen.width / (double) DESIGN_WIDTH), sy = Math.max(1, screen.height / (double) DESIGN_HEIGHT);
        console = scale(screen, sx, sy, 0, 0, 380, 720);
        map = scale(screen, sx, sy, 380, 0, 470, 450);
        events = scale(screen, sx, sy, 380, 450, 470, 270);
        charts = scale(screen, sx, sy, 850, 0, 430, 720);
        compare = scale(screen, sx, sy, 380, 0, 470, 720);
        // the map window holds a heading (34 px), MASON's display toolbar (32 px), the legend (~90 px) and
        // the display's frame; the display is a little smaller than what is left, so it needs no scroll bars
        mapDisplay = new Dimension(map.width - 24, map.height - 34 - 32 - 92 - 24);
    }

    private static Rectangle scale(Rectangle screen, double sx, double sy, int x, int y, int w, int h) {
        return new Rectangle(screen.x + (int) Math.round(x * sx), screen.y + (int) Math.round(y * sy),
                (int) Math.round(w * sx), (int) Math.round(h * sy));
    }

    void place(JFrame consoleFrame, JFrame mapFrame, JFrame eventsFrame, JFrame chartsFrame) {
        consoleFrame.setBounds(console);
        mapFrame.setBounds(map);
        eventsFrame.setBounds(events);
        chartsFrame.setBounds(charts);
        for (JFrame f : new JFrame[] {consoleFrame, mapFrame, eventsFrame, chartsFrame}) {
            f.validate();
            f.setVisible(true);
        }
    }
}
