package org.collectivization.experiment;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.collectivization.model.Region;

/**
 * What a study records of each replicate: the figures of the run's {@code summary.json} that a
 * comparison tests (one number each), and the monthly series its charts draw with a band.
 */
public final class Metrics {
    private Metrics() {}

    /** How a figure is counted, which decides how a sentence states a difference in it. */
    public enum Kind { PEOPLE, HOUSEHOLDS, TONNES, SHARE }

    /**
     * One figure: its column name (a summary.json key), a phrase for a reader, its kind, and whether it can
     * be negative (excess deaths can: fewer deaths than at the normal rate; counts of people, households
     * and tonnes cannot).
     */
    public record Metric(String id, String phrase, Kind kind, boolean signed) {
        Metric(String id, String phrase, Kind kind) {
            this(id, phrase, kind, kind == Kind.SHARE);
        }
    }

    /** A monthly series of {@code timeseries.csv}; a stock is drawn at its month's end, a flow mid-month. */
    public record Series(String column, String title, String axis, boolean stock, boolean share) {}

    public static final List<Metric> ALL;

    static {
        List<Metric> m = new ArrayList<>();
        m.add(new Metric("excess_deaths_total", "famine deaths (excess deaths, 1930\u20131934)", Kind.PEOPLE, true));
        for (Region g : Region.ALL) {
            m.add(new Metric("excess_deaths_" + g.id, "famine deaths in " + regionPhrase(g), Kind.PEOPLE, true));
        }
        m.add(new Metric("excess_deaths_whole_run", "excess deaths over the whole run", Kind.PEOPLE, true));
        m.add(new Metric("dekulakized_people", "people dekulakized", Kind.PEOPLE));
        m.add(new Metric("deported_people", "people deported", Kind.PEOPLE));
        m.add(new Metric("kulak_labelled_households", "households labelled kulak", Kind.HOUSEHOLDS));
        m.add(new Metric("officials_killed_1930", "officials and activists killed in 1930", Kind.PEOPLE));
        m.add(new Metric("officials_killed_total", "officials and activists killed", Kind.PEOPLE));
        m.add(new Metric("grain_procured_total_t", "grain procured", Kind.TONNES));
        m.add(new Metric("grain_exported_total_t", "grain exported", Kind.TONNES));
        m.add(new Metric("grain_relief_total_t", "relief grain", Kind.TONNES));
        for (String sp : RunResult.SPECIES) {
            m.add(new Metric(sp + "_loss_share", "change in " + sp.replace("_", " and ")
                    + " from January 1929 to January 1934", Kind.SHARE));
        }
        ALL = Collections.unmodifiableList(m);
    }

    /** The series the comparison charts draw, one chart each. */
    public static final List<Series> SERIES = List.of(
            new Series("excess_deaths", "Famine deaths per month", "deaths per month", false, false),
            new Series("hungry_households", "Households going hungry", "households", true, false),
            new Series("rural_grain_t", "Grain held in the countryside", "tonnes", true, false),
            new Series("cattle", "Cattle", "head", true, false),
            new Series("collectivized_share", "Share of households in collective farms", "% of households", true, true));

    public static List<String> ids() {
        List<String> ids = new ArrayList<>();
        for (Metric m : ALL) ids.add(m.id());
        return ids;
    }

    public static int index(String id) {
        for (int i = 0; i < ALL.size(); i++) if (ALL.get(i).id().equals(id)) return i;
        throw new IllegalArgumentException("no metric " + id);
    }

    private static String regionPhrase(Region g) {
        return switch (g) {
            case UKRAINE, KAZAKHSTAN -> g.displayName;
            case NORTH_CAUCASUS, VOLGA -> "the " + g.displayName;
            case CENTRAL_BLACK_EARTH -> "the Central Black Earth region";
            case SIBERIA_URALS -> "Siberia and the Urals";
            case REST -> "the rest of the USSR";
        };
    }

    /** The figures of a finished run, in the order of {@link #ALL}. */
    @SuppressWarnings("unchecked")
    public static double[] of(RunResult r) {
        Map<String, Object> s = r.summary();
        Map<String, Object> byRegion = (Map<String, Object>) s.get("excess_deaths_by_region");
        double[] v = new double[ALL.size()];
        for (int i = 0; i < v.length; i++) {
            String id = ALL.get(i).id();
            Object o = id.startsWith("excess_deaths_") && byRegion.containsKey(id.substring("excess_deaths_".length()))
                    ? byRegion.get(id.substring("excess_deaths_".length())) : s.get(id);
            if (!(o instanceof Number)) throw new IllegalStateException("summary has no figure " + id);
            v[i] = ((Number) o).doubleValue();
        }
        return v;
    }
}
