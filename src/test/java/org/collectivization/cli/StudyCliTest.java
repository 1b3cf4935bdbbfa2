package org.collectivization.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** compare, sweep and collect on the command line: a mistake exits 2 with one line and writes nothing. */
class StudyCliTest {
    private static final String H = "scenarios/historical.yaml";
    private static final String R = "scenarios/responsive-relief.yaml";

    @TempDir
    Path tmp;

    private void refused(String expected, String... args) {
        CliTest.refused(tmp.resolve("out"), expected, args);
    }

    @Test
    void compareMistakes() {
        String out = tmp.resolve("out").toString();
        refused("compare needs at least two scenarios", "compare", H, "--replications", "3", "--out", out);
        refused("--replications must be at least 2", "compare", H, R, "--replications", "1", "--out", out);
        refused("--tasks needs --out", "compare", H, R, "--replications", "2", "--tasks", "3", "--task-index", "0");
        refused("must be 0 to 2", "compare", H, R, "--replications", "2", "--tasks", "3", "--task-index", "3", "--out", out);
        refused("--task-index needs --tasks", "compare", H, R, "--replications", "2", "--task-index", "1", "--out", out);
        refused("no such file", "compare", H, "scenarios/none.yaml", "--replications", "2", "--out", out);
        refused("--threads must be at least 1", "compare", H, R, "--replications", "2", "--threads", "0", "--out", out);
        // two models of 25,000,000 households at once need about 6.5 GiB; the tests' JVM has 6 (pom.xml)
        refused("50,000,000 households need a heap of about", "compare", H, R, "--replications", "2", "--households",
                "25000000", "--threads", "2", "--out", out);
    }

    @Test
    void sweepMistakes() {
        String out = tmp.resolve("out").toString();
        refused("needs LO:HI:STEP", "sweep", H, "--vary", "state.responsiveness=0:1", "--replications", "1", "--out", out);
        refused("without a step", "sweep", H, "--vary", "state.responsiveness=0:1:0.5", "--design", "lhs", "--samples", "4",
                "--replications", "1", "--out", out);
        refused("needs --samples", "sweep", H, "--vary", "state.responsiveness=0:1", "--design", "sobol",
                "--replications", "1", "--out", out);
        refused("outside the allowed range", "sweep", H, "--vary", "state.responsiveness=0:2:1", "--replications", "1", "--out", out);
        refused("unknown key", "sweep", H, "--vary", "state.responsivenes=0:1:1", "--replications", "1", "--out", out);
        refused("not a per-year schedule", "sweep", H, "--vary", "state.responsiveness*=0:1:1", "--replications", "1", "--out", out);
        refused("cannot be varied", "sweep", H, "--vary", "run.seed=1:2:1", "--replications", "1", "--out", out);
        refused("design must be grid, lhs or sobol", "sweep", H, "--vary", "state.responsiveness=0:1:1", "--design", "random",
                "--replications", "1", "--out", out);
    }

    @Test
    void collectMistakes() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("study"));
        CliTest.Result r = CliTest.execute("collect", dir.toString());
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains("has no tasks/ folder");

        CliTest.Result task = CliTest.execute("compare", H, R, "--replications", "2", "--households", "1000",
                "--tasks", "2", "--task-index", "1", "--out", dir.toString());
        assertThat(task.status()).isZero();
        assertThat(task.out()).contains("when every task is done: collectivization collect");

        CliTest.Result missing = CliTest.execute("collect", dir.toString());
        assertThat(missing.status()).isEqualTo(2);
        assertThat(missing.err()).contains("tasks [0] of 2 have not finished");
        assertThat(dir.resolve("manifest.json")).doesNotExist();

        CliTest.Result again = CliTest.execute("compare", H, R, "--replications", "2", "--households", "1000",
                "--tasks", "2", "--task-index", "1", "--out", dir.toString());
        assertThat(again.status()).isEqualTo(2);
        assertThat(again.err()).contains("has run");
    }

    @Test
    void helpNamesTheOptions() {
        assertThat(CliTest.execute("compare", "--help").out()).contains("--replications=R", "--households=N", "--threads=T",
                "--seed=BASE", "--out=DIR", "--tasks=N", "--task-index=I");
        assertThat(CliTest.execute("sweep", "--help").out()).contains("--vary=KEY=LO:HI[:STEP]", "--design", "--samples=K");
        assertThat(CliTest.execute("--help").out()).contains("\n  compare ", "\n  sweep ", "\n  collect ");
    }
}
