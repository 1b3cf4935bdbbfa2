package org.collectivization.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Which jobs a task runs, and where its index comes from. */
class TaskShareTest {

    @Test
    void tasksTakeEveryNthJobAndTogetherEveryJobOnce() {
        assertThat(new TaskShare(1, 3).jobs(10)).containsExactly(1, 4, 7);
        List<Integer> all = new ArrayList<>();
        for (int i = 0; i < 3; i++) all.addAll(new TaskShare(i, 3).jobs(10));
        assertThat(all).containsExactlyInAnyOrder(0, 1, 2, 3, 4, 5, 6, 7, 8, 9);
        assertThat(new TaskShare(4, 5).jobs(3)).isEmpty();
        assertThat(new TaskShare(2, 3).folderName()).isEqualTo("task-0002-of-0003");
    }

    @Test
    void theIndexComesFromTheOptionThenSlurmThenKubernetes() {
        Map<String, String> slurm = Map.of("SLURM_ARRAY_TASK_ID", "2", "SLURM_ARRAY_TASK_MIN", "0", "JOB_COMPLETION_INDEX", "0");
        assertThat(TaskShare.resolve(1, 4, slurm)).isEqualTo(new TaskShare(1, 4));
        // a resubmitted task (sbatch --array=2,3) is task 2, not the array's first
        assertThat(TaskShare.resolve(null, 4, Map.of("SLURM_ARRAY_TASK_ID", "2", "SLURM_ARRAY_TASK_MIN", "2")))
                .isEqualTo(new TaskShare(2, 4));
        assertThat(TaskShare.resolve(null, 4, Map.of("SLURM_ARRAY_TASK_ID", "3"))).isEqualTo(new TaskShare(3, 4));
        assertThat(TaskShare.resolve(null, 4, Map.of("JOB_COMPLETION_INDEX", "0"))).isEqualTo(new TaskShare(0, 4));
        assertThat(TaskShare.resolve(null, null, slurm)).isEqualTo(TaskShare.whole());
    }

    @Test
    void aMissingOrWrongIndexIsRefused() {
        assertThatThrownBy(() -> TaskShare.resolve(null, 4, Map.of())).hasMessageContaining("needs --task-index");
        assertThatThrownBy(() -> TaskShare.resolve(4, 4, Map.of())).hasMessageContaining("must be 0 to 3");
        assertThatThrownBy(() -> TaskShare.resolve(null, 4, Map.of("SLURM_ARRAY_TASK_ID", "4", "SLURM_ARRAY_TASK_MIN", "1")))
                .hasMessageContaining("task index 4 (from SLURM_ARRAY_TASK_ID; submit the array as --array=0-3) must be 0 to 3");
        assertThatThrownBy(() -> TaskShare.resolve(null, 4, Map.of("JOB_COMPLETION_INDEX", "x"))).hasMessageContaining("not a whole number");
        assertThatThrownBy(() -> TaskShare.resolve(1, null, Map.of())).hasMessageContaining("--task-index needs --tasks");
        assertThatThrownBy(() -> TaskShare.resolve(0, 0, Map.of())).hasMessageContaining("--tasks must be at least 1");
    }
}
