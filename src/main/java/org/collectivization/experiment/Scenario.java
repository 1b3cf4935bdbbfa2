package org.collectivization.experiment;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.concurrent.ConcurrentHashMap;

import org.collectivization.model.Calendar;
import org.collectivization.model.ParamReader;

/**
 * A fully resolved scenario: every parameter with its value, unit, range and source, after the
 * chain of {@code extends} has been applied. It remembers which keys the model read, so that a key
 * nobody reads is reported as unknown (a typo catcher, as MASON's ParameterDatabase does).
 */
public final class Scenario implements ParamReader {
    private final String name;
    private final String description;
    private final Path file;
    private final Map<String, Param> params;
    private final Map<String, List<String>> groups;
    private final List<LeverChange> leverChanges;
    private final Set<String> used = ConcurrentHashMap.newKeySet();

    Scenario(String name, String description, Path file, Map<String, Param> params,
             Map<String, List<String>> groups, List<LeverChange> leverChanges) {
        this.name = name;
        this.description = description;
        this.file = file;
        this.params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
        this.groups = Collections.unmodifiableMap(new LinkedHashMap<>(groups));
        this.leverChanges = List.copyOf(leverChanges);
    }

    public String name() { return name; }

    public String description() { return description; }

    public Path file() { return file; }

    /** Every parameter in file order. */
    public Map<String, Param> params() { return params; }

    Map<String, List<String>> groups() { return groups; }

    /** The lever changes the run applies, each at the start of its month, in the order listed. */
    public List<LeverChange> leverChanges() { return leverChanges; }

    /** The lever changes that apply at the start of step {@code month}, in the order listed. */
    public List<LeverChange> leverChangesAt(int month) {
        List<LeverChange> at = new ArrayList<>();
        for (LeverChange c : leverChanges) if (c.monthIndex() == month) at.add(c);
        return at;
    }

    /** A copy with one lever change applied from now on: a number, or a month ("YYYY-MM" or "never"). */
    public Scenario with(LeverChange c) {
        String why = "lever change of " + c.month();
        if (c.value() instanceof Double) return with(c.key(), (Double) c.value(), why);
        Param p = params.get(c.key());
        if (p == null) {
            throw new ScenarioException(file, c.key(), 0, "unknown key" + Suggest.didYouMean(c.key(), params.keySet()));
        }
        String v = String.valueOf(c.value());
        if (!p.isMonth() || !Param.isMonth(v)) {
            throw new ScenarioException(file, c.key(), 0, "must be " + p.allowed() + ", found '" + v + "' (from " + why + ")");
        }
        Map<String, Param> copy = new LinkedHashMap<>(params);
        copy.put(c.key(), p.withValue(v, p.file(), p.line()).withSource(p.source() + "; set to " + v + " by " + why));
        return new Scenario(name, description, file, copy, groups, leverChanges);
    }

    /** A copy with one numeric parameter replaced (range-checked), as a sweep or a lever change does. */
    public Scenario with(String key, double value, String why) {
        Param p = params.get(key);
        if (p == null) {
            throw new ScenarioException(file, key, 0, "unknown key" + Suggest.didYouMean(key, params.keySet()));
        }
        if (!(p.value() instanceof Double)) {
            throw new ScenarioException(file, key, 0, "holds " + p.kind() + ", not a number");
        }
        // the value comes from 'why', not from the parameter's line in the file
        Loader.checkRange(p, value, file, 0, " (from " + why + ")");
        Map<String, Param> copy = new LinkedHashMap<>(params);
        copy.put(key, p.withValue(value, p.file(), p.line()).withSource(p.source() + "; set to " + Param.fmt(value) + " by " + why));
        return new Scenario(name, description, file, copy, groups, leverChanges);
    }

    /**
     * A copy with every year of a per-year schedule multiplied by {@code factor} (each product
     * range-checked), as a sweep over a multiplier on a schedule does.
     */
    public Scenario scaled(String key, double factor, String why) {
        Param p = params.get(key);
        if (p == null) {
            throw new ScenarioException(file, key, 0, "unknown key" + Suggest.didYouMean(key, params.keySet()));
        }
        if (!(p.value() instanceof SortedMap)) {
            throw new ScenarioException(file, key, 0, "holds " + p.kind() + ", not a per-year schedule; a multiplier (*) applies only to a schedule");
        }
        @SuppressWarnings("unchecked")
        SortedMap<Integer, Double> old = (SortedMap<Integer, Double>) p.value();
        SortedMap<Integer, Double> scaled = new java.util.TreeMap<>();
        for (Map.Entry<Integer, Double> e : old.entrySet()) {
            double v = e.getValue() * factor;
            Loader.checkRange(p, v, file, 0, " (year " + e.getKey() + " x " + Param.fmt(factor) + ", from " + why + ")");
            scaled.put(e.getKey(), v);
        }
        Map<String, Param> copy = new LinkedHashMap<>(params);
        copy.put(key, p.withValue(scaled, p.file(), p.line())
                .withSource(p.source() + "; every year multiplied by " + Param.fmt(factor) + " by " + why));
        return new Scenario(name, description, file, copy, groups, leverChanges);
    }

    private Param get(String key, Class<?> type) {
        Param p = params.get(key);
        if (p == null) {
            throw new IllegalArgumentException("scenario has no parameter '" + key + "'");
        }
        used.add(key);
        if (!type.isInstance(p.value())) {
            throw new ScenarioException(p.file(), key, p.line(), "must be " + kindOf(type) + ", found " + p.kind());
        }
        return p;
    }

    private static String kindOf(Class<?> type) {
        if (type == Double.class) return "a number";
        if (type == Boolean.class) return "true or false";
        if (type == SortedMap.class) return "a mapping from year to number";
        if (type == List.class) return "a list of numbers";
        return "text";
    }

    @Override
    public double number(String key) {
        return (Double) get(key, Double.class).value();
    }

    @Override
    public boolean flag(String key) {
        return (Boolean) get(key, Boolean.class).value();
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<Double> numbers(String key) {
        return (List<Double>) get(key, List.class).value();
    }

    @Override
    public String text(String key) {
        return (String) get(key, String.class).value();
    }

    @Override
    public double byYear(String key, int year) {
        Param p = params.get(key);
        if (p != null && p.value() instanceof Double) {
            used.add(key);
            return (Double) p.value();
        }
        @SuppressWarnings("unchecked")
        SortedMap<Integer, Double> m = (SortedMap<Integer, Double>) get(key, SortedMap.class).value();
        SortedMap<Integer, Double> upTo = m.headMap(year + 1);
        if (upTo.isEmpty()) return m.get(m.firstKey());
        return upTo.get(upTo.lastKey());
    }

    @Override
    public int month(String key) {
        Param p = get(key, String.class);
        String v = (String) p.value();
        if ("never".equals(v)) return Integer.MAX_VALUE;
        if (!v.matches("\\d{4}-(0[1-9]|1[0-2])")) {
            throw new ScenarioException(p.file(), key, p.line(), "must be a month YYYY-MM (or never), found '" + v + "'");
        }
        int m = Calendar.monthIndex(v);
        if (m < -120 || m > 600) {
            throw new ScenarioException(p.file(), key, p.line(), "month " + v + " is far outside the run (1928-10 onward)");
        }
        return m;
    }

    @Override
    public List<String> children(String key) {
        List<String> c = groups.get(key);
        if (c == null) throw new IllegalArgumentException("scenario has no group '" + key + "'");
        return c;
    }

    /** Refuses the scenario if it sets a key the model never read: almost always a typo. */
    public void requireAllKeysKnown() {
        List<String> unknown = new ArrayList<>();
        for (String k : params.keySet()) {
            if (!used.contains(k)) unknown.add(k);
        }
        if (!unknown.isEmpty()) {
            Param p = params.get(unknown.get(0));
            throw new ScenarioException(p.file(), p.key(), p.line(),
                    "unknown key" + Suggest.didYouMean(p.key(), used));
        }
    }
}
