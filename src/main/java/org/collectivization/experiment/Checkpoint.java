package org.collectivization.experiment;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.io.Serializable;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import org.collectivization.model.Calendar;
import org.collectivization.model.CollectivizationModel;
import org.collectivization.model.Params;
import org.collectivization.observe.Recorder;

/**
 * The complete state of a run at the start of a month, before any of its phases: the model (its
 * tables, agents, schedule and every random stream) and the rows recorded so far, serialized
 * together as MASON checkpoints are (gzip-compressed Java serialization), with the resolved scenario
 * the run started from; a header names the format's version and a checksum of the state follows it
 * (see {@link #MAGIC}). A checkpoint is a file the user made; like any Java serialization it must
 * not be read from an untrusted source (the checksum finds damage, not a forgery).
 */
public final class Checkpoint implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Where and when a run should save its checkpoint. */
    public record Request(int month, Path file) {}

    final CollectivizationModel model;
    final Recorder recorder;
    final String scenarioYaml;
    final String scenarioName;
    /** The month (step) the checkpoint was taken at the start of. */
    final int month;
    /** Where it was read from, and that file's SHA-256: set by {@link #read}, for {@link #provenance}. */
    private transient Path file;
    private transient String fileSha256;

    private Checkpoint(CollectivizationModel model, Recorder recorder, String scenarioYaml, String scenarioName, int month) {
        this.model = model;
        this.recorder = recorder;
        this.scenarioYaml = scenarioYaml;
        this.scenarioName = scenarioName;
        this.month = month;
    }

    public int month() {
        return month;
    }

    public String monthLabel() {
        return Calendar.label(month);
    }

    public Params params() {
        return model.params();
    }

    /**
     * Where a branch from this checkpoint came from, for its manifest: the folder of the checkpoint file (the
     * run folder it was saved in), that run's scenario, seed and the month, and the file's SHA-256.
     */
    public Map<String, Object> provenance() {
        Map<String, Object> m = new LinkedHashMap<>();
        Path folder = file == null ? null : file.getParent();
        m.put("run", folder == null ? "." : folder.toString());
        m.put("scenario", scenarioName);
        m.put("seed", model.params().run.seed());
        m.put("month", monthLabel());
        m.put("checkpoint_sha256", fileSha256);
        return m;
    }

    /**
     * The decompressed file begins with {@link #MAGIC} and the format's version, then the serialized state, then
     * the SHA-256 of the state: gzip's own check does not see a stream that was altered and compressed again.
     * The checksum follows the state so that a state of several gigabytes is written without being held in
     * memory.
     */
    static final byte[] MAGIC = "collectivization checkpoint\n".getBytes(StandardCharsets.US_ASCII);
    /**
     * Version 1 was the bare serialized state; 2 added the magic, the version and the checksum; 3 moved the
     * centre's figures from agents.State into model.Centre and gave the model its Actors; 4 grouped the
     * parameters into one record per scenario group (model.Params).
     */
    static final int VERSION = 4;
    private static final int SHA256_BYTES = 32;
    /** How every serialized stream begins (java.io.ObjectStreamConstants): what a version-1 checkpoint holds. */
    private static final byte[] SERIALIZED = {(byte) 0xAC, (byte) 0xED};

    static void write(CollectivizationModel model, Recorder recorder, Scenario scenario, int month, Path file) {
        model.preCheckpoint();
        try (OutputStream out = Files.newOutputStream(file);
             GZIPOutputStream gz = new GZIPOutputStream(new BufferedOutputStream(out, 1 << 16), 1 << 16)) {
            gz.write(MAGIC);
            gz.write(ByteBuffer.allocate(Integer.BYTES).putInt(VERSION).array());
            MessageDigest sha = sha256();
            // not closed: closing it would close the gzip stream before the checksum is written
            ObjectOutputStream o = new ObjectOutputStream(new DigestOutputStream(gz, sha));
            o.writeObject(new Checkpoint(model, recorder, ScenarioWriter.toYaml(scenario), scenario.name(), month));
            o.flush();
            gz.write(sha.digest());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot write the checkpoint " + file + ": " + e.getMessage(), e);
        } finally {
            model.postCheckpoint();
        }
    }

    /**
     * Reads a checkpoint written by {@code run --checkpoint-at}. The whole file is checked first (compression,
     * magic, version, checksum), so that damaged bytes are never deserialized; the messages tell a damaged
     * file from another program's or version's.
     */
    public static Checkpoint read(Path file) throws IOException {
        String fileSha256 = check(file);
        try (InputStream in = Files.newInputStream(file);
             InputStream gz = new GZIPInputStream(new BufferedInputStream(in, 1 << 16), 1 << 16)) {
            gz.readNBytes(MAGIC.length + Integer.BYTES);
            ObjectInputStream o = new ObjectInputStream(gz);
            Object x = o.readObject();
            if (!(x instanceof Checkpoint)) throw new IOException(file + " is not a checkpoint of this program");
            Checkpoint c = (Checkpoint) x;
            c.model.awakeFromCheckpoint();
            c.file = file;
            c.fileSha256 = fileSha256;
            return c;
        } catch (ClassNotFoundException | ClassCastException | java.io.ObjectStreamException e) {
            // the checksum matched: the file is whole, but its classes are not this build's
            throw new IOException(file + " is a checkpoint of version " + VERSION + " that this build of the program "
                    + "cannot read (" + e.getMessage() + ")", e);
        }
    }

    /**
     * Reads the file through once and checks its compression, magic, version and checksum; returns the file's
     * SHA-256 in hex.
     */
    private static String check(Path file) throws IOException {
        MessageDigest ofFile = sha256();
        try (BufferedInputStream b = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            b.mark(2);
            boolean gzip = b.read() == 0x1f && b.read() == 0x8b;
            b.reset();
            if (!gzip) throw new IOException(file + " is not a checkpoint (not a compressed file)");
            InputStream raw = new DigestInputStream(b, ofFile);
            try {
                checkContents(file, new GZIPInputStream(raw, 1 << 16));
            } catch (java.util.zip.ZipException e) {
                throw new IOException(file + " is damaged (its compressed data is corrupt: " + e.getMessage() + ")", e);
            } catch (java.io.EOFException e) {
                throw new IOException(file + " is damaged (it ends early)", e);
            }
            raw.transferTo(OutputStream.nullOutputStream());  // bytes after the compressed stream count in the file's checksum
        }
        return java.util.HexFormat.of().formatHex(ofFile.digest());
    }

    private static void checkContents(Path file, InputStream in) throws IOException {
        byte[] magic = in.readNBytes(MAGIC.length);
        if (!Arrays.equals(magic, MAGIC)) {
            if (magic.length >= 2 && magic[0] == SERIALIZED[0] && magic[1] == SERIALIZED[1]) throw versionMismatch(file, 1);
            throw new IOException(file + " is not a checkpoint (it does not begin as one)");
        }
        byte[] version = in.readNBytes(Integer.BYTES);
        if (version.length < Integer.BYTES) throw new java.io.EOFException();
        int v = ByteBuffer.wrap(version).getInt();
        if (v != VERSION) throw versionMismatch(file, v);
        // the last 32 bytes are the checksum: hold back that many and digest the rest
        MessageDigest sha = sha256();
        byte[] buf = new byte[1 << 16];
        byte[] held = new byte[SHA256_BYTES];
        int heldLength = 0;
        for (int n; (n = in.read(buf)) > 0; ) {
            int total = heldLength + n;
            int release = Math.max(0, total - SHA256_BYTES);
            int fromHeld = Math.min(release, heldLength);
            sha.update(held, 0, fromHeld);
            sha.update(buf, 0, release - fromHeld);
            byte[] next = new byte[SHA256_BYTES];
            int keepHeld = heldLength - fromHeld;
            System.arraycopy(held, fromHeld, next, 0, keepHeld);
            System.arraycopy(buf, release - fromHeld, next, keepHeld, n - (release - fromHeld));
            held = next;
            heldLength = total - release;
        }
        if (heldLength < SHA256_BYTES) throw new java.io.EOFException();
        if (!MessageDigest.isEqual(sha.digest(), held)) {
            throw new IOException(file + " is damaged: its checksum does not match (its contents were changed after "
                    + "it was written)");
        }
    }

    private static IOException versionMismatch(Path file, int version) {
        return new IOException(file + " is a checkpoint of version " + version + "; this program reads version " + VERSION);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /**
     * Continues the checkpointed run from its month under another scenario's parameters (same seed and
     * size as the run it branches from), to the end of that scenario's run.
     */
    public RunResult branch(Scenario scenario, java.util.function.IntConsumer progress) {
        Params before = model.params();
        Scenario s = scenario.with("run.seed", before.run.seed(), "the checkpoint")
                .with("run.households", before.run.households(), "the checkpoint");
        Params p = Runner.params(s);
        long started = System.nanoTime();
        model.setParams(p);
        Runner.stepMonths(model, recorder, s, month, p.run.months(), progress, null);
        return new RunResult(s, p, recorder, (System.nanoTime() - started) / 1e9);
    }
}
