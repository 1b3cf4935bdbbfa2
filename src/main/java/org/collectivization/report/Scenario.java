package org.collectivization.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * The fully resolved scenario of a run ({@code scenario.yaml}), flattened to one row per parameter.
 * A parameter is a mapping with a {@code value} key (and usually {@code unit}, {@code range},
 * {@code source}); any other mapping is a group whose key becomes part of the dotted path.
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

    /** The key under which a scenario lists its lever changes. */
    static final String LEVER_CHANGES = "lever_changes";

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

    public static Scenario read(Path yaml) throws IOException {
        String text = Files.readString(yaml, StandardCharsets.UTF_8);
        Object root;
        try {
            root = new Load(LoadSettings.builder().setLabel(yaml.toString()).build()).loadFromString(text);
        } catch (YamlEngineException e) {
            throw new IOException(yaml + " is not valid YAML: " + e.getMessage(), e);
        }
        if (root == null) {
            return empty();
        }
        if (!(root instanceof Map<?, ?> map)) {
            throw new IOException(yaml + " must hold a mapping at the top level");
        }
        String name = null;
        String description = null;
        List<Parameter> parameters = new ArrayList<>();
        List<LeverChange> leverChanges = new ArrayList<>();
        for (Map.Entry<?, ?> e : map.entrySet()) {
            String key = String.valueOf(e.getKey());
            if (key.equals(LEVER_CHANGES) && e.getValue() instanceof List<?> list && leverChanges(list, leverChanges)) {
                continue;
            }
            if (key.equals("name") && !(e.getValue() instanceof Map)) {
                name = e.getValue() == null ? null : String.valueOf(e.getValue());
            } else if (key.equals("description") && !(e.getValue() instanceof Map)) {
                description = e.getValue() == null ? null : String.valueOf(e.getValue());
            } else {
                flatten(key, e.getValue(), parameters);
            }
        }
        return new Scenario(name, description, parameters, leverChanges);
    }

    /** Reads a list of {month, key, value} into {@code out}; false (and nothing added) if it is not one. */
    private static boolean leverChanges(List<?> list, List<LeverChange> out) {
        List<LeverChange> read = new ArrayList<>();
        for (Object o : list) {
            if (!(o instanceof Map<?, ?> m) || m.get("month") == null || m.get("key") == null || !m.containsKey("value")) {
                return false;
            }
            read.add(new LeverChange(String.valueOf(m.get("month")), String.valueOf(m.get("key")), m.get("value")));
        }
        out.addAll(read);
        return true;
    }

    private static void flatten(String path, Object node, List<Parameter> out) {
        if (node instanceof Map<?, ?> map && !map.containsKey("value")) {
            for (Map.Entry<?, ?> e : map.entrySet()) {
                flatten(path + "." + e.getKey(), e.getValue(), out);
            }
        } else if (node instanceof Map<?, ?> leaf) {
            Object range = leaf.get("range");
            out.add(new Parameter(path, leaf.get("value"), textOrNull(leaf.get("unit")),
                    range instanceof List<?> list ? Collections.unmodifiableList(new ArrayList<>(list)) : null, textOrNull(leaf.get("source"))));
        } else {
            // a plain value without unit or source: still shown, so that nothing in the file is hidden
            out.add(new Parameter(path, node, null, null, null));
        }
    }

    private static String textOrNull(Object o) {
        return o == null ? null : String.valueOf(o);
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
