package org.collectivization.agents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The working columns' sum: every row counted once, to float rounding of eight rows at a time. */
class WorkColumnsTest {

    /** Deterministic: SplittableRandom seed 3; ranges of every length from 0 to 300 at several offsets. */
    @Test
    void theSumCountsEveryRowOfTheRangeOnce() {
        SplittableRandom rnd = new SplittableRandom(3);
        float[] column = new float[400];
        for (int i = 0; i < column.length; i++) column[i] = (float) rnd.nextDouble(0, 5000);
        for (int first : new int[] {0, 1, 7, 63, 90}) {
            for (int n = 0; n <= 300 && first + n <= column.length; n++) {
                double exact = 0;
                for (int i = first; i < first + n; i++) exact += column[i];
                assertThat(WorkColumns.sum(column, first, first + n)).as("rows %d to %d", first, first + n)
                        .isCloseTo(exact, within(5e-7 * exact + 1e-9));
            }
        }
    }

    @Test
    void oneRowMoreOrLessShows() {
        float[] ones = new float[1000];
        java.util.Arrays.fill(ones, 1f);
        assertThat(WorkColumns.sum(ones, 0, 1000)).isEqualTo(1000);
        assertThat(WorkColumns.sum(ones, 1, 1000)).isEqualTo(999);
        assertThat(WorkColumns.sum(ones, 0, 0)).isZero();
    }

    /**
     * Names that share a column (WorkColumns' table) must never be live at once: the numbers each pass
     * reads while it writes another are in columns of their own.
     */
    @Test
    void whatAPassHoldsAtOnceIsInColumnsOfItsOwn() {
        WorkColumns w = new WorkColumns(3);
        assertDistinct(w.persons, w.individual, w.member, w.herder, w.eaten, w.gap, w.surplus, w.foodKept, w.seedKept);
        assertDistinct(w.breedingFed, w.usualHerd, w.young);                     // Season.breed
        assertDistinct(w.usualHerd, w.slaughtered);                               // Season.autumnSlaughter
        assertDistinct(w.owed, w.persons, w.member, w.individual);               // Officials.requisition
        assertDistinct(w.grainEaten, w.eaten, w.seedKept);                        // Households.eat
        assertDistinct(w.dairy, w.gap, w.surplus, w.seedKept, w.eaten);           // Households.weighNeeds
        assertDistinct(w.fodderNeed, w.foodKept, w.seedKept, w.herder);           // Households.feedAnimals
        assertDistinct(w.fodderShortfall, w.extraLoss, w.deadAnimals, w.fodderGiven);
        assertDistinct(w.margin, w.score, w.open, w.individual, w.member);        // Households.decide
    }

    private static void assertDistinct(float[]... columns) {
        for (int a = 0; a < columns.length; a++) {
            for (int b = a + 1; b < columns.length; b++) {
                assertThat(columns[a]).as("columns %d and %d", a, b).isNotSameAs(columns[b]);
            }
        }
    }
}
