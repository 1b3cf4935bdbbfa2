package org.collectivization.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What compare and sweep tell a new user on the terminal: a one-scenario compare in plain words, and the
 * study's headline result before the folder it was written to.
 */
class StudyHeadlineTest {
    private static final String H = "scenarios/historical.yaml";
    private static final String R = "scenarios/responsive-relief.yaml";

    @TempDir
    Path tmp;

    @Test
    void compareWithOneScenarioSaysSoInOneLine() {
        String expected = "collectivization: compare needs at least two scenarios, the first the baseline; got one ("
                + Path.of(H) + ") (see: collectivization compare --help)";
        for (String[] args : new String[][] {{"compare", H}, {"compare", H, "--replications", "3"},
                {"compare", H, "--replications", "3", "--out", tmp.resolve("out").toString()}}) {
            CliTest.Result r = CliTest.execute(args);
            assertThat(r.status()).as(String.join(" ", args)).isEqualTo(2);
            assertThat(r.errLines()).as(String.join(" ", args)).containsExactly(expected);
        }
        assertThat(CliTest.execute("compare").errLines()).containsExactly("collectivization: compare needs at least two"
                + " scenarios, the first the baseline; got none (see: collectivization compare --help)");
        assertThat(tmp.resolve("out")).doesNotExist();
    }

    @Test
    void compareEndsWithEachScenariosDeathsTheDifferenceAndWhyTwoPairsCannotBeClear() throws Exception {
        Path out = tmp.resolve("compare");
        CliTest.Result r = CliTest.execute("compare", H, R, "--replications", "2", "--households", "1000",
                "--out", out.toString());
        assertThat(r.status()).as(r.err()).isZero();
        String[] lines = r.out().split("\n");
        assertThat(lines[0]).isEqualTo("Famine deaths (excess deaths, 1930-1934), mean of 2 replicates with its 95 % CI:");
        assertThat(lines[1]).matches("  Historical +[0-9.,]+( million)? \\(95 % CI .*\\)");
        assertThat(lines[2]).matches("  Responsive relief +[0-9.,]+( million)? \\(95 % CI .*\\)");
        assertThat(lines[3]).isEqualTo("Against Historical, replicate by replicate with the same seed:");
        assertThat(lines[4]).startsWith("  Responsive relief: ").contains(" than in Historical", "of 2 paired replicates",
                "Holm-adjusted p");
        assertThat(lines[5]).startsWith("With 2 replicates of each scenario, the signed-rank test cannot give a p-value"
                + " below 0.5,").contains("At least 10 replicates are needed");
        assertThat(lines[6]).isEqualTo("compare: 2 scenarios x 2 replicates; written to " + out);
        assertThat(r.out()).isEqualTo(new String(r.out().getBytes(java.nio.charset.StandardCharsets.US_ASCII),
                java.nio.charset.StandardCharsets.US_ASCII));
        assertThat(Files.readString(out.resolve("report.html")))
                .contains("With 2 replicates of each scenario, the signed-rank test cannot give a p-value below 0.5");
    }

    @Test
    void sweepEndsWithTheDeathsAtEachPoint() {
        Path out = tmp.resolve("sweep");
        CliTest.Result r = CliTest.execute("sweep", H, "--vary", "state.responsiveness=0:1:1", "--replications", "1",
                "--households", "1000", "--out", out.toString());
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out().split("\n")).hasSize(4);
        assertThat(r.out().split("\n")[0])
                .isEqualTo("Famine deaths (excess deaths, 1930-1934) at each design point, mean of 1 replicate with its 95 % CI:");
        assertThat(r.out().split("\n")[1]).matches("  \\S+  state\\.responsiveness = 0: [0-9.,]+( million)?");
        assertThat(r.out().split("\n")[2]).matches("  \\S+  state\\.responsiveness = 1: [0-9.,]+( million)?");
        assertThat(r.out().split("\n")[3]).startsWith("sweep: 2 design points x 1 replicates; written to ");
    }
}
