package org.collectivization;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The packages depend on each other one way only: read from the main sources' imports and fully qualified
 * names (comments and strings left out), the graph of packages has no cycle. And the model, its actors and
 * its rules touch no GUI, chart or file code, so that they run the same headless, in a test or in the GUI.
 */
class PackageGraphTest {
    private static final Path ROOT = Path.of("src/main/java/org/collectivization");
    private static final Pattern REFERENCE = Pattern.compile("\\borg\\.collectivization\\.([a-z][a-z0-9]*)\\.");
    private static final Pattern COMMENT_OR_TEXT =
            Pattern.compile("/\\*.*?\\*/|//[^\\n]*|\"\"\"(?s:.*?)\"\"\"|\"(?:\\\\.|[^\"\\\\\\n])*\"|'(?:\\\\.|[^'\\\\])'", Pattern.DOTALL);
    private static final List<String> PURE = List.of("model", "agents", "rules");
    private static final Pattern FORBIDDEN =
            Pattern.compile("\\b(java\\.awt|javax\\.swing|org\\.jfree|java\\.nio\\.file|java\\.io\\.File\\w*)\\b");

    /** Each main source file's code, without comments, strings and characters. */
    private static Map<Path, String> sources() throws IOException {
        Map<Path, String> code = new TreeMap<>();
        try (Stream<Path> files = Files.walk(ROOT)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                code.put(ROOT.relativize(f), COMMENT_OR_TEXT.matcher(Files.readString(f, StandardCharsets.UTF_8)).replaceAll(" "));
            }
        }
        return code;
    }

    /** Package -> the packages of this project it refers to. */
    static Map<String, Set<String>> graph(Map<Path, String> sources) {
        Map<String, Set<String>> g = new TreeMap<>();
        for (Map.Entry<Path, String> e : sources.entrySet()) {
            if (e.getKey().getNameCount() < 2) continue;
            String from = e.getKey().getName(0).toString();
            Set<String> to = g.computeIfAbsent(from, k -> new TreeSet<>());
            Matcher m = REFERENCE.matcher(e.getValue());
            while (m.find()) if (!m.group(1).equals(from)) to.add(m.group(1));
        }
        return g;
    }

    /** A cycle of the graph as "a -> b -> a", or null if it has none. */
    static String cycle(Map<String, Set<String>> g) {
        Map<String, Integer> state = new TreeMap<>();  // absent: unseen; 1: on the path; 2: done
        for (String start : g.keySet()) {
            List<String> path = new ArrayList<>();
            String c = visit(start, g, state, path);
            if (c != null) return c;
        }
        return null;
    }

    private static String visit(String p, Map<String, Set<String>> g, Map<String, Integer> state, List<String> path) {
        Integer s = state.get(p);
        if (s != null && s == 2) return null;
        if (s != null && s == 1) {
            List<String> loop = new ArrayList<>(path.subList(path.indexOf(p), path.size()));
            loop.add(p);
            return String.join(" -> ", loop);
        }
        state.put(p, 1);
        path.add(p);
        for (String q : g.getOrDefault(p, Set.of())) {
            String c = visit(q, g, state, path);
            if (c != null) return c;
        }
        path.remove(path.size() - 1);
        state.put(p, 2);
        return null;
    }

    @Test
    void thePackageGraphHasNoCycle() throws IOException {
        Map<String, Set<String>> g = graph(sources());
        assertThat(g).containsKeys("model", "agents", "observe", "runfiles", "experiment", "report");
        assertThat(cycle(g)).as("a cycle in the package graph %s", g).isNull();
    }

    @Test
    void theModelAndObserversDoNotDependOnTheActorsNorTheRunsOnTheReport() throws IOException {
        Map<String, Set<String>> g = graph(sources());
        assertThat(g.get("model")).doesNotContain("agents");
        assertThat(g.get("observe")).doesNotContain("agents");
        assertThat(g.get("experiment")).doesNotContain("report");
        assertThat(g.get("runfiles")).doesNotContain("experiment", "report");
    }

    @Test
    void theModelItsActorsAndRulesUseNoGuiChartOrFileCode() throws IOException {
        List<String> found = new ArrayList<>();
        for (Map.Entry<Path, String> e : sources().entrySet()) {
            if (!PURE.contains(e.getKey().getName(0).toString())) continue;
            Matcher m = FORBIDDEN.matcher(e.getValue());
            while (m.find()) found.add(e.getKey() + ": " + m.group(1));
        }
        assertThat(found).isEmpty();
    }

    @Test
    void aCycleIsFoundAndNamed() {
        Map<String, Set<String>> g = Map.of("a", Set.of("b"), "b", Set.of("c"), "c", Set.of("a"), "d", Set.of());
        assertThat(cycle(new TreeMap<>(g))).isEqualTo("a -> b -> c -> a");
        assertThat(cycle(Map.of("a", Set.of("b"), "b", Set.of()))).isNull();
    }
}
