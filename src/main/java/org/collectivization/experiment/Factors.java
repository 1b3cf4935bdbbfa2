package org.collectivization.experiment;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * The factors of an attribution, read from a factors file: each a named group of parameter values that
 * switches one cause off, moving a scenario towards its counterfactual, and the pairs of factors whose
 * combination the ODD calls incoherent. A combination (a cell) is a bitmask over the factors: bit i set
 * means cause i is present as in the scenario, clear means factor i's values are applied. Two factors
 * may not set the same key, so every combination is the scenario with the union of its switched-off
 * factors' values, the same whatever the order they are applied in.
 *
 * <pre>
 * factors:
 *   blockade:
 *     cause: "the blockade of January 1933"
 *     source: "scenarios/no-blockade.yaml"
 *     set:
 *       migration.blockade_from: never
 * incoherent:
 *   - {present: dekulakization, absent: forced_collectivization, odd: "4.8", why: "..."}
 * </pre>
 */
public final class Factors {
    /** One factor: its name, the cause in words, its source, the keys it sets with their lines. */
    public record Factor(String name, String cause, String source, Map<String, Node> values, int line) {
        public List<String> keys() {
            return List.copyOf(values.keySet());
        }
    }

    /** A combination the ODD calls incoherent: cause {@code present} kept while cause {@code absent} is switched off. */
    public record Incoherent(String present, String absent, String odd, String why) {
        /** The sentence the report and the cells' descriptions carry. */
        public String text() {
            // the cells' descriptions join these with "; ", and the report splits them there
            return (present + " present while " + absent + " is switched off (ODD " + odd + "): " + why).replace(";", ",");
        }
    }

    private static final Set<String> TOP = Set.of("factors", "incoherent");
    private static final List<String> FACTOR_FIELDS = List.of("cause", "source", "set");
    private static final List<String> PAIR_FIELDS = List.of("present", "absent", "odd", "why");

    private final Path file;
    private final List<Factor> factors;
    private final List<Incoherent> incoherent;

    private Factors(Path file, List<Factor> factors, List<Incoherent> incoherent) {
        this.file = file;
        this.factors = List.copyOf(factors);
        this.incoherent = List.copyOf(incoherent);
    }

    public Path file() {
        return file;
    }

    public List<Factor> factors() {
        return factors;
    }

    public int size() {
        return factors.size();
    }

    public List<Incoherent> incoherent() {
        return incoherent;
    }

    public List<String> names() {
        List<String> n = new ArrayList<>();
        for (Factor f : factors) n.add(f.name());
        return n;
    }

    /**
     * Reads and checks the factors file against {@code base}: every key a parameter of the scenario, each
     * value of its kind and in its range, each key set by one factor only, and each factor changing
     * something. Every refusal is a {@link ScenarioException} naming the factors file and line.
     */
    public static Factors load(Path file, Scenario base, int maxFactors) {
        MappingNode root = Loader.readRoot(file);
        Map<String, Node> top = new LinkedHashMap<>();
        for (NodeTuple t : root.getValue()) {
            String k = word(t.getKeyNode(), file, "");
            if (!TOP.contains(k)) {
                throw new ScenarioException(file, k, Loader.line(t.getKeyNode()), "a factors file holds only factors and incoherent"
                        + Suggest.didYouMean(k, TOP));
            }
            top.put(k, t.getValueNode());
        }
        Node fs = top.get("factors");
        if (!(fs instanceof MappingNode fm) || fm.getValue().isEmpty()) {
            throw new ScenarioException(file, "factors", fs == null ? 0 : Loader.line(fs),
                    "needs factors: a mapping of factor names to {cause, source, set}");
        }
        if (fm.getValue().size() > maxFactors) {
            throw new ScenarioException(file, "factors", Loader.line(fs), fm.getValue().size() + " factors; at most " + maxFactors);
        }
        List<Factor> factors = new ArrayList<>();
        Map<String, String> owner = new LinkedHashMap<>();
        Map<String, Integer> ownerLine = new LinkedHashMap<>();
        for (NodeTuple t : fm.getValue()) {
            String name = word(t.getKeyNode(), file, "factors");
            Factor f = factor(file, base, name, t.getValueNode(), Loader.line(t.getKeyNode()));
            for (Map.Entry<String, Node> e : f.values().entrySet()) {
                String before = owner.putIfAbsent(e.getKey(), name);
                if (before != null) {
                    throw new ScenarioException(file, e.getKey(), Loader.line(e.getValue()), "is set by factor " + before
                            + " (line " + ownerLine.get(e.getKey()) + ") and by factor " + name + "; a key belongs to one factor only");
                }
                ownerLine.put(e.getKey(), Loader.line(e.getValue()));
            }
            factors.add(f);
        }
        List<Incoherent> pairs = new ArrayList<>();
        Node inc = top.get("incoherent");
        if (inc != null) {
            if (!(inc instanceof SequenceNode seq)) {
                throw new ScenarioException(file, "incoherent", Loader.line(inc), "must be a list of {present, absent, odd, why}");
            }
            List<String> names = new ArrayList<>();
            for (Factor f : factors) names.add(f.name());
            for (Node n : seq.getValue()) pairs.add(pair(file, n, names));
        }
        Factors out = new Factors(file, factors, pairs);
        for (int i = 0; i < factors.size(); i++) {
            Scenario alone = out.cell(base, ((1 << factors.size()) - 1) & ~(1 << i));
            if (Study.changes(base, alone).isEmpty()) {
                Factor f = factors.get(i);
                throw new ScenarioException(file, f.name(), f.line(), "changes nothing: every value it sets is already "
                        + base.name() + "'s, so its share would be zero by construction");
            }
        }
        return out;
    }

    private static Factor factor(Path file, Scenario base, String name, Node node, int nameLine) {
        int line = Loader.line(node);
        if (!(node instanceof MappingNode m)) {
            throw new ScenarioException(file, name, line, "a factor is {cause, source, set: {key: value, ...}}");
        }
        Map<String, Node> fields = new LinkedHashMap<>();
        for (NodeTuple t : m.getValue()) {
            String k = word(t.getKeyNode(), file, name);
            if (!FACTOR_FIELDS.contains(k)) {
                throw new ScenarioException(file, name + "." + k, Loader.line(t.getKeyNode()),
                        "a factor has only cause, source and set" + Suggest.didYouMean(k, FACTOR_FIELDS));
            }
            fields.put(k, t.getValueNode());
        }
        String cause = text(file, name, "cause", fields.get("cause"), line);
        String source = text(file, name, "source", fields.get("source"), line);
        Node set = fields.get("set");
        if (!(set instanceof MappingNode sm) || sm.getValue().isEmpty()) {
            throw new ScenarioException(file, name + ".set", set == null ? line : Loader.line(set),
                    "needs set: a mapping of parameter keys (e.g. migration.blockade_from) to the values that switch the cause off");
        }
        Map<String, Node> values = new LinkedHashMap<>();
        for (NodeTuple t : sm.getValue()) {
            String key = word(t.getKeyNode(), file, name + ".set");
            int ln = Loader.line(t.getKeyNode());
            if (!base.params().containsKey(key)) {
                throw new ScenarioException(file, key, ln, "is not a parameter of " + base.name()
                        + " (name each parameter in full, e.g. migration.blockade_from)" + Suggest.didYouMean(key, base.params().keySet()));
            }
            if (key.startsWith("run.")) {
                throw new ScenarioException(file, key, ln, "a run's own settings (run.*) are the same in every combination");
            }
            values.put(key, t.getValueNode());
        }
        Loader.overridden(base, file, values, base.description());
        return new Factor(name, cause, source, values, nameLine);
    }

    private static Incoherent pair(Path file, Node n, List<String> names) {
        int line = Loader.line(n);
        String shape = "an incoherent combination is {present: FACTOR, absent: FACTOR, odd: \"section\", why: \"...\"}";
        if (!(n instanceof MappingNode m)) throw new ScenarioException(file, "incoherent", line, shape);
        Map<String, Node> f = new LinkedHashMap<>();
        for (NodeTuple t : m.getValue()) {
            String k = word(t.getKeyNode(), file, "incoherent");
            if (!PAIR_FIELDS.contains(k)) {
                throw new ScenarioException(file, "incoherent." + k, line, shape + Suggest.didYouMean(k, PAIR_FIELDS));
            }
            f.put(k, t.getValueNode());
        }
        String present = text(file, "incoherent", "present", f.get("present"), line);
        String absent = text(file, "incoherent", "absent", f.get("absent"), line);
        for (String x : List.of(present, absent)) {
            if (!names.contains(x)) {
                throw new ScenarioException(file, "incoherent", line, "names no factor '" + x + "'" + Suggest.didYouMean(x, names));
            }
        }
        if (present.equals(absent)) throw new ScenarioException(file, "incoherent", line, "pairs " + present + " with itself");
        return new Incoherent(present, absent, text(file, "incoherent", "odd", f.get("odd"), line),
                text(file, "incoherent", "why", f.get("why"), line));
    }

    private static String word(Node k, Path file, String path) {
        if (!(k instanceof ScalarNode s) || !s.getValue().matches("[A-Za-z0-9_.-]+")) {
            throw new ScenarioException(file, path, Loader.line(k), "keys must be plain words (letters, digits, _, - and .)");
        }
        return s.getValue();
    }

    private static String text(Path file, String where, String field, Node n, int line) {
        if (n == null) throw new ScenarioException(file, where, line, "has no " + field);
        if (!(n instanceof ScalarNode s) || !Tag.STR.equals(s.getTag()) || s.getValue().isBlank()) {
            throw new ScenarioException(file, where + "." + field, Loader.line(n), "must be text");
        }
        return s.getValue();
    }

    /** Whether cause i is present in a cell. */
    public static boolean present(int cell, int i) {
        return (cell >> i & 1) != 0;
    }

    /** A cell's label: one digit per factor in the file's order, 1 where the cause is present, 0 where switched off. */
    public String label(int cell) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < factors.size(); i++) b.append(present(cell, i) ? '1' : '0');
        return b.toString();
    }

    /** The cell a label names, or -1. */
    public static int cellOf(String label) {
        if (!label.matches("[01]{1,30}")) return -1;
        int cell = 0;
        for (int i = 0; i < label.length(); i++) if (label.charAt(i) == '1') cell |= 1 << i;
        return cell;
    }

    /** The incoherent combinations a cell holds, as sentences; empty when none. */
    public List<String> incoherence(int cell) {
        List<String> out = new ArrayList<>();
        List<String> names = names();
        for (Incoherent p : incoherent) {
            if (present(cell, names.indexOf(p.present())) && !present(cell, names.indexOf(p.absent()))) out.add(p.text());
        }
        return out;
    }

    /**
     * The scenario of a cell: {@code base} with the values of every factor switched off in it, each value's
     * source naming its factor. Its description says what is switched off and what is incoherent.
     */
    public Scenario cell(Scenario base, int cell) {
        Map<String, Node> values = new LinkedHashMap<>();
        List<String> off = new ArrayList<>();
        for (int i = 0; i < factors.size(); i++) {
            if (present(cell, i)) continue;
            values.putAll(factors.get(i).values());
            off.add(factors.get(i).name());
        }
        String description = off.isEmpty() ? "every cause present, as in " + base.name()
                : "switched off: " + String.join(", ", off);
        List<String> inc = incoherence(cell);
        if (!inc.isEmpty()) description += "; incoherent: " + String.join("; ", inc);
        Scenario s = Loader.overridden(base, file, values, description);
        Map<String, Param> params = new LinkedHashMap<>(s.params());
        for (int i = 0; i < factors.size(); i++) {
            if (present(cell, i)) continue;
            Factor f = factors.get(i);
            for (String key : f.keys()) {
                Param p = params.get(key), b = base.params().get(key);
                boolean own = b == null || !Objects.equals(p.source(), b.source());
                params.put(key, p.withSource("factor " + f.name() + " (" + f.cause() + "): "
                        + (own ? p.source() : f.source())));
            }
        }
        return new Scenario(s.name(), s.description(), s.file(), params, s.groups(), s.leverChanges());
    }
}
