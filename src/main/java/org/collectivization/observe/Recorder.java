package org.collectivization.observe;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.collectivization.model.Centre;
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
 * <p>The first columns are the output contract of timeseries.csv, in its order; more follow.
 */
public final class Recorder implements Steppable {
    private static final long serialVersionUID = 1L;

    public static final List<Column> COLUMNS;

    static {
        List<Column> c = new ArrayList<>();
        c.add(new Column("month", "YYYY-MM", "flows are that month's; stocks are at its end"));
        c.add(new Column("population", "persons", "people in peasant households, deportees included"));
        c.add(new Column("births", "persons", "births that month"));
        c.add(new Column("deaths", "persons", "deaths that month"));
        c.add(new Column("excess_deaths", "persons", "deaths minus deaths at the normal rate (signed)"));
        for (Region g : Region.ALL) {
            c.add(new Column("excess_deaths_" + g.id, "persons", "excess deaths, " + g.displayName + " (region of origin)"));
        }
        c.add(new Column("grain_harvest_t", "t", "grain harvested that month"));
        c.add(new Column("grain_procured_t", "t", "grain procured by the state that month"));
        c.add(new Column("grain_exported_t", "t", "grain exported that month"));
        c.add(new Column("grain_relief_t", "t", "relief grain reaching villages that month"));
        c.add(new Column("rural_grain_t", "t", "grain held in the countryside at the month's end (visible, hidden, collective farm stores)"));
        c.add(new Column("hidden_grain_t", "t", "the hidden part"));
        c.add(new Column("cattle", "head", "at the month's end"));
        c.add(new Column("horses", "head", "at the month's end"));
        c.add(new Column("pigs", "head", "at the month's end"));
        c.add(new Column("sheep_goats", "head", "at the month's end"));
        c.add(new Column("livestock_slaughtered", "head", "slaughtered that month, all species"));
        c.add(new Column("collectivized_share", "share", "share of households present in collective farms"));
        c.add(new Column("kulak_labelled_households", "households", "cumulative households labelled kulak"));
        c.add(new Column("welloff_households", "households", "households truly well-off by assets at the start"));
        c.add(new Column("dekulakized_people", "persons", "cumulative members of expropriated labelled households"));
        c.add(new Column("deported_people", "persons", "cumulative people deported"));
        c.add(new Column("disturbances", "village-months", "villages with active resistance that month"));
        c.add(new Column("officials_killed", "persons", "officials and activists killed that month"));
        c.add(new Column("pleas", "pleas", "pleas for relief that month (officials and regional secretaries)"));
        c.add(new Column("fled", "persons", "people who left for the towns or fled that month"));
        c.add(new Column("turned_back", "persons", "people turned back by the blockade that month"));
        c.add(new Column("shot_at_granaries", "persons", "people shot at collection points that month"));
        c.add(new Column("state_reserve_belief", "0-1", "the centre's belief that peasants hide reserves"));
        c.add(new Column("official_mean_zeal", "0-1", "district officials' mean zeal"));
        c.add(new Column("camels", "head", "at the month's end (Kazakh herders)"));
        c.add(new Column("campaign_intensity", "0-1", "the state's collectivization campaign intensity"));
        c.add(new Column("procurement_plan_t", "t", "the plan of the current agricultural year"));
        c.add(new Column("hungry_households", "households", "households whose body reserve is below half"));
        c.add(new Column("grain_seed_t", "t", "grain sown as seed that month"));
        c.add(new Column("grain_food_t", "t", "grain eaten that month"));
        c.add(new Column("grain_fodder_t", "t", "grain fed to animals that month"));
        c.add(new Column("deportee_deaths", "persons", "deaths among deportees that month"));
        c.add(new Column("purges", "officials", "officials purged that month"));
        c.add(new Column("relief_granted_t", "t", "relief the centre granted that month"));
        COLUMNS = Collections.unmodifiableList(c);
    }

    private final List<double[]> rows = new ArrayList<>();
    private final List<String> months = new ArrayList<>();
    private double labelled, dekulakized, deported;

    public List<double[]> rows() {
        return rows;
    }

    public List<String> months() {
        return months;
    }

    public static int index(String column) {
        for (int i = 0; i < COLUMNS.size(); i++) if (COLUMNS.get(i).name().equals(column)) return i;
        throw new IllegalArgumentException("no column " + column);
    }

    @Override
    public void step(SimState s) {
        CollectivizationModel m = (CollectivizationModel) s;
        double k = m.params().scale();
        Centre st = m.centre;
        labelled += m.total(Tally.LABELLED_HOUSEHOLDS) * k;
        dekulakized += m.total(Tally.DEKULAKIZED_PEOPLE) * k;
        deported += m.total(Tally.DEPORTED_PEOPLE) * k;
        double[] r = new double[COLUMNS.size()];
        int i = 1;
        r[i++] = m.total(Tally.POPULATION) * k;
        r[i++] = m.total(Tally.BIRTHS) * k;
        r[i++] = m.total(Tally.DEATHS) * k;
        double excess = 0;
        for (Region g : Region.ALL) excess += m.total(Tally.excessFor(g));
        r[i++] = excess * k;
        for (Region g : Region.ALL) r[i++] = m.total(Tally.excessFor(g)) * k;
        r[i++] = m.total(Tally.HARVEST_KG) * k / 1000;
        r[i++] = m.total(Tally.PROCURED_KG) * k / 1000;
        r[i++] = st.exportedThisMonthT;
        r[i++] = m.total(Tally.RELIEF_KG) * k / 1000;
        r[i++] = (m.total(Tally.GRAIN_KG) + m.total(Tally.HIDDEN_KG) + m.total(Tally.STORE_KG)) * k / 1000;
        r[i++] = m.total(Tally.HIDDEN_KG) * k / 1000;
        r[i++] = m.total(Tally.herdFor(Species.CATTLE.ordinal())) * k;
        r[i++] = m.total(Tally.herdFor(Species.HORSES.ordinal())) * k;
        r[i++] = m.total(Tally.herdFor(Species.PIGS.ordinal())) * k;
        r[i++] = m.total(Tally.herdFor(Species.SHEEP_GOATS.ordinal())) * k;
        r[i++] = m.total(Tally.SLAUGHTERED) * k;
        double present = m.total(Tally.PRESENT_HOUSEHOLDS);
        r[i++] = present > 0 ? m.total(Tally.COLLECTIVE_HOUSEHOLDS) / present : 0;
        r[i++] = labelled;
        r[i++] = m.welloffHouseholds * k;
        r[i++] = dekulakized;
        r[i++] = deported;
        r[i++] = m.total(Tally.DISTURBANCES) * k;
        r[i++] = m.total(Tally.OFFICIALS_KILLED) * k;
        r[i++] = m.total(Tally.PLEAS) * k + st.secretaryPleasThisMonth;
        r[i++] = m.total(Tally.FLED_PEOPLE) * k;
        r[i++] = m.total(Tally.TURNED_BACK) * k;
        r[i++] = m.total(Tally.SHOT) * k;
        r[i++] = st.reserveBelief;
        double officials = m.total(Tally.OFFICIALS);
        r[i++] = officials > 0 ? m.total(Tally.ZEAL_SUM) / officials : 0;
        r[i++] = m.total(Tally.herdFor(Species.CAMELS.ordinal())) * k;
        r[i++] = st.campaignIntensity;
        r[i++] = st.planT;
        r[i++] = m.total(Tally.HUNGRY_HOUSEHOLDS) * k;
        r[i++] = m.total(Tally.SEED_KG) * k / 1000;
        r[i++] = m.total(Tally.FOOD_GRAIN_KG) * k / 1000;
        r[i++] = m.total(Tally.FODDER_KG) * k / 1000;
        r[i++] = m.total(Tally.DEPORTEE_DEATHS) * k;
        r[i++] = m.total(Tally.PURGES) * k;
        double granted = 0;
        for (double t : st.reliefGrantedT) granted += t;
        r[i++] = granted;
        if (i != COLUMNS.size()) throw new IllegalStateException("recorder columns out of step");
        rows.add(r);
        months.add(Calendar.label(m.month));
    }
}
