package org.collectivization.experiment;

import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * the run started from. A checkpoint is a file the user made; like any Java serialization it must
 * not be read from an untrusted source.
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

    static void write(CollectivizationModel model, Recorder recorder, Scenario scenario, int month, Path file) {
        model.preCheckpoint();
        try (OutputStream out = Files.newOutputStream(file);
             ObjectOutputStream o = new ObjectOutputStream(new GZIPOutputStream(out))) {
            o.writeObject(new Checkpoint(model, recorder, ScenarioWriter.toYaml(scenario), scenario.name(), month));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot write the checkpoint " + file + ": " + e.getMessage(), e);
        } finally {
            model.postCheckpoint();
        }
    }

    /** Reads a checkpoint written by {@code run --checkpoint-at}. */
    public static Checkpoint read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file);
             ObjectInputStream o = new ObjectInputStream(new GZIPInputStream(in))) {
            Object x = o.readObject();
            if (!(x instanceof Checkpoint)) throw new IOException(file + " is not a checkpoint of this program");
            Checkpoint c = (Checkpoint) x;
            c.model.awakeFromCheckpoint();
            return c;
        } catch (ClassNotFoundException | ClassCastException | java.io.ObjectStreamException e) {
            throw new IOException(file + " is not a checkpoint of this version of the program (" + e.getMessage() + ")", e);
        } catch (java.util.zip.ZipException | java.io.EOFException e) {
            throw new IOException(file + " is not a checkpoint (not a complete compressed checkpoint file)", e);
        }
    }

    /**
     * Continues the checkpointed run from its month under another scenario's parameters (same seed and
     * size as the run it branches from), to the end of that scenario's run.
     */
    public RunResult branch(Scenario scenario, java.util.function.IntConsumer progress) {
        Params before = model.params();
        Scenario s = scenario.with("run.seed", before.seed, "the checkpoint").with("run.households", before.households,
                "the checkpoint");
        Params p = Runner.params(s);
        long started = System.nanoTime();
        model.setParams(p);
        Runner.stepMonths(model, recorder, s, month, p.months, progress, null);
        return new RunResult(s, p, recorder, (System.nanoTime() - started) / 1e9);
    }
}
