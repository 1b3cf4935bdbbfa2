package org.collectivization.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A scenario's {@code lever_changes} (what the classroom GUI records): read and checked by the loader,
 * inherited by a child, written into the resolved scenario, and applied by the runner at the start of
 * their months. Bad lists are in {@code bad-scenarios/lever-change-*.yaml}. Runs here are small
 * (2,000 households) and exact: nothing is left to chance.
 */
class LeverChangesTest {
    static final Path HISTORICAL = Path.of("scenarios", "historical.yaml").toAbsolutePath();
    static final int HOUSEHOLDS = 2_000;

    @TempDir
    Path dir;

    private Path record(String name, String changes) throws IOException {
        String text = "extends: " + dir.relativize(HISTORICAL) + "\nrun:\n  households: " + HOUSEHOLDS + "\n  seed: 3\n" + changes;
        return LoaderTest.write(dir, name, text);
    }

    private byte[] timeseries(Scenario s, String name) throws IOException {
        return timeseries(s, dir, name);
    }

    /** The bytes of the timeseries.csv of {@code s} run on two threads, written into {@code dir} as NAME.csv. */
    static byte[] timeseries(Scenario s, Path dir, String name) throws IOException {
        RunResult r = Runner.run(s, Runner.params(s), 2, null);
        Path f = dir.resolve(name + ".csv");
        r.writeTimeseries(f);
        return Files.readAllBytes(f);
    }

    @Test
    void theLoaderReadsNumbersAndMonthsAndAChildAddsItsChangesAfterItsParents() throws IOException {
        Files.copy(LoaderTest.CORPUS.resolve("base.yaml"), dir.resolve("base.yaml"));
        LoaderTest.write(dir, "parent.yaml", """
                extends: base.yaml
                lever_changes:
                  - {month: "1931-07", key: food.survival_share, value: 0.5}
                """);
        Path child = LoaderTest.write(dir, "child.yaml", """
                extends: parent.yaml
                lever_changes:
                  - {month: "1930-01", key: procurement.blacklist_from, value: never}
                  - month: "1932-02"
                    key: food.survival_share
                    value: 0.7
                """);

        Scenario s = Loader.load(child);

        assertThat(s.leverChanges()).extracting(LeverChange::month, LeverChange::key, LeverChange::value).containsExactly(
                org.assertj.core.groups.Tuple.tuple("1931-07", "food.survival_share", 0.5),
                org.assertj.core.groups.Tuple.tuple("1930-01", "procurement.blacklist_from", "never"),
                org.assertj.core.groups.Tuple.tuple("1932-02", "food.survival_share", 0.7));
        assertThat(s.leverChanges().get(0).file()).isEqualTo(dir.resolve("parent.yaml"));
        assertThat(s.leverChanges().get(2).line()).isEqualTo(4);
        assertThat(s.leverChangesAt(15)).extracting(LeverChange::key).containsExactly("procurement.blacklist_from");
        assertThat(s.number("food.survival_share")).as("the starting value is the parent's").isEqualTo(0.62);
        assertThat(s.with("run.seed", 9, "--seed").leverChanges()).as("overrides keep the changes").hasSize(3);
    }

    @Test
    void aScenarioWithoutLeverChangesHasNone() {
        assertThat(Loader.load(HISTORICAL).leverChanges()).isEmpty();
    }

    @Test
    void aChangeInTheFirstMonthOfALeverReadEveryMonthEqualsStartingWithThatValue() throws IOException {
        Scenario changed = Loader.load(record("first-month.yaml", """
                lever_changes:
                  - {month: "1928-10", key: exports.share_of_surplus, value: 0.2}
                  - {month: "1928-10", key: state.responsiveness, value: 0.9}
                """));
        Scenario fromStart = Loader.load(record("plain.yaml", "")).with("exports.share_of_surplus", 0.2, "test")
                .with("state.responsiveness", 0.9, "test");

        assertThat(timeseries(changed, "changed")).isEqualTo(timeseries(fromStart, "from-start"));
    }

    @Test
    void aLaterChangeLeavesTheMonthsBeforeItAloneAndChangesTheRun() throws IOException {
        Scenario plain = Loader.load(record("plain.yaml", ""));
        Scenario changed = Loader.load(record("later.yaml", """
                lever_changes:
                  - {month: "1932-07", key: procurement.share_of_estimate_cap, value: 0.1}
                  - {month: "1932-07", key: migration.blockade_from, value: never}
                """));

        List<String> a = lines(timeseries(plain, "plain"));
        List<String> b = lines(timeseries(changed, "later"));

        int july1932 = 1 + 45;  // header, then October 1928 = row 0
        assertThat(b.get(july1932)).startsWith("1932-07,");
        assertThat(b.subList(0, july1932)).as("rows before July 1932").isEqualTo(a.subList(0, july1932));
        assertThat(b).as("the whole run").isNotEqualTo(a);
        int turnedBack = Recorder().indexOf("turned_back");
        double in1933 = 0;
        for (String row : b) if (row.startsWith("1933-")) in1933 += Double.parseDouble(row.split(",")[turnedBack]);
        assertThat(in1933).as("nobody is turned back in 1933 once the blockade is lifted").isZero();
    }

    private static List<String> Recorder() {
        return org.collectivization.observe.Recorder.COLUMNS.stream().map(org.collectivization.observe.Column::name).toList();
    }

    private static List<String> lines(byte[] csv) {
        return List.of(new String(csv, StandardCharsets.UTF_8).split("\n"));
    }

    @Test
    void theResolvedScenarioKeepsTheChangesAndRunsTheSame() throws IOException {
        Scenario changed = Loader.load(record("later.yaml", """
                lever_changes:
                  - {month: "1931-03", key: collectivization.campaign_intensity, value: 0.2}
                  - {month: "1932-11", key: migration.blockade_from, value: "1932-12"}
                """));
        Path resolved = dir.resolve("resolved.yaml");
        Files.writeString(resolved, ScenarioWriter.toYaml(changed), StandardCharsets.UTF_8);

        Scenario back = Loader.load(resolved);

        assertThat(back.leverChanges()).extracting(LeverChange::month, LeverChange::key, LeverChange::value)
                .containsExactlyElementsOf(changed.leverChanges().stream()
                        .map(c -> org.assertj.core.groups.Tuple.tuple(c.month(), c.key(), c.value())).toList());
        assertThat(timeseries(back, "back")).isEqualTo(timeseries(changed, "changed"));
    }

    @Test
    void aChangeAfterTheRunsLastMonthIsRefusedWhenTheRunIsRead() throws IOException {
        Path f = record("too-late.yaml", """
                lever_changes:
                  - {month: "1935-01", key: state.responsiveness, value: 0.9}
                """);
        Scenario s = Loader.load(f);

        assertThatThrownBy(() -> Runner.params(s)).isExactlyInstanceOf(ScenarioException.class)
                .hasMessage(f + ":6: key 'state.responsiveness': lever change in 1935-01 is after the run's last month, 1934-12");
    }

    @Test
    void withAppliesAMonthChangeAndRefusesAMonthForANumber() {
        Scenario s = Loader.load(HISTORICAL);

        Scenario t = s.with(new LeverChange("1931-01", "migration.blockade_from", "never"));

        assertThat(t.text("migration.blockade_from")).isEqualTo("never");
        assertThat(t.params().get("migration.blockade_from").source()).endsWith("; set to never by lever change of 1931-01");
        assertThatThrownBy(() -> s.with(new LeverChange("1931-01", "state.responsiveness", "never")))
                .isExactlyInstanceOf(ScenarioException.class)
                .hasMessageEndingWith("key 'state.responsiveness': must be a number in [0, 1], found 'never' (from lever change of 1931-01)");
    }

    /**
     * A branch (compare --branch-at, or branch from a checkpoint) whose scenario changed a lever before the
     * branch month runs from that month with the changed value, as if it had been the scenario's own.
     */
    @Test
    void aBranchRunsWithTheLeverChangesItsScenarioMadeBeforeTheBranchMonth() throws IOException {
        Scenario history = Loader.load(record("history.yaml", ""));
        Scenario changed = Loader.load(record("changed.yaml", """
                lever_changes:
                  - {month: "1929-03", key: state.responsiveness, value: 0.95}
                  - {month: "1929-05", key: exports.share_of_surplus, value: 0.1}
                """));
        Scenario set = Loader.load(record("set.yaml", """
                state:
                  responsiveness: {value: 0.95, source: "test"}
                exports:
                  share_of_surplus: {value: 0.1, source: "test"}
                """));
        int branch = org.collectivization.model.Calendar.monthIndex("1931-07");
        assertThat(Metrics.of(Runner.runBranched(history, changed, branch, 2)))
                .isEqualTo(Metrics.of(Runner.runBranched(history, set, branch, 2)))
                .isNotEqualTo(Metrics.of(Runner.runBranched(history, history, branch, 2)));

        Path file = dir.resolve("c.ser.gz");
        Runner.run(history, Runner.params(history), 2, null, new Checkpoint.Request(branch, file));
        assertThat(Metrics.of(Checkpoint.read(file).branch(changed, null)))
                .isEqualTo(Metrics.of(Checkpoint.read(file).branch(set, null)));
    }

    /** The shared history of a branched run follows the history scenario's own lever changes, as run does. */
    @Test
    void theSharedHistoryFollowsTheHistorysOwnLeverChanges() throws IOException {
        Scenario history = Loader.load(record("history.yaml", """
                lever_changes:
                  - {month: "1929-11", key: state.responsiveness, value: 0.95}
                """));
        int branch = org.collectivization.model.Calendar.monthIndex("1932-07");
        RunResult plain = Runner.run(history, Runner.params(history), 2, null);
        RunResult branched = Runner.runBranched(history, history, branch, 2);
        assertThat(Metrics.of(branched)).isEqualTo(Metrics.of(plain));
    }
}
