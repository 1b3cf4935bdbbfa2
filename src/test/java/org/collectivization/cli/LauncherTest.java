package org.collectivization.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher script, bin/collectivization, with a stand-in for {@code java} that records where and how
 * it was started: the command runs in the user's folder, and a size the scenario refuses is refused by
 * the small preflight JVM before any large heap is taken.
 */
class LauncherTest {
    @TempDir
    Path tmp;
    Path root;
    Path user;
    Path calls;

    @BeforeEach
    void setUp() throws IOException {
        root = Files.createDirectories(tmp.resolve("project"));
        Files.createDirectories(root.resolve("bin"));
        Files.copy(Path.of("bin/collectivization"), root.resolve("bin/collectivization"), StandardCopyOption.COPY_ATTRIBUTES);
        Files.createDirectories(root.resolve("target"));
        Files.writeString(root.resolve("target/collectivization.jar"), "");  // no sources beside it: never stale
        user = Files.createDirectories(tmp.resolve("elsewhere"));
        calls = tmp.resolve("calls.txt");
        Path fakeBin = Files.createDirectories(tmp.resolve("fakebin"));
        // records its folder and arguments; as the preflight, answers as FAKE_PREFLIGHT says
        Files.writeString(fakeBin.resolve("java"), """
                #!/usr/bin/env bash
                echo "$PWD|$*" >> "$CALLS"
                case " $* " in
                  *" -Dcollectivization.preflight=true "*)
                    if [ "$FAKE_PREFLIGHT" = refuse ]; then echo "collectivization: out of range" >&2; exit 2; fi
                    echo "heap_mb=$FAKE_PREFLIGHT" ;;
                esac
                exit 0
                """);
        Files.setPosixFilePermissions(fakeBin.resolve("java"), PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    private record Outcome(int status, String err, List<String> calls) {}

    private Outcome launch(String preflight, String... args) throws Exception {
        List<String> cmd = new java.util.ArrayList<>(List.of("bash", root.resolve("bin/collectivization").toString()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(user.toFile());
        pb.environment().put("PATH", tmp.resolve("fakebin") + ":" + System.getenv("PATH"));
        pb.environment().put("CALLS", calls.toString());
        pb.environment().put("FAKE_PREFLIGHT", preflight);
        pb.environment().remove("COLLECTIVIZATION_HEAP");
        pb.redirectOutput(ProcessBuilder.Redirect.DISCARD);
        Process p = pb.start();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        return new Outcome(p.exitValue(), err, Files.exists(calls) ? Files.readAllLines(calls) : List.of());
    }

    @Test
    void theProgramRunsInTheFolderTheCommandWasTypedIn() throws Exception {
        Outcome o = launch("500", "run", "p01.yaml", "--households", "5000", "--out", "relout");
        assertThat(o.status()).as(o.err()).isZero();
        assertThat(o.calls()).hasSize(1);
        String[] call = o.calls().get(0).split("\\|", 2);
        assertThat(call[0]).isEqualTo(user.toString());
        assertThat(call[1]).contains("-Dcollectivization.home=" + root).endsWith("run p01.yaml --households 5000 --out relout");
    }

    @Test
    void aSizeTheScenarioRefusesIsRefusedBeforeTheLargeHeap() throws Exception {
        Outcome o = launch("refuse", "run", "p01.yaml", "--households", "100000000");
        assertThat(o.status()).isEqualTo(2);
        assertThat(o.err()).isEqualTo("collectivization: out of range\n");
        assertThat(o.calls()).hasSize(1);
        assertThat(o.calls().get(0)).contains("-Xmx128m", "-Dcollectivization.preflight=true").doesNotContain("-Xms");
    }

    @Test
    void theMemoryMessageNamesTheSizeAsGiven() throws Exception {
        Outcome o = launch("99999999", "run", "p01.yaml", "--households", "2147483648");
        assertThat(o.status()).isEqualTo(2);
        assertThat(o.err()).contains("a heap of 99999999 MiB, for 2147483648 simulated households in each model");
        assertThat(o.calls()).as("only the preflight ran").hasSize(1);
    }

    /** compare runs one model a thread, but never more at once than it has replicates: the program says how many. */
    @Test
    void aStudyGetsTheHeapItsModelsNeedAtOnceNotThreadsTimesHouseholds() throws Exception {
        Outcome o = launch("700", "compare", "a.yaml", "b.yaml", "--replications", "2", "--threads", "64");
        assertThat(o.status()).as(o.err()).isZero();
        assertThat(o.calls()).hasSize(2);
        assertThat(o.calls().get(1)).contains("-Xms700m -Xmx700m");
    }

    /** The classroom GUI holds the class's model and its band's eight (gui/Ensemble.java) at once. */
    @Test
    void theGuiGetsTheHeapOfNineModels() throws Exception {
        Outcome o = launch("refuse", "gui", "--households", "100000");
        assertThat(o.status()).as(o.err()).isZero();
        assertThat(o.calls()).hasSize(1);
        assertThat(o.calls().get(0)).contains("-Xms505m -Xmx505m").endsWith("gui --households 100000");
        Outcome large = launch("2000", "gui", "--households", "1000000");
        assertThat(large.calls()).as("the calls of both launches").hasSize(3);
        assertThat(large.calls().get(1)).contains("-Dcollectivization.preflight=true");
        assertThat(large.calls().get(2)).contains("-Xms2000m -Xmx2000m");
    }

    @Test
    void smallRunsNeedNoPreflight() throws Exception {
        Outcome o = launch("refuse", "run", "p01.yaml", "--households", "5000");
        assertThat(o.status()).isZero();
        assertThat(o.calls()).hasSize(1);
        assertThat(o.calls().get(0)).doesNotContain("preflight");
    }

    /**
     * The tasks of a job array start together on one shared checkout (README, "Running a large study on a
     * cluster"): when the jar is stale, one of them builds and the others wait and use what it built.
     */
    @Test
    void launchersStartedTogetherOnAStaleCheckoutBuildOnce() throws Exception {
        Path stale = Files.createDirectories(tmp.resolve("stale"));
        Files.createDirectories(stale.resolve("bin"));
        Files.copy(Path.of("bin/collectivization"), stale.resolve("bin/collectivization"), StandardCopyOption.COPY_ATTRIBUTES);
        Files.createDirectories(stale.resolve("src/main"));
        Files.writeString(stale.resolve("src/main/Model.java"), "");  // no jar yet: stale
        Path builds = tmp.resolve("builds.txt");
        // a build that takes a second, long enough for both launchers to find the jar stale
        Files.writeString(tmp.resolve("fakebin/mvn"), """
                #!/usr/bin/env bash
                echo build >> "$BUILDS"
                sleep 1
                mkdir -p target && : > target/collectivization.jar
                """);
        Files.setPosixFilePermissions(tmp.resolve("fakebin/mvn"), PosixFilePermissions.fromString("rwxr-xr-x"));
        List<Process> launchers = new java.util.ArrayList<>();
        for (int i = 0; i < 3; i++) {
            ProcessBuilder pb = new ProcessBuilder("bash", stale.resolve("bin/collectivization").toString(), "--version")
                    .directory(user.toFile()).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD);
            pb.environment().put("PATH", tmp.resolve("fakebin") + ":" + System.getenv("PATH"));
            pb.environment().put("CALLS", calls.toString());
            pb.environment().put("BUILDS", builds.toString());
            pb.environment().put("FAKE_PREFLIGHT", "500");
            launchers.add(pb.start());
        }
        for (Process p : launchers) {
            assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(p.exitValue()).isZero();
        }
        assertThat(Files.readAllLines(builds)).as("builds").hasSize(1);
        assertThat(Files.readAllLines(calls)).as("the program, started by each launcher").hasSize(3);
    }
}
