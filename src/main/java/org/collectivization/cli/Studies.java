package org.collectivization.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.collectivization.experiment.Cost;
import org.collectivization.experiment.Design;
import org.collectivization.experiment.Home;
import org.collectivization.experiment.Host;
import org.collectivization.experiment.Memory;
import org.collectivization.experiment.Study;
import org.collectivization.experiment.StudyInfo;
import org.collectivization.experiment.StudyJob;
import org.collectivization.experiment.TaskShare;
import org.collectivization.report.StudyReport;

/** What compare and sweep share once their study is defined: run it at once or as one task. */
final class Studies {
    private Studies() {}

    static TaskShare share(StudyOptions o) {
        try {
            return TaskShare.resolve(o.taskIndex, o.tasks, System.getenv());
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }

    /** The --vary options parsed, each key once; without {@code steps}, a step is refused (it belongs to a grid). */
    static List<Design.Vary> varied(List<String> specs, boolean steps) {
        List<Design.Vary> varied = new ArrayList<>();
        for (String spec : specs) {
            Design.Vary v = Design.Vary.parse(spec);
            if (!steps && v.step() != null) {
                throw new IllegalArgumentException("--vary " + spec + ": takes LO:HI without a step (a step belongs to a sweep's grid)");
            }
            for (Design.Vary before : varied) {
                if (before.key().equals(v.key())) throw new IllegalArgumentException("--vary names " + v.key() + " twice");
            }
            varied.add(v);
        }
        return varied;
    }

    /** The study with replicate r of every arm running the parameter set drawn for it from {@code posterior}, if given. */
    static Study withPosterior(Study study, Path posterior, StudyOptions o) {
        if (posterior == null) return study;
        try {
            return study.withPosterior(org.collectivization.experiment.Posterior.draw(posterior, o.replications, o.seedBase));
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }

    static void notTooMany(int points, int replications) {
        if ((long) points * replications > 10_000_000L) {
            throw new UsageException(points + " points x " + replications + " replicates is more than 10 million runs");
        }
    }

    static Map<String, Object> manifest(String kind, Study study) {
        return manifestOf(kind, study.info.replications(), study.info.seedBase(),
                "collectivization " + kind + " " + String.join(" ", ProcessInfo.arguments()));
    }

    static Map<String, Object> manifestOf(String kind, int replications, long seedBase, String commandLine) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", kind);
        m.put("replications", replications);
        m.put("seeds", (seedBase + 1) + " to " + (seedBase + replications));
        m.put("version", Version.version());
        m.put("git_commit", Version.gitCommit());
        m.put("command_line", commandLine);
        m.put("java_version", System.getProperty("java.version"));
        m.put("host", Host.name());
        return m;
    }

    static int run(String kind, Study study, StudyOptions o, TaskShare share) throws IOException {
        Instant now = Instant.now();
        int threads = o.threads();
        // as many runs at once as threads (or jobs, if fewer): the heap holds that many of the largest model
        long largest = study.info.arms().stream().mapToLong(StudyInfo.Arm::households).max().orElse(0);
        long atOnce = largest * Math.min(threads, Math.max(1, study.info.jobs()));
        if (Preflight.active()) return Preflight.report(atOnce);
        try {
            Memory.requireHeapFor(atOnce);
        } catch (IllegalStateException e) {
            throw new UsageException(e.getMessage() + " (" + kind + " runs up to " + threads
                    + " models at once, one a thread: --threads 1 needs less)");
        }
        int jobs = share.jobs(study.info.jobs()).size();
        String cost = Cost.of(share.isWhole() ? kind : kind + " task " + share.index(), study.info, jobs, threads);
        if (o.dryRun) {
            System.out.println(cost);
            return 0;
        }
        System.err.println(cost);
        Map<String, Object> manifest = manifest(kind, study);
        if (share.isWhole()) {
            Path out = o.out != null ? o.out : StudyJob.defaultFolder(Home.results(), kind, now);
            int total = study.info.jobs();
            if (o.resume == null) {
                System.err.println(kind + ": writing to " + Home.shown(out) + "; if interrupted, run the same command with "
                        + "--resume " + Home.shown(out));
            }
            List<String> headline = new ArrayList<>();
            try (Progress progress = new Progress(kind, total, "replicates", true)) {
                StudyJob.runWhole(study, out, threads, progress::update, manifest, (dir, c, reps) -> {
                    StudyReport.write(dir, c, reps);
                    headline.addAll(StudyReport.headline(c, reps));
                }, o.resume != null);
            } catch (IllegalArgumentException e) {
                throw new UsageException(e.getMessage());
            }
            headline.forEach(System.out::println);
            System.out.println(kind + ": " + study.info.arms().size() + (study.info.isCompare() ? " scenarios" : " design points")
                    + " x " + study.info.replications() + " replicates; written to " + Home.shown(out));
            return 0;
        }
        String notAStudy = StudyJob.whyNotASplitStudy(o.out);
        if (notAStudy != null) {
            throw new UsageException("--out " + o.out + " is not the folder of a split study (" + notAStudy + "); a task "
                    + "writes only into a new folder or one that holds the tasks/ of the same study");
        }
        Path folder = StudyJob.taskFolder(o.out, share);
        if (Files.exists(folder)) {
            throw new UsageException(folder + " already exists: task " + share.index() + " of " + share.tasks() + " has run");
        }
        int mine = share.jobs(study.info.jobs()).size();
        try (Progress progress = new Progress(kind + " task " + share.index(), mine, "replicates", true)) {
            StudyJob.runTask(study, share, o.out, threads, progress::update, manifest);
        }
        System.out.println(kind + " task " + share.index() + " of " + share.tasks() + ": " + mine + " replicates written to "
                + Home.shown(folder) + "; when every task is done: collectivization collect " + Home.shown(o.out));
        return 0;
    }
}
