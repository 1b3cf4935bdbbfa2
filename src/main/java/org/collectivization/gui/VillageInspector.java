package org.collectivization.gui;

import java.awt.BorderLayout;
import java.util.Locale;

import javax.swing.BorderFactory;
import javax.swing.JLabel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.table.AbstractTableModel;

import org.collectivization.model.CollectivizationModel;
import org.collectivization.model.HouseholdTable;
import org.collectivization.model.Params;
import org.collectivization.model.Region;
import org.collectivization.model.Species;
import org.collectivization.model.VillageTable;
import sim.portrayal.Inspector;

/**
 * A village's households, one row each, as they stand at the end of the month: where the household is,
 * its members, its farm (collective, its own, or a herd), the "kulak" label, its grain, animals and body
 * reserve, and whether it resisted this month. Read from the model's tables when the Console updates its inspectors.
 */
final class VillageInspector extends Inspector {
    private static final long serialVersionUID = 1L;
    private static final String[] COLUMNS = {"#", "where", "people", "grain kg", "reserve", "farm", "kulak",
        "hidden kg", "cattle", "horses", "pigs", "sheep", "resisting"};
    private static final int[] WIDTHS = {32, 88, 72, 78, 80, 88, 56, 84, 62, 66, 50, 60, 80};

    private final ClassroomGui gui;
    private final int village;
    private final JLabel summary = new JLabel();
    private final Rows rows = new Rows();

    VillageInspector(ClassroomGui gui, int village) {
        this.gui = gui;
        this.village = village;
        setLayout(new BorderLayout(0, 6));
        setBorder(BorderFactory.createEmptyBorder(6, 6, 6, 6));
        summary.setFont(Fonts.SMALL);
        add(summary, BorderLayout.NORTH);
        JTable table = new JTable(rows);
        table.setFont(Fonts.PLAIN);
        table.getTableHeader().setFont(Fonts.BOLD);
        table.setRowHeight(Fonts.TEXT + 8);
        table.setAutoResizeMode(JTable.AUTO_RESIZE_OFF);
        for (int c = 0; c < COLUMNS.length; c++) table.getColumnModel().getColumn(c).setPreferredWidth(WIDTHS[c]);
        add(new JScrollPane(table), BorderLayout.CENTER);
        setTitle(title());
        updateInspector();
    }

    private String title() {
        CollectivizationModel m = gui.model();
        return "Village " + (village + 1) + ", " + Region.ALL[m.villages.region[village]].displayName;
    }

    @Override
    public void updateInspector() {
        CollectivizationModel m = gui.model();
        if (m == null || m.villages == null || village >= m.villages.size) return;
        VillageTable v = m.villages;
        HouseholdTable h = m.households;
        int present = 0, collective = 0, hungry = 0, kulak = 0, deported = 0, fled = 0, extinct = 0, persons = 0;
        double half = m.params().food.bodyReserveMonths() / 2;
        for (int i = v.firstHousehold[village]; i < v.firstHousehold[village] + v.householdCount[village]; i++) {
            if (h.is(i, HouseholdTable.KULAK)) kulak++;
            switch (h.status[i]) {
                case HouseholdTable.PRESENT -> {
                    present++;
                    persons += h.members[i];
                    if (h.is(i, HouseholdTable.COLLECTIVE)) collective++;
                    if (h.reserveMonths[i] < half) hungry++;
                }
                case HouseholdTable.DEPORTED -> deported++;
                case HouseholdTable.FLED -> fled++;
                default -> extinct++;
            }
        }
        Params p = m.params();
        summary.setText(String.format(Locale.ROOT, "<html><b>%s</b>, district %d<br>%s%s<br>"
                        + "Households: %d at the start, %d still here;<br>"
                        + "%d in the collective farm, %d hungry; %d people.<br>"
                        + "Labelled kulak %d; deported %d; fled %d;<br>died out %d.<br>"
                        + "Collective farm's store: %,.0f kg of grain.<br>"
                        + "<i>One household stands for about %,.0f.<br>"
                        + "Reserve: months of body reserve left (full: %.0f).</i></html>",
                title(), v.district[village] + 1, gui.monthName(), v.blacklisted[village] ? " &mdash; <b>blacklisted</b>" : "",
                v.householdCount[village], present, collective, hungry, persons, kulak, deported, fled, extinct,
                v.storeKg[village], p.run.scale(), p.food.bodyReserveMonths()));
        rows.fireTableDataChanged();
    }

    private final class Rows extends AbstractTableModel {
        private static final long serialVersionUID = 1L;

        @Override
        public int getRowCount() {
            CollectivizationModel m = gui.model();
            return m == null || m.villages == null ? 0 : m.villages.householdCount[village];
        }

        @Override
        public int getColumnCount() {
            return COLUMNS.length;
        }

        @Override
        public String getColumnName(int c) {
            return COLUMNS[c];
        }

        @Override
        public Object getValueAt(int row, int c) {
            CollectivizationModel m = gui.model();
            HouseholdTable h = m.households;
            int i = m.villages.firstHousehold[village] + row;
            boolean here = h.status[i] == HouseholdTable.PRESENT;
            return switch (c) {
                case 0 -> row + 1;
                case 1 -> switch (h.status[i]) {
                    case HouseholdTable.PRESENT -> "in village";
                    case HouseholdTable.DEPORTED -> "deported";
                    case HouseholdTable.FLED -> "fled";
                    default -> "died out";
                };
                case 2 -> (int) h.members[i];
                case 3 -> here ? Math.round(h.grainKg[i]) : "";
                case 4 -> here ? String.format(Locale.ROOT, "%.1f", h.reserveMonths[i]) : "";
                case 5 -> h.is(i, HouseholdTable.HERDER) ? "herder" : h.is(i, HouseholdTable.COLLECTIVE) ? "collective" : "own";
                case 6 -> h.is(i, HouseholdTable.KULAK) ? "yes" : "";
                case 7 -> here ? Math.round(h.hiddenKg[i]) : "";
                case 8 -> here ? heads(h, Species.CATTLE, i) : "";
                case 9 -> here ? heads(h, Species.HORSES, i) : "";
                case 10 -> here ? heads(h, Species.PIGS, i) : "";
                case 11 -> here ? heads(h, Species.SHEEP_GOATS, i) : "";
                case 12 -> here && h.is(i, HouseholdTable.ACTIVE) ? "yes" : "";
                default -> "";
            };
        }

        private String heads(HouseholdTable h, Species s, int i) {
            return String.format(Locale.ROOT, "%.1f", h.animals[s.ordinal()][i]);
        }
    }
}
