package org.collectivization.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A resolved scenario written by ScenarioWriter loads back, as a root scenario, to the same parameters. */
class ScenarioWriterTest {

    @Test
    void theBaseScenarioRoundTrips(@TempDir Path dir) throws IOException {
        Scenario s = Loader.load(LoaderTest.CORPUS.resolve("base.yaml"));

        Scenario back = roundTrip(s, dir);

        assertSameParameters(back, s);
        assertThat(back.children("")).containsExactly("run", "regions", "food", "procurement");
        assertThat(back.children("regions")).containsExactly("ukraine", "volga");
        assertThat(back.children("regions.volga")).containsExactly("household_share");
    }

    @Test
    void aResolvedChildWithALeverChangeRoundTrips(@TempDir Path dir) throws IOException {
        Files.copy(LoaderTest.CORPUS.resolve("base.yaml"), dir.resolve("base.yaml"));
        Path child = LoaderTest.write(dir, "child.yaml", """
                extends: base.yaml
                name: "a child: with a colon"
                description: "Line one\\nline two # not a comment"
                procurement:
                  market: true
                  blacklist_from: never
                  needs_t: {1929: 15}
                  note: {value: "back\\\\slash, tab\\t and \\u0001 control", source: "why: \\"because\\""}
                """);
        Scenario s = Loader.load(child).with("run.seed", 12, "--seed");

        Scenario back = roundTrip(s, dir);

        assertSameParameters(back, s);
        assertThat(back.name()).isEqualTo("a child: with a colon");
        assertThat(back.description()).isEqualTo("Line one\nline two # not a comment");
        assertThat(back.text("procurement.note")).isEqualTo("back\\slash, tab\t and \u0001 control");
        assertThat(back.params().get("procurement.note").source()).isEqualTo("why: \"because\"");
        assertThat(back.params().get("run.seed").source()).isEqualTo("assumption: test; set to 12 by --seed");
    }

    @Test
    void numbersAndTextsThatLookLikeOtherThingsRoundTripExactly(@TempDir Path dir) throws IOException {
        double[] numbers = {1e-4, 0.1 + 0.2, 1e20, 12_345_678.9, -3.5, 123_456_789_012_345.0, 4.9e-324, 1.0 / 3};
        StringBuilder yaml = new StringBuilder("x:\n");
        for (int i = 0; i < numbers.length; i++) {
            yaml.append("  n").append(i).append(": {value: ").append(numbers[i])
                    .append(", unit: u, range: [-1e30, 1e30], source: s}\n");
        }
        List<String> texts = List.of("never", "yes", "true", "1932-11", "123", "null", "~", "", " padded ",
                "a: b", "# hash", "[not, a, list]", "{not: a map}", "&anchor", "*alias", "!tag", "- dash", "\u00b6 32");
        for (int i = 0; i < texts.size(); i++) {
            yaml.append("  t").append(i).append(": {value: ").append(ScenarioWriter.quote(texts.get(i)))
                    .append(", unit: text, source: s}\n");
        }
        Scenario s = Loader.load(LoaderTest.write(dir, "odd.yaml", yaml.toString()));

        Scenario back = roundTrip(s, dir);

        assertSameParameters(back, s);
        for (int i = 0; i < numbers.length; i++) assertThat(back.number("x.n" + i)).isEqualTo(numbers[i]);
        for (int i = 0; i < texts.size(); i++) assertThat(back.text("x.t" + i)).isEqualTo(texts.get(i));
    }

    @Test
    void theShippedScenariosRoundTrip(@TempDir Path dir) throws IOException {
        for (String name : List.of("scenarios/historical.yaml", "scenarios/nep-continued.yaml")) {
            Scenario s = Loader.load(Path.of(name));
            Scenario back = roundTrip(s, Files.createDirectories(dir.resolve(s.name())));
            assertSameParameters(back, s);
            assertThat(back.children("regions")).isEqualTo(s.children("regions"));
        }
    }

    @Test
    void theWrittenFileSaysWhatItIs() {
        String yaml = ScenarioWriter.toYaml(Loader.load(LoaderTest.CORPUS.resolve("base.yaml")));
        assertThat(yaml).startsWith("# Resolved scenario: every parameter of this run, after 'extends' was applied.\n"
                + "name: \"base\"\n"
                + "description: \"A small valid root scenario for the loader's tests.\"\n"
                + "\n"
                + "run:\n"
                + "  households: {value: 1000, unit: \"simulated households\", range: [700, 25000000], "
                + "source: \"assumption: test\"}\n");
        assertThat(yaml).contains("  market: {value: false, unit: \"true = market procurement\", source: \"assumption: test\"}\n");
        assertThat(yaml).contains("  needs_t: {value: {1928: 10, 1930: 20}, unit: \"tonnes\", range: [0, 100], ");
    }

    private static Scenario roundTrip(Scenario s, Path dir) throws IOException {
        Path f = dir.resolve("resolved-" + s.name().replaceAll("[^A-Za-z0-9-]", "_") + ".yaml");
        Files.writeString(f, ScenarioWriter.toYaml(s));
        return Loader.load(f);
    }

    /** Same keys in the same order, each with the same value, unit, range and source (not the same file and line). */
    private static void assertSameParameters(Scenario actual, Scenario expected) {
        assertThat(actual.params().keySet()).containsExactlyElementsOf(expected.params().keySet());
        for (Map.Entry<String, Param> e : expected.params().entrySet()) {
            Param a = actual.params().get(e.getKey()), x = e.getValue();
            assertThat(List.of(a.value(), String.valueOf(a.unit()), String.valueOf(a.min()), String.valueOf(a.max()), a.source()))
                    .as(e.getKey())
                    .isEqualTo(List.of(x.value(), String.valueOf(x.unit()), String.valueOf(x.min()), String.valueOf(x.max()), x.source()));
        }
    }
}
