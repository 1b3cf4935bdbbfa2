package org.collectivization.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Gathering parameters into groups. */
class GroupsTest {

    private static final List<String> KEYS = List.of("a", "rain", "b", "frost", "c");

    @Test
    void ungroupedParametersAreGroupsOfOneAndGroupsComeInTheOrderOfTheirFirstMember() {
        Map<String, List<String>> named = new LinkedHashMap<>();
        named.put("tax", List.of("c", "a"));
        named.put("weather", List.of("frost", "rain"));
        Groups g = Groups.of(KEYS, named);

        assertThat(g.names()).containsExactly("tax", "weather", "b");
        assertThat(g.members()).isDeepEqualTo(new int[][] {{0, 4}, {1, 3}, {2}});
        assertThat(g.count()).isEqualTo(3);
        assertThat(g.dims()).isEqualTo(5);
        assertThat(Groups.each(KEYS).names()).isEqualTo(KEYS);
    }

    @Test
    void refusesUnknownSharedOrEmptyMembers() {
        assertThatThrownBy(() -> Groups.of(KEYS, Map.of("w", List.of("snow"))))
                .hasMessage("group 'w' names 'snow', which is not one of the varied parameters [a, rain, b, frost, c]");
        Map<String, List<String>> twice = new LinkedHashMap<>();
        twice.put("w", List.of("rain"));
        twice.put("v", List.of("rain"));
        assertThatThrownBy(() -> Groups.of(KEYS, twice)).hasMessageContaining("'rain' is in two groups, 'w' and 'v'");
        assertThatThrownBy(() -> Groups.of(KEYS, Map.of("w", List.of()))).hasMessage("group 'w' has no parameters");
    }
}
