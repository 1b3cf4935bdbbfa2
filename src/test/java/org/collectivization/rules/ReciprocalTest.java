package org.collectivization.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Division by small whole numbers as a multiplication. */
class ReciprocalTest {

    @ParameterizedTest
    @CsvSource({"10, 1, 10", "10, 4, 2.5", "1, 3, 0.3333333333333333", "240, 127, 1.889763779527559",
            "-6, 2, -3", "0, 9, 0", "1000, 128, 7.8125", "1, 1000, 0.001"})
    void dividesToWithinTheLastBit(double x, int n, double expected) {
        assertThat(Reciprocal.divide(x, n)).isCloseTo(expected, within(Math.ulp(expected) * 2 + 1e-300));
    }

    @ParameterizedTest
    @CsvSource({"1", "2", "5", "7", "12", "126", "127", "128", "500"})
    void agreesWithDivisionOverManyValues(int n) {
        for (int i = 0; i < 10_000; i++) {
            double x = i * 0.731 - 1234.5;
            double exact = x / n;
            assertThat(Reciprocal.divide(x, n)).as("%s / %d", x, n).isCloseTo(exact, within(Math.ulp(exact) * 2));
        }
    }
}
