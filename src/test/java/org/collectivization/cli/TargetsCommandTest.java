package org.collectivization.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.collectivization.targets.Evaluation;
import org.collectivization.targets.RunFigures;
import org.collectivization.targets.TargetsFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code targets} on two tiny real runs of the historical scenario (700 households, seeds 1 and 2), in-process. */
class TargetsCommandTest {
    @TempDir
    static Path tmp;
    static Path r1, r2;

    @BeforeAll
    static void twoTinyRuns() {
        r1 = tmp.resolve("r1");
        r2 = tmp.resolve("r2");
        for (Path r : List.of(r1, r2)) {
            CliTest.Result run = CliTest.execute("run", "scenarios/historical.yaml", "--households", "700", "--seed",
                    r == r1 ? "1" : "2", "--threads", "1", "--no-report", "--out", r.toString());
            assertThat(run.status()).as(run.err()).isZero();
        }
    }

    @Test
    void measuresTheRecordAndWritesTheTable() throws Exception {
        Path out = tmp.resolve("targets.csv");
        CliTest.Result r = CliTest.execute("targets", r1.toString(), r2.toString(), "--targets", "data/targets/record.csv",
                "--out", out.toString());
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.err()).isEmpty();
        List<String> lines = r.out().lines().toList();
        assertThat(lines.get(0)).startsWith("target").contains("band", "model mean [95% interval]", "inside");
        assertThat(lines).hasSize(1 + 28 + 2);
        assertThat(lines.get(29)).matches("\\d+ of 28 targets within their bands \\(mean of 2 runs\\)");
        assertThat(lines.get(30)).isEqualTo("Wrote " + out);
        List<String> csv = Files.readAllLines(out);
        assertThat(csv).hasSize(29);
        assertThat(csv.get(0)).isEqualTo(Evaluation.HEADER);
        // the file's numbers are those of the evaluator on the same folders
        List<Evaluation.Result> expected = Evaluation.evaluate(TargetsFile.read(Path.of("data/targets/record.csv")),
                List.of(RunFigures.read(r1), RunFigures.read(r2)));
        long inside = expected.stream().filter(Evaluation.Result::inside).count();
        assertThat(lines.get(29)).startsWith(inside + " of 28");
        assertThat(csv.get(12)).startsWith("cattle 1929-01-01,stock,historical,cattle,1929-01-01,58200000,52400000,64000000,1164000,2,");
    }

    @Test
    void saysWhichTargetsHaveNoRunOfTheirScenario() {
        CliTest.Result r = CliTest.execute("targets", r1.toString(), "--targets", "article");
        assertThat(r.status()).as(r.err()).isZero();
        List<String> lines = r.out().lines().toList();
        assertThat(lines.get(lines.size() - 2)).isEqualTo("5 targets not measured: no run of scenario nep-continued was given");
        assertThat(lines.get(lines.size() - 1)).matches("\\d+ of 15 targets within their bands \\(mean of 1 run\\)");
    }

    @Test
    void aMistakeInTheTargetsFileIsOneLineAndStatus2() throws Exception {
        Path bad = tmp.resolve("bad.csv");
        Files.writeString(bad, "series,period,kind,scenario,low,high,discrepancy_sd,source\ncattle,1934-01-01,stock,historical,0,,0,\n");
        CliTest.Result r = CliTest.execute("targets", r1.toString(), "--targets", bad.toString());
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.errLines()).containsExactly("collectivization: " + bad + ":2: column 'source': is empty; every target needs its source");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void aFolderThatIsNoRunIsStatus2() {
        CliTest.Result r = CliTest.execute("targets", tmp.toString(), "--targets", "record");
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.errLines()).containsExactly("collectivization: " + tmp + " has no timeseries.csv and summary.json; is it a run folder?");
    }
}
