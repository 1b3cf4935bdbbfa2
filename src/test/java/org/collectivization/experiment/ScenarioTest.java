package org.collectivization.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The resolved scenario: typed reads, range-checked changes, and the typo catcher for keys nobody reads. */
class ScenarioTest {
    private static final Path BASE = LoaderTest.CORPUS.resolve("base.yaml");

    @Test
    void withReplacesANumberAndSaysWhy() {
        Scenario s = Loader.load(BASE);

        Scenario t = s.with("run.seed", 42, "--seed");

        assertThat(t.number("run.seed")).isEqualTo(42.0);
        assertThat(t.params().get("run.seed").source()).isEqualTo("assumption: test; set to 42 by --seed");
        assertThat(s.number("run.seed")).as("the original is unchanged").isEqualTo(1.0);
        assertThat(t.params().keySet()).containsExactlyElementsOf(s.params().keySet());
        assertThat(t.name()).isEqualTo(s.name());
    }

    @Test
    void withAcceptsTheEndsOfTheRange() {
        Scenario s = Loader.load(BASE);
        assertThat(s.with("run.households", 700, "test").number("run.households")).isEqualTo(700.0);
        assertThat(s.with("run.households", 25_000_000, "test").number("run.households")).isEqualTo(25_000_000.0);
    }

    @Test
    void withRangeChecksAndNamesWhereTheValueCameFrom() {
        Scenario s = Loader.load(BASE);

        assertThatThrownBy(() -> s.with("run.households", 699, "--households"))
                .isExactlyInstanceOf(ScenarioException.class)
                .hasMessage(BASE + ": key 'run.households': 699 (from --households) is outside the allowed range; "
                        + "allowed: a number in [700, 25000000] (simulated households)");
        assertThatThrownBy(() -> s.with("regions.ukraine.household_share", 1.25, "a sweep"))
                .hasMessage(BASE + ": key 'regions.ukraine.household_share': 1.25 (from a sweep) is outside the "
                        + "allowed range; allowed: a number in [0, 1] (share of households)");
        assertThatThrownBy(() -> s.with("run.seed", -1, "--seed"))
                .hasMessage(BASE + ": key 'run.seed': -1 (from --seed) is outside the allowed range; "
                        + "allowed: a number in [0, 2147483647] (integer)");
        assertThatThrownBy(() -> s.with("run.seed", Double.NaN, "--seed"))
                .hasMessage(BASE + ": key 'run.seed': must be a finite number (from --seed); "
                        + "allowed: a number in [0, 2147483647]");
        assertThatThrownBy(() -> s.with("run.seed", Double.POSITIVE_INFINITY, "--seed"))
                .hasMessage(BASE + ": key 'run.seed': must be a finite number (from --seed); "
                        + "allowed: a number in [0, 2147483647]");
    }

    @Test
    void withRefusesUnknownKeysAndValuesThatAreNotNumbers() {
        Scenario s = Loader.load(BASE);

        assertThatThrownBy(() -> s.with("run.househods", 800, "--households"))
                .isExactlyInstanceOf(ScenarioException.class)
                .hasMessage(BASE + ": key 'run.househods': unknown key; did you mean 'run.households'?");
        assertThatThrownBy(() -> s.with("procurement.market", 1, "test"))
                .hasMessage(BASE + ": key 'procurement.market': holds true or false, not a number");
        assertThatThrownBy(() -> s.with("food.meat_kg_per_head", 1, "test"))
                .hasMessage(BASE + ": key 'food.meat_kg_per_head': holds a list of numbers, not a number");
        assertThatThrownBy(() -> s.with("procurement.blacklist_from", 1, "test"))
                .hasMessage(BASE + ": key 'procurement.blacklist_from': holds a month YYYY-MM (or never), not a number");
    }

    @Test
    void readingAValueAsTheWrongKindNamesTheFileKeyAndLine() {
        Scenario s = Loader.load(BASE);

        assertThatThrownBy(() -> s.text("run.households")).isExactlyInstanceOf(ScenarioException.class)
                .hasMessage(BASE + ":5: key 'run.households': must be text, found a number");
        assertThatThrownBy(() -> s.number("procurement.market"))
                .hasMessage(BASE + ":16: key 'procurement.market': must be a number, found true or false");
        assertThatThrownBy(() -> s.flag("food.meat_kg_per_head"))
                .hasMessage(BASE + ":14: key 'food.meat_kg_per_head': must be true or false, found a list of numbers");
        assertThatThrownBy(() -> s.numbers("procurement.needs_t"))
                .hasMessage(BASE + ":18: key 'procurement.needs_t': must be a list of numbers, found a mapping from year to number");
        assertThatThrownBy(() -> s.byYear("procurement.note", 1930))
                .hasMessage(BASE + ":19: key 'procurement.note': must be a mapping from year to number, found text");
        assertThatThrownBy(() -> s.month("procurement.note"))
                .hasMessage(BASE + ":19: key 'procurement.note': must be a month YYYY-MM (or never), "
                        + "found 'a \"quoted\" text, with a colon: and a \u00b6 sign'");
    }

    @Test
    void aNumberServesAsAScheduleThatNeverChanges() {
        Scenario s = Loader.load(BASE);
        assertThat(s.byYear("food.survival_share", 1928)).isEqualTo(0.62);
        assertThat(s.byYear("food.survival_share", 1933)).isEqualTo(0.62);
    }

    @Test
    void aKeyTheModelDoesNotDeclareIsAProgrammingError() {
        Scenario s = Loader.load(BASE);
        assertThatThrownBy(() -> s.number("run.months")).isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessage("scenario has no parameter 'run.months'");
        assertThatThrownBy(() -> s.children("kazakhstan")).isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessage("scenario has no group 'kazakhstan'");
    }

    @Test
    void aKeyNobodyReadsIsReportedAsUnknownWithTheNearestReadKey(@TempDir Path dir) throws IOException {
        Files.copy(BASE, dir.resolve("base.yaml"));
        Path child = LoaderTest.write(dir, "child.yaml", "extends: base.yaml\nrun:\n  seed: 7\n");
        Scenario s = Loader.load(child);
        s.number("run.households");
        s.number("regions.ukraine.household_share");
        s.number("regions.volga.household_share");
        s.number("food.survival_share");
        s.numbers("food.meat_kg_per_head");
        s.flag("procurement.market");
        s.month("procurement.blacklist_from");
        s.byYear("procurement.needs_t", 1930);
        s.text("procurement.note");

        // run.seed was set by the child, so the message points at the child's line
        assertThatThrownBy(s::requireAllKeysKnown).isExactlyInstanceOf(ScenarioException.class)
                .hasMessage(child + ":3: key 'run.seed': unknown key");

        s.number("run.seed");
        s.requireAllKeysKnown();
    }

    @Test
    void anUnreadKeyNearAReadOneGetsASuggestion() {
        Scenario s = Loader.load(BASE);
        s.number("regions.ukraine.household_share");
        assertThatThrownBy(s::requireAllKeysKnown)
                .hasMessage(BASE + ":5: key 'run.households': unknown key");
        s.number("run.households");
        s.number("run.seed");
        s.number("food.survival_share");
        s.numbers("food.meat_kg_per_head");
        s.flag("procurement.market");
        s.month("procurement.blacklist_from");
        s.byYear("procurement.needs_t", 1930);
        s.text("procurement.note");
        assertThatThrownBy(s::requireAllKeysKnown)
                .hasMessage(BASE + ":11: key 'regions.volga.household_share': unknown key; "
                        + "did you mean 'regions.ukraine.household_share'?");
    }
}
