package org.collectivization.experiment;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/**
 * Writes a resolved scenario as YAML that {@link Loader} reads back as a root scenario: every
 * parameter as {@code {value, unit, range, source}}, grouped as in the original files, then its
 * {@code lever_changes}, if it has any.
 */
public final class ScenarioWriter {
    private ScenarioWriter() {}

    public static String toYaml(Scenario s) {
        StringBuilder b = new StringBuilder();
        b.append("# Resolved scenario: every parameter of this run, after 'extends' was applied.\n");
        b.append("name: ").append(quote(s.name())).append('\n');
        b.append("description: ").append(quote(s.description())).append('\n');
        List<String> open = new ArrayList<>();
        for (Map.Entry<String, Param> e : s.params().entrySet()) {
            String[] parts = e.getKey().split("\\.");
            int common = 0;
            while (common < open.size() && common < parts.length - 1 && open.get(common).equals(parts[common])) common++;
            while (open.size() > common) open.remove(open.size() - 1);
            for (int i = common; i < parts.length - 1; i++) {
                if (i == 0) b.append('\n');
                b.append("  ".repeat(i)).append(parts[i]).append(":\n");
                open.add(parts[i]);
            }
            Param p = e.getValue();
            b.append("  ".repeat(parts.length - 1)).append(parts[parts.length - 1]).append(": {value: ")
                    .append(value(p.value())).append(", unit: ").append(quote(p.unit()));
            if (p.min() != null) b.append(", range: [").append(Param.fmt(p.min())).append(", ").append(Param.fmt(p.max())).append(']');
            b.append(", source: ").append(quote(p.source())).append("}\n");
        }
        if (!s.leverChanges().isEmpty()) {
            b.append("\n").append(Loader.LEVER_CHANGES).append(":\n");
            for (LeverChange c : s.leverChanges()) {
                b.append("  - {month: ").append(quote(c.month())).append(", key: ").append(c.key()).append(", value: ")
                        .append(c.value() instanceof Double ? c.valueText() : quote(c.valueText())).append("}\n");
            }
        }
        return b.toString();
    }

    private static String value(Object v) {
        if (v instanceof Double) return Param.fmt((Double) v);
        if (v instanceof Boolean) return v.toString();
        if (v instanceof List) {
            List<String> parts = new ArrayList<>();
            for (Object o : (List<?>) v) parts.add(Param.fmt((Double) o));
            return "[" + String.join(", ", parts) + "]";
        }
        if (v instanceof SortedMap) {
            List<String> parts = new ArrayList<>();
            for (Map.Entry<?, ?> e : ((SortedMap<?, ?>) v).entrySet()) parts.add(e.getKey() + ": " + Param.fmt((Double) e.getValue()));
            return "{" + String.join(", ", parts) + "}";
        }
        return quote(String.valueOf(v));
    }

    /** A YAML double-quoted string (JSON escaping is valid YAML). */
    static String quote(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : (s == null ? "" : s).toCharArray()) {
            switch (c) {
                case '"': b.append("\\\""); break;
                case '\\': b.append("\\\\"); break;
                case '\n': b.append("\\n"); break;
                case '\t': b.append("\\t"); break;
                default:
                    if (c < 0x20) b.append(String.format("\\u%04x", (int) c)); else b.append(c);
            }
        }
        return b.append('"').toString();
    }
}
