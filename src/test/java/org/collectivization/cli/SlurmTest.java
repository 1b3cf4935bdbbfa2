package org.collectivization.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * README, "Running a large study on a cluster": the README's own study.sbatch, submitted as a job array to a
 * one-node Slurm cluster that tools/local-slurm starts for this test, then {@code collect}, gives the files of
 * the same study run on one machine, manifest.json aside. A task that failed is named by {@code collect};
 * submitted again alone ({@code sbatch --array=K}), then collected, it gives the same files.
 *
 * <p>The study is small (2 scenarios x 8 replicates at 2,500 households over 4 tasks of 1 CPU) so that it
 * adds well under a minute to the suite; the script reads that size from the variables the README documents.
 * Slurm must start: without root or apt-get the test fails, saying why, rather than passing unrun.
 */
class SlurmTest {
    private static final int TASKS = 4;
    private static final int REPLICATIONS = 8;
    private static final int HOUSEHOLDS = 2500;
    private static final long WAIT_S = 300;

    @TempDir
    static Path tmp;
    static Path cluster;
    static Path project;
    static Map<String, String> env;
    static Map<String, byte[]> oneMachine;

    private record Result(int status, String out, String err) {
        String both() {
            return "exit " + status + "\n" + out + err;
        }
    }

    @BeforeAll
    static void startTheClusterAndRunTheStudyOnOneMachine() throws Exception {
        // in a new folder of its own in /tmp: munged wants every folder above its socket searchable by all,
        // which JUnit's temporary folder is not; tools/local-slurm down removes it
        Result up = run(List.of("bash", Path.of("tools/local-slurm").toAbsolutePath().toString(), "up"),
                System.getenv(), Path.of("."));
        if (up.status() != 0) {
            fail("the one-node Slurm cluster did not start, so the README's job-array script could not be tested: "
                    + up.err().strip());
        }
        Matcher conf = Pattern.compile("export SLURM_CONF=(\\S+)").matcher(up.out());
        assertThat(conf.find()).as("tools/local-slurm up prints the SLURM_CONF to use: %s", up.out()).isTrue();
        cluster = Path.of(conf.group(1)).getParent();

        project = copyOfTheProject();
        env = new HashMap<>(System.getenv());
        // a test run inside a Slurm job must not hand its own job's variables to the tasks
        env.keySet().removeIf(k -> k.startsWith("SLURM_") || k.startsWith("SBATCH_"));
        env.remove("COLLECTIVIZATION_HEAP");
        env.put("SLURM_CONF", conf.group(1));
        env.put("PATH", Path.of(System.getProperty("java.home"), "bin") + File.pathSeparator + System.getenv("PATH"));

        Path one = tmp.resolve("one-machine");
        Result r = run(List.of("bin/collectivization", "compare", "scenarios/historical.yaml",
                "scenarios/responsive-relief.yaml", "--replications", String.valueOf(REPLICATIONS), "--households",
                String.valueOf(HOUSEHOLDS), "--threads", "2", "--out", one.toString()), env, project);
        assertThat(r.status()).as("the study on one machine: %s", r.both()).isZero();
        oneMachine = files(one);
        assertThat(oneMachine).as("the study's files").containsKeys("replicates.csv", "summary.csv", "report.html");
    }

    @AfterAll
    static void stopTheCluster() throws Exception {
        if (cluster == null) return;
        Result down = run(List.of("bash", Path.of("tools/local-slurm").toAbsolutePath().toString(), "down", cluster.toString()),
                System.getenv(), Path.of("."));
        assertThat(down.status()).as("tools/local-slurm down: %s", down.both()).isZero();
        assertThat(cluster).as("the cluster's folder, removed by down").doesNotExist();
    }

    @Test
    void theReadmeScriptOverAJobArrayThenCollectGivesTheFilesOfOneMachine() throws Exception {
        Path study = tmp.resolve("array");
        Result sb = run(sbatch(study, "--wait", "--array=0-" + (TASKS - 1)), studyEnv(study), project);
        assertThat(sb.status()).as("sbatch --wait of the README's script: %s\n%s", sb.both(), logs()).isZero();
        assertThat(taskFolders(study)).as("one folder a task").hasSize(TASKS);

        Result c = collect(study);
        assertThat(c.status()).as("collect: %s", c.both()).isZero();
        assertSameFilesAsOneMachine(study);
    }

    @Test
    void aFailedTaskIsNamedByCollectAndSubmittedAgainAlone() throws Exception {
        Path study = tmp.resolve("array-with-a-failure");
        int failed = 2;  // not the first: the task resubmitted alone must still be task 2, not its array's first
        // Held at submission, so that one task can be moved before it starts to a folder without the program, as
        // if submitted from the wrong place: the script itself then refuses (exit 2) in that task alone.
        Path elsewhere = Files.createDirectories(tmp.resolve("elsewhere"));
        Process p = start(sbatch(study, "--wait", "--hold", "--array=0-" + (TASKS - 1)), studyEnv(study), project);
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line = out.readLine();
            Matcher m = Pattern.compile("Submitted batch job (\\d+)").matcher(line == null ? "" : line);
            assertThat(m.find()).as("sbatch's first line: %s", line).isTrue();
            String jobId = m.group(1);
            Result move = run(List.of("scontrol", "update", "JobId=" + jobId + "_" + failed, "WorkDir=" + elsewhere), env, project);
            assertThat(move.status()).as("scontrol update: %s", move.both()).isZero();
            Result release = run(List.of("scontrol", "release", jobId), env, project);
            assertThat(release.status()).as("scontrol release: %s", release.both()).isZero();
            if (!p.waitFor(WAIT_S, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                fail("sbatch --wait did not return in " + WAIT_S + " s\n" + logs());
            }
        }
        assertThat(p.exitValue()).as("sbatch --wait reports the failed task\n%s", logs()).isNotZero();
        assertThat(logs()).as("the failed task's log").contains("study.sbatch: submit it from the project's folder");
        assertThat(taskFolders(study)).as("the tasks that finished").hasSize(TASKS - 1);

        Result refused = collect(study);
        assertThat(refused.status()).as("collect with a task missing: %s", refused.both()).isEqualTo(2);
        assertThat(refused.err().lines().toList()).as("one line").hasSize(1);
        assertThat(refused.err()).contains("tasks [" + failed + "] of " + TASKS + " have not finished");
        assertThat(study.resolve("report.html")).as("nothing collected").doesNotExist();

        Result again = run(sbatch(study, "--wait", "--array=" + failed), studyEnv(study), project);
        assertThat(again.status()).as("the failed task submitted alone: %s\n%s", again.both(), logs()).isZero();
        Result c = collect(study);
        assertThat(c.status()).as("collect: %s", c.both()).isZero();
        assertSameFilesAsOneMachine(study);
    }

    /** sbatch of the README's script; the logs go beside the cluster, where a failure's message shows them. */
    private static List<String> sbatch(Path study, String... options) {
        List<String> cmd = new ArrayList<>(List.of("sbatch", "--cpus-per-task=1", "--output="
                + tmp.resolve("logs").resolve(study.getFileName() + "-%A_%a.out")));
        cmd.addAll(List.of(options));
        cmd.add("study.sbatch");
        return cmd;
    }

    /** The README's variables, at the test's size. */
    private static Map<String, String> studyEnv(Path study) {
        Map<String, String> e = new HashMap<>(env);
        e.put("TASKS", String.valueOf(TASKS));
        e.put("REPLICATIONS", String.valueOf(REPLICATIONS));
        e.put("HOUSEHOLDS", String.valueOf(HOUSEHOLDS));
        e.put("STUDY", study.toString());
        return e;
    }

    private static Result collect(Path study) throws Exception {
        return run(List.of("bin/collectivization", "collect", study.toString()), env, project);
    }

    private static void assertSameFilesAsOneMachine(Path study) throws IOException {
        Map<String, byte[]> collected = files(study);
        assertThat(collected.keySet()).as("the collected study's files").containsExactlyInAnyOrderElementsOf(oneMachine.keySet());
        for (var f : oneMachine.entrySet()) {
            assertThat(collected.get(f.getKey())).as("%s, byte for byte", f.getKey()).isEqualTo(f.getValue());
        }
    }

    /**
     * A copy of the project for the tasks to run in: the launcher, the scenarios, the README's script, and a
     * jar. During {@code mvn verify} the tests run before {@code package}, so a fresh clone has no
     * target/collectivization.jar, and the launcher would start a build in every task at once. The jar here
     * holds only a manifest naming the classes under test and their libraries (the test's own class path);
     * with no sources beside it the launcher finds it fresh and never builds.
     */
    private static Path copyOfTheProject() throws IOException {
        Path p = Files.createDirectories(tmp.resolve("project"));
        Files.createDirectories(p.resolve("bin"));
        Files.copy(Path.of("bin/collectivization"), p.resolve("bin/collectivization"), StandardCopyOption.COPY_ATTRIBUTES);
        Files.setPosixFilePermissions(p.resolve("bin/collectivization"), PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.createDirectories(p.resolve("scenarios"));
        try (Stream<Path> s = Files.list(Path.of("scenarios"))) {
            for (Path f : (Iterable<Path>) s.filter(Files::isRegularFile)::iterator) {
                Files.copy(f, p.resolve("scenarios").resolve(f.getFileName()));
            }
        }
        Files.writeString(p.resolve("study.sbatch"), readmeScript());
        Files.createDirectories(tmp.resolve("logs"));

        Manifest mf = new Manifest();
        mf.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        mf.getMainAttributes().put(Attributes.Name.MAIN_CLASS, Main.class.getName());
        String classPath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(e -> !e.isBlank() && !Path.of(e).endsWith("test-classes"))
                .map(e -> Path.of(e).toAbsolutePath().toUri().toString())
                .collect(Collectors.joining(" "));
        mf.getMainAttributes().put(Attributes.Name.CLASS_PATH, classPath);
        Files.createDirectories(p.resolve("target"));
        try (JarOutputStream jar = new JarOutputStream(Files.newOutputStream(p.resolve("target/collectivization.jar")), mf)) {
            // the manifest is the whole jar
        }
        return p;
    }

    /** The script between the README's markers, so that the script tested is the one the README shows. */
    static String readmeScript() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        Matcher m = Pattern.compile("<!-- study\\.sbatch begins[^\\n]*-->\\n```bash\\n(.*?)```\\n<!-- study\\.sbatch ends -->",
                Pattern.DOTALL).matcher(readme);
        assertThat(m.find()).as("README.md holds study.sbatch between its markers").isTrue();
        String script = m.group(1);
        assertThat(m.find()).as("README.md holds study.sbatch once").isFalse();
        return script;
    }

    private static List<Path> taskFolders(Path study) throws IOException {
        Path tasks = study.resolve("tasks");
        if (!Files.isDirectory(tasks)) return List.of();
        try (Stream<Path> s = Files.list(tasks)) {
            return s.filter(f -> f.getFileName().toString().matches("task-\\d+-of-\\d+")).sorted().toList();
        }
    }

    /** A study's files by their path in it, but manifest.json (times, tasks) and the tasks' rows collect leaves. */
    private static Map<String, byte[]> files(Path dir) throws IOException {
        Map<String, byte[]> m = new TreeMap<>();
        try (Stream<Path> s = Files.walk(dir)) {
            List<Path> kept = s.filter(Files::isRegularFile)
                    .filter(f -> !dir.relativize(f).startsWith("tasks") && !dir.relativize(f).toString().equals("manifest.json"))
                    .toList();
            for (Path f : kept) m.put(dir.relativize(f).toString(), Files.readAllBytes(f));
        }
        return m;
    }

    /** The tasks' own output, for a failure's message. */
    private static String logs() throws IOException {
        StringBuilder b = new StringBuilder("task logs:");
        Path dir = tmp.resolve("logs");
        if (Files.isDirectory(dir)) {
            try (Stream<Path> s = Files.list(dir)) {
                for (Path f : (Iterable<Path>) s.sorted()::iterator) {
                    b.append("\n--- ").append(f.getFileName()).append('\n').append(Files.readString(f));
                }
            }
        }
        return b.toString();
    }

    private static Process start(List<String> cmd, Map<String, String> environment, Path dir) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile());
        pb.environment().clear();
        pb.environment().putAll(environment);
        pb.redirectError(tmp.resolve("stderr-" + System.nanoTime() + ".txt").toFile());
        return pb.start();
    }

    private static Result run(List<String> cmd, Map<String, String> environment, Path dir) throws Exception {
        Path out = Files.createTempFile(tmp, "out", ".txt"), err = Files.createTempFile(tmp, "err", ".txt");
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile()).redirectOutput(out.toFile()).redirectError(err.toFile());
        pb.environment().clear();
        pb.environment().putAll(environment);
        Process p = pb.start();
        if (!p.waitFor(WAIT_S, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail(String.join(" ", cmd) + " did not finish in " + WAIT_S + " s\n" + Files.readString(err) + "\n" + logs());
        }
        return new Result(p.exitValue(), Files.readString(out), Files.readString(err));
    }
}
