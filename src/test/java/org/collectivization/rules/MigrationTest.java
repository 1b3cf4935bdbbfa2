package org.collectivization.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** ODD 4.12 Migration. */
class MigrationTest {
    private static final double EPS = 1e-12;

    @ParameterizedTest
    @CsvSource({
            // per month, reserve, full reserve, factor, probability
            "0.06, 0,   3, 2, 0.12",  // exhausted herder: 0.06 x 2
            "0.06, 1.5, 3, 2, 0.03",  // half the reserve: hunger 0.5, squared 0.25
            "0.06, 3,   3, 2, 0",     // full reserve: nobody leaves
            "0.06, 4,   3, 2, 0",     // above full counts as full
            "0.06, -1,  3, 1, 0.06",  // below empty counts as empty
            "0.6,  0,   3, 2, 1",     // capped at certainty
    })
    void fleeingRisesAsTheReserveRunsOut(double perMonth, double reserve, double full, double factor,
                                         double expected) {
        assertThat(Migration.fleeProbability(perMonth, reserve, full, factor)).isCloseTo(expected, within(EPS));
    }

    @ParameterizedTest
    @CsvSource({
            // famine share, disease gain, migrant share, migration gain, factor
            "0.5, 1, 0.1, 3, 1.8",  // 1 + 1 x 0.5 + 3 x 0.1
            "0,   1, 0,   3, 1",    // no famine, nobody on the move
            "-1,  1, -1,  3, 1",    // negative shares count as none
            "1,   0, 1,   0, 1",    // no gains
    })
    void diseaseGrowsWithFamineAndMigration(double famine, double gain, double migrants, double migrationGain,
                                            double expected) {
        assertThat(Migration.diseaseFactor(famine, gain, migrants, migrationGain)).isCloseTo(expected, within(EPS));
    }
}
