package org.collectivization.gui;

import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import javax.swing.UIManager;
import javax.swing.plaf.FontUIResource;

/**
 * Type for a projector: every Swing component, MASON's Console included, in one sans-serif family at a
 * size that reads from the back of a classroom on a 1280x720 screen (text 16 px, headings 18-20 px).
 */
final class Fonts {
    static final String FAMILY = pickFamily();
    static final int TEXT = 16;
    static final Font PLAIN = new Font(FAMILY, Font.PLAIN, TEXT);
    static final Font BOLD = new Font(FAMILY, Font.BOLD, TEXT);
    static final Font SMALL = new Font(FAMILY, Font.PLAIN, 14);
    static final Font HEADING = new Font(FAMILY, Font.BOLD, 18);
    static final Font MAP_LABEL = new Font(FAMILY, Font.BOLD, 15);

    private Fonts() {}

    /** Sets every Swing font default; call before any window is made. */
    static void install() {
        List<Object> keys = new ArrayList<>(UIManager.getLookAndFeelDefaults().keySet());
        for (Object key : keys) {
            if (key.toString().endsWith(".font") || key.toString().endsWith("Font")) {
                UIManager.put(key, new FontUIResource(PLAIN));
            }
        }
        UIManager.put("ToolTip.font", new FontUIResource(PLAIN));
        UIManager.put("TabbedPane.font", new FontUIResource(SMALL));
        UIManager.put("TitledBorder.font", new FontUIResource(BOLD));
    }

    private static String pickFamily() {
        try {
            List<String> have = Arrays.asList(GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames());
            for (String f : List.of("DejaVu Sans", "Liberation Sans", "Arial", "Helvetica")) {
                if (have.contains(f)) return f;
            }
        } catch (RuntimeException | Error e) {
            // no font list (headless): the logical font serves
        }
        return Font.SANS_SERIF;
    }
}
