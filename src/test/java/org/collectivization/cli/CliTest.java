package org.collectivization.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.collectivization.experiment.Loader;
import org.collectivization.experiment.ScenarioWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line, run in-process through {@link Main#execute}: help exits 0; a mistake exits 2 with one line
 * on stderr, no stack trace, and nothing written; a small real run writes its folder.
 */
class CliTest {
    private static final Path HISTORICAL = Path.of("scenarios/historical.yaml");
    /** The loader tests' small root scenario: households in [700, 25000000], seed in [0, 2147483647]. */
    private static final Path BASE = Path.of("src/test/resources/bad-scenarios/base.yaml").toAbsolutePath();

    @TempDir
    Path tmp;

    record Result(int status, String out, String err) {
        List<String> errLines() {
            return err.lines().toList();
        }
    }

    /** Asserts the command exits 2 with one line on stderr that says {@code expected}, and writes no {@code out}. */
    static void refused(java.nio.file.Path out, String expected, String... args) {
        Result r = execute(args);
        org.assertj.core.api.Assertions.assertThat(r.status()).as(String.join(" ", args)).isEqualTo(2);
        org.assertj.core.api.Assertions.assertThat(r.errLines()).hasSize(1);
        org.assertj.core.api.Assertions.assertThat(r.err()).startsWith("collectivization: ").contains(expected).doesNotContain("Exception");
        org.assertj.core.api.Assertions.assertThat(out).doesNotExist();
    }

    static Result execute(String... args) {
        PrintStream oldOut = System.out, oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        int status;
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            status = Main.execute(args);
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
        return new Result(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** Every command's name, read from the command line itself (so that a new command is covered too). */
    static java.util.stream.Stream<String> commands() {
        return new picocli.CommandLine(new Main()).getSubcommands().keySet().stream().filter(c -> !c.equals("help"));
    }

    /** picocli reads descriptions as format strings: a lone % (as in "95 % t") garbles the help and warns. */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.MethodSource("commands")
    void everyCommandsHelpIsCleanText(String command) {
        PrintStream oldErr = System.err;
        ByteArrayOutputStream warnings = new ByteArrayOutputStream();
        Result r;
        try {
            System.setErr(new PrintStream(warnings, true, StandardCharsets.UTF_8));  // picocli warns on the real stderr
            r = execute(command, "--help");
        } finally {
            System.setErr(oldErr);
        }
        assertThat(r.status()).isZero();
        assertThat(r.err() + warnings.toString(StandardCharsets.UTF_8)).doesNotContain("WARN");
        assertThat(r.out()).startsWith("Usage: collectivization " + command).doesNotContain("%n", "%%");
    }

    /** The list of commands gives each a one-line summary that is a whole sentence, not a cut-off line. */
    @Test
    void theCommandListSummarisesEachCommandInOneSentence() {
        Result r = execute("--help");
        List<String> lines = r.out().lines().toList();
        List<String> names = commands().toList();
        assertThat(names).hasSizeGreaterThanOrEqualTo(8);
        for (String name : names) {
            String line = lines.stream().filter(l -> l.startsWith("  " + name + " ")).findFirst().orElseThrow();
            assertThat(line.trim()).as(name).endsWith(".");
            int next = lines.indexOf(line) + 1;
            assertThat(lines.get(next)).as("the line after %s's summary", name).doesNotStartWith("     ");
        }
    }

    @Test
    void helpListsEveryCommandAndOption() {
        Result r = execute("--help");

        assertThat(r.status()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).startsWith("Usage: collectivization [-hV] [COMMAND]")
                .contains("-h, --help", "-V, --version", "\n  run ", "\n  report ", "\n  bench ", "\n  help ",
                        "Exit status: 0 done; 1 a failure while running (a full disk, a bug);",
                        "Paths on the command line are read from the folder you are in");
    }

    @Test
    void runHelpListsEveryOption() {
        Result r = execute("run", "--help");

        assertThat(r.status()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).startsWith("Usage: collectivization run [-hV] [--force] [--no-report]")
                .contains("SCENARIO", "--seed=N", "--households=N", "--out=DIR", "--threads=T", "--no-report",
                        "--force", "--checkpoint-at=YYYY-MM", "-h, --help", "-V, --version");
    }

    @Test
    void benchPrintsItsTableForTheSizesAsked() {
        Result r = execute("bench", "--sizes", "2500,3000", "--reps", "1", "--warmup", "0", "--threads", "1", "--quiet");

        assertThat(r.status()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out().lines().toList()).hasSize(4);
        assertThat(r.out()).contains("household-months/s", "| 2,500 | 1 | ", "| 3,000 | 1 | ");
    }

    @Test
    void benchRefusesANonPositiveSize() {
        Result r = execute("bench", "--sizes", "2500,0");
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.errLines()).hasSize(1);
        assertThat(r.err()).startsWith("collectivization: --sizes must be positive");
    }

    @Test
    void noArgumentsPrintsTheUsage() {
        Result r = execute();
        assertThat(r.status()).isZero();
        assertThat(r.out()).startsWith("Usage: collectivization [-hV] [COMMAND]");
    }

    @Test
    void anUnknownOption() throws IOException {
        assertMistake("collectivization: Unknown option: '--bogus' (see: collectivization run --help)",
                "run", HISTORICAL.toString(), "--bogus", "--out", tmp.resolve("r").toString());
    }

    @Test
    void anUnknownCommand() throws IOException {
        assertMistake("collectivization: Unmatched arguments from index 0: 'simulate', 'scenarios/historical.yaml' "
                        + "(see: collectivization --help)",
                "simulate", HISTORICAL.toString());
    }

    @Test
    void aMissingScenarioArgument() throws IOException {
        assertMistake("collectivization: Missing required parameter: 'SCENARIO' (see: collectivization run --help)",
                "run", "--out", tmp.resolve("r").toString());
    }

    @Test
    void householdsBelowTheScenariosMinimum() throws IOException {
        assertMistake("collectivization: " + BASE + ": key 'run.households': 0 (from --households) is outside the "
                        + "allowed range; allowed: a number in [700, 25000000] (simulated households)",
                "run", BASE.toString(), "--households", "0", "--out", tmp.resolve("r").toString());
        assertMistake("collectivization: " + BASE + ": key 'run.households': -5 (from --households) is outside the "
                        + "allowed range; allowed: a number in [700, 25000000] (simulated households)",
                "run", BASE.toString(), "--households", "-5", "--out", tmp.resolve("r").toString());
    }

    @Test
    void householdsBelowTheHistoricalScenariosMinimum() throws IOException {
        Result r = assertMistakeLine("run", HISTORICAL.toString(), "--households", "0", "--out", tmp.resolve("r").toString());
        assertThat(r.err()).startsWith("collectivization: " + HISTORICAL.toAbsolutePath()
                + ": key 'run.households': 0 (from --households) is outside the allowed range; allowed: a number in [");
    }

    @Test
    void householdsThatAreNotANumber() throws IOException {
        assertMistake("collectivization: Invalid value for option '--households': 'abc' is not an int "
                        + "(see: collectivization run --help)",
                "run", HISTORICAL.toString(), "--households", "abc", "--out", tmp.resolve("r").toString());
    }

    @Test
    void aNegativeSeed() throws IOException {
        assertMistake("collectivization: --seed must be a non-negative integer, got -1",
                "run", HISTORICAL.toString(), "--seed", "-1", "--out", tmp.resolve("r").toString());
    }

    @Test
    void aSeedAboveTheScenariosRange() throws IOException {
        assertMistake("collectivization: " + BASE + ": key 'run.seed': 99999999999 (from --seed) is outside the "
                        + "allowed range; allowed: a number in [0, 2147483647] (integer)",
                "run", BASE.toString(), "--seed", "99999999999", "--out", tmp.resolve("r").toString());
    }

    @Test
    void aSeedThatIsNotANumber() throws IOException {
        assertMistake("collectivization: Invalid value for option '--seed': 'x' is not a long "
                        + "(see: collectivization run --help)",
                "run", HISTORICAL.toString(), "--seed", "x", "--out", tmp.resolve("r").toString());
    }

    @Test
    void noThreads() throws IOException {
        assertMistake("collectivization: --threads must be at least 1, got 0",
                "run", HISTORICAL.toString(), "--threads", "0", "--out", tmp.resolve("r").toString());
    }

    @Test
    void aMissingScenarioFile() throws IOException {
        Path missing = tmp.resolve("nowhere.yaml");
        assertMistake("collectivization: " + missing + ": no such file",
                "run", missing.toString(), "--out", tmp.resolve("r").toString());
    }

    @Test
    void aScenarioWithAnUnknownKey() throws IOException {
        Path typo = tmp.resolve("typo.yaml");
        Files.writeString(typo, "extends: " + HISTORICAL.toAbsolutePath() + "\nrun:\n  househods: 2000\n");
        assertMistake("collectivization: " + typo + ":3: key 'run.househods': unknown key; did you mean 'run.households'?",
                "run", typo.toString(), "--out", tmp.resolve("r").toString());
    }

    /** A root scenario may declare a key the loader cannot judge; the model never reads it, so it is refused. */
    @Test
    void aScenarioWithAKeyTheModelNeverReads() throws IOException {
        Path extra = tmp.resolve("extra.yaml");
        String yaml = ScenarioWriter.toYaml(Loader.load(HISTORICAL))
                + "run_notes: {value: 1, unit: none, range: [0, 2], source: \"assumption: a typo catcher test\"}\n";
        Files.writeString(extra, yaml);
        long line = yaml.lines().count();
        assertMistake("collectivization: " + extra + ":" + line + ": key 'run_notes': unknown key",
                "run", extra.toString(), "--out", tmp.resolve("r").toString());
    }

    @Test
    void anOutFolderThatAlreadyExists() throws IOException {
        Path existing = Files.createDirectory(tmp.resolve("earlier-run"));
        Files.writeString(existing.resolve("timeseries.csv"), "month\n");
        assertMistake("collectivization: --out " + existing + " already exists; choose a new folder (or --force to "
                + "replace it)", "run", HISTORICAL.toString(), "--out", existing.toString());
        assertThat(Files.readString(existing.resolve("timeseries.csv"))).isEqualTo("month\n");
    }

    @Test
    void forceReplacesAnEarlierRunOnlyOnceTheNewOneIsComplete() throws IOException {
        Path out = tmp.resolve("r");
        assertThat(execute("run", HISTORICAL.toString(), "--households", "2000", "--seed", "3", "--out", out.toString(),
                "--no-report").status()).isZero();

        Result again = execute("run", HISTORICAL.toString(), "--households", "2000", "--seed", "4", "--out",
                out.toString(), "--no-report", "--force");

        assertThat(again.status()).as(again.err()).isZero();
        assertThat(Files.readString(out.resolve("manifest.json"))).contains("\"seed\" : 4");
        try (Stream<Path> files = Files.list(tmp)) {
            assertThat(files).as("no partial or replaced folder left beside the run").containsExactly(out);
        }
    }

    @Test
    void forceRefusesToReplaceAFolderThatIsNotARun() throws IOException {
        Path notes = Files.createDirectory(tmp.resolve("notes"));
        Files.writeString(notes.resolve("a.txt"), "keep me");
        assertMistake("collectivization: --out " + notes + " is not a run folder of this program (it has no manifest.json); "
                + "--force replaces only run folders, and nothing was touched", "run", HISTORICAL.toString(), "--out", notes.toString(), "--force");
        assertThat(Files.readString(notes.resolve("a.txt"))).isEqualTo("keep me");
    }

    @Test
    void aCheckpointMonthOutsideTheRunOrMalformed() throws IOException {
        assertMistake("collectivization: --checkpoint-at 1940-01 is outside the run: allowed 1928-11 to 1934-12",
                "run", HISTORICAL.toString(), "--checkpoint-at", "1940-01", "--out", tmp.resolve("r").toString());
        assertMistake("collectivization: --checkpoint-at must be a month YYYY-MM, got 'July 1932'",
                "run", HISTORICAL.toString(), "--checkpoint-at", "July 1932", "--out", tmp.resolve("r").toString());
    }

    @Test
    void branchingFromAFileThatIsNotACheckpoint() throws IOException {
        Path notes = Files.writeString(tmp.resolve("notes.ser.gz"), "x");
        assertMistake("collectivization: " + notes + " is not a checkpoint (not a compressed file)",
                "branch", notes.toString(), "--scenario", HISTORICAL.toString(), "--out", tmp.resolve("b").toString());
    }

    @Test
    void aRunWithACheckpointThenABranchThatChangesNothing() throws IOException {
        Path run = tmp.resolve("run"), branch = tmp.resolve("branch");
        Result r = execute("run", HISTORICAL.toString(), "--households", "2000", "--seed", "2", "--out", run.toString(),
                "--no-report", "--checkpoint-at", "1932-07");
        assertThat(r.status()).as(r.err()).isZero();
        Path checkpoint = run.resolve("checkpoint-1932-07.ser.gz");
        assertThat(checkpoint).isRegularFile();

        Result b = execute("branch", checkpoint.toString(), "--scenario", HISTORICAL.toString(), "--out",
                branch.toString(), "--no-report");

        assertThat(b.status()).as(b.err()).isZero();
        assertThat(Files.readString(branch.resolve("timeseries.csv"))).isEqualTo(Files.readString(run.resolve("timeseries.csv")));
    }

    /** A run of historical.yaml (2,000 households, seed 2) into {@code run}; its checkpoint of 1932-07. */
    private static Path checkpointOfARun(Path run) {
        Result r = execute("run", HISTORICAL.toString(), "--households", "2000", "--seed", "2", "--out", run.toString(),
                "--no-report", "--checkpoint-at", "1932-07");
        assertThat(r.status()).as(r.err()).isZero();
        return run.resolve("checkpoint-1932-07.ser.gz");
    }

    /** Issue "Nothing lost, nothing wasted", item 9: a branch's manifest records the run it continues. */
    @Test
    void aBranchFromAnotherScenariosCheckpointRecordsWhereItCameFrom() throws Exception {
        Path run = tmp.resolve("run");
        Path checkpoint = checkpointOfARun(run);

        Path branch = tmp.resolve("branch");
        Result b = execute("branch", checkpoint.toString(), "--scenario", "scenarios/nep-continued.yaml", "--out",
                branch.toString(), "--no-report");

        assertThat(b.status()).as(b.err()).isZero();
        var manifest = new com.fasterxml.jackson.databind.ObjectMapper().readTree(branch.resolve("manifest.json").toFile());
        assertThat(manifest.get("scenario").asText()).isEqualTo("nep-continued");
        var from = manifest.get("continued_from");
        assertThat(from).as("manifest.json of a branch").isNotNull();
        assertThat(from.get("run").asText()).isEqualTo(run.toString());
        assertThat(from.get("scenario").asText()).isEqualTo("historical");
        assertThat(from.get("seed").asLong()).isEqualTo(2);
        assertThat(from.get("month").asText()).isEqualTo("1932-07");
        assertThat(from.get("checkpoint_sha256").asText()).isEqualTo(java.util.HexFormat.of().formatHex(
                java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(checkpoint))));
    }

    /** Issue "Nothing lost, nothing wasted", item 10: an altered or cut checkpoint is refused as damaged. */
    @Test
    void aCheckpointAlteredAndCompressedAgainOrCutShortIsRefusedAsDamaged() throws IOException {
        byte[] bytes = Files.readAllBytes(checkpointOfARun(tmp.resolve("run")));
        byte[] state;
        try (var in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(bytes))) {
            state = in.readAllBytes();
        }
        for (int i = 0; i < 64; i++) state[state.length / 2 + i] ^= 0x01;
        Path altered = tmp.resolve("altered.ser.gz");
        try (var out = new java.util.zip.GZIPOutputStream(Files.newOutputStream(altered))) {
            out.write(state);
        }
        assertMistake("collectivization: " + altered + " is damaged: its checksum does not match (its contents were "
                + "changed after it was written)", "branch", altered.toString(), "--scenario",
                "scenarios/nep-continued.yaml", "--out", tmp.resolve("b2").toString());

        Path cut = Files.write(tmp.resolve("cut.ser.gz"), java.util.Arrays.copyOf(bytes, bytes.length / 2));
        assertMistake("collectivization: " + cut + " is damaged (it ends early)", "branch", cut.toString(),
                "--scenario", "scenarios/nep-continued.yaml", "--out", tmp.resolve("b3").toString());
    }

    @Test
    void anOutFolderUnderAFile() throws IOException {
        Path file = Files.writeString(tmp.resolve("notes.txt"), "x");
        Path out = file.resolve("r");
        assertMistake("collectivization: --out " + out + " cannot be created: " + file + " is not a folder",
                "run", HISTORICAL.toString(), "--out", out.toString());
    }

    @Test
    void reportOnAFolderThatIsNotARun() throws IOException {
        Path empty = Files.createDirectory(tmp.resolve("empty"));
        assertMistake("collectivization: " + empty + " has no timeseries.csv; is it a run folder?", "report", empty.toString());
        assertMistake("collectivization: " + tmp.resolve("none") + " is not a run folder", "report",
                tmp.resolve("none").toString());
    }

    @Test
    void aSmallRealRunWritesItsFolder() throws IOException {
        Path out = tmp.resolve("r");

        Result r = execute("run", HISTORICAL.toString(), "--households", "2000", "--seed", "3", "--out", out.toString(),
                "--no-report");

        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("historical, seed 3, 2,000 households simulated (each stands for 12,500)\n")
                .endsWith("Written to " + out + "\n");
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("timeseries.csv", "regions.csv", "summary.json", "scenario.yaml", "manifest.json");
        }
        try (Stream<Path> files = Files.list(tmp)) {
            assertThat(files).as("no partial folder left beside the run").containsExactly(out);
        }
        assertThat(Files.readAllLines(out.resolve("timeseries.csv")).get(0))
                .startsWith("month,population,births,deaths,excess_deaths,excess_deaths_ukraine");
        assertThat(Files.readString(out.resolve("manifest.json"))).contains("\"seed\" : 3", "\"households_simulated\" : 2000");
        // the resolved scenario in the folder holds the command line's values
        assertThat(Loader.load(out.resolve("scenario.yaml")).number("run.households")).isEqualTo(2000.0);
        assertThat(Loader.load(out.resolve("scenario.yaml")).number("run.seed")).isEqualTo(3.0);
    }

    @Test
    void progressIsSilentForWorkThatEndsWithinTwoSeconds() {
        PrintStream oldErr = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            try (Progress p = new Progress("run test", 10, "months")) {
                for (int i = 1; i <= 10; i++) p.update(i);
            }
        } finally {
            System.setErr(oldErr);
        }
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    /** Exit 2, exactly {@code expected} on stderr, nothing on stdout, and nothing new in the temporary folder. */
    private void assertMistake(String expected, String... args) throws IOException {
        Result r = assertMistakeLine(args);
        assertThat(r.err()).isEqualTo(expected + System.lineSeparator());
    }

    private Result assertMistakeLine(String... args) throws IOException {
        List<Path> before = listing();
        Result r = execute(args);
        assertThat(r.status()).as(r.err()).isEqualTo(2);
        assertThat(r.errLines()).as("one line on stderr").hasSize(1);
        assertThat(r.err()).doesNotContain("Exception", "\tat ");
        assertThat(r.out()).isEmpty();
        assertThat(listing()).as("nothing new written").isEqualTo(before);
        return r;
    }

    private List<Path> listing() throws IOException {
        try (Stream<Path> s = Files.walk(tmp)) {
            return s.sorted().toList();
        }
    }
}
