package org.collectivization.gui;

import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.FlowLayout;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JCheckBox;
import javax.swing.JComboBox;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JSlider;
import javax.swing.Scrollable;

import org.collectivization.experiment.LeverChange;
import org.collectivization.experiment.Param;
import org.collectivization.experiment.Scenario;
import org.collectivization.model.Calendar;
import sim.portrayal.Inspector;

/**
 * The Model tab: the policy levers, each with its range and a one-line explanation; the month a change
 * will take effect; the changes made so far; and the buttons that put the scenario's policy back, compare
 * this run with the one before, and save the class's run. Moving a lever only tells the GUI (ClassroomGui#leverMoved); the model takes the
 * change at the start of the next month.
 */
final class LeverPanel extends Inspector implements Scrollable {
    private static final long serialVersionUID = 1L;
    static final Color NOTE = new Color(0x333333);

    private final ClassroomGui gui;
    private final Map<String, JSlider> sliders = new LinkedHashMap<>();
    private final Map<String, JLabel> values = new LinkedHashMap<>();
    private final Map<String, double[]> ranges = new LinkedHashMap<>();
    private final JCheckBox blockadeOn = new JCheckBox("on, from");
    private final JComboBox<String> blockadeMonth = new JComboBox<>();
    private final JLabel when = new JLabel();
    private final JLabel changes = new JLabel();
    final JButton save = new JButton("Save the class's run\u2026");
    final JButton reset = new JButton("Back to the scenario's policy");
    final JButton compare = new JButton("Compare with the run before");
    private boolean updating;

    LeverPanel(ClassroomGui gui, Scenario s, int months) {
        this.gui = gui;
        setVolatile(false);
        setTitle("Policy levers");
        setLayout(new BorderLayout());
        JPanel body = new JPanel(new GridBagLayout());
        body.setBorder(BorderFactory.createEmptyBorder(4, 8, 4, 8));
        GridBagConstraints c = new GridBagConstraints();
        c.gridx = 0;
        c.gridwidth = 2;
        c.fill = GridBagConstraints.HORIZONTAL;
        c.weightx = 1;
        c.anchor = GridBagConstraints.WEST;
        int row = 0;
        when.setFont(Fonts.SMALL);
        when.setForeground(NOTE);
        c.gridy = row++;
        c.insets = new Insets(0, 0, 4, 0);
        body.add(when, c);
        for (int i = 0; i < months; i++) blockadeMonth.addItem(Calendar.label(i));
        blockadeMonth.setMaximumRowCount(12);
        for (Lever l : Lever.ALL) {
            Param p = s.params().get(l.key());
            JLabel name = new JLabel(l.label());
            name.setFont(Fonts.BOLD);
            JLabel value = new JLabel();
            value.setFont(Fonts.BOLD);
            values.put(l.key(), value);
            c.gridy = row++;
            c.gridwidth = 1;
            c.gridx = 0;
            c.insets = new Insets(5, 0, 0, 0);
            body.add(name, c);
            c.gridx = 1;
            c.weightx = 0;
            c.anchor = GridBagConstraints.EAST;
            c.fill = GridBagConstraints.NONE;
            body.add(value, c);
            c.gridx = 0;
            c.gridwidth = 2;
            c.weightx = 1;
            c.anchor = GridBagConstraints.WEST;
            c.fill = GridBagConstraints.HORIZONTAL;
            c.gridy = row++;
            c.insets = new Insets(0, 0, 0, 0);
            if (l.kind() == Lever.Kind.MONTH) {
                JPanel line = new JPanel(new FlowLayout(FlowLayout.LEFT, 4, 0));
                blockadeOn.setFont(Fonts.PLAIN);
                line.add(blockadeOn);
                line.add(blockadeMonth);
                blockadeOn.addActionListener(e -> blockadeChanged());
                blockadeMonth.addActionListener(e -> blockadeChanged());
                body.add(line, c);
            } else {
                double min = p.min(), max = p.max();
                ranges.put(l.key(), new double[] {min, max});
                JSlider slider = new JSlider(0, l.positionOf(min, max), 0);
                slider.addChangeListener(e -> sliderMoved(l, slider));
                sliders.put(l.key(), slider);
                JPanel line = new JPanel(new BorderLayout(4, 0));
                line.add(small(l.format(min)), BorderLayout.WEST);
                line.add(slider, BorderLayout.CENTER);
                line.add(small(l.format(max)), BorderLayout.EAST);
                body.add(line, c);
            }
            c.gridy = row++;
            body.add(small(l.kind() == Lever.Kind.MONTH ? "Stops people leaving " + regions(s) : l.explanation()), c);
        }
        c.gridy = row++;
        c.insets = new Insets(10, 0, 2, 0);
        changes.setFont(Fonts.SMALL);
        body.add(changes, c);
        JPanel buttons = new JPanel(new java.awt.GridLayout(3, 1, 0, 4));
        save.setFont(Fonts.PLAIN);
        reset.setFont(Fonts.PLAIN);
        compare.setFont(Fonts.PLAIN);
        buttons.add(reset);
        buttons.add(compare);
        buttons.add(save);
        c.gridy = row++;
        c.insets = new Insets(0, 0, 0, 0);
        body.add(buttons, c);
        c.gridy = row;
        c.weighty = 1;
        body.add(new JPanel(), c);
        add(body, BorderLayout.CENTER);
        reset.addActionListener(e -> gui.backToScenario());
        compare.addActionListener(e -> gui.compareWithRunBefore());
        save.addActionListener(e -> gui.saveRecordDialog(this));
        show(s);
        setMonth(ClassroomGui.monthName(0), false);
        showChanges(List.of());
    }

    /** Text wraps to the Console's width (the tab is about 340 px wide inside). */
    static final int TEXT_WIDTH = 320;

    /** The regions the scenario's blockade names, e.g. "Ukraine and N. Caucasus". */
    static String regions(Scenario s) {
        java.util.List<String> names = new java.util.ArrayList<>();
        for (String id : s.params().get("migration.blockade_regions").value().toString().split(",")) {
            for (org.collectivization.model.Region g : org.collectivization.model.Region.ALL) {
                if (g.id.equals(id.trim())) names.add(VillageMap.shortName(g));
            }
        }
        return names.isEmpty() ? "no region" : String.join(" and ", names);
    }

    private static JLabel small(String text) {
        JLabel l = new JLabel(text.length() > 40 ? "<html><div style='width: " + TEXT_WIDTH + "px'>" + text + "</div></html>" : text);
        l.setFont(Fonts.SMALL);
        l.setForeground(NOTE);
        return l;
    }

    @Override
    public java.awt.Dimension getPreferredScrollableViewportSize() {
        return getPreferredSize();
    }

    @Override
    public int getScrollableUnitIncrement(java.awt.Rectangle visible, int orientation, int direction) {
        return 24;
    }

    @Override
    public int getScrollableBlockIncrement(java.awt.Rectangle visible, int orientation, int direction) {
        return visible.height - 24;
    }

    @Override
    public boolean getScrollableTracksViewportWidth() {
        return true;
    }

    @Override
    public boolean getScrollableTracksViewportHeight() {
        return false;
    }

    @Override
    public void updateInspector() {
        // the levers show what the class set; the GUI tells them what the model applied (show)
    }

    /** Shows a scenario's lever values without counting them as changes. */
    void show(Scenario s) {
        updating = true;
        try {
            for (Lever l : Lever.ALL) show(l, s.params().get(l.key()).value());
        } finally {
            updating = false;
        }
    }

    /** Shows one value without counting it as a change. */
    void show(String key, Object value) {
        updating = true;
        try {
            show(Lever.of(key), value);
        } finally {
            updating = false;
        }
    }

    private void show(Lever l, Object value) {
        values.get(l.key()).setText(l.kind() == Lever.Kind.MONTH ? "" : l.format(value));
        if (l.kind() == Lever.Kind.MONTH) {
            boolean on = !"never".equals(value);
            blockadeOn.setSelected(on);
            if (on) blockadeMonth.setSelectedItem(value);
            blockadeMonth.setEnabled(on);
        } else {
            sliders.get(l.key()).setValue(l.positionOf(ranges.get(l.key())[0], (Double) value));
        }
    }

    private void sliderMoved(Lever l, JSlider slider) {
        if (updating) return;
        double v = l.valueAt(ranges.get(l.key())[0], slider.getValue());
        values.get(l.key()).setText(l.format(v));
        gui.leverMoved(l.key(), v);
    }

    private void blockadeChanged() {
        if (updating) return;
        blockadeMonth.setEnabled(blockadeOn.isSelected());
        String v = blockadeOn.isSelected() ? (String) blockadeMonth.getSelectedItem() : "never";
        gui.leverMoved("migration.blockade_from", v);
    }

    /** The month shown, and whether the run is under way (a change then waits for the next month). */
    void setMonth(String nextMonth, boolean running) {
        when.setText(nextMonth == null ? "<html>The run is over.<br>Press \u25a0, then \u25b6 for a new run.</html>"
                : "<html>Next month: <b>" + nextMonth + "</b>.<br>A change takes effect then, and is recorded.</html>");
    }

    void showChanges(List<LeverChange> made) {
        if (made.isEmpty()) {
            changes.setText("Changes this run: none yet.");
            return;
        }
        StringBuilder b = new StringBuilder("<html>Changes this run:");
        int from = Math.max(0, made.size() - 4);
        if (from > 0) b.append(" (" + from + " earlier)");
        for (LeverChange ch : made.subList(from, made.size())) {
            Lever l = Lever.of(ch.key());
            b.append("<br>").append(ch.month()).append(": ").append(l.label()).append(" ").append(l.format(ch.value()));
        }
        changes.setText(b.append("</html>").toString());
    }

    /** Moves a lever as a user would (for tests and demonstrations). */
    void move(String key, Object value) {
        Lever l = Lever.of(key);
        if (l.kind() == Lever.Kind.MONTH) {
            boolean on = !"never".equals(value);
            if (on) {
                updating = true;
                blockadeMonth.setSelectedItem(value);
                updating = false;
            }
            blockadeOn.setSelected(on);
            blockadeChanged();
        } else {
            sliders.get(key).setValue(l.positionOf(ranges.get(key)[0], (Double) value));
        }
    }

    Object shownValue(String key) {
        Lever l = Lever.of(key);
        if (l.kind() == Lever.Kind.MONTH) return blockadeOn.isSelected() ? blockadeMonth.getSelectedItem() : "never";
        return l.valueAt(ranges.get(key)[0], sliders.get(key).getValue());
    }
}
