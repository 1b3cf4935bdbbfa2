package org.collectivization.experiment;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.IntConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A study from its definition to a finished folder, run at once or as tasks. Run at once, the folder
 * is written under a temporary name beside its destination and renamed into place when complete,
 * manifest last. As a task, the study writes only its share of the rows into
 * DIR/tasks/task-I-of-N/; {@link #collect} merges the shares in the study's fixed order into the
 * very files a single run writes, and then computes the same statistics, charts and report.
 */
public final class StudyJob {
    private StudyJob() {}

    /** Something that draws the charts and writes the report of a finished study into its folder. */
    public interface ReportHook {
        void write(Path dir, Comparison comparison, List<Replicate> replicates) throws IOException;
    }

    /** The default folder: results/&lt;kind&gt;-&lt;date-time&gt;, with -2, -3 ... if it exists. */
    public static Path defaultFolder(Path resultsRoot, String kind, Instant now) {
        String stamp = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC).format(now);
        Path base = resultsRoot.resolve(kind + "-" + stamp);
        Path f = base;
        for (int i = 2; Files.exists(f); i++) f = base.resolveSibling(base.getFileName() + "-" + i);
        return f;
    }

    /**
     * Runs every replicate and writes the finished folder {@code out}, which must not exist yet. The
     * study is written in {@code .<out>.partial} beside it, each replicate kept there as it finishes;
     * if the process is interrupted, the same call with {@code resume} runs only the missing replicates
     * and writes the same files as an uninterrupted run (manifest.json's times aside).
     *
     * @throws IllegalArgumentException with a message for the user: an interrupted study is in the way,
     *                                  there is nothing to resume, or it is another study
     */
    public static void runWhole(Study study, Path out, int threads, IntConsumer progress, Map<String, Object> manifest,
                                ReportHook report, boolean resume) throws IOException {
        Instant started = Instant.now();
        Path parent = out.toAbsolutePath().getParent();
        try {
            Files.createDirectories(parent);
        } catch (IOException e) {
            throw new FolderException("--out " + out + " cannot be created: " + Failures.describe(e));
        }
        Path partial = parent.resolve("." + out.getFileName() + ".partial");
        Path kept = partial.resolve(KEPT);
        if (resume) {
            if (!Files.isDirectory(kept)) {
                throw new IllegalArgumentException("nothing to resume: no interrupted study at " + partial);
            }
            Path fresh = Files.createTempFile(parent, ".study-", ".json");
            try {
                StudyFiles.writeStudy(study.info, fresh);
                if (!Arrays.equals(Files.readAllBytes(fresh), Files.readAllBytes(partial.resolve(StudyFiles.STUDY)))) {
                    throw new IllegalArgumentException("the interrupted study at " + partial + " is not this command's "
                            + "(scenarios, replications, seeds, size or version differ); run the same command with --resume");
                }
            } finally {
                Files.deleteIfExists(fresh);
            }
        } else {
            if (Files.exists(partial)) {
                throw new IllegalArgumentException("an interrupted study is at " + partial + "; finish it with the same "
                        + "command and --resume " + out + ", or remove that folder");
            }
            try {
                Files.createDirectories(kept);
            } catch (IOException e) {
                throw new FolderException("--out " + out + " cannot be written: " + Failures.describe(e));
            }
            StudyFiles.writeStudy(study.info, partial.resolve(StudyFiles.STUDY));
            StudyFiles.writeScenarios(study, partial);
        }
        Map<Integer, Replicate> done = readKept(kept, study.info.replications());
        List<Integer> missing = new ArrayList<>();
        for (int job : study.allJobs()) if (!done.containsKey(job)) missing.add(job);
        int already = done.size();
        if (progress != null && already > 0) progress.accept(already);
        List<Replicate> fresh = study.run(missing, threads, progress == null ? null : k -> progress.accept(already + k),
                r -> keep(kept, r, study.info.replications()));
        for (Replicate r : fresh) done.put(r.job(study.info.replications()), r);
        List<Replicate> reps = new ArrayList<>();
        for (int job : study.allJobs()) reps.add(done.get(job));
        StudyFiles.writeRows(study.info, reps, partial);
        finish(partial, report);
        RunFolder.deleteQuietly(kept);
        Map<String, Object> m = new LinkedHashMap<>(manifest);
        m.put("threads", threads);
        m.put("replicates_run", reps.size());
        times(m, started);
        StudyFiles.writeJson(m, partial.resolve(StudyFiles.MANIFEST));
        seal(partial, out);
    }

    /** Where an unfinished study keeps its finished replicates. */
    static final String KEPT = "finished-replicates";

    /** Saves a finished replicate under its job number, atomically (a killed process leaves no half file). */
    private static void keep(Path kept, Replicate r, int replications) {
        Path file = kept.resolve(String.format("job-%06d.ser", r.job(replications)));
        try {
            Path tmp = Files.createTempFile(kept, ".job-", ".tmp");
            try (java.io.ObjectOutputStream o = new java.io.ObjectOutputStream(Files.newOutputStream(tmp))) {
                o.writeObject(r);
            }
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot keep a finished replicate in " + kept + ": " + e.getMessage(), e);
        }
    }

    private static Map<Integer, Replicate> readKept(Path kept, int replications) throws IOException {
        Map<Integer, Replicate> done = new TreeMap<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(kept, "job-*.ser")) {
            for (Path p : ds) {
                try (java.io.ObjectInputStream in = new java.io.ObjectInputStream(Files.newInputStream(p))) {
                    Replicate r = (Replicate) in.readObject();
                    done.put(r.job(replications), r);
                } catch (ClassNotFoundException | ClassCastException | java.io.ObjectStreamException e) {
                    throw new IllegalArgumentException(p + " is not a replicate of this version of the program");
                }
            }
        }
        return done;
    }

    /**
     * Why the folder a task is told to write into is not one a split study may use, or null: it must not
     * exist yet, or hold nothing but the {@code tasks/} folder of a study split into tasks.
     */
    public static String whyNotASplitStudy(Path out) {
        if (!Files.exists(out)) return null;
        if (!Files.isDirectory(out)) return "it is a file";
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(out)) {
            for (Path p : ds) {
                if (!p.getFileName().toString().equals(StudyFiles.TASKS)) {
                    return "it holds " + p.getFileName() + " besides " + StudyFiles.TASKS + "/";
                }
            }
        } catch (IOException e) {
            return "it cannot be read: " + Failures.reason(e);
        }
        return null;
    }

    /** The folder a task writes its share into. */
    public static Path taskFolder(Path out, TaskShare share) {
        return out.resolve(StudyFiles.TASKS).resolve(share.folderName());
    }

    /** Runs one task's share of the replicates and writes it into DIR/tasks/task-I-of-N/. */
    public static Path runTask(Study study, TaskShare share, Path out, int threads, IntConsumer progress,
                               Map<String, Object> manifest) throws IOException {
        Instant started = Instant.now();
        Path folder = taskFolder(out, share);
        Path parent = Files.createDirectories(folder.getParent());
        Path tmp = Files.createTempDirectory(parent, "." + folder.getFileName() + ".partial-");
        try {
            StudyFiles.writeStudy(study.info, tmp.resolve(StudyFiles.STUDY));
            StudyFiles.writeScenarios(study, tmp);
            List<Integer> jobs = share.jobs(study.info.jobs());
            List<Replicate> reps = study.run(jobs, threads, progress);
            StudyFiles.writeRows(study.info, reps, tmp);
            Map<String, Object> m = new LinkedHashMap<>(manifest);
            m.put("task_index", share.index());
            m.put("tasks", share.tasks());
            m.put("threads", threads);
            m.put("replicates_run", reps.size());
            times(m, started);
            StudyFiles.writeJson(m, tmp.resolve(StudyFiles.MANIFEST));
            seal(tmp, folder);
            return folder;
        } catch (IOException | RuntimeException e) {
            RunFolder.deleteQuietly(tmp);
            throw e;
        }
    }

    private static final Pattern TASK_DIR = Pattern.compile("task-(\\d+)-of-(\\d+)");

    /**
     * Merges the tasks' shares under DIR/tasks/ into DIR and finishes the study there.
     *
     * @throws IllegalArgumentException with a message for the user when a task is missing, incomplete,
     *                                  or from another study, or DIR was already collected
     */
    public static void collect(Path dir, Map<String, Object> manifest, ReportHook report) throws IOException {
        Instant started = Instant.now();
        Path tasksDir = dir.resolve(StudyFiles.TASKS);
        if (!Files.isDirectory(tasksDir)) {
            throw new IllegalArgumentException(dir + " has no " + StudyFiles.TASKS + "/ folder; was the study run with --tasks?");
        }
        if (Files.exists(dir.resolve(StudyFiles.MANIFEST))) {
            throw new IllegalArgumentException(dir + " was already collected (it has " + StudyFiles.MANIFEST + ")");
        }
        TreeMap<Integer, Path> tasks = new TreeMap<>();
        int n = -1;
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(tasksDir)) {
            for (Path p : ds) {
                Matcher mt = TASK_DIR.matcher(p.getFileName().toString());
                if (!Files.isDirectory(p) || !mt.matches()) continue;
                int i = Integer.parseInt(mt.group(1)), of = Integer.parseInt(mt.group(2));
                if (n >= 0 && of != n) {
                    throw new IllegalArgumentException(tasksDir + " holds tasks of studies split " + n + " and " + of
                            + " ways; keep one");
                }
                n = of;
                tasks.put(i, p);
            }
        }
        if (n < 0) throw new IllegalArgumentException(tasksDir + " holds no finished task (task-I-of-N folders)");
        List<Integer> missing = new ArrayList<>();
        for (int i = 0; i < n; i++) if (!tasks.containsKey(i)) missing.add(i);
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("tasks " + missing + " of " + n + " have not finished (no folder in "
                    + tasksDir + "); run them, then collect again");
        }
        byte[] study = Files.readAllBytes(tasks.firstEntry().getValue().resolve(StudyFiles.STUDY));
        for (Path t : tasks.values()) {
            if (!Arrays.equals(study, Files.readAllBytes(t.resolve(StudyFiles.STUDY)))) {
                throw new IllegalArgumentException(t + " belongs to a different study (its " + StudyFiles.STUDY
                        + " differs from " + tasks.firstEntry().getValue() + "'s)");
            }
        }
        Path firstStudy = tasks.firstEntry().getValue().resolve(StudyFiles.STUDY);
        StudyInfo info = StudyFiles.readStudy(firstStudy);
        String[] replicateLines = new String[info.jobs()];
        List<List<String>> seriesLines = new ArrayList<>();
        for (int j = 0; j < info.jobs(); j++) seriesLines.add(new ArrayList<>());
        int lead = 1 + info.parameters().size();
        List<Map<String, Object>> taskRecords = new ArrayList<>();
        for (Path t : tasks.values()) {
            List<String> rl = Files.readAllLines(t.resolve(StudyFiles.REPLICATES), StandardCharsets.UTF_8);
            List<String> sl = Files.readAllLines(t.resolve(StudyFiles.SERIES), StandardCharsets.UTF_8);
            if (!rl.get(0).equals(StudyFiles.replicatesHeader(info)) || !sl.get(0).equals(StudyFiles.seriesHeader(info))) {
                throw new IllegalArgumentException(t + ": the files' headers do not match its " + StudyFiles.STUDY);
            }
            for (String line : rl.subList(1, rl.size())) {
                String[] f = StudyFiles.splitCsv(line);
                int j = job(info, f[0], f[lead], t);
                if (replicateLines[j] != null) {
                    throw new IllegalArgumentException("replicate " + f[lead] + " of " + f[0] + " appears in two tasks");
                }
                replicateLines[j] = line;
            }
            for (String line : sl.subList(1, sl.size())) {
                String[] f = StudyFiles.splitCsv(line);
                seriesLines.get(job(info, f[0], f[1], t)).add(line);
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> tm = StudyFiles.JSON.readValue(t.resolve(StudyFiles.MANIFEST).toFile(), Map.class);
            Map<String, Object> rec = new LinkedHashMap<>();
            for (String k : List.of("task_index", "tasks", "threads", "replicates_run", "command_line", "start_time",
                    "duration_s", "host")) {
                if (tm.containsKey(k)) rec.put(k, tm.get(k));
            }
            taskRecords.add(rec);
        }
        List<String> rows = new ArrayList<>(), series = new ArrayList<>();
        for (int j = 0; j < info.jobs(); j++) {
            if (replicateLines[j] == null) {
                throw new IllegalArgumentException("replicate " + (j % info.replications() + 1) + " of "
                        + info.arms().get(j / info.replications()).label() + " is in no task's rows");
            }
            rows.add(replicateLines[j]);
            series.addAll(seriesLines.get(j));
        }
        Files.write(dir.resolve(StudyFiles.STUDY), study);
        copyTree(tasks.firstEntry().getValue().resolve(StudyFiles.SCENARIOS), dir.resolve(StudyFiles.SCENARIOS));
        StudyFiles.writeLines(dir.resolve(StudyFiles.REPLICATES), StudyFiles.replicatesHeader(info), rows);
        StudyFiles.writeLines(dir.resolve(StudyFiles.SERIES), StudyFiles.seriesHeader(info), series);
        finish(dir, report);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", info.kind());
        m.put("replications", info.replications());
        m.put("seeds", info.seed(1) + " to " + info.seed(info.replications()));
        m.put("collected_from_tasks", tasks.size());
        m.putAll(manifest);
        m.put("tasks", taskRecords);
        m.put("replicates_run", rows.size());
        times(m, started);
        StudyFiles.writeJson(m, dir.resolve(StudyFiles.MANIFEST));
    }

    private static int job(StudyInfo info, String label, String replicate, Path where) {
        int arm = info.armIndex(label);
        int r;
        try {
            r = Integer.parseInt(replicate);
        } catch (NumberFormatException e) {
            r = -1;
        }
        if (arm < 0 || r < 1 || r > info.replications()) {
            throw new IllegalArgumentException(where + ": a row names " + info.armColumn() + " '" + label
                    + "', replicate " + replicate + ", which the study does not have");
        }
        return arm * info.replications() + r - 1;
    }

    /** From the rows in {@code dir}: the statistics files, then the charts and the report. */
    public static Comparison finish(Path dir, ReportHook report) throws IOException {
        StudyInfo info = StudyFiles.readStudy(dir.resolve(StudyFiles.STUDY));
        List<Replicate> reps = StudyFiles.readRows(info, dir);
        Comparison c = Comparison.of(info, reps);
        if (info.posterior() != null) Posterior.write(dir, info);
        if (info.isCompare()) {
            StudyFiles.writeLines(dir.resolve(StudyFiles.SUMMARY), Comparison.SUMMARY_HEADER, c.summaryLines());
            StudyFiles.writeLines(dir.resolve(StudyFiles.COMPARISON), Comparison.COMPARISON_HEADER, c.comparisonLines());
        } else {
            StudyFiles.writeLines(dir.resolve(StudyFiles.DESIGN), c.designHeader(), c.designLines());
            StudyFiles.writeLines(dir.resolve(StudyFiles.SWEEP), c.sweepHeader(), c.sweepLines());
            if (StudyInfo.SENSITIVITY.equals(info.kind())) Sensitivity.write(dir, info, reps);
            if (StudyInfo.ATTRIBUTE.equals(info.kind())) Attribution.write(dir, info, reps);
        }
        if (report != null) report.write(dir, c, reps);
        return c;
    }

    private static void times(Map<String, Object> m, Instant started) {
        m.put("start_time", started.toString());
        m.put("duration_s", Math.round((Instant.now().toEpochMilli() - started.toEpochMilli()) / 10.0) / 100.0);
    }

    private static void seal(Path tmp, Path folder) throws IOException {
        try {
            Files.setPosixFilePermissions(tmp, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: the default permissions apply
        }
        try {
            Files.move(tmp, folder, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, folder);
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        if (!Files.isDirectory(from)) return;
        Files.createDirectories(to);
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(from)) {
            for (Path p : ds) {
                if (Files.isRegularFile(p)) Files.copy(p, to.resolve(p.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }
}
