package org.collectivization.runfiles;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;

import org.collectivization.model.Region;

/** The run's headline figures ({@code summary.json}). Absent keys read as empty, never as zero. */
public final class RunSummary {

    private final JsonNode root;

    public RunSummary(JsonNode root) {
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("summary must be a JSON object");
        }
        this.root = root;
    }

    public static RunSummary read(Path json) throws IOException {
        JsonNode node = new ObjectMapper().readTree(json.toFile());
        if (node == null || !node.isObject()) {
            throw new IOException(json + " does not hold a JSON object");
        }
        return new RunSummary(node);
    }

    /** An empty summary, for a run folder that has none. */
    public static RunSummary empty() {
        return new RunSummary(new ObjectMapper().createObjectNode());
    }

    public OptionalDouble number(String key) {
        JsonNode n = root.get(key);
        return n != null && n.isNumber() ? OptionalDouble.of(n.asDouble()) : OptionalDouble.empty();
    }

    public Optional<String> text(String key) {
        JsonNode n = root.get(key);
        if (n == null || n.isNull() || n.isContainerNode()) {
            return Optional.empty();
        }
        String s = n.asText().strip();
        return s.isEmpty() ? Optional.empty() : Optional.of(s);
    }

    /** Excess deaths 1930-01..1934-12 by region, for the regions the summary names. */
    public Map<Region, Double> excessDeathsByRegion() {
        Map<Region, Double> byRegion = new EnumMap<>(Region.class);
        JsonNode node = root.get("excess_deaths_by_region");
        if (node != null && node.isObject()) {
            for (Region r : Region.ALL) {
                JsonNode v = node.get(r.id);
                if (v != null && v.isNumber()) {
                    byRegion.put(r, v.asDouble());
                }
            }
        }
        return byRegion;
    }

    /** Grain procured by agricultural year ("1928/29" -> tonnes), in year order; empty if absent. */
    public Map<String, Double> grainProcuredByAgriYear() {
        Map<String, Double> byYear = new TreeMap<>();
        JsonNode node = root.get("grain_procured_by_agri_year_t");
        if (node instanceof ObjectNode obj) {
            for (Map.Entry<String, JsonNode> e : obj.properties()) {
                if (e.getValue().isNumber()) {
                    byYear.put(e.getKey(), e.getValue().asDouble());
                }
            }
        }
        return byYear;
    }
}
