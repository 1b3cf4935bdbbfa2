package org.collectivization.gui;

import java.awt.BorderLayout;
import java.awt.Color;

import javax.swing.BorderFactory;
import javax.swing.JEditorPane;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JScrollPane;

/** The events window: each month's events in words, the latest month on top. */
final class EventsPanel {
    final JFrame frame = new JFrame("Events");
    private final JEditorPane text = new JEditorPane();
    private final StringBuilder months = new StringBuilder();
    private int count;

    EventsPanel() {
        JLabel heading = new JLabel("What happened, month by month");
        heading.setFont(Fonts.HEADING);
        heading.setBorder(BorderFactory.createEmptyBorder(4, 8, 4, 8));
        text.setContentType("text/html");
        text.setEditable(false);
        text.putClientProperty(JEditorPane.HONOR_DISPLAY_PROPERTIES, Boolean.TRUE);
        text.setFont(Fonts.PLAIN);
        text.setBackground(Color.WHITE);
        frame.getContentPane().setLayout(new BorderLayout());
        frame.getContentPane().add(heading, BorderLayout.NORTH);
        JScrollPane scroll = new JScrollPane(text);
        scroll.setBorder(BorderFactory.createEmptyBorder());
        frame.getContentPane().add(scroll, BorderLayout.CENTER);
        clear();
    }

    void clear() {
        months.setLength(0);
        count = 0;
        text.setText("<html><body><p>Press <b>play</b> (\u25b6, bottom of the Console) to start. Each month, what "
                + "happened appears here, with the paragraph (\u00b6) of the source article that describes it.</p></body></html>");
    }

    /** Adds a month's events on top; on the Swing thread. */
    void addMonth(String monthName, java.util.List<String> events) {
        StringBuilder b = new StringBuilder("<p><b>").append(escape(monthName)).append("</b>");
        if (events.isEmpty()) {
            b.append("<br>No notable events.");
        } else {
            for (String e : events) b.append("<br>\u2022 ").append(escape(e));
        }
        b.append("</p>");
        months.insert(0, b);
        count++;
        text.setText("<html><body>" + months + "</body></html>");
        text.setCaretPosition(0);
    }

    int monthsShown() {
        return count;
    }

    String plainText() {
        return months.toString().replaceAll("<[^>]+>", "\n").replaceAll("\n+", "\n").trim();
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
