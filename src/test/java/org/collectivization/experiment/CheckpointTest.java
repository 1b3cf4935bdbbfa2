package org.collectivization.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import org.collectivization.model.Calendar;
import org.collectivization.model.Params;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Checkpoints and branches (README, "Running": branching): saving the model at the start of a month changes nothing; a
 * branch that changes nothing is byte-identical to the uninterrupted run; a branch under another
 * scenario agrees with the run month by month up to the branch point and then departs from it.
 * Deterministic (seed 5, 10,000 households).
 */
class CheckpointTest {
    private static final int HOUSEHOLDS = 10_000;
    private static final long SEED = 5;
    private static final String BRANCH_MONTH = "1932-07";

    @TempDir
    Path tmp;

    private static Scenario scenario(String file) {
        return Loader.load(Path.of("scenarios", file)).with("run.households", HOUSEHOLDS, "test").with("run.seed", SEED, "test");
    }

    private static List<String> rows(RunResult r, Path file) throws IOException {
        r.writeTimeseries(file);
        return Files.readAllLines(file);
    }

    @Test
    void aBranchThatChangesNothingIsTheUninterruptedRun() throws IOException {
        Scenario historical = scenario("historical.yaml");
        Params p = Runner.params(historical);
        List<String> uninterrupted = rows(Runner.run(historical, p, 2, null), tmp.resolve("a.csv"));

        Path file = tmp.resolve("checkpoint.ser.gz");
        int month = Calendar.monthIndex(BRANCH_MONTH);
        List<String> withCheckpoint = rows(Runner.run(historical, Runner.params(historical), 2, null,
                new Checkpoint.Request(month, file)), tmp.resolve("b.csv"));
        assertThat(withCheckpoint).as("saving a checkpoint does not change the run").isEqualTo(uninterrupted);

        Checkpoint c = Checkpoint.read(file);
        assertThat(c.monthLabel()).isEqualTo(BRANCH_MONTH);
        List<String> branched = rows(c.branch(scenario("historical.yaml"), null), tmp.resolve("c.csv"));
        assertThat(branched).as("a branch under the same scenario is byte-identical to the uninterrupted run")
                .isEqualTo(uninterrupted);
    }

    @Test
    void aBranchUnderAnotherPolicyAgreesUpToTheBranchPointAndThenDeparts() throws IOException {
        Scenario historical = scenario("historical.yaml");
        Path file = tmp.resolve("checkpoint.ser.gz");
        int month = Calendar.monthIndex(BRANCH_MONTH);
        List<String> run = rows(Runner.run(historical, Runner.params(historical), 1, null,
                new Checkpoint.Request(month, file)), tmp.resolve("a.csv"));

        List<String> nep = rows(Checkpoint.read(file).branch(scenario("nep-continued.yaml"), null), tmp.resolve("n.csv"));
        List<String> nepAgain = rows(Checkpoint.read(file).branch(scenario("nep-continued.yaml"), null), tmp.resolve("m.csv"));

        int header = 1;
        assertThat(nep).hasSameSizeAs(run);
        assertThat(nep.subList(0, header + month)).as("rows before " + BRANCH_MONTH).isEqualTo(run.subList(0, header + month));
        assertThat(nep.get(header + month)).as("the branch month itself runs under the new levers")
                .isNotEqualTo(run.get(header + month));
        assertThat(nepAgain).as("two branches from the same checkpoint agree").isEqualTo(nep);
    }

    @Test
    void aFileThatIsNotACheckpointIsRefusedWithAMessage() throws IOException {
        Path notes = Files.writeString(tmp.resolve("notes.ser.gz"), "not a checkpoint");
        assertThatThrownBy(() -> Checkpoint.read(notes)).isInstanceOf(IOException.class)
                .hasMessage(notes + " is not a checkpoint (not a compressed file)");
        Path otherGzip = gzip(tmp.resolve("other.gz"), "a compressed text, long enough to hold a header".getBytes());
        assertThatThrownBy(() -> Checkpoint.read(otherGzip)).isInstanceOf(IOException.class)
                .hasMessage(otherGzip + " is not a checkpoint (it does not begin as one)");
    }

    /** A small checkpoint of historical.yaml at the start of 1932-07 (2,000 households). */
    static Path smallCheckpoint(Path dir) {
        Scenario s = Loader.load(Path.of("scenarios", "historical.yaml")).with("run.households", 2000, "test");
        Path file = dir.resolve("checkpoint-" + BRANCH_MONTH + ".ser.gz");
        Runner.run(s, Runner.params(s), 1, null, new Checkpoint.Request(Calendar.monthIndex(BRANCH_MONTH), file));
        return file;
    }

    static byte[] gunzip(Path file) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            return in.readAllBytes();
        }
    }

    static Path gzip(Path file, byte[] contents) throws IOException {
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write(contents);
        }
        return file;
    }

    /** Issue "Nothing lost, nothing wasted", item 10: such a stream used to run, and give other results. */
    @Test
    void aCheckpointAlteredAndCompressedAgainIsRefusedByItsChecksum() throws IOException {
        Path file = smallCheckpoint(tmp);
        byte[] state = gunzip(file);
        for (int i = 0; i < 64; i++) state[state.length / 2 + i] ^= 0x01;
        gzip(file, state);

        assertThatThrownBy(() -> Checkpoint.read(file)).isInstanceOf(IOException.class)
                .hasMessage(file + " is damaged: its checksum does not match (its contents were changed after it was written)");
    }

    @Test
    void aDamagedOrCutCompressedFileIsReportedAsDamagedNotAsAnotherVersion() throws IOException {
        Path file = smallCheckpoint(tmp);
        byte[] bytes = Files.readAllBytes(file);
        Path cut = Files.write(tmp.resolve("cut.ser.gz"), Arrays.copyOf(bytes, bytes.length / 2));
        assertThatThrownBy(() -> Checkpoint.read(cut)).isInstanceOf(IOException.class)
                .hasMessage(cut + " is damaged (it ends early)");

        for (int i = 0; i < 64; i++) bytes[bytes.length / 2 + i] ^= 0x55;
        Path damaged = Files.write(tmp.resolve("damaged.ser.gz"), bytes);
        assertThatThrownBy(() -> Checkpoint.read(damaged)).isInstanceOf(IOException.class)
                .hasMessageStartingWith(damaged + " is damaged (its compressed data is corrupt: ");
    }

    @Test
    void aCheckpointOfAnotherVersionSaysWhichVersionItIs() throws IOException {
        byte[] header = Arrays.copyOf(Checkpoint.MAGIC, Checkpoint.MAGIC.length + Integer.BYTES + 40);
        header[Checkpoint.MAGIC.length + Integer.BYTES - 1] = 99;
        Path future = gzip(tmp.resolve("future.ser.gz"), header);
        assertThatThrownBy(() -> Checkpoint.read(future)).isInstanceOf(IOException.class)
                .hasMessage(future + " is a checkpoint of version 99; this program reads version " + Checkpoint.VERSION);

        // version 1 was the serialized state alone
        java.io.ByteArrayOutputStream serialized = new java.io.ByteArrayOutputStream();
        try (ObjectOutputStream o = new ObjectOutputStream(serialized)) {
            o.writeObject("the state of a version-1 checkpoint");
        }
        Path old = gzip(tmp.resolve("old.ser.gz"), serialized.toByteArray());
        assertThatThrownBy(() -> Checkpoint.read(old)).isInstanceOf(IOException.class)
                .hasMessage(old + " is a checkpoint of version 1; this program reads version " + Checkpoint.VERSION);
    }

    @Test
    void aCheckpointKnowsWhereItCameFrom() throws Exception {
        Path file = smallCheckpoint(Files.createDirectory(tmp.resolve("run")));
        String sha256 = java.util.HexFormat.of().formatHex(
                java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));

        assertThat(Checkpoint.read(file).provenance()).containsExactly(
                Map.entry("run", tmp.resolve("run").toString()), Map.entry("scenario", "historical"),
                Map.entry("seed", Runner.params(Loader.load(Path.of("scenarios", "historical.yaml"))).run.seed()),
                Map.entry("month", BRANCH_MONTH), Map.entry("checkpoint_sha256", sha256));
    }
}
