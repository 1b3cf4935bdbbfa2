package org.collectivization.gui;

import org.collectivization.model.CollectivizationModel;
import org.collectivization.model.HouseholdTable;
import org.collectivization.model.Species;
import org.collectivization.model.VillageTable;

/**
 * What the map shows of each village at the end of a month, read from the model's tables (never
 * written back). Computed on the model's thread after the month's last phase; the map paints from it,
 * so a month is drawn whole even while the next one runs.
 */
final class VillageStats {
    /** Livestock units per head: cattle, horses, pigs, sheep and goats, camels (FAO-style, approx.). */
    static final double[] LIVESTOCK_UNITS = {1.0, 1.0, 0.3, 0.1, 1.0};

    final String month;
    final double[] hungryShare;
    final double[] grainPerPersonKg;
    final double[] collectivizedShare;
    final double[] livestockPerHousehold;
    final double[] unrestShare;
    final double[] goneShare;

    private VillageStats(String month, int n) {
        this.month = month;
        hungryShare = new double[n];
        grainPerPersonKg = new double[n];
        collectivizedShare = new double[n];
        livestockPerHousehold = new double[n];
        unrestShare = new double[n];
        goneShare = new double[n];
    }

    static VillageStats of(CollectivizationModel m, String month) {
        VillageTable v = m.villages;
        HouseholdTable h = m.households;
        VillageStats s = new VillageStats(month, v.size);
        double halfReserve = m.params().food.bodyReserveMonths() / 2;  // "hungry" as the model counts it (ODD 4.13)
        for (int k = 0; k < v.size; k++) {
            int present = 0, persons = 0, gone = 0, hungry = 0, collective = 0;
            double grain = v.storeKg[k], units = 0;
            for (int sp = 0; sp < Species.COUNT; sp++) units += v.herd[sp][k] * LIVESTOCK_UNITS[sp];
            for (int i = v.firstHousehold[k]; i < v.firstHousehold[k] + v.householdCount[k]; i++) {
                byte status = h.status[i];
                if (status == HouseholdTable.DEPORTED || status == HouseholdTable.EXTINCT) gone++;
                if (status != HouseholdTable.PRESENT) continue;
                present++;
                persons += h.members[i];
                if (h.reserveMonths[i] < halfReserve) hungry++;
                if (h.is(i, HouseholdTable.COLLECTIVE)) collective++;
                grain += h.grainKg[i] + h.hiddenKg[i];
                for (int sp = 0; sp < Species.COUNT; sp++) units += h.animals[sp][i] * LIVESTOCK_UNITS[sp];
            }
            // a village with no one left has no hunger, grain or herd to show: NaN, drawn as "no one left"
            double none = Double.NaN;
            s.hungryShare[k] = present > 0 ? (double) hungry / present : none;
            s.collectivizedShare[k] = present > 0 ? (double) collective / present : none;
            s.grainPerPersonKg[k] = persons > 0 ? grain / persons : none;
            s.livestockPerHousehold[k] = present > 0 ? units / present : none;
            s.unrestShare[k] = present > 0 ? (double) v.activeHouseholds[k] / present : none;
            s.goneShare[k] = v.householdCount[k] > 0 ? (double) gone / v.householdCount[k] : 0;
        }
        return s;
    }
}
