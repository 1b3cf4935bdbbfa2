package org.collectivization.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Compares a run's timeseries.csv and summary.json with their golden copies, as text, and says where they
 * first differ in the terms a reader of the output uses: the month and column of the time series, the key
 * of the summary. Line endings are the only thing forgiven (a checkout may turn "\n" into "\r\n"); any
 * other change of a file, even one that leaves every number the same, is a difference.
 */
final class Golden {
    private static final ObjectMapper JSON = new ObjectMapper();

    private Golden() {}

    /** Where {@code now} first differs from {@code golden} (both the text of a timeseries.csv), or empty if it does not. */
    static Optional<String> timeseriesDifference(String golden, String now) {
        List<String> want = rows(golden), got = rows(now);
        String[] header = want.get(0).split(",", -1);
        String[] gotHeader = got.get(0).split(",", -1);
        for (int c = 0; c < Math.max(header.length, gotHeader.length); c++) {
            String w = cell(header, c), g = cell(gotHeader, c);
            if (!w.equals(g)) {
                return Optional.of("timeseries.csv: the header differs first at column " + (c + 1) + ": golden "
                        + w + ", now " + g);
            }
        }
        for (int r = 1; r < Math.max(want.size(), got.size()); r++) {
            if (r >= got.size()) return Optional.of("timeseries.csv: month " + want.get(r).split(",", 2)[0] + " is missing");
            if (r >= want.size()) return Optional.of("timeseries.csv: month " + got.get(r).split(",", 2)[0] + " is extra");
            String[] w = want.get(r).split(",", -1), g = got.get(r).split(",", -1);
            for (int c = 0; c < Math.max(w.length, g.length); c++) {
                if (!cell(w, c).equals(cell(g, c))) {
                    return Optional.of("timeseries.csv differs first in month " + w[0] + " (line " + (r + 1)
                            + "), column " + header[Math.min(c, header.length - 1)] + ": golden " + cell(w, c)
                            + ", now " + cell(g, c));
                }
            }
        }
        return sameText("timeseries.csv", golden, now);
    }

    /** Where {@code now} first differs from {@code golden} (both the text of a summary.json), or empty if it does not. */
    static Optional<String> summaryDifference(String golden, String now) {
        List<Map.Entry<String, String>> want = leaves(golden), got = leaves(now);
        for (int i = 0; i < Math.max(want.size(), got.size()); i++) {
            if (i >= got.size()) return Optional.of("summary.json: key " + want.get(i).getKey() + " is missing");
            if (i >= want.size()) return Optional.of("summary.json: key " + got.get(i).getKey() + " is extra");
            Map.Entry<String, String> w = want.get(i), g = got.get(i);
            if (!w.getKey().equals(g.getKey())) {
                return Optional.of("summary.json differs first at key " + w.getKey() + ": now key " + g.getKey()
                        + " is in its place");
            }
            if (!w.getValue().equals(g.getValue())) {
                return Optional.of("summary.json differs first at key " + w.getKey() + ": golden " + w.getValue()
                        + ", now " + g.getValue());
            }
        }
        return sameText("summary.json", golden, now);
    }

    private static List<String> lines(String text) {
        return List.of(text.replace("\r\n", "\n").split("\n", -1));
    }

    /** The lines of a CSV text without the empty one after its final newline (which {@link #sameText} checks). */
    private static List<String> rows(String text) {
        List<String> all = lines(text);
        return all.size() > 1 && all.get(all.size() - 1).isEmpty() ? all.subList(0, all.size() - 1) : all;
    }

    private static String cell(String[] row, int c) {
        return c < row.length ? row[c] : "(nothing)";
    }

    /** The same figures may still be written differently (spacing, a final newline): that too is a change. */
    private static Optional<String> sameText(String file, String golden, String now) {
        List<String> want = lines(golden), got = lines(now);
        for (int i = 0; i < Math.max(want.size(), got.size()); i++) {
            String w = i < want.size() ? want.get(i) : "(end of file)", g = i < got.size() ? got.get(i) : "(end of file)";
            if (!w.equals(g)) {
                return Optional.of(file + " has the same figures but is written differently, first at line " + (i + 1)
                        + ": golden '" + w + "', now '" + g + "'");
            }
        }
        return Optional.empty();
    }

    /** Every value of a JSON document with its dotted key, in the document's order. */
    private static List<Map.Entry<String, String>> leaves(String json) {
        List<Map.Entry<String, String>> out = new ArrayList<>();
        try {
            collect("", JSON.readTree(json), out);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not JSON: " + e.getOriginalMessage(), e);
        }
        return out;
    }

    private static void collect(String key, JsonNode node, List<Map.Entry<String, String>> out) {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> f : node.properties()) {
                collect(key.isEmpty() ? f.getKey() : key + "." + f.getKey(), f.getValue(), out);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) collect(key + "[" + i + "]", node.get(i), out);
        } else {
            out.add(Map.entry(key, node.toString()));
        }
    }
}
