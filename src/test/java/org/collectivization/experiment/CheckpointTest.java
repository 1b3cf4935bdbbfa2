package org.collectivization.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.collectivization.model.Calendar;
import org.collectivization.model.Params;
import org.collectivization.report.RunFiles;
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
        RunFiles.writeTimeseries(r, file);
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
                .hasMessageContaining(notes + " is not a checkpoint");
    }
}
