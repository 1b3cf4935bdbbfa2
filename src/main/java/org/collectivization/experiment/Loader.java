package org.collectivization.experiment;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

import org.collectivization.model.Calendar;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * Reads scenario files. A root scenario declares every parameter as
 * {@code {value, unit, range, source}}; a scenario that {@code extends} another changes values only
 * (a bare value, or {@code {value, source}}), and only of keys its parent declares.
 *
 * <p>YAML is read as a tree of plain nodes, never into Java objects; aliases, nesting depth, node
 * count and file size are bounded, so a hostile file cannot build objects or exhaust memory.
 */
public final class Loader {
    static final long MAX_FILE_BYTES = 1_000_000;
    static final int MAX_DEPTH = 12;
    static final int MAX_NODES = 50_000;
    static final String LEVER_CHANGES = "lever_changes";
    private static final List<String> CHANGE_FIELDS = List.of("month", "key", "value");
    private static final String CHANGE_SHAPE = "a lever change is {month: \"YYYY-MM\", key: <parameter>, value: <number or month>}";
    private static final Set<String> TOP_LEVEL = Set.of("extends", "name", "description", LEVER_CHANGES);
    private static final String NO_SOURCE = "has no source (an article paragraph, a named source, or 'assumption: why')";
    private static final List<String> FIELDS = List.of("value", "unit", "range", "source");
    private static final Set<Tag> PLAIN_TAGS = Set.of(Tag.STR, Tag.INT, Tag.FLOAT, Tag.BOOL, Tag.NULL, Tag.MAP, Tag.SEQ);

    private Loader() {}

    public static Scenario load(Path file) {
        return load(file.toAbsolutePath().normalize(), new ArrayDeque<>());
    }

    private static Scenario load(Path file, Deque<Path> chain) {
        MappingNode root = readRoot(file);
        chain.push(file);
        try {
            Map<String, Node> top = new LinkedHashMap<>();
            for (NodeTuple t : root.getValue()) top.put(keyOf(t, file, ""), t.getValueNode());
            String name = optionalText(top.get("name"), file, "name");
            String description = optionalText(top.get("description"), file, "description");
            Node ext = top.get("extends");
            Builder b;
            if (ext != null) {
                String parentName = optionalText(ext, file, "extends");
                Path parent = file.getParent().resolve(parentName).normalize();
                if (!Files.exists(parent)) {
                    throw new ScenarioException(file, "extends", line(ext), "parent scenario " + parentName + " does not exist");
                }
                if (chain.contains(parent)) {
                    throw new ScenarioException(file, "extends", line(ext), "extends cycle: " + cycle(chain, parent));
                }
                Scenario base = load(parent, chain);
                b = new Builder(file, base);
                if (name == null) name = stem(file);
                if (description == null) description = base.description();
            } else {
                b = new Builder(file, null);
            }
            for (NodeTuple t : root.getValue()) {
                String k = keyOf(t, file, "");
                if (TOP_LEVEL.contains(k)) continue;
                b.walk(k, t.getValueNode(), 1);
            }
            if (b.params.isEmpty()) {
                throw new ScenarioException(file, null, 0, "declares no parameters");
            }
            if (top.containsKey(LEVER_CHANGES)) b.leverChanges(top.get(LEVER_CHANGES));
            b.checkYearsInRun();
            return new Scenario(name == null ? stem(file) : name, description == null ? "" : description, file,
                    b.params, b.groups, b.leverChanges);
        } finally {
            chain.pop();
        }
    }

    private static String cycle(Deque<Path> chain, Path again) {
        List<String> names = new ArrayList<>();
        List<Path> order = new ArrayList<>(chain);
        java.util.Collections.reverse(order);
        for (Path p : order) names.add(p.getFileName().toString());
        names.add(again.getFileName().toString());
        return String.join(" -> ", names);
    }

    private static String stem(Path file) {
        String n = file.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot > 0 ? n.substring(0, dot) : n;
    }

    static MappingNode readRoot(Path file) {
        if (!Files.exists(file)) throw new ScenarioException(file, null, 0, "no such file");
        if (Files.isDirectory(file)) throw new ScenarioException(file, null, 0, "is a directory, not a scenario file");
        if (!Files.isRegularFile(file)) throw new ScenarioException(file, null, 0, "is not a regular file");
        String text;
        try {
            long size = Files.size(file);
            if (size > MAX_FILE_BYTES) {
                throw new ScenarioException(file, null, 0, "is " + size + " bytes; a scenario may be at most "
                        + MAX_FILE_BYTES + " bytes");
            }
            byte[] bytes = Files.readAllBytes(file);
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new ScenarioException(file, null, 0, "is not valid UTF-8 text");
        } catch (IOException e) {
            throw new ScenarioException(file, null, 0, "cannot be read: " + e.getMessage());
        }
        if (text.isBlank()) throw new ScenarioException(file, null, 0, "is empty");
        LoadSettings settings = LoadSettings.builder()
                .setAllowDuplicateKeys(false)
                .setAllowRecursiveKeys(false)
                .setMaxAliasesForCollections(20)
                .setCodePointLimit((int) MAX_FILE_BYTES)
                .setUseMarks(true)
                .setLabel(file.toString())
                .build();
        Optional<Node> node;
        try {
            checkNesting(new Parse(settings).parseString(text), file);
            node = new Compose(settings).composeString(text);
        } catch (MarkedYamlEngineException e) {
            int line = e.getProblemMark().map(m -> m.getLine() + 1).orElse(0);
            throw new ScenarioException(file, null, line, "is not valid YAML: " + firstLine(e.getProblem()));
        } catch (YamlEngineException e) {
            throw new ScenarioException(file, null, 0, "is not valid YAML: " + firstLine(e.getMessage()));
        }
        if (node.isEmpty()) throw new ScenarioException(file, null, 0, "is empty");
        Node n = node.get();
        countAndCheck(n, file, 0, new int[1], "");
        if (!(n instanceof MappingNode)) {
            throw new ScenarioException(file, null, line(n), "must be a mapping of keys to values at the top level");
        }
        return (MappingNode) n;
    }

    /**
     * Refuses deep nesting from the event stream, before the recursive composer sees it: half a million
     * brackets fit in the size limit and would overflow the stack. Depth counts as in {@link #countAndCheck}.
     */
    private static void checkNesting(Iterable<Event> events, Path file) {
        int open = 0;
        for (Event e : events) {
            boolean start = e.getEventId() == Event.ID.MappingStart || e.getEventId() == Event.ID.SequenceStart;
            boolean node = start || e.getEventId() == Event.ID.Scalar || e.getEventId() == Event.ID.Alias;
            if (node && open > MAX_DEPTH) {
                int line = e.getStartMark().map(m -> m.getLine() + 1).orElse(0);
                throw new ScenarioException(file, null, line, "is nested more than " + MAX_DEPTH + " levels deep");
            }
            if (start) open++;
            if (e.getEventId() == Event.ID.MappingEnd || e.getEventId() == Event.ID.SequenceEnd) open--;
        }
    }

    private static String firstLine(String s) {
        if (s == null) return "syntax error";
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    /**
     * Bounds depth and size (aliases are shared nodes: counting them bounds their expansion too), refuses type
     * tags, and refuses a key given twice in one mapping (the composer keeps both; the later would silently win).
     */
    private static void countAndCheck(Node n, Path file, int depth, int[] count, String path) {
        if (++count[0] > MAX_NODES) {
            throw new ScenarioException(file, null, line(n), "has more than " + MAX_NODES
                    + " values (or aliases that expand to that many); a scenario is far smaller");
        }
        if (depth > MAX_DEPTH) {
            throw new ScenarioException(file, null, line(n), "is nested more than " + MAX_DEPTH + " levels deep");
        }
        if (!PLAIN_TAGS.contains(n.getTag())) {
            throw new ScenarioException(file, null, line(n), "uses the YAML type tag " + n.getTag().getValue()
                    + "; only plain values, lists and mappings are allowed");
        }
        if (n instanceof MappingNode) {
            Map<String, Integer> seen = new LinkedHashMap<>();
            for (NodeTuple t : ((MappingNode) n).getValue()) {
                String childPath = path;
                if (t.getKeyNode() instanceof ScalarNode) {
                    String k = ((ScalarNode) t.getKeyNode()).getValue();
                    childPath = path.isEmpty() ? k : path + "." + k;
                    Integer first = seen.putIfAbsent(k, line(t.getKeyNode()));
                    if (first != null) {
                        int again = line(t.getKeyNode());
                        throw new ScenarioException(file, childPath, again, "appears twice"
                                + (first == again ? "" : " (lines " + first + " and " + again + ")"));
                    }
                }
                countAndCheck(t.getKeyNode(), file, depth + 1, count, childPath);
                countAndCheck(t.getValueNode(), file, depth + 1, count, childPath);
            }
        } else if (n instanceof SequenceNode) {
            for (Node c : ((SequenceNode) n).getValue()) countAndCheck(c, file, depth + 1, count, path);
        }
    }

    static int line(Node n) {
        return n.getStartMark().map(Mark::getLine).map(l -> l + 1).orElse(0);
    }

    private static String keyOf(NodeTuple t, Path file, String path) {
        Node k = t.getKeyNode();
        if (!(k instanceof ScalarNode)) {
            throw new ScenarioException(file, path, line(k), "keys must be plain words");
        }
        String word = ((ScalarNode) k).getValue();
        // a key is written back unquoted into the run's resolved scenario.yaml, so it must read back the same
        if (!word.matches("[A-Za-z0-9_.-]+")) {
            throw new ScenarioException(file, path, line(k),
                    "keys must be plain words (letters, digits, _, - and .), found '" + word + "'");
        }
        return word;
    }

    private static String optionalText(Node n, Path file, String key) {
        if (n == null) return null;
        if (!(n instanceof ScalarNode) || !Tag.STR.equals(n.getTag())) {
            throw new ScenarioException(file, key, line(n), "must be text");
        }
        return ((ScalarNode) n).getValue();
    }

    /**
     * {@code base} with parameters set as a scenario that extends it would set them (a bare value or
     * {value, source}; a schedule merged year by year; kind and range checked), each from its node in
     * {@code file}, so that a refusal names that file and line. An attribution's factors use it.
     */
    static Scenario overridden(Scenario base, Path file, Map<String, Node> values, String description) {
        Builder b = new Builder(file, base);
        for (Map.Entry<String, Node> e : values.entrySet()) b.override(e.getKey(), e.getValue());
        b.checkYearsInRun();
        return new Scenario(base.name(), description, base.file(), b.params, b.groups, b.leverChanges);
    }

    static void checkRange(Param p, double v, Path file, int line) {
        checkRange(p, v, file, line, "");
    }

    /** @param from where a value that is not in the file came from, e.g. " (from --seed)", or "" */
    static void checkRange(Param p, double v, Path file, int line, String from) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            throw new ScenarioException(file, p.key(), line, "must be a finite number" + from + "; allowed: " + p.allowed());
        }
        if (p.min() != null && p.max() != null && (v < p.min() || v > p.max())) {
            throw new ScenarioException(file, p.key(), line, Param.fmt(v) + from + " is outside the allowed range; allowed: "
                    + p.allowed() + (p.unit() == null || p.unit().isEmpty() ? "" : " (" + p.unit() + ")"));
        }
    }

    private record YearGiven(String key, int year, int line) {}

    /** Builds the parameter table of one file on top of its parent's. */
    private static final class Builder {
        final Path file;
        final boolean root;
        final Map<String, Param> params;
        final Map<String, List<String>> groups;
        /** The parent's lever changes, then this file's. */
        final List<LeverChange> leverChanges;
        /** The years this file gives in per-year schedules, with their keys and lines, for {@link #checkYearsInRun}. */
        final List<YearGiven> yearsGiven = new ArrayList<>();

        Builder(Path file, Scenario base) {
            this.file = file;
            this.root = base == null;
            this.params = base == null ? new LinkedHashMap<>() : new LinkedHashMap<>(base.params());
            this.groups = base == null ? new LinkedHashMap<>() : new LinkedHashMap<>(base.groups());
            this.leverChanges = base == null ? new ArrayList<>() : new ArrayList<>(base.leverChanges());
        }

        /**
         * Reads {@code lever_changes: [{month, key, value}, ...]}, checked against the parameters as this file
         * leaves them: the month is a month of the run, the key a number or month parameter outside run.*, the
         * value of its kind and in its range. Whether the month falls before the run's end is checked when the
         * run's parameters are read ({@link Runner#params}).
         */
        void leverChanges(Node node) {
            if (!(node instanceof SequenceNode)) {
                throw new ScenarioException(file, LEVER_CHANGES, line(node), "must be a list; " + CHANGE_SHAPE);
            }
            java.util.Set<String> seen = new java.util.HashSet<>();
            for (Node n : ((SequenceNode) node).getValue()) {
                int ln = line(n);
                if (!(n instanceof MappingNode)) throw new ScenarioException(file, LEVER_CHANGES, ln, CHANGE_SHAPE);
                Map<String, Node> f = fields((MappingNode) n, LEVER_CHANGES);
                for (String k : f.keySet()) {
                    if (!CHANGE_FIELDS.contains(k)) {
                        throw new ScenarioException(file, LEVER_CHANGES, ln, "a lever change has only month, key and value, found '"
                                + k + "'" + Suggest.didYouMean(k, CHANGE_FIELDS));
                    }
                }
                for (String k : CHANGE_FIELDS) {
                    if (!f.containsKey(k)) throw new ScenarioException(file, LEVER_CHANGES, ln, "no " + k + "; " + CHANGE_SHAPE);
                }
                String month = scalar(f.get("month"));
                if (month == null || !month.matches("\\d{4}-(0[1-9]|1[0-2])")) {
                    throw new ScenarioException(file, LEVER_CHANGES, ln, "month must be YYYY-MM, found '"
                            + (month == null ? "a list or mapping" : month) + "'");
                }
                if (Calendar.monthIndex(month) < 0) {
                    throw new ScenarioException(file, LEVER_CHANGES, ln, "month " + month + " is before the run starts ("
                            + Calendar.label(0) + ")");
                }
                String key = scalar(f.get("key"));
                Param p = key == null ? null : params.get(key);
                if (p == null) {
                    throw new ScenarioException(file, LEVER_CHANGES, ln, "unknown key '" + key + "'"
                            + (key == null ? "" : Suggest.didYouMean(key, params.keySet())));
                }
                if (key.startsWith("run.")) {
                    throw new ScenarioException(file, key, ln, "a run's own settings (run.*) cannot change during the run");
                }
                Object value;
                Node v = f.get("value");
                if (p.value() instanceof Double) {
                    double d = number(key, v);
                    checkRange(p, d, file, ln, " (lever change of " + month + ")");
                    value = d;
                } else if (p.isMonth()) {
                    String m = v instanceof ScalarNode && Tag.STR.equals(v.getTag()) ? ((ScalarNode) v).getValue() : null;
                    if (m == null || !Param.isMonth(m)) {
                        throw new ScenarioException(file, key, ln, "must be " + p.kind()
                                + (m == null ? "" : ", found '" + m + "'") + " (lever change of " + month + ")");
                    }
                    value = m;
                } else {
                    throw new ScenarioException(file, key, ln, "a lever change sets a number or a month; this key holds " + p.kind());
                }
                if (!seen.add(month + " " + key)) {
                    throw new ScenarioException(file, key, ln, "changed twice in " + month);
                }
                leverChanges.add(new LeverChange(month, key, value, file, ln));
            }
        }

        /**
         * Refuses a year this file gives in a schedule that no month of the run falls in, as this file leaves
         * {@code run.months}: such a value is never used (or, before the run, silently stands for the first
         * years). Years a parent gave were checked against the parent's run, so a child that shortens the run
         * keeps its parent's schedules. A scenario without run.months cannot be run, and has nothing to check.
         */
        void checkYearsInRun() {
            Param months = params.get("run.months");
            if (months == null || !(months.value() instanceof Double) || (Double) months.value() < 1) return;
            int last = (int) Math.floor((Double) months.value()) - 1;
            int firstYear = Calendar.year(0);
            int lastYear = Calendar.year(last);
            for (YearGiven y : yearsGiven) {
                if (y.year() < firstYear || y.year() > lastYear) {
                    throw new ScenarioException(file, y.key(), y.line(), "year " + y.year() + " is outside the run's years, "
                            + firstYear + "-" + lastYear + " (" + Calendar.label(0) + " to "
                            + Calendar.label(last) + ")");
                }
            }
        }

        /** A plain scalar's text, or null for a list or mapping. */
        private static String scalar(Node n) {
            return n instanceof ScalarNode ? ((ScalarNode) n).getValue() : null;
        }

        void walk(String key, Node node, int depth) {
            if (root) declare(key, node);
            else override(key, node);
        }

        private void addChild(String key) {
            int dot = key.lastIndexOf('.');
            String parent = dot < 0 ? "" : key.substring(0, dot);
            List<String> c = groups.computeIfAbsent(parent, x -> new ArrayList<>());
            String leaf = key.substring(dot + 1);
            if (!c.contains(leaf)) c.add(leaf);
        }

        private void declare(String key, Node node) {
            if (!(node instanceof MappingNode)) {
                throw new ScenarioException(file, key, line(node),
                        "a parameter is declared as {value, unit, range, source}; found a bare value");
            }
            MappingNode m = (MappingNode) node;
            Map<String, Node> fields = fields(m, key);
            addChild(key);
            if (!isParameter(fields)) {
                groups.computeIfAbsent(key, x -> new ArrayList<>());
                for (NodeTuple t : m.getValue()) {
                    String k = keyOf(t, file, key);
                    declare(key + "." + k, t.getValueNode());
                }
                return;
            }
            for (String f : fields.keySet()) {
                if (!FIELDS.contains(f)) {
                    throw new ScenarioException(file, key + "." + f, line(fields.get(f)),
                            "a parameter has only value, unit, range and source" + Suggest.didYouMean(f, FIELDS));
                }
            }
            if (!fields.containsKey("value")) throw new ScenarioException(file, key, line(m), "has no value");
            Node source = fields.get("source");
            if (source == null || optionalText(source, file, key + ".source").isBlank()) {
                throw new ScenarioException(file, key, line(m), NO_SOURCE);
            }
            Node unit = fields.get("unit");
            if (unit == null) throw new ScenarioException(file, key, line(m), "has no unit");
            Object value = parseValue(key, fields.get("value"));
            Double min = null, max = null;
            Node range = fields.get("range");
            if (value instanceof Double || value instanceof List || value instanceof SortedMap) {
                if (!(range instanceof SequenceNode) || ((SequenceNode) range).getValue().size() != 2) {
                    throw new ScenarioException(file, key, line(m), "a number needs range: [min, max]");
                }
                min = number(key + ".range", ((SequenceNode) range).getValue().get(0));
                max = number(key + ".range", ((SequenceNode) range).getValue().get(1));
                if (min > max) throw new ScenarioException(file, key + ".range", line(range), "range is [min, max] with min <= max");
            }
            Param p = new Param(key, value, optionalText(unit, file, key + ".unit"), min, max,
                    optionalText(source, file, key + ".source"), file, line(m));
            checkValue(p, value, line(m));
            params.put(key, p);
        }

        /**
         * A mapping declares a parameter if it has a value, or a unit, range or source that is not itself a
         * group (so that a declaration missing its value, or with it misspelled, is not read as a group).
         */
        private static boolean isParameter(Map<String, Node> fields) {
            if (fields.containsKey("value")) return true;
            for (String f : List.of("unit", "range", "source")) {
                if (fields.containsKey(f) && !(fields.get(f) instanceof MappingNode)) return true;
            }
            return false;
        }

        private void override(String key, Node node) {
            Param p = params.get(key);
            if (p != null) {
                int ln = line(node);
                Object value;
                String source = null;
                if (node instanceof MappingNode && !(p.value() instanceof SortedMap)
                        || node instanceof MappingNode && fields((MappingNode) node, key).containsKey("value")) {
                    Map<String, Node> f = fields((MappingNode) node, key);
                    for (String k : f.keySet()) {
                        if (!k.equals("value") && !k.equals("source")) {
                            throw new ScenarioException(file, key + "." + k, line(f.get(k)),
                                    "a scenario that extends another may change only value and source");
                        }
                    }
                    if (!f.containsKey("value")) throw new ScenarioException(file, key, ln, "no value given");
                    value = parseValue(key, f.get("value"));
                    if (f.containsKey("source")) {
                        source = optionalText(f.get("source"), file, key + ".source");
                        if (source.isBlank()) throw new ScenarioException(file, key + ".source", line(f.get("source")), NO_SOURCE);
                    }
                } else {
                    value = parseValue(key, node);
                }
                if (value instanceof SortedMap && p.value() instanceof SortedMap) {
                    @SuppressWarnings("unchecked")
                    SortedMap<Integer, Double> merged = new TreeMap<>((SortedMap<Integer, Double>) p.value());
                    @SuppressWarnings("unchecked")
                    SortedMap<Integer, Double> over = (SortedMap<Integer, Double>) value;
                    merged.putAll(over);
                    value = merged;
                } else if (!sameKind(value, p.value())) {
                    throw new ScenarioException(file, key, ln, "must be " + p.allowed());
                }
                checkValue(p, value, ln);
                Param np = p.withValue(value, file, ln);
                if (source != null) np = np.withSource(source);
                params.put(key, np);
                return;
            }
            if (groups.containsKey(key)) {
                if (!(node instanceof MappingNode)) {
                    throw new ScenarioException(file, key, line(node), "is a group of parameters; give a mapping");
                }
                for (NodeTuple t : ((MappingNode) node).getValue()) {
                    override(key + "." + keyOf(t, file, key), t.getValueNode());
                }
                return;
            }
            java.util.Set<String> known = new java.util.TreeSet<>(params.keySet());
            known.addAll(groups.keySet());
            throw new ScenarioException(file, key, line(node), "unknown key" + Suggest.didYouMean(key, known));
        }

        private boolean sameKind(Object a, Object b) {
            if (a instanceof List && b instanceof List) return true;
            return a.getClass() == b.getClass();
        }

        private Map<String, Node> fields(MappingNode m, String key) {
            Map<String, Node> f = new LinkedHashMap<>();
            for (NodeTuple t : m.getValue()) f.put(keyOf(t, file, key), t.getValueNode());
            return f;
        }

        private void checkValue(Param p, Object value, int ln) {
            if (p.isMonth() && value instanceof String && !Param.isMonth((String) value)) {
                throw new ScenarioException(file, p.key(), ln, "must be " + p.kind() + ", found '" + value + "'");
            }
            if (value instanceof Double) {
                checkRange(p, (Double) value, file, ln);
            } else if (value instanceof List) {
                for (Object o : (List<?>) value) checkRange(p, (Double) o, file, ln);
            } else if (value instanceof SortedMap) {
                for (Object o : ((SortedMap<?, ?>) value).values()) checkRange(p, (Double) o, file, ln);
            }
        }

        private Object parseValue(String key, Node n) {
            if (n instanceof ScalarNode) {
                ScalarNode s = (ScalarNode) n;
                if (Tag.INT.equals(s.getTag()) || Tag.FLOAT.equals(s.getTag())) return number(key, s);
                if (Tag.BOOL.equals(s.getTag())) {
                    String v = s.getValue().toLowerCase(java.util.Locale.ROOT);
                    if (!v.equals("true") && !v.equals("false")) {
                        throw new ScenarioException(file, key, line(n), "must be true or false, found '" + s.getValue() + "'");
                    }
                    return Boolean.valueOf(v);
                }
                if (Tag.NULL.equals(s.getTag())) throw new ScenarioException(file, key, line(n), "has no value");
                return s.getValue();
            }
            if (n instanceof SequenceNode) {
                List<Double> l = new ArrayList<>();
                for (Node c : ((SequenceNode) n).getValue()) l.add(number(key, c));
                return l;
            }
            SortedMap<Integer, Double> byYear = new TreeMap<>();
            for (NodeTuple t : ((MappingNode) n).getValue()) {
                Node k = t.getKeyNode();
                if (!(k instanceof ScalarNode) || !Tag.INT.equals(k.getTag())) {
                    throw new ScenarioException(file, key, line(k), "a schedule maps years (1920..1945) to numbers");
                }
                int year;
                try {
                    year = Integer.parseInt(((ScalarNode) k).getValue());
                } catch (NumberFormatException e) {
                    throw new ScenarioException(file, key, line(k), "a schedule maps years (1920..1945) to numbers");
                }
                if (year < 1920 || year > 1945) {
                    throw new ScenarioException(file, key, line(k), "year " + year + " is outside 1920..1945");
                }
                byYear.put(year, number(key, t.getValueNode()));
                yearsGiven.add(new YearGiven(key, year, line(k)));
            }
            if (byYear.isEmpty()) throw new ScenarioException(file, key, line(n), "an empty schedule");
            return byYear;
        }

        private double number(String key, Node n) {
            if (!(n instanceof ScalarNode) || (!Tag.INT.equals(n.getTag()) && !Tag.FLOAT.equals(n.getTag()))) {
                throw new ScenarioException(file, key, line(n), "must be a number");
            }
            String v = ((ScalarNode) n).getValue().replace("_", "");
            double d;
            try {
                d = v.toLowerCase(java.util.Locale.ROOT).contains("nan") ? Double.NaN
                        : v.toLowerCase(java.util.Locale.ROOT).contains("inf") ? Double.POSITIVE_INFINITY : Double.parseDouble(v);
            } catch (NumberFormatException e) {
                throw new ScenarioException(file, key, line(n), "must be a number, found '" + v + "'");
            }
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                throw new ScenarioException(file, key, line(n), "must be a finite number, found '" + v + "'");
            }
            return d;
        }
    }
}
