package org.collectivization.cli;

import static org.assertj.core.api.Assertions.assertThat;

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
}
