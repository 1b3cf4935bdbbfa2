package org.collectivization.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

import org.collectivization.experiment.Loader;
import org.collectivization.experiment.Param;
import org.collectivization.experiment.ScenarioException;

/**
 * The fully resolved scenario of a run ({@code scenario.yaml}) as the report shows it: one row per
 * parameter (its dotted path, value, unit, range and source) and the lever changes. Read by
 * {@code experiment.Loader}, as every scenario file is, never by a parser of the report's own.
 */
public final class Scenario {

    /** One parameter: its dotted path and what the scenario file says about it. */
    public record Parameter(String path, Object value, String unit, List<?> range, String source) {
    }

    /** A lever set to a new value from the start of a month ({@code lever_changes}: what the classroom GUI records). */
    public record LeverChange(String month, String key, Object value) {
        /** The month as a date, if it is one (the loader admits only YYYY-MM; a hand-edited folder may hold anything). */
        public java.util.Optional<java.time.YearMonth> yearMonth() {
            try {
                return java.util.Optional.of(java.time.YearMonth.parse(month));
            } catch (java.time.format.DateTimeParseException e) {
                return java.util.Optional.empty();
            }
        }
    }

    private final String name;
    private final String description;
    private final List<Parameter> parameters;
    private final List<LeverChange> leverChanges;

    public Scenario(String name, String description, List<Parameter> parameters) {
        this(name, description, parameters, List.of());
    }

    public Scenario(String name, String description, List<Parameter> parameters, List<LeverChange> leverChanges) {
        this.name = name;
        this.description = description;
        this.parameters = List.copyOf(parameters);
        this.leverChanges = List.copyOf(leverChanges);
    }

    public static Scenario empty() {
        return new Scenario(null, null, List.of());
    }

    /**
     * Reads a run's {@code scenario.yaml} with the scenario loader, the one reader of scenario files, and
     * shows it as the report does: every parameter in file order, and the lever changes.
     */
    public static Scenario read(Path yaml) throws IOException {
        try {
            return of(Loader.load(yaml));
        } catch (ScenarioException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    /** The report's view of a loaded scenario. */
    public static Scenario of(org.collectivization.experiment.Scenario s) {
        List<Parameter> parameters = new ArrayList<>();
        for (Param p : s.params().values()) {
            List<?> range = p.min() == null ? null : List.of(p.min(), p.max());
            parameters.add(new Parameter(p.key(), p.value(), p.unit(), range, p.source()));
        }
        List<LeverChange> changes = new ArrayList<>();
        for (org.collectivization.experiment.LeverChange c : s.leverChanges()) {
            changes.add(new LeverChange(c.month(), c.key(), c.value()));
        }
        return new Scenario(s.name(), s.description(), parameters, changes);
    }

    public Optional<String> name() {
        return Optional.ofNullable(name).filter(s -> !s.isBlank());
    }

    public Optional<String> description() {
        return Optional.ofNullable(description).filter(s -> !s.isBlank());
    }

    public List<Parameter> parameters() {
        return parameters;
    }

    /** The run's lever changes, in the order the scenario lists them (by month). */
    public List<LeverChange> leverChanges() {
        return leverChanges;
    }

    public Optional<Parameter> parameter(String path) {
        return parameters.stream().filter(p -> p.path().equals(path)).findFirst();
    }

    /** The numeric value of a parameter, if the scenario has it and it is a number. */
    public OptionalDouble number(String path) {
        return parameter(path)
                .filter(p -> p.value() instanceof Number)
                .map(p -> OptionalDouble.of(((Number) p.value()).doubleValue()))
                .orElse(OptionalDouble.empty());
    }
}
