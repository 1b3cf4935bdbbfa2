package org.collectivization.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.collectivization.model.ModelRuns;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The JIT's warm-up runs ({@link Runner#warmUp}) are thrown away and share nothing with the run after
 * them: the same seed gives the same bytes with and without them. Deterministic (seed 11, 20,000 households,
 * historical and no-export).
 */
class WarmUpTest {
    @TempDir
    Path dir;

    private byte[] timeseries(Scenario s, String name) throws IOException {
        return LeverChangesTest.timeseries(s, dir, name);
    }

    @Test
    void theWarmUpRunIsSmallRunsEveryMonthAndChangesNothingInTheRunAfterIt() throws IOException {
        for (String name : new String[] {"historical", "no-export"}) {
            Scenario s = ModelRuns.scenario(name, 20_000, 11);
            byte[] before = timeseries(s, name + "-before");
            RunResult small = Runner.smallRun(s, Runner.WARM_UP_HOUSEHOLDS, 1);
            RunResult second = Runner.smallRun(s, Runner.WARM_UP_SECOND_HOUSEHOLDS, 2);
            byte[] after = timeseries(s, name + "-after");
            assertThat(small.params.run.households()).as(name + ": the warm-up's size")
                    .isEqualTo(Runner.WARM_UP_HOUSEHOLDS);
            assertThat(second.params.run.households()).as(name + ": its second run's")
                    .isEqualTo(Runner.WARM_UP_SECOND_HOUSEHOLDS);
            assertThat(small.params.run.months()).as(name + ": the warm-up goes through every month")
                    .isEqualTo(Runner.params(s).run.months());
            assertThat(after).as(name + ": the run after the warm-up").isEqualTo(before);
        }
    }

    /** A scenario whose allowed sizes start above the warm-up's runs without it (no error, nothing run). */
    @Test
    void aScenarioThatDoesNotAllowTheSmallSizeHasNoWarmUp() throws IOException {
        String text = Files.readString(Path.of("scenarios/historical.yaml"));
        String narrowed = text.replaceFirst("(?m)^(  households: \\{value: 250000,.*range: \\[)700,", "$110000,");
        assertThat(narrowed).as("the households line was found").isNotEqualTo(text);
        Path file = dir.resolve("large-only.yaml");
        Files.writeString(file, narrowed);
        Scenario s = Loader.load(file);
        assertThat(Runner.smallRun(s, Runner.WARM_UP_HOUSEHOLDS, 1)).isNull();
    }
}
