package org.collectivization.observe;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.collectivization.model.Calendar;
import org.collectivization.model.CollectivizationModel;
import org.collectivization.model.Region;
import org.collectivization.model.Species;
import org.collectivization.model.Tally;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Records the month's figures at the end of each step (ODD §3, phase 6; §4, Observation), scaled to real-world
 * units. The model does not know it is watched: this Steppable is scheduled by whoever runs the model,
 * after the model's own phases, and only reads.
 *
 * <p>Each column's name, unit and meaning sit beside how its value is read, in one table; the first
 * columns are the output contract of timeseries.csv, in its order; more follow.
 */
public final class Recorder implements Steppable {
    private static final long serialVersionUID = 1L;

    /** How a column's monthly value is read: from the model, scaled by {@code k} (real households per simulated one). */
    private interface Reading {
        double of(Recorder self, CollectivizationModel m, double k);
    }

    /** A column and how its value is read, side by side. */
    private record Entry(Column column, Reading reading) {}

    /** The month's label is kept in {@link #months()}; its cell in a row stays 0. */
    private static final Reading LABEL = (self, m, k) -> 0;

    /** The month (of the year) in which the district officials report the harvest (agents.Officials). */
    public static final int REPORT_MONTH = 9;

    private static final List<Entry> TABLE;
    /** The columns, in order: the output contract first (see {@link Column#contract()}), then more. */
    public static final List<Column> COLUMNS;

    static {
        List<Entry> c = new ArrayList<>();
        contract(c, "month", "YYYY-MM", "flows are that month's; stocks are at its end", LABEL);
        contract(c, "population", "persons", "people in peasant households, deportees included",
                (self, m, k) -> m.total(Tally.POPULATION) * k);
        contract(c, "births", "persons", "births that month", (self, m, k) -> m.total(Tally.BIRTHS) * k);
        contract(c, "deaths", "persons", "deaths that month", (self, m, k) -> m.total(Tally.DEATHS) * k);
        contract(c, "excess_deaths", "persons", "deaths minus deaths at the normal rate (signed)", (self, m, k) -> {
            double excess = 0;
            for (Region g : Region.ALL) excess += m.total(Tally.excessFor(g));
            return excess * k;
        });
        for (Region g : Region.ALL) {
            contract(c, "excess_deaths_" + g.id, "persons", "excess deaths, " + g.displayName + " (region of origin)",
                    (self, m, k) -> m.total(Tally.excessFor(g)) * k);
        }
        contract(c, "grain_harvest_t", "t", "grain harvested that month", (self, m, k) -> m.total(Tally.HARVEST_KG) * k / 1000);
        contract(c, "grain_procured_t", "t", "grain procured by the state that month",
                (self, m, k) -> m.total(Tally.PROCURED_KG) * k / 1000);
        contract(c, "grain_exported_t", "t", "grain exported that month", (self, m, k) -> m.centre.exportedThisMonthT);
        contract(c, "grain_relief_t", "t", "relief grain reaching villages that month",
                (self, m, k) -> m.total(Tally.RELIEF_KG) * k / 1000);
        contract(c, "rural_grain_t", "t", "grain held in the countryside at the month's end (visible, hidden, collective farm stores)",
                (self, m, k) -> (m.total(Tally.GRAIN_KG) + m.total(Tally.HIDDEN_KG) + m.total(Tally.STORE_KG)) * k / 1000);
        contract(c, "hidden_grain_t", "t", "the hidden part", (self, m, k) -> m.total(Tally.HIDDEN_KG) * k / 1000);
        contract(c, "cattle", "head", "at the month's end", herd(Species.CATTLE));
        contract(c, "horses", "head", "at the month's end", herd(Species.HORSES));
        contract(c, "pigs", "head", "at the month's end", herd(Species.PIGS));
        contract(c, "sheep_goats", "head", "at the month's end", herd(Species.SHEEP_GOATS));
        contract(c, "livestock_slaughtered", "head", "slaughtered that month, all species",
                (self, m, k) -> m.total(Tally.SLAUGHTERED) * k);
        contract(c, "collectivized_share", "share", "share of households present in collective farms", (self, m, k) -> {
            double present = m.total(Tally.PRESENT_HOUSEHOLDS);
            return present > 0 ? m.total(Tally.COLLECTIVE_HOUSEHOLDS) / present : 0;
        });
        contract(c, "kulak_labelled_households", "households", "cumulative households labelled kulak",
                (self, m, k) -> self.labelled);
        contract(c, "welloff_households", "households", "households truly well-off by assets at the start",
                (self, m, k) -> m.welloffHouseholds * k);
        contract(c, "dekulakized_people", "persons", "cumulative members of expropriated labelled households",
                (self, m, k) -> self.dekulakized);
        contract(c, "deported_people", "persons", "cumulative people deported", (self, m, k) -> self.deported);
        contract(c, "disturbances", "village-months", "villages with active resistance that month",
                (self, m, k) -> m.total(Tally.DISTURBANCES) * k);
        contract(c, "officials_killed", "persons", "officials and activists killed that month",
                (self, m, k) -> m.total(Tally.OFFICIALS_KILLED) * k);
        contract(c, "pleas", "pleas", "pleas for relief that month (officials and regional secretaries)",
                (self, m, k) -> m.total(Tally.PLEAS) * k + m.centre.secretaryPleasThisMonth);
        contract(c, "fled", "persons", "people who fled that month (those recruited to the towns are in recruited)",
                (self, m, k) -> m.total(Tally.FLED_PEOPLE) * k);
        contract(c, "turned_back", "persons", "people turned back by the blockade that month",
                (self, m, k) -> m.total(Tally.TURNED_BACK) * k);
        contract(c, "shot_at_granaries", "persons", "people shot at collection points that month",
                (self, m, k) -> m.total(Tally.SHOT) * k);
        contract(c, "state_reserve_belief", "0-1", "the centre's belief that peasants hide reserves",
                (self, m, k) -> m.centre.reserveBelief);
        contract(c, "official_mean_zeal", "0-1", "district officials' mean zeal", (self, m, k) -> {
            double officials = m.total(Tally.OFFICIALS);
            return officials > 0 ? m.total(Tally.ZEAL_SUM) / officials : 0;
        });
        more(c, "camels", "head", "at the month's end (Kazakh herders)", herd(Species.CAMELS));
        more(c, "campaign_intensity", "0-1", "the state's collectivization campaign intensity",
                (self, m, k) -> m.centre.campaignIntensity);
        more(c, "procurement_plan_t", "t", "the plan of the current agricultural year", (self, m, k) -> m.centre.planT);
        more(c, "hungry_households", "households", "households whose body reserve is below half",
                (self, m, k) -> m.total(Tally.HUNGRY_HOUSEHOLDS) * k);
        more(c, "grain_seed_t", "t", "grain sown as seed that month", (self, m, k) -> m.total(Tally.SEED_KG) * k / 1000);
        more(c, "grain_food_t", "t", "grain eaten that month", (self, m, k) -> m.total(Tally.FOOD_GRAIN_KG) * k / 1000);
        more(c, "grain_fodder_t", "t", "grain fed to animals that month", (self, m, k) -> m.total(Tally.FODDER_KG) * k / 1000);
        more(c, "deportee_deaths", "persons", "deaths among deportees that month",
                (self, m, k) -> m.total(Tally.DEPORTEE_DEATHS) * k);
        more(c, "purges", "officials", "officials purged that month", (self, m, k) -> m.total(Tally.PURGES) * k);
        more(c, "relief_granted_t", "t", "relief the centre granted that month", (self, m, k) -> {
            double granted = 0;
            for (double t : m.centre.reliefGrantedT) granted += t;
            return granted;
        });
        // The ledger (ODD §2, observation): what the officials told the centre, what the centre believed, and
        // what there was. A report is made once a year, in September, after the harvest of July and August; the
        // true harvest is put beside it in the same row so that the two can be read against each other.
        more(c, "reported_harvest_t", "t", "the harvest the district officials reported to the centre that month"
                        + " (September; 0 in other months)",
                (self, m, k) -> Calendar.monthOfYear(m.month) == REPORT_MONTH ? reported(m, k) : 0);
        more(c, "centre_estimate_t", "t", "the centre's estimate of the year's harvest at the month's end, all regions",
                (self, m, k) -> {
                    double estimate = 0;
                    for (double t : m.centre.estimateT) estimate += t;
                    return estimate;
                });
        more(c, "true_harvest_t", "t", "in the month of the report, the harvest truly gathered that calendar year"
                        + " (0 in other months)",
                (self, m, k) -> Calendar.monthOfYear(m.month) == REPORT_MONTH ? self.harvestThisYearT : 0);
        more(c, "recruited", "persons", "working members recruited to the towns that month (not counted in fled)",
                (self, m, k) -> m.total(Tally.RECRUITED_PEOPLE) * k);
        TABLE = Collections.unmodifiableList(c);
        COLUMNS = TABLE.stream().map(Entry::column).toList();
    }

    private static double reported(CollectivizationModel m, double k) {
        double kg = 0;
        for (double r : m.districts.reportedHarvestKg) kg += r;
        return kg * k / 1000;
    }

    /**
     * The columns of regions.csv after its month and region: each region's figures for the month, so that
     * the plans, the reports' consequences and the famine can be read region by region. Each sums over the
     * regions to the timeseries.csv column of the same meaning (ODD §2, observation): the estimate to
     * centre_estimate_t, the plan to procurement_plan_t until a region's quota is cut in answer to pleas (the
     * centre's plan is not), the rest to grain_procured_t, relief_granted_t, pleas, excess_deaths and grain_relief_t.
     */
    public static final List<Column> REGION_COLUMNS = List.of(
            new Column("centre_estimate_t", "t", "the centre's estimate of the region's harvest at the month's end", false),
            new Column("plan_t", "t", "the region's procurement quota for the agricultural year, after any cuts", false),
            new Column("procured_t", "t", "grain procured in the region that month", false),
            new Column("relief_granted_t", "t", "relief (food and seed) the centre granted the region that month", false),
            new Column("pleas", "pleas", "pleas for relief that month: officials' and the regional secretary's", false),
            new Column("excess_deaths", "persons", "excess deaths that month among people from the region", false),
            new Column("grain_relief_t", "t", "relief grain reaching the region's villages that month", false));

    private static void contract(List<Entry> table, String name, String unit, String meaning, Reading reading) {
        table.add(new Entry(new Column(name, unit, meaning, true), reading));
    }

    private static void more(List<Entry> table, String name, String unit, String meaning, Reading reading) {
        table.add(new Entry(new Column(name, unit, meaning, false), reading));
    }

    private static Reading herd(Species s) {
        return (self, m, k) -> m.total(Tally.herdFor(s.ordinal())) * k;
    }

    private final List<double[]> rows = new ArrayList<>();
    private final List<String> months = new ArrayList<>();
    /** regionRows.get(month)[region.ordinal() * REGION_COLUMNS.size() + column]. */
    private final List<double[]> regionRows = new ArrayList<>();
    private double labelled, dekulakized, deported;
    /** The grain harvested since January, in tonnes (the harvest is gathered in July and August). */
    private double harvestThisYearT;

    public List<double[]> rows() {
        return rows;
    }

    public List<String> months() {
        return months;
    }

    /** Each month's figures by region, as {@link #regionValue} reads them. */
    public List<double[]> regionRows() {
        return regionRows;
    }

    /** A region's figure in a month's row of {@link #regionRows()}. */
    public static double regionValue(double[] regionRow, Region g, String column) {
        for (int i = 0; i < REGION_COLUMNS.size(); i++) {
            if (REGION_COLUMNS.get(i).name().equals(column)) return regionRow[g.ordinal() * REGION_COLUMNS.size() + i];
        }
        throw new IllegalArgumentException("no region column " + column);
    }

    public static int index(String column) {
        for (int i = 0; i < COLUMNS.size(); i++) if (COLUMNS.get(i).name().equals(column)) return i;
        throw new IllegalArgumentException("no column " + column);
    }

    private static double[] byRegion(CollectivizationModel m, double k) {
        int n = REGION_COLUMNS.size();
        double[] row = new double[Region.ALL.length * n];
        for (Region g : Region.ALL) {
            int r = g.ordinal(), at = r * n;
            row[at] = m.centre.estimateT[r];
            row[at + 1] = m.centre.regionQuotaT[r];
            row[at + 2] = m.total(Tally.PROCURED_KG, g) * k / 1000;
            row[at + 3] = m.centre.reliefGrantedT[r];
            row[at + 4] = m.total(Tally.PLEAS, g) * k + (m.centre.secretaryPleaded[r] ? 1 : 0);
            // by region of origin, as the excess_deaths_<region> columns: deportees are counted where they came from
            row[at + 5] = m.total(Tally.excessFor(g)) * k;
            row[at + 6] = m.total(Tally.RELIEF_KG, g) * k / 1000;
        }
        return row;
    }

    @Override
    public void step(SimState s) {
        CollectivizationModel m = (CollectivizationModel) s;
        double k = m.params().run.scale();
        labelled += m.total(Tally.LABELLED_HOUSEHOLDS) * k;
        dekulakized += m.total(Tally.DEKULAKIZED_PEOPLE) * k;
        deported += m.total(Tally.DEPORTED_PEOPLE) * k;
        if (Calendar.monthOfYear(m.month) == 1) harvestThisYearT = 0;
        harvestThisYearT += m.total(Tally.HARVEST_KG) * k / 1000;
        double[] r = new double[TABLE.size()];
        for (int i = 0; i < r.length; i++) r[i] = TABLE.get(i).reading().of(this, m, k);
        rows.add(r);
        regionRows.add(byRegion(m, k));
        months.add(Calendar.label(m.month));
    }
}
