package org.collectivization.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.collectivization.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * README, "An interrupted study": nothing lost: a comparison killed with SIGKILL part way, then started again with
 * {@code --resume DIR}, writes the same files as an uninterrupted comparison, manifest.json aside
 * (its times differ). Deterministic apart from where the kill lands, which the test does not need to
 * control: it waits until some replicates are kept, kills, and checks that some were kept and some
 * were not, so the resume really had work left to do.
 */
class ResumeTest {
    private static final int REPLICATIONS = 12;

    @TempDir
    Path tmp;

    private List<String> args(Path out, String... more) {
        List<String> a = new ArrayList<>(List.of("compare", "scenarios/historical.yaml", "scenarios/nep-continued.yaml",
                "--replications", String.valueOf(REPLICATIONS), "--households", "3000", "--threads", "2",
                "--out", out.toString()));
        a.addAll(List.of(more));
        return a;
    }

    private static int execute(List<String> args) {
        PrintStream err = System.err, out = System.out;
        try {
            System.setErr(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
            System.setOut(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
            return Main.execute(args.toArray(new String[0]));
        } finally {
            System.setErr(err);
            System.setOut(out);
        }
    }

    private static Map<String, byte[]> files(Path dir) throws IOException {
        Map<String, byte[]> m = new TreeMap<>();
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) s.filter(Files::isRegularFile)::iterator) {
                String rel = dir.relativize(p).toString();
                if (!rel.equals("manifest.json")) m.put(rel, Files.readAllBytes(p));
            }
        }
        return m;
    }

    @Test
    void aComparisonKilledPartWayResumesToTheSameFiles() throws Exception {
        Path whole = tmp.resolve("whole"), killed = tmp.resolve("killed");
        assertThat(execute(args(whole))).isZero();

        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
                Main.class.getName()));
        command.addAll(args(killed));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(tmp.resolve("log.txt").toFile())
                .start();
        Path kept = tmp.resolve(".killed.partial").resolve(StudyJob.KEPT);
        long deadline = System.nanoTime() + 120_000_000_000L;
        while (System.nanoTime() < deadline && p.isAlive() && countKept(kept) < 3) Thread.sleep(10);
        assertThat(p.isAlive()).as("the comparison was still running when killed; log: %s",
                Files.exists(tmp.resolve("log.txt")) ? Files.readString(tmp.resolve("log.txt")) : "").isTrue();
        p.destroyForcibly();
        p.waitFor();
        long before = countKept(kept);
        assertThat(before).as("replicates kept before the kill").isBetween(1L, 2L * REPLICATIONS - 1);
        assertThat(killed).as("no finished folder after a kill").doesNotExist();

        assertThat(execute(args(killed, "--resume", killed.toString()))).isZero();

        assertThat(files(killed)).as("resumed study, file by file").containsOnlyKeys(files(whole).keySet());
        Map<String, byte[]> a = files(whole), b = files(killed);
        for (String name : a.keySet()) assertThat(b.get(name)).as(name).isEqualTo(a.get(name));
        assertThat(tmp.resolve(".killed.partial")).as("nothing left beside the study").doesNotExist();
    }

    @Test
    void resumingWhenThereIsNothingToResume() {
        Path none = tmp.resolve("none");
        assertThat(execute(args(none, "--resume", none.toString()))).isEqualTo(2);
        assertThat(none).doesNotExist();
    }

    private static long countKept(Path kept) throws IOException {
        if (!Files.isDirectory(kept)) return 0;
        try (Stream<Path> s = Files.list(kept)) {
            return s.filter(f -> f.getFileName().toString().endsWith(".ser")).count();
        }
    }
}
