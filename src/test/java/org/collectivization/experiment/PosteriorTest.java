package org.collectivization.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** compare --posterior: replicate r runs with the parameter set drawn for it, and with nothing else changed. */
class PosteriorTest {
    private static final Path H = Path.of("scenarios/historical.yaml");
    private static final Path R = Path.of("scenarios/responsive-relief.yaml");

    @TempDir
    Path tmp;

    @Test
    void replicateRRunsWithSetR() throws Exception {
        Path nroy = Files.writeString(tmp.resolve("nroy.csv"), """
                # history matching: a plausible set, not a posterior
                set,wave,point,state.responsiveness,livestock.panic_slaughter_max_per_month,deciding_implausibility
                1,2,3,0.1,0.55,1.2
                2,2,7,0.9,0.95,0.4
                """);
        StudyInfo.Posterior p = Posterior.draw(nroy, 6, 0);
        assertThat(p.keys()).containsExactly("state.responsiveness", "livestock.panic_slaughter_max_per_month");
        assertThat(p.draws()).hasSize(6).containsAnyOf(1).containsAnyOf(2);
        assertThat(Posterior.draw(nroy, 6, 0)).isEqualTo(p);
        for (int r = 0; r < 6; r++) assertThat(p.values().get(r)).isEqualTo(p.draws().get(r) == 1 ? List.of(0.1, 0.55) : List.of(0.9, 0.95));

        Study study = Study.compare(List.of(H, R), 6, 0, 700, "test", "test").withPosterior(p);
        assertThat(study.info.posterior()).isEqualTo(p);
        int r = p.draws().indexOf(2) + 1;
        // the same run by hand: historical with set 2's values written into a scenario of its own
        Path own = Files.writeString(tmp.resolve("set2.yaml"), "extends: " + H.toAbsolutePath() + "\nname: historical\n"
                + "state:\n  responsiveness: {value: 0.9}\nlivestock:\n  panic_slaughter_max_per_month: {value: 0.95}\n");
        Study byHand = Study.compare(List.of(own, R), 6, 0, 700, "test", "test");
        assertThat(study.runOne(0, r).metrics()).isEqualTo(byHand.runOne(0, r).metrics());
        assertThat(study.runOne(0, r).metrics()).isNotEqualTo(Study.compare(List.of(H, R), 6, 0, 700, "test", "test").runOne(0, r).metrics());

        // responsive-relief sets responsiveness itself: its lever stays; the constant is drawn
        Scenario relief = Study.drawn(study.scenarios().get(1), study.base(), p, r);
        assertThat(relief.number("state.responsiveness")).isEqualTo(1.0);
        assertThat(relief.number("livestock.panic_slaughter_max_per_month")).isEqualTo(0.95);
    }

    @Test
    void refusesAFileWithoutSets() throws Exception {
        Path empty = Files.writeString(tmp.resolve("empty.csv"), "# nothing survived\nset,wave,point,state.responsiveness,deciding_implausibility\n");
        assertThatThrownBy(() -> Posterior.draw(empty, 3, 0)).hasMessageContaining("holds no parameter set");
        Path outOfRange = Files.writeString(tmp.resolve("bad.csv"), "set,state.responsiveness\n1,1.5\n");
        StudyInfo.Posterior p = Posterior.draw(outOfRange, 2, 0);
        assertThatThrownBy(() -> Study.compare(List.of(H, R), 2, 0, 700, "test", "test").withPosterior(p))
                .isInstanceOf(ScenarioException.class).hasMessageContaining("outside the allowed range");
    }
}
