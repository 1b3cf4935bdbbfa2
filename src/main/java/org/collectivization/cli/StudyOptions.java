package org.collectivization.cli;

import java.nio.file.Files;
import java.nio.file.Path;

import picocli.CommandLine.Option;

/** The options every replicated study shares: compare, sweep, sensitivity and calibrate. */
final class StudyOptions {
    @Option(names = "--replications", paramLabel = "R", required = true,
            description = "replicates of every scenario (or design point); replicate r uses seed BASE + r")
    int replications;

    @Option(names = "--households", paramLabel = "N",
            description = "simulated households in every run (default: each scenario's own)")
    Integer households;

    @Option(names = "--threads", paramLabel = "T",
            description = "replicates run side by side (default: all cores); the output does not depend on it")
    Integer threads;

    @Option(names = "--seed", paramLabel = "BASE", defaultValue = "0",
            description = "replicate r of every scenario uses seed BASE + r (default: ${DEFAULT-VALUE})")
    long seedBase;

    @Option(names = "--out", paramLabel = "DIR",
            description = "write exactly here; DIR must not exist yet, except when it collects --tasks")
    Path out;

    @Option(names = "--tasks", paramLabel = "N",
            description = "split the study into N tasks (a Slurm job array, a Kubernetes indexed job); "
                    + "this process runs one of them, then 'collect DIR' merges them")
    Integer tasks;

    @Option(names = "--task-index", paramLabel = "I",
            description = "which task this is, 0 to N-1 (default: SLURM_ARRAY_TASK_ID, "
                    + "or JOB_COMPLETION_INDEX)")
    Integer taskIndex;

    @Option(names = "--resume", paramLabel = "DIR",
            description = "finish an interrupted study whose folder is DIR: run the same command with --resume DIR; "
                    + "replicates already finished are kept, only the missing ones run, and the files are the same as "
                    + "an uninterrupted run's (manifest.json's times aside)")
    Path resume;

    @Option(names = "--dry-run",
            description = "print the number of runs and the predicted time, and stop without running or writing anything")
    boolean dryRun;

    int threads() {
        return threads != null ? threads : Runtime.getRuntime().availableProcessors();
    }

    void check(int minReplications) {
        if (replications < minReplications) {
            throw new UsageException("--replications must be at least " + minReplications + ", got " + replications
                    + (minReplications == 2 ? " (a paired interval needs two pairs)" : ""));
        }
        if (threads != null && threads < 1) throw new UsageException("--threads must be at least 1, got " + threads);
        if (seedBase < 0) throw new UsageException("--seed must be a non-negative integer, got " + seedBase);
        if (seedBase + replications > Integer.MAX_VALUE) {
            throw new UsageException("--seed " + seedBase + " + --replications " + replications + " passes the largest seed, "
                    + Integer.MAX_VALUE);
        }
        if (households != null && households < 1) throw new UsageException("--households must be positive, got " + households);
        if (tasks != null && out == null) {
            throw new UsageException("--tasks needs --out DIR: every task writes its share into the same folder");
        }
        if (resume != null) {
            if (tasks != null) throw new UsageException("--resume is for a study run at once; a task is resumed by running it again");
            if (out != null && !out.toAbsolutePath().normalize().equals(resume.toAbsolutePath().normalize())) {
                throw new UsageException("--resume " + resume + " and --out " + out + " name different folders");
            }
            if (Files.exists(resume)) throw new UsageException("--resume " + resume + ": the study there is already finished");
            out = resume;
        } else if (tasks == null && out != null && Files.exists(out)) {
            throw new UsageException("--out " + out + " already exists; choose a new folder");
        }
        if (out != null) {
            Path above = out.toAbsolutePath().getParent();
            while (above != null && !Files.exists(above)) above = above.getParent();
            if (above != null && !Files.isDirectory(above)) {
                throw new UsageException("--out " + out + " cannot be created: " + above + " is not a folder");
            }
            if (tasks != null && Files.exists(out) && !Files.isDirectory(out)) {
                throw new UsageException("--out " + out + " is not a folder");
            }
        }
    }
}
