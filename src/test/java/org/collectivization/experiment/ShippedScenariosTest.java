package org.collectivization.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.collectivization.model.Params;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The scenarios in scenarios/ load, resolve into the model's parameters, and set no key the model ignores. */
class ShippedScenariosTest {

    @ParameterizedTest
    @ValueSource(strings = {"scenarios/historical.yaml", "scenarios/nep-continued.yaml",
            "scenarios/responsive-relief.yaml", "scenarios/fixed-tax.yaml", "scenarios/no-export.yaml",
            "scenarios/no-blockade.yaml", "scenarios/voluntary-collectivization.yaml"})
    void resolvesAndEveryKeyIsKnown(String path) {
        Scenario s = Loader.load(Path.of(path));

        Params p = Runner.params(s);  // refuses a key the model never read

        assertThat(p.run.households()).isEqualTo((int) s.number("run.households"));
        assertThat(p.run.months()).isEqualTo((int) s.number("run.months"));
        assertThat(p.run.seed()).isEqualTo((long) s.number("run.seed"));
        for (Param q : s.params().values()) {
            assertThat(q.source()).as(q.key() + " source").isNotBlank();
            assertThat(q.unit()).as(q.key() + " unit").isNotBlank();
        }
    }

    @Test
    void nepContinuedChangesOnlyWhatItSetsAndInheritsTheRest() {
        Scenario historical = Loader.load(Path.of("scenarios/historical.yaml"));
        Scenario nep = Loader.load(Path.of("scenarios/nep-continued.yaml"));
        Path nepFile = Path.of("scenarios/nep-continued.yaml").toAbsolutePath();

        assertThat(nep.name()).isEqualTo("nep-continued");
        assertThat(nep.params().keySet()).containsExactlyElementsOf(historical.params().keySet());
        for (Param q : nep.params().values()) {
            Param h = historical.params().get(q.key());
            if (q.file().equals(nepFile)) continue;
            assertThat(q).as(q.key()).isEqualTo(h);
        }
        assertThat(nep.params().values()).filteredOn(q -> q.file().equals(nepFile)).isNotEmpty();
        assertThat(nep.flag("collectivization.enabled")).isFalse();
        assertThat(nep.month("dekulakization.start")).isEqualTo(Integer.MAX_VALUE);
    }
}
