package org.collectivization.runfiles;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** How the run was made ({@code manifest.json}): seed, version, commit, command, times. */
public final class Manifest {

    private final Map<String, String> entries;

    public Manifest(Map<String, String> entries) {
        this.entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
    }

    public static Manifest read(Path json) throws IOException {
        JsonNode node = new ObjectMapper().readTree(json.toFile());
        if (node == null || !node.isObject()) {
            throw new IOException(json + " does not hold a JSON object");
        }
        Map<String, String> entries = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : node.properties()) {
            JsonNode v = e.getValue();
            entries.put(e.getKey(), v.isValueNode() ? v.asText() : v.toString());
        }
        return new Manifest(entries);
    }

    public static Manifest empty() {
        return new Manifest(Map.of());
    }

    public Map<String, String> entries() {
        return entries;
    }

    public Optional<String> get(String key) {
        String v = entries.get(key);
        return v == null || v.isBlank() ? Optional.empty() : Optional.of(v);
    }

    /** A field of an entry that holds a JSON object, such as continued_from's scenario; empty if there is none. */
    public Optional<String> get(String key, String field) {
        Optional<String> json = get(key);
        if (json.isEmpty()) return Optional.empty();
        JsonNode v;
        try {
            v = new ObjectMapper().readTree(json.get()).get(field);
        } catch (IOException e) {
            return Optional.empty();  // a plain value, not an object: it has no fields
        }
        return v == null || !v.isValueNode() || v.asText().isBlank() ? Optional.empty() : Optional.of(v.asText());
    }
}
