package org.collectivization.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Property (docs/exit-status.md): the loader, fed random and mutated scenario files, either loads them or
 * refuses them with the documented one-line {@link ScenarioException} (file, key where known, what is
 * allowed) — never another exception, a stack overflow, or a hang. Mutations start from the shipped
 * historical scenario, so most inputs are nearly valid YAML with one thing wrong; a model that loads
 * must also pass {@link Runner#params} or be refused the same way.
 *
 * <p>jqwik draws from a fixed seed (jqwik's default database replays earlier failures first); a
 * failure is a real bug, not chance.
 */
class LoaderPropertiesTest {
    private static final Path HISTORICAL = Path.of("scenarios/historical.yaml");

    @Property(tries = 300, seed = "20261126")
    void mutatedScenariosLoadOrAreRefusedWithOneLine(@ForAll("mutations") String text) throws IOException {
        Path dir = Files.createTempDirectory("prop");
        Path file = dir.resolve("mutant.yaml");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        try {
            Scenario s = Loader.load(file);
            Runner.params(s);
        } catch (ScenarioException e) {
            assertThat(e.getMessage()).as("one line naming the file").doesNotContain("\n").contains("mutant.yaml");
        } finally {
            Files.deleteIfExists(file);
            Files.deleteIfExists(dir);
        }
    }

    @Property(tries = 200, seed = "20261127")
    void childScenariosWithRandomKeysAndValuesLoadOrAreRefused(@ForAll("children") String text) throws IOException {
        Path file = Files.createTempFile(Path.of("scenarios").toAbsolutePath(), ".prop-child-", ".yaml");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        try {
            Runner.params(Loader.load(file));
        } catch (ScenarioException e) {
            assertThat(e.getMessage()).doesNotContain("\n").contains(file.getFileName().toString());
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @Provide
    Arbitrary<String> mutations() {
        String base;
        try {
            base = Files.readString(HISTORICAL, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        Arbitrary<Integer> at = Arbitraries.integers().between(0, base.length() - 1);
        Arbitrary<Integer> length = Arbitraries.integers().between(0, 40);
        Arbitrary<String> insert = Arbitraries.oneOf(
                Arbitraries.of(":", "{", "}", "[", "]", ",", "\n", "  ", "&a", "*a", "!!java.net.URL", "-", "#", "\"",
                        "'", ".nan", "-1", "1e309", "never", "1932-13", "value:", "extends: historical.yaml"),
                Arbitraries.strings().withCharRange(' ', '~').ofMaxLength(12));
        return Combinators.combine(at, length, insert).as((i, n, s) ->
                base.substring(0, i) + s + base.substring(Math.min(base.length(), i + n)));
    }

    @Provide
    Arbitrary<String> children() {
        List<String> keys = List.of("procurement.share_of_estimate_cap", "state.responsiveness", "migration.blockade_from",
                "collectivization.enabled", "regions.ukraine.weather", "food.dairy_kg_per_head_month", "run.households",
                "run.seed", "procurement.sharr_of_estimate_cap", "no.such.key", "regions", "food");
        Arbitrary<String> key = Arbitraries.of(keys);
        Arbitrary<String> value = Arbitraries.of("0.2", "-3", "1e9", ".inf", ".nan", "true", "no", "\"text\"",
                "[1, 2, 3, 4, 5]", "[]", "{1930: 0.9}", "{value: 0.3}", "{value: 0.3, unit: x}", "\"1933-01\"", "never",
                "~", "{}", "1_000", "0x10", "!!str 5");
        return Combinators.combine(key, value, key, value).as((k1, v1, k2, v2) ->
                "extends: historical.yaml\n" + nest(k1, v1) + nest(k2, v2));
    }

    private static String nest(String key, String value) {
        String[] parts = key.split("\\.");
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < parts.length - 1; i++) b.append("  ".repeat(i)).append(parts[i]).append(":\n");
        b.append("  ".repeat(parts.length - 1)).append(parts[parts.length - 1]).append(": ").append(value).append('\n');
        return b.toString();
    }
}
