package org.collectivization.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import org.collectivization.experiment.Host;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line used carelessly: --force on folders it did not write, an --out that cannot be written,
 * a full disk, two runs into one folder at once, and the leftovers of a killed run. Runs are the historical
 * scenario at 700 households (a second each).
 */
class CliMisuseTest {
    private static final Path BASE = Path.of("scenarios/historical.yaml").toAbsolutePath();

    @TempDir
    Path tmp;

    private CliTest.Result run(Path out, String... more) {
        List<String> a = new ArrayList<>(List.of("run", BASE.toString(), "--households", "700", "--no-report", "--out",
                out.toString()));
        a.addAll(List.of(more));
        return CliTest.execute(a.toArray(new String[0]));
    }

    @Test
    void forceDoesNotReplaceACompareStudy() throws IOException {
        Path study = Files.createDirectories(tmp.resolve("study"));
        Files.writeString(study.resolve("manifest.json"), "{\"kind\" : \"compare\", \"replications\" : 5}");
        Files.writeString(study.resolve("replicates.csv"), "scenario,replicate\n");
        List<Path> before = listing();

        CliTest.Result r = run(study, "--force");

        assertThat(r.status()).isEqualTo(2);
        assertThat(r.errLines()).containsExactly("collectivization: --out " + study + " is not a run folder of this program "
                + "(its manifest.json is not a run's); --force replaces only run folders, and nothing was touched");
        assertThat(listing()).isEqualTo(before);
    }

    @Test
    void forceDoesNotDeleteAFileBesideAManifest() throws IOException {
        Path first = tmp.resolve("r");
        assertThat(run(first).status()).isZero();
        Files.writeString(first.resolve("thesis.tex"), "three years of work");

        CliTest.Result r = run(first, "--force");

        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains("it holds thesis.tex, which a run does not write");
        assertThat(first.resolve("thesis.tex")).hasContent("three years of work");
    }

    @Test
    void anOutThatCannotBeWrittenIsRefusedBeforeTheModelRuns() {
        long t0 = System.nanoTime();
        CliTest.Result r = CliTest.execute("run", BASE.toString(), "--households", "2000000", "--out", "/proc/collectivization-x");
        double seconds = (System.nanoTime() - t0) / 1e9;
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.errLines()).containsExactly("collectivization: --out /proc/collectivization-x cannot be written: "
                + "no such file or folder");
        assertThat(r.out()).isEmpty();
        assertThat(seconds).as("2,000,000 households take tens of seconds to build and run").isLessThan(5);
    }

    /** /dev/full fails every write with ENOSPC, as a full disk does. */
    @Test
    void aFullDiskIsOneLineNamingTheFileAndTheCause() throws IOException {
        Path out = tmp.resolve("r");
        assertThat(run(out).status()).isZero();
        Path report = out.resolve("report.html.tmp");
        Files.createSymbolicLink(report, Path.of("/dev/full"));

        CliTest.Result r = CliTest.execute("report", out.toString());

        assertThat(r.status()).isEqualTo(1);
        assertThat(r.errLines()).containsExactly("collectivization: cannot read or write " + report
                + ": no space left on device (add --debug to see where it failed)");
        CliTest.Result debug = CliTest.execute("report", out.toString(), "--debug");
        assertThat(debug.status()).isEqualTo(1);
        assertThat(debug.err()).contains("\tat org.collectivization.report.RunReport.write", "No space left on device");
    }

    @Test
    void twoRunsIntoTheSameOutAtOnceLoseNothing() throws Exception {
        Path out = tmp.resolve("r");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Integer> statuses = new ArrayList<>();
        try {
            List<Future<Integer>> f = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                f.add(pool.submit(() -> org.collectivization.cli.Main.execute("run", BASE.toString(), "--households", "700",
                        "--no-report", "--out", out.toString())));
            }
            for (Future<Integer> x : f) statuses.add(x.get());
        } finally {
            pool.shutdownNow();
        }
        // Either the second was refused at its start (exit 2) while the first wrote, or they ran one after the other
        // and the second was refused because the folder existed: never a run lost after it finished (exit 1).
        assertThat(statuses).containsExactlyInAnyOrder(0, 2);
        assertThat(out.resolve("manifest.json")).exists();
        try (Stream<Path> s = Files.list(tmp)) {
            assertThat(s).containsExactly(out);
        }
    }

    @Test
    void theNextRunRemovesTheFolderOfAKilledRunAndSaysSo() throws IOException {
        Path left = Files.createDirectories(tmp.resolve(".old.partial-123"));
        Files.writeString(left.resolve("manifest.json"), "{}");
        Files.writeString(left.resolve(".owner.json"), "{\"pid\":99999999,\"start_millis\":1,\"host\":\"" + Host.name() + "\"}");
        Path study = Files.createDirectories(tmp.resolve(".study.partial"));

        CliTest.Result r = run(tmp.resolve("r"));

        assertThat(r.status()).isZero();
        assertThat(r.errLines()).filteredOn(l -> l.contains("removed")).containsExactly("collectivization: removed " + left
                + ", left unfinished by a run that has ended");
        assertThat(left).doesNotExist();
        assertThat(study).exists();
    }

    /** The launcher's preflight: the checks of a real run, then the heap its models need at once, and no run. */
    @Test
    void thePreflightChecksTheSizeAndSaysTheHeapWithoutRunning() {
        System.setProperty("collectivization.preflight", "true");
        try {
            CliTest.Result tooMany = CliTest.execute("run", BASE.toString(), "--households", "100000000");
            assertThat(tooMany.status()).isEqualTo(2);
            assertThat(tooMany.err()).contains("100000000 (from --households) is outside the allowed range");

            CliTest.Result full = CliTest.execute("run", BASE.toString(), "--households", "25000000", "--out",
                    tmp.resolve("r").toString());
            assertThat(full.status()).isZero();
            assertThat(full.out().strip()).isEqualTo("heap_mb=" + ((384L << 20) + 25_000_000L * 140 + (1 << 20) - 1 >> 20));
            assertThat(tmp.resolve("r")).doesNotExist();

            // two scenarios x 2 replicates on 64 threads: 4 models at once, not 64
            CliTest.Result study = CliTest.execute("compare", BASE.toString(), BASE.toString(), "--replications", "2",
                    "--threads", "64", "--households", "1000000", "--out", tmp.resolve("s").toString());
            assertThat(study.status()).as(study.err()).isZero();
            assertThat(study.out().strip()).isEqualTo("heap_mb=" + ((384L << 20) + 4_000_000L * 140 + (1 << 20) - 1 >> 20));

            // the classroom GUI: the class's model and its band's eight, and no window
            CliTest.Result gui = CliTest.execute("gui", BASE.toString(), "--households", "1000000");
            assertThat(gui.status()).as(gui.err()).isZero();
            assertThat(gui.out().strip()).isEqualTo("heap_mb=" + ((384L << 20) + 9_000_000L * 140 + (1 << 20) - 1 >> 20));
        } finally {
            System.clearProperty("collectivization.preflight");
        }
    }

    private List<Path> listing() throws IOException {
        try (Stream<Path> s = Files.walk(tmp)) {
            return s.sorted().toList();
        }
    }
}
