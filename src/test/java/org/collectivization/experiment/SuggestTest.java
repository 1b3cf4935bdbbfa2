package org.collectivization.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SuggestTest {
    private static final List<String> KNOWN = List.of("", "run", "food", "procurement", "run.households", "run.seed",
            "procurement.market", "value", "unit", "range", "source");

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "run.househods   | ; did you mean 'run.households'?",  // one letter dropped
            "procurment      | ; did you mean 'procurement'?",
            "valeu           | ; did you mean 'value'?",           // two letters swapped
            "fod             | ; did you mean 'food'?",
            "run.seeds       | ; did you mean 'run.seed'?",
            "note            | ''",                                 // 'unit' is 4 edits away: no typo
            "a               | ''",                                 // never the unnamed root group
            "xy              | ''",                                 // 'run' differs in every letter
            "weather         | ''",
            "run.threads     | ''",
    })
    void suggestsOnlyAKeyATypoAway(String key, String expected) {
        assertThat(Suggest.didYouMean(key, KNOWN)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"kitten, sitting, 3", "'', abc, 3", "abc, '', 3", "same, same, 0", "flaw, lawn, 2", "ab, ba, 2"})
    void levenshteinDistance(String a, String b, int expected) {
        assertThat(Suggest.distance(a, b)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"run.see, run.seed", "foof, food"})
    void tiesGoToTheFirstInAlphabeticalOrder(String key, String expected) {
        assertThat(Suggest.didYouMean(key, List.of("run.seek", "run.seed", "fool", "food", "foot")))
                .contains("'" + expected + "'");
    }
}
