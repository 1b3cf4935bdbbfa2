package org.collectivization.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The loader refuses bad scenarios with one line naming the file, the key, the line and what is allowed.
 * Every file in {@code src/test/resources/bad-scenarios/} except {@code base.yaml} is a bad scenario whose
 * first line is {@code # expect: <the exact message>}, with {@code {file}} standing for the file's absolute
 * path and {@code {dir}} for the folder's. Cases that cannot be committed as files (empty, binary, huge) are
 * written at run time below.
 */
class LoaderTest {
    static final Path CORPUS = Path.of("src/test/resources/bad-scenarios").toAbsolutePath().normalize();
    private static final String EXPECT = "# expect: ";

    static Stream<String> badScenarios() throws IOException {
        try (Stream<Path> files = Files.list(CORPUS)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> !n.equals("base.yaml")).sorted()
                    .toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badScenarios")
    void eachBadScenarioIsRefusedWithItsOneLineMessage(String name) throws IOException {
        Path file = CORPUS.resolve(name);
        String first = Files.readAllLines(file, StandardCharsets.UTF_8).get(0);
        assertThat(first).as("first line of " + name).startsWith(EXPECT);
        String expected = first.substring(EXPECT.length())
                .replace("{file}", file.toString()).replace("{dir}", CORPUS.toString());

        assertThatThrownBy(() -> Loader.load(file))
                .isExactlyInstanceOf(ScenarioException.class)
                .hasMessage(expected);
    }

    @Test
    void theBaseScenarioLoadsWithEveryKindOfValue() {
        Scenario s = Loader.load(CORPUS.resolve("base.yaml"));

        assertThat(s.name()).isEqualTo("base");
        assertThat(s.description()).isEqualTo("A small valid root scenario for the loader's tests.");
        assertThat(s.params().keySet()).containsExactly("run.households", "run.seed",
                "regions.ukraine.household_share", "regions.volga.household_share", "food.survival_share",
                "food.meat_kg_per_head", "procurement.market", "procurement.blacklist_from", "procurement.needs_t",
                "procurement.note");
        assertThat(s.number("run.households")).isEqualTo(1000.0);
        assertThat(s.number("regions.volga.household_share")).isEqualTo(0.8);
        assertThat(s.numbers("food.meat_kg_per_head")).containsExactly(100.0, 60.0);
        assertThat(s.flag("procurement.market")).isFalse();
        assertThat(s.month("procurement.blacklist_from")).isEqualTo(49);  // 1928-10 is month 0
        assertThat(s.byYear("procurement.needs_t", 1927)).isEqualTo(10.0);  // before the first year: the first
        assertThat(s.byYear("procurement.needs_t", 1929)).isEqualTo(10.0);  // a gap: the latest earlier year
        assertThat(s.byYear("procurement.needs_t", 1934)).isEqualTo(20.0);
        assertThat(s.text("procurement.note")).isEqualTo("a \"quoted\" text, with a colon: and a \u00b6 sign");
        assertThat(s.children("")).containsExactly("run", "regions", "food", "procurement");
        assertThat(s.children("regions")).containsExactly("ukraine", "volga");

        Param p = s.params().get("food.survival_share");
        assertThat(p).isEqualTo(new Param("food.survival_share", 0.62, "share of the normal need", 0.4, 0.8,
                "Keys et al. 1950", CORPUS.resolve("base.yaml"), 13));
    }

    @Test
    void aChildChangesValuesAndSourcesAndRemembersWhereEachWasSet(@TempDir Path dir) throws IOException {
        Files.copy(CORPUS.resolve("base.yaml"), dir.resolve("base.yaml"));
        Path child = write(dir, "child.yaml", """
                extends: base.yaml
                run:
                  households: 2000
                regions:
                  volga: {household_share: {value: 0.5, source: "assumption: half"}}
                food.survival_share: 0.7
                procurement:
                  market: true
                  blacklist_from: never
                  needs_t: {1929: 15}
                  note: changed
                """);

        Scenario s = Loader.load(child);

        assertThat(s.name()).isEqualTo("child");  // the file's stem when it has no name of its own
        assertThat(s.description()).isEqualTo("A small valid root scenario for the loader's tests.");
        assertThat(s.params().get("run.households")).isEqualTo(new Param("run.households", 2000.0,
                "simulated households", 700.0, 25_000_000.0, "assumption: test", child, 3));
        assertThat(s.params().get("run.seed").file()).isEqualTo(dir.resolve("base.yaml"));
        assertThat(s.params().get("regions.volga.household_share").source()).isEqualTo("assumption: half");
        assertThat(s.number("food.survival_share")).isEqualTo(0.7);
        assertThat(s.flag("procurement.market")).isTrue();
        assertThat(s.month("procurement.blacklist_from")).isEqualTo(Integer.MAX_VALUE);
        // a schedule in a child is merged year by year into its parent's
        assertThat(s.params().get("procurement.needs_t").value())
                .isEqualTo(new TreeMap<>(Map.of(1928, 10.0, 1929, 15.0, 1930, 20.0)));
        assertThat(s.text("procurement.note")).isEqualTo("changed");
    }

    @Test
    void aChainOfThreeAppliesEachLevelInTurn(@TempDir Path dir) throws IOException {
        Files.copy(CORPUS.resolve("base.yaml"), dir.resolve("base.yaml"));
        write(dir, "middle.yaml", "extends: base.yaml\nname: middle\ndescription: in between\nrun: {seed: 5, households: 900}\n");
        Path top = write(dir, "sub/top.yaml", "extends: ../middle.yaml\nrun: {seed: 6}\n");

        Scenario s = Loader.load(top);

        assertThat(s.name()).isEqualTo("top");
        assertThat(s.description()).isEqualTo("in between");
        assertThat(s.number("run.seed")).isEqualTo(6.0);
        assertThat(s.number("run.households")).isEqualTo(900.0);
        assertThat(s.params().get("run.households").file()).isEqualTo(dir.resolve("middle.yaml"));
    }

    /** The other half of bad-scenarios/schedule-year-*.yaml: years are checked against the run of the file that gives them. */
    @Test
    void aChildThatShortensTheRunKeepsItsParentsLaterYears(@TempDir Path dir) throws IOException {
        Path historical = Path.of("scenarios/historical.yaml").toAbsolutePath();
        Path child = write(dir, "short.yaml", "extends: " + historical + "\nrun: {months: 12}\n"
                + "procurement: {centre_needs_t: {1929: 15000000}}\n");

        Scenario s = Loader.load(child);

        assertThat(s.number("run.months")).isEqualTo(12.0);
        assertThat(s.byYear("procurement.centre_needs_t", 1929)).isEqualTo(15_000_000.0);
        assertThat(s.byYear("procurement.centre_needs_t", 1934)).as("the parent's year, outside this run").isEqualTo(24_000_000.0);
    }

    @Test
    void explicitStandardTagsReadAsTheirPlainValues(@TempDir Path dir) throws IOException {
        Files.copy(CORPUS.resolve("base.yaml"), dir.resolve("base.yaml"));
        Path child = write(dir, "tagged.yaml", """
                extends: !!str base.yaml
                name: !!str tagged
                run:
                  households: !!int 800
                food:
                  survival_share: !!float "0.5"
                procurement:
                  market: !!bool "true"
                  note: !!str 5
                  needs_t: {!!int 1931: 30}
                """);

        Scenario s = Loader.load(child);

        assertThat(s.name()).isEqualTo("tagged");
        assertThat(s.number("run.households")).isEqualTo(800.0);
        assertThat(s.number("food.survival_share")).isEqualTo(0.5);
        assertThat(s.flag("procurement.market")).isTrue();
        assertThat(s.text("procurement.note")).isEqualTo("5");
        assertThat(s.byYear("procurement.needs_t", 1931)).isEqualTo(30.0);
    }

    @Test
    void aZeroByteFileIsEmpty(@TempDir Path dir) throws IOException {
        Path f = write(dir, "empty.yaml", "");
        assertThatThrownBy(() -> Loader.load(f)).isExactlyInstanceOf(ScenarioException.class)
                .hasMessage(f + ": is empty");
        Path blank = write(dir, "blank.yaml", "  \n\n\t\n");
        assertThatThrownBy(() -> Loader.load(blank)).hasMessage(blank + ": is empty");
    }

    @Test
    void aMissingFileIsRefused(@TempDir Path dir) {
        Path f = dir.resolve("nowhere.yaml");
        assertThatThrownBy(() -> Loader.load(f)).isExactlyInstanceOf(ScenarioException.class)
                .hasMessage(f + ": no such file");
    }

    @Test
    void aDirectoryIsNotAScenario(@TempDir Path dir) throws IOException {
        Path d = Files.createDirectory(dir.resolve("scenario.yaml"));
        assertThatThrownBy(() -> Loader.load(d)).isExactlyInstanceOf(ScenarioException.class)
                .hasMessage(d + ": is a directory, not a scenario file");
    }

    @Test
    void aRelativePathIsReportedAbsolute() {
        Path relative = Path.of("src/test/resources/bad-scenarios/negative-count.yaml");
        assertThatThrownBy(() -> Loader.load(relative)).hasMessageStartingWith(
                relative.toAbsolutePath() + ":4: key 'run.households': ");
    }

    @Test
    void invalidUtf8IsRefused(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("latin1.yaml");
        byte[] head = "extends: base.yaml\nname: \"".getBytes(StandardCharsets.US_ASCII);
        byte[] bad = {(byte) 0xC4, (byte) 0x20, (byte) 0xFF, (byte) 0xFE};  // a lead byte without its tail, then bytes never used in UTF-8
        byte[] tail = "\"\n".getBytes(StandardCharsets.US_ASCII);
        byte[] all = new byte[head.length + bad.length + tail.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(bad, 0, all, head.length, bad.length);
        System.arraycopy(tail, 0, all, head.length + bad.length, tail.length);
        Files.write(f, all);

        assertThatThrownBy(() -> Loader.load(f)).isExactlyInstanceOf(ScenarioException.class)
                .hasMessage(f + ": is not valid UTF-8 text");
    }

    @Test
    void aUtf8ByteOrderMarkIsAccepted(@TempDir Path dir) throws IOException {
        Files.copy(CORPUS.resolve("base.yaml"), dir.resolve("base.yaml"));
        Path f = write(dir, "bom.yaml", "\ufeffextends: base.yaml\nrun:\n  seed: 3\n");
        assertThat(Loader.load(f).number("run.seed")).isEqualTo(3.0);
    }

    @Test
    void aFileOverTheSizeLimitIsRefusedBeforeItIsRead(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("huge.yaml");
        StringBuilder b = new StringBuilder("extends: base.yaml\n");
        while (b.length() <= Loader.MAX_FILE_BYTES) b.append("# padding padding padding padding padding padding\n");
        Files.writeString(f, b, StandardCharsets.UTF_8);
        long size = Files.size(f);
        assertThat(size).isGreaterThan(Loader.MAX_FILE_BYTES);

        assertThatThrownBy(() -> Loader.load(f)).isExactlyInstanceOf(ScenarioException.class)
                .hasMessage(f + ": is " + size + " bytes; a scenario may be at most 1000000 bytes");
    }

    @Test
    void tooManyValuesAreRefused(@TempDir Path dir) throws IOException {
        Files.copy(CORPUS.resolve("base.yaml"), dir.resolve("base.yaml"));
        StringBuilder b = new StringBuilder("extends: base.yaml\nfood:\n  meat_kg_per_head: [");
        for (int i = 0; i < Loader.MAX_NODES; i++) b.append("1, ");
        b.append("1]\n");
        Path f = write(dir, "long.yaml", b.toString());

        assertThatThrownBy(() -> Loader.load(f)).isExactlyInstanceOf(ScenarioException.class)
                .hasMessage(f + ":3: has more than 50000 values (or aliases that expand to that many); a scenario is far smaller");
    }

    /** Half a million nested brackets fit in the size limit; reading them must not overflow the stack. */
    @Test
    void deeplyNestedInputIsRefusedWithoutOverflowingTheStack(@TempDir Path dir) throws IOException {
        int depth = 400_000;
        Path f = write(dir, "deep.yaml", "extends: base.yaml\nrun: " + "[".repeat(depth) + "]".repeat(depth) + "\n");
        assertThat(Files.size(f)).isLessThan(Loader.MAX_FILE_BYTES);

        assertThatThrownBy(() -> Loader.load(f)).isExactlyInstanceOf(ScenarioException.class)
                .hasMessage(f + ":2: is nested more than 12 levels deep");
        Path block = write(dir, "deep-block.yaml", blockNesting(100));  // k0 on line 1 ... k12 on line 13 is too deep
        assertThatThrownBy(() -> Loader.load(block)).isExactlyInstanceOf(ScenarioException.class)
                .hasMessage(block + ":13: is nested more than 12 levels deep");
    }

    private static String blockNesting(int depth) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < depth; i++) b.append("  ".repeat(i)).append("k").append(i).append(":\n");
        return b.append("  ".repeat(depth)).append("1\n").toString();
    }

    static Path write(Path dir, String name, String text) throws IOException {
        Path f = dir.resolve(name).toAbsolutePath().normalize();
        Files.createDirectories(f.getParent());
        Files.writeString(f, text, StandardCharsets.UTF_8);
        return f;
    }
}
