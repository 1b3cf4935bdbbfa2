package org.collectivization.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How a run claims, fills and seals its folder: what --force may replace, two runs at once, and the
 * leftovers of a killed run. No model runs here; the files are made by hand.
 */
class RunFolderTest {
    @TempDir
    Path tmp;

    /** A complete run folder as a run writes it. */
    private Path runFolder(String name) throws IOException {
        Path d = Files.createDirectories(tmp.resolve(name));
        for (String f : List.of("timeseries.csv", "summary.json", "scenario.yaml", "report.html")) Files.writeString(d.resolve(f), "x");
        Files.writeString(d.resolve("manifest.json"), "{\"kind\":\"run\",\"scenario\":\"historical\",\"seed\":1}");
        Files.createDirectories(d.resolve("charts"));
        Files.writeString(d.resolve("charts/deaths.png"), "x");
        Files.writeString(d.resolve("charts/deaths.svg"), "x");
        Files.writeString(d.resolve("checkpoint-1932-07.ser.gz"), "x");
        return d;
    }

    @Test
    void aCompleteRunFolderIsOne() throws IOException {
        assertThat(RunFolder.whyNotARun(runFolder("r"))).isNull();
    }

    @Test
    void aStudyFolderIsNotARun() throws IOException {
        Path d = Files.createDirectories(tmp.resolve("study"));
        Files.writeString(d.resolve("manifest.json"), "{\"kind\":\"compare\",\"replications\":5}");
        Files.writeString(d.resolve("replicates.csv"), "x");
        assertThat(RunFolder.whyNotARun(d)).isEqualTo("its manifest.json is not a run's");
    }

    @Test
    void aFolderWithSomeoneElsesFileIsNotARunEvenWithARunsManifest() throws IOException {
        Path d = runFolder("r");
        Files.writeString(d.resolve("thesis.tex"), "three years of work");
        assertThat(RunFolder.whyNotARun(d)).isEqualTo("it holds thesis.tex, which a run does not write");
        Files.delete(d.resolve("thesis.tex"));
        Files.writeString(d.resolve("charts/notes.txt"), "x");
        assertThat(RunFolder.whyNotARun(d)).isEqualTo("it holds charts/notes.txt, which a run does not write");
    }

    @Test
    void anUnrelatedManifestDoesNotMakeARun() throws IOException {
        Path d = Files.createDirectories(tmp.resolve("web"));
        Files.writeString(d.resolve("manifest.json"), "{\"name\":\"my web app\"}");
        assertThat(RunFolder.whyNotARun(d)).isEqualTo("its manifest.json is not a run's");
        Files.writeString(d.resolve("manifest.json"), "not json");
        assertThat(RunFolder.whyNotARun(d)).isEqualTo("its manifest.json is not a run's");
        assertThat(RunFolder.whyNotARun(tmp.resolve("nothing"))).isEqualTo("it is not a folder");
    }

    @Test
    void forceRefusesAnythingButARunAndTouchesNothing() throws IOException {
        Path d = runFolder("r");
        Files.writeString(d.resolve("thesis.tex"), "three years of work");
        assertThatThrownBy(() -> RunFolder.claimExactly(d, true)).isInstanceOf(FolderException.class)
                .hasMessageContaining("is not a run folder of this program (it holds thesis.tex");
        assertThat(Files.readString(d.resolve("thesis.tex"))).isEqualTo("three years of work");
        assertThat(siblings()).containsExactly("r");  // no lock, no working folder left behind
    }

    @Test
    void forceReplacesARunOnlyWhenSealed() throws IOException {
        Path d = runFolder("r");
        try (RunFolder claim = RunFolder.claimExactly(d, true)) {
            Files.writeString(claim.file("timeseries.csv"), "new");
            assertThat(Files.readString(d.resolve("timeseries.csv"))).isEqualTo("x");  // the old run is whole until then
            assertThat(claim.seal()).isEqualTo(d);
        }
        assertThat(Files.readString(d.resolve("timeseries.csv"))).isEqualTo("new");
        assertThat(siblings()).containsExactly("r");
    }

    @Test
    void anAbandonedClaimLeavesNothing() throws IOException {
        try (RunFolder claim = RunFolder.claimExactly(tmp.resolve("r"), false)) {
            Files.writeString(claim.file("timeseries.csv"), "half");
        }
        assertThat(siblings()).isEmpty();
    }

    @Test
    void aSecondRunIntoTheSameOutIsRefusedWhileTheFirstWrites() throws IOException {
        Path out = tmp.resolve("r");
        try (RunFolder first = RunFolder.claimExactly(out, false)) {
            assertThatThrownBy(() -> RunFolder.claimExactly(out, false)).isInstanceOf(FolderException.class)
                    .hasMessageContaining("is being written by another run (process " + ProcessHandle.current().pid());
            first.seal();
        }
        assertThat(Files.isDirectory(out)).isTrue();
    }

    /** Two runs of the same scenario and seed in the same second: both keep their results. */
    @Test
    void runsClaimingTheSameDefaultFolderAtOnceEachGetTheirOwn() throws Exception {
        Path base = tmp.resolve("20261205-093000-seed1");
        int n = 8;
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            List<Callable<Path>> runs = new java.util.ArrayList<>();
            for (int i = 0; i < n; i++) {
                String content = "run " + i;
                runs.add(() -> {
                    try (RunFolder claim = RunFolder.claimNumbered(base)) {
                        Files.writeString(claim.file("timeseries.csv"), content);
                        return claim.seal();
                    }
                });
            }
            List<Path> written = new java.util.ArrayList<>();
            for (Future<Path> f : pool.invokeAll(runs)) written.add(f.get());
            assertThat(written).doesNotHaveDuplicates();
            java.util.Set<String> contents = new java.util.HashSet<>();
            for (Path p : written) contents.add(Files.readString(p.resolve("timeseries.csv")));
            assertThat(contents).hasSize(n);
        } finally {
            pool.shutdownNow();
        }
        assertThat(siblings()).allMatch(s -> s.startsWith("20261205-093000-seed1"));
    }

    /** Something that takes no lock made the destination while the run worked: the run goes beside it. */
    @Test
    void aDestinationThatAppearsDuringTheRunIsNotOverwrittenNorIsTheRunLost() throws IOException {
        Path out = tmp.resolve("r");
        Path sealed;
        try (RunFolder claim = RunFolder.claimExactly(out, false)) {
            Files.writeString(claim.file("timeseries.csv"), "mine");
            Files.createDirectories(out);
            Files.writeString(out.resolve("theirs.txt"), "theirs");
            sealed = claim.seal();
        }
        assertThat(sealed).isEqualTo(tmp.resolve("r-2"));
        assertThat(Files.readString(sealed.resolve("timeseries.csv"))).isEqualTo("mine");
        assertThat(Files.readString(out.resolve("theirs.txt"))).isEqualTo("theirs");
    }

    @Test
    void theOwnerRecordIsNotLeftInTheSealedFolder() throws IOException {
        Path sealed;
        try (RunFolder claim = RunFolder.claimExactly(tmp.resolve("r"), false)) {
            assertThat(claim.file(RunFolder.OWNER)).exists();
            sealed = claim.seal();
        }
        assertThat(sealed.resolve(RunFolder.OWNER)).doesNotExist();
    }

    private Path partialOwnedBy(String name, long pid, long startMillis, String host) throws IOException {
        Path p = Files.createDirectories(tmp.resolve(name));
        Files.writeString(p.resolve("manifest.json"), "{}");
        Files.writeString(p.resolve("timeseries.csv"), "");
        Files.writeString(p.resolve(RunFolder.OWNER), new RunFolder.Owner(pid, startMillis, host).toJson(),
                StandardCharsets.UTF_8);
        return p;
    }

    /** A PID no process has: above the kernel's largest (4,194,304 on 64-bit Linux). */
    private static final long DEAD_PID = 99_999_999L;

    @Test
    void theLeftoversOfAKilledRunOnThisHostAreRemovedByTheNextRunAndNothingElse() throws IOException {
        ProcessHandle self = ProcessHandle.current();
        long selfStart = self.info().startInstant().orElseThrow().toEpochMilli();
        Path dead = partialOwnedBy(".a.partial-1", DEAD_PID, 1, Host.name());
        Path reused = partialOwnedBy(".b.partial-2", self.pid(), selfStart - 3_600_000, Host.name());  // PID reused since
        Path live = partialOwnedBy(".c.partial-3", self.pid(), selfStart, Host.name());
        Path otherHost = partialOwnedBy(".d.partial-4", DEAD_PID, 1, "another-host-" + Host.name());
        Path study = Files.createDirectories(tmp.resolve(".study.partial/finished-replicates"));
        Path older = Files.createDirectories(tmp.resolve(".e.partial-5"));  // an older version's: no owner record
        Files.writeString(tmp.resolve(".f.lock"), new RunFolder.Owner(DEAD_PID, 1, Host.name()).toJson());
        Files.writeString(tmp.resolve(".g.lock"), new RunFolder.Owner(self.pid(), selfStart, Host.name()).toJson());
        List<Path> removed;
        try (RunFolder claim = RunFolder.claimExactly(tmp.resolve("next"), false)) {
            removed = claim.removedLeftovers;
        }
        assertThat(removed).containsExactlyInAnyOrder(dead, reused);
        assertThat(dead).doesNotExist();
        assertThat(reused).doesNotExist();
        assertThat(live).exists();
        assertThat(otherHost).exists();
        assertThat(study).exists();
        assertThat(older).exists();
        assertThat(tmp.resolve(".f.lock")).doesNotExist();
        assertThat(tmp.resolve(".g.lock")).exists();
    }

    @Test
    void aLockLeftByAKilledRunDoesNotBlockTheNextRunIntoTheSameOut() throws IOException {
        Path out = tmp.resolve("r");
        Files.writeString(tmp.resolve(".r.lock"), new RunFolder.Owner(DEAD_PID, 1, Host.name()).toJson());
        try (RunFolder claim = RunFolder.claimExactly(out, false)) {
            claim.seal();
        }
        assertThat(out).isDirectory();
    }

    @Test
    void anUnwritableDestinationIsFoundAtTheClaim() {
        assertThatThrownBy(() -> RunFolder.claimExactly(Path.of("/proc/collectivization-test"), false))
                .isInstanceOf(FolderException.class).hasMessageStartingWith("--out /proc/collectivization-test cannot be");
        assertThatThrownBy(() -> RunFolder.claimExactly(Path.of("/sys/collectivization-test/run"), false))
                .isInstanceOf(FolderException.class).hasMessageStartingWith("--out /sys/collectivization-test/run cannot be");
    }

    private List<String> siblings() throws IOException {
        try (var s = Files.list(tmp)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
