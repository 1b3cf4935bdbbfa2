package org.collectivization.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The run's months: step 0 is October 1928; agricultural years run July - June (exact). */
class CalendarTest {

    @ParameterizedTest(name = "step {0} is {1}")
    @CsvSource({
            // step, label, year, month of year, agricultural year, months until the harvest
            "0,  1928-10, 1928, 10, 1928, 9",
            "2,  1928-12, 1928, 12, 1928, 7",
            "3,  1929-01, 1929, 1,  1928, 6",
            "8,  1929-06, 1929, 6,  1928, 1",
            "9,  1929-07, 1929, 7,  1929, 12",
            "10, 1929-08, 1929, 8,  1929, 11",
            "14, 1929-12, 1929, 12, 1929, 7",
            "47, 1932-09, 1932, 9,  1932, 10",
            "51, 1933-01, 1933, 1,  1932, 6",
            "56, 1933-06, 1933, 6,  1932, 1",
            "74, 1934-12, 1934, 12, 1934, 7",
    })
    void stepsAreMonthsFromOctober1928(int step, String label, int year, int monthOfYear, int agriculturalYear,
                                       int monthsUntilHarvest) {
        assertThat(Calendar.label(step)).isEqualTo(label);
        assertThat(Calendar.year(step)).isEqualTo(year);
        assertThat(Calendar.monthOfYear(step)).isEqualTo(monthOfYear);
        assertThat(Calendar.agriculturalYear(step)).isEqualTo(agriculturalYear);
        assertThat(Calendar.monthsUntilHarvest(step)).isEqualTo(monthsUntilHarvest);
        assertThat(Calendar.monthIndex(label)).isEqualTo(step);
    }

    @Test
    void monthsBeforeTheRunHaveNegativeIndices() {
        assertThat(Calendar.monthIndex("1928-09")).isEqualTo(-1);
        assertThat(Calendar.monthIndex("1928-01")).isEqualTo(-9);
        assertThat(Calendar.label(-1)).isEqualTo("1928-09");
    }

    @Test
    void labelAndMonthIndexRoundTripOverTenYears() {
        for (int step = 0; step < 120; step++) {
            assertThat(Calendar.monthIndex(Calendar.label(step))).as("step %d", step).isEqualTo(step);
        }
    }

    @Test
    void monthsUntilHarvestCountsDownFromTwelveInJulyToOneInJune() {
        int july1929 = Calendar.monthIndex("1929-07");
        for (int i = 0; i < 12; i++) {
            assertThat(Calendar.monthsUntilHarvest(july1929 + i)).as(Calendar.label(july1929 + i)).isEqualTo(12 - i);
            assertThat(Calendar.agriculturalYear(july1929 + i)).as(Calendar.label(july1929 + i)).isEqualTo(1929);
        }
        assertThat(Calendar.agriculturalYear(july1929 + 12)).isEqualTo(1930);
    }
}
