package org.collectivization.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.collectivization.model.Calendar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * README, "Branching a comparison from a shared history": {@code compare --branch-at 1932-07} runs
 * every policy from the same history up to that month and under its own levers from then on. Checked
 * against the file route (run --checkpoint-at, then branch): the same figures. Deterministic (seeds 1-2, 3,000 households).
 */
class BranchedComparisonTest {
    private static final String BRANCH = "1932-07";

    @TempDir
    Path tmp;

    @Test
    void everyScenarioSharesTheBaselinesHistoryUpToTheBranchMonth() throws Exception {
        Study study = Study.compare(List.of(Path.of("scenarios/historical.yaml"), Path.of("scenarios/nep-continued.yaml")),
                2, 0, 3000, "test", "test", BRANCH);
        List<Replicate> reps = study.run(study.allJobs(), 2, null);
        int month = Calendar.monthIndex(BRANCH);
        for (int r = 0; r < 2; r++) {
            Replicate base = reps.get(r), other = reps.get(2 + r);
            assertThat(other.arm()).isEqualTo(1);
            for (int s = 0; s < base.series().length; s++) {
                for (int m = 0; m < month; m++) {
                    assertThat(other.series()[s][m]).as("series %d, month %s, replicate %d", s, Calendar.label(m), r + 1)
                            .isEqualTo(base.series()[s][m]);
                }
            }
            assertThat(other.metrics()).as("the branch departs after " + BRANCH).isNotEqualTo(base.metrics());
        }

        Scenario historical = Loader.load(Path.of("scenarios/historical.yaml")).with("run.households", 3000, "test")
                .with("run.seed", 1, "test");
        Path file = tmp.resolve("c.ser.gz");
        Runner.run(historical, Runner.params(historical), 1, null, new Checkpoint.Request(month, file));
        RunResult viaFile = Checkpoint.read(file).branch(Loader.load(Path.of("scenarios/nep-continued.yaml")), null);
        assertThat(reps.get(2).metrics()).as("the same as run --checkpoint-at then branch")
                .isEqualTo(Metrics.of(viaFile));
    }
}
