package org.collectivization.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * sensitivity, calibrate and compare --posterior on the command line, at tiny sizes. Every run is
 * seeded, so nothing here is stochastic: the same command gives the same files every time.
 */
class SensitivityCliTest {
    private static final String H = "scenarios/historical.yaml";
    private static final String R = "scenarios/responsive-relief.yaml";
    private static final String[] VARY = {"--vary", "state.responsiveness=0:1", "--vary", "livestock.panic_slaughter_max_per_month=0.5:1"};

    @TempDir
    Path tmp;

    private static String[] args(String[] head, String... tail) {
        String[] a = new String[head.length + VARY.length + tail.length];
        System.arraycopy(head, 0, a, 0, head.length);
        System.arraycopy(VARY, 0, a, head.length, VARY.length);
        System.arraycopy(tail, 0, a, head.length + VARY.length, tail.length);
        return a;
    }

    private CliTest.Result sobol(Path out, String... more) {
        String[] tail = {"--samples", "8", "--replications", "2", "--households", "700", "--out", out.toString()};
        String[] all = new String[tail.length + more.length];
        System.arraycopy(tail, 0, all, 0, tail.length);
        System.arraycopy(more, 0, all, tail.length, more.length);
        return CliTest.execute(args(new String[] {"sensitivity", H, "--method", "sobol"}, all));
    }

    @Test
    void sobolFilesAreWholeAndDoNotDependOnThreadsOrTasks() throws Exception {
        Path one = tmp.resolve("one"), two = tmp.resolve("two"), split = tmp.resolve("split");
        CliTest.Result r = sobol(one, "--threads", "1");
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).contains("Famine deaths, total-order index ST");
        // N = 8, k = 2: N(k + 2) = 32 points, each run twice (at N = 4 the second parameter is not separated)
        assertThat(Files.readAllLines(one.resolve("replicates.csv"))).hasSize(1 + 32 * 2);
        assertThat(Files.readAllLines(one.resolve("design.csv"))).hasSize(1 + 32);
        List<String> indices = Files.readAllLines(one.resolve("indices.csv"));
        assertThat(indices.get(0)).isEqualTo("figure,parameter,method,index,estimate,low,high");
        assertThat(indices).anyMatch(l -> l.startsWith("excess_deaths_total,state.responsiveness,sobol,ST,"))
                .anyMatch(l -> l.startsWith("excess_deaths_total,livestock.panic_slaughter_max_per_month,sobol,S1,"));
        assertThat(Files.readAllLines(one.resolve("noise.csv")).get(0)).isEqualTo("figure,method,noise_share,warnings");
        assertThat(one.resolve("charts/1-indices-excess-deaths-total.png")).exists();
        assertThat(Files.readString(one.resolve("report.html"))).contains("do not mistake noise for influence");

        assertThat(sobol(two, "--threads", "2").status()).isZero();
        for (String f : List.of("replicates.csv", "indices.csv", "noise.csv", "design.csv")) {
            assertThat(Files.readAllBytes(two.resolve(f))).as(f).isEqualTo(Files.readAllBytes(one.resolve(f)));
        }

        assertThat(sobol(split, "--tasks", "2", "--task-index", "0").status()).isZero();
        assertThat(sobol(split, "--tasks", "2", "--task-index", "1").status()).isZero();
        CliTest.Result collected = CliTest.execute("collect", split.toString());
        assertThat(collected.status()).as(collected.err()).isZero();
        assertThat(Files.readAllBytes(split.resolve("indices.csv"))).isEqualTo(Files.readAllBytes(one.resolve("indices.csv")));
    }

    private void refused(String expected, String... args) {
        CliTest.refused(tmp.resolve("out"), expected, args);
    }

    @Test
    void sensitivityMistakes() {
        String out = tmp.resolve("out").toString();
        refused("--samples must be a power of two for Sobol", args(new String[] {"sensitivity", H, "--method", "sobol"},
                "--samples", "6", "--replications", "1", "--out", out));
        refused("outside the allowed range", "sensitivity", H, "--method", "morris", "--vary", "state.responsiveness=0:1.5",
                "--replications", "1", "--out", out);
        refused("not one of the varied parameters", args(new String[] {"sensitivity", H, "--method", "morris"},
                "--group", "policy=state.responsiveness,state.belief_rise", "--replications", "1", "--out", out));
        refused("--method must be morris or sobol", args(new String[] {"sensitivity", H, "--method", "fast"},
                "--replications", "1", "--out", out));
        refused("takes LO:HI without a step", "sensitivity", H, "--method", "morris", "--vary", "state.responsiveness=0:1:0.5",
                "--replications", "1", "--out", out);
    }

    @Test
    void dryRunPrintsTheCostAndWritesNothing() {
        Path out = tmp.resolve("out");
        CliTest.Result r = sobol(out, "--dry-run");
        assertThat(r.status()).isZero();
        assertThat(r.out().lines().toList()).hasSize(1);
        assertThat(r.out()).contains("sensitivity: 64 runs at 700 households; predicted");
        assertThat(out).doesNotExist();
        CliTest.Result c = CliTest.execute(args(new String[] {"calibrate", H, "--targets", "record"}, "--waves", "3", "--points",
                "5", "--replications", "2", "--households", "700", "--out", out.toString(), "--dry-run"));
        assertThat(c.status()).as(c.err()).isZero();
        assertThat(c.out()).contains("calibrate: 30 runs at 700 households; predicted");
        assertThat(out).doesNotExist();
        CliTest.Result s = CliTest.execute("compare", H, R, "--replications", "3", "--out", out.toString(), "--dry-run");
        assertThat(s.out()).contains("compare: 6 runs at 250,000 households");
        assertThat(out).doesNotExist();
    }

    private static final String TARGETS = """
            id,series,period,kind,scenario,value,low,high,discrepancy_sd,unit,source,note
            deaths,excess_deaths,1930-01..1934-12,flow,historical,,0,20000000,1000000,persons,test,a wide band
            cattle,cattle,1934-01-01,stock,historical,40000000,0,100000000,10%,head,test,a wide band
            slaughter,livestock_slaughtered@1929-10..1930-06 / livestock_slaughtered@1928-10..1929-06,,ratio,historical,,0.5,,0,ratio,test,one end
            null check,excess_deaths,1928-10..1934-12,flow,nep-continued,0,-300000,300000,0,persons,test,another scenario
            """;

    @Test
    void calibrateWritesThePlausibleSetAndALoadableScenario() throws Exception {
        Path targets = Files.writeString(tmp.resolve("targets.csv"), TARGETS);
        Path out = tmp.resolve("cal");
        CliTest.Result r = CliTest.execute(args(new String[] {"calibrate", H, "--targets", targets.toString()}, "--waves", "2",
                "--points", "4", "--replications", "2", "--households", "700", "--out", out.toString()));
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).contains("Wave 1: 4 of 4 points plausible", "null check: not measured: its scenario is nep-continued");
        List<String> nroy = Files.readAllLines(out.resolve("nroy.csv"));
        assertThat(nroy.get(0)).contains("not a posterior");
        assertThat(nroy.get(1)).isEqualTo("set,wave,point,state.responsiveness,livestock.panic_slaughter_max_per_month,deciding_implausibility");
        assertThat(nroy).hasSize(2 + 4);
        assertThat(nroy.subList(2, nroy.size())).allMatch(l -> l.matches("\\d,2,\\d,.*"));
        List<String> fit = Files.readAllLines(out.resolve("targets.csv"));
        assertThat(fit).hasSize(1 + 4);
        assertThat(fit.get(4)).startsWith("null check,nep-continued,").contains("not measured");
        assertThat(Files.readAllLines(out.resolve("wave-2/replicates.csv"))).hasSize(1 + 4 * 2);
        assertThat(Files.readAllLines(out.resolve("waves.csv"))).hasSize(1 + 2 * 4 * 3);
        for (String chart : List.of("1-plausible-state-responsiveness.png", "3-points-state-responsiveness-livestock-panic-slaughter-max-per-month.png")) {
            assertThat(out.resolve("charts").resolve(chart)).exists();
        }

        String yaml = Files.readString(out.resolve("calibrated.yaml"));
        assertThat(yaml).contains("source: \"calibrated, collectivization calibrate");
        CliTest.Result run = CliTest.execute("run", out.resolve("calibrated.yaml").toString(), "--households", "700", "--no-report",
                "--out", tmp.resolve("run").toString());
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(Files.readString(tmp.resolve("run/scenario.yaml"))).contains("calibrated, collectivization calibrate");
    }
}
