package org.collectivization.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The factors of a sensitivity analysis: the varied parameters gathered into groups that move
 * together (all weather keys, say), every parameter in no named group a group of one named after
 * itself. Groups are in the order of their first parameter, so the order never depends on a map's.
 *
 * @param parameters the varied parameters, in the order of a design point's coordinates
 * @param names      each group's name
 * @param members    each group's parameters, as indices into {@code parameters}, ascending
 */
public record Groups(List<String> parameters, List<String> names, int[][] members) {

    public Groups {
        parameters = List.copyOf(parameters);
        names = List.copyOf(names);
        members = Arrays.stream(members).map(int[]::clone).toArray(int[][]::new);
    }

    /** Every parameter its own group. */
    public static Groups each(List<String> parameters) {
        return of(parameters, Map.of());
    }

    /**
     * The named groups, each a list of parameter names; parameters named in no group are groups of
     * one. Refuses a group that is empty, names an unknown parameter, or shares one with another.
     */
    public static Groups of(List<String> parameters, Map<String, List<String>> groups) {
        Map<String, String> groupOf = new HashMap<>();
        for (Map.Entry<String, List<String>> g : groups.entrySet()) {
            if (g.getValue().isEmpty()) throw new IllegalArgumentException("group '" + g.getKey() + "' has no parameters");
            for (String p : g.getValue()) {
                if (!parameters.contains(p)) {
                    throw new IllegalArgumentException("group '" + g.getKey() + "' names '" + p
                            + "', which is not one of the varied parameters " + parameters);
                }
                String before = groupOf.put(p, g.getKey());
                if (before != null) {
                    throw new IllegalArgumentException("parameter '" + p + "' is in two groups, '" + before
                            + "' and '" + g.getKey() + "'; a parameter may belong to one group only");
                }
            }
        }
        List<String> names = new ArrayList<>();
        List<int[]> members = new ArrayList<>();
        for (int i = 0; i < parameters.size(); i++) {
            String group = groupOf.getOrDefault(parameters.get(i), parameters.get(i));
            if (names.contains(group)) continue;
            names.add(group);
            List<Integer> in = new ArrayList<>();
            for (int j = i; j < parameters.size(); j++) {
                if (groupOf.getOrDefault(parameters.get(j), parameters.get(j)).equals(group)) in.add(j);
            }
            members.add(in.stream().mapToInt(Integer::intValue).toArray());
        }
        return new Groups(parameters, names, members.toArray(int[][]::new));
    }

    /** How many groups. */
    public int count() {
        return names.size();
    }

    /** How many parameters. */
    public int dims() {
        return parameters.size();
    }
}
