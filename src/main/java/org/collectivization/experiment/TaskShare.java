package org.collectivization.experiment;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Which part of a study one task runs: task i of n takes the jobs i, i + n, i + 2n, ... of the
 * study's fixed order (arm by arm, replicate by replicate), so that every task gets a mix of arms.
 */
public record TaskShare(int index, int tasks) {

    public static TaskShare whole() {
        return new TaskShare(0, 1);
    }

    public boolean isWhole() {
        return tasks == 1;
    }

    public List<Integer> jobs(int total) {
        List<Integer> j = new ArrayList<>();
        for (int k = index; k < total; k += tasks) j.add(k);
        return j;
    }

    /** The folder name of the task's share under DIR/tasks/. */
    public String folderName() {
        int w = Math.max(4, String.valueOf(tasks).length());
        return String.format("task-%0" + w + "d-of-%0" + w + "d", index, tasks);
    }

    /**
     * The task's index: from {@code --task-index} if given, else from a Slurm job array
     * ({@code SLURM_ARRAY_TASK_ID}) or a Kubernetes indexed job ({@code JOB_COMPLETION_INDEX}).
     * The array's own numbers are the tasks' indices, not their offsets from the array's first one: a failed
     * task is resubmitted alone ({@code sbatch --array=3,7}), and that array's first task is 3, not 0.
     *
     * @throws IllegalArgumentException with a message for the user when it cannot be found or is out of range
     */
    public static TaskShare resolve(Integer taskIndex, Integer tasks, Map<String, String> env) {
        if (tasks == null) {
            if (taskIndex != null) throw new IllegalArgumentException("--task-index needs --tasks N");
            return whole();
        }
        if (tasks < 1) throw new IllegalArgumentException("--tasks must be at least 1, got " + tasks);
        int index;
        String from;
        if (taskIndex != null) {
            index = taskIndex;
            from = "--task-index";
        } else if (env.get("SLURM_ARRAY_TASK_ID") != null) {
            index = integer(env.get("SLURM_ARRAY_TASK_ID"), "SLURM_ARRAY_TASK_ID");
            from = "SLURM_ARRAY_TASK_ID; submit the array as --array=0-" + (tasks - 1);
        } else if (env.get("JOB_COMPLETION_INDEX") != null) {
            index = integer(env.get("JOB_COMPLETION_INDEX"), "JOB_COMPLETION_INDEX");
            from = "JOB_COMPLETION_INDEX";
        } else {
            throw new IllegalArgumentException("--tasks " + tasks + " needs --task-index I, or SLURM_ARRAY_TASK_ID"
                    + " or JOB_COMPLETION_INDEX in the environment");
        }
        if (index < 0 || index >= tasks) {
            throw new IllegalArgumentException("task index " + index + " (from " + from + ") must be 0 to " + (tasks - 1));
        }
        return new TaskShare(index, tasks);
    }

    private static int integer(String v, String name) {
        try {
            return Integer.parseInt(v.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + "=" + v + " is not a whole number");
        }
    }
}
