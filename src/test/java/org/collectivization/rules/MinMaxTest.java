package org.collectivization.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** MinMax gives exactly Math's results, bit for bit (signed zeros included), and NaN where Math gives NaN. */
class MinMaxTest {
    private static final double[] SPECIAL = {0.0, -0.0, 1.0, -1.0, 0.5, Double.NaN,
            Double.longBitsToDouble(0x7ff8000000000123L), Double.longBitsToDouble(0xfff8000000000001L),
            Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.MIN_VALUE, -Double.MIN_VALUE,
            Double.MAX_VALUE, -Double.MAX_VALUE, 1e-300, 3.0};

    private static void assertSameAsMath(double a, double b) {
        assertSame(MinMax.max(a, b), Math.max(a, b), "max", a, b);
        assertSame(MinMax.min(a, b), Math.min(a, b), "min", a, b);
    }

    /** The same bits; a NaN for a NaN (Math itself returns different NaNs interpreted and compiled). */
    private static void assertSame(double got, double expected, String what, double a, double b) {
        if (Double.isNaN(expected)) {
            assertThat(got).as("%s(%s, %s)", what, a, b).isNaN();
        } else {
            assertThat(Double.doubleToRawLongBits(got)).as("%s(%s, %s)", what, a, b)
                    .isEqualTo(Double.doubleToRawLongBits(expected));
        }
    }

    @Test
    void everyPairOfSpecialValuesGivesMathsBits() {
        for (double a : SPECIAL) for (double b : SPECIAL) assertSameAsMath(a, b);
    }

    @Test
    void randomPairsIncludingEqualOnesGiveMathsBits() {
        Random r = new Random(6);
        for (int i = 0; i < 200_000; i++) {
            double a = r.nextInt(5) == 0 ? SPECIAL[r.nextInt(SPECIAL.length)] : r.nextGaussian() * 100;
            double b = r.nextInt(3) == 0 ? a : r.nextInt(5) == 0 ? SPECIAL[r.nextInt(SPECIAL.length)] : r.nextGaussian();
            assertSameAsMath(a, b);
        }
    }

    @Test
    void intLongAndFloatVersionsAreMaths() {
        assertThat(MinMax.max(3, -4)).isEqualTo(3);
        assertThat(MinMax.min(3L, -4L)).isEqualTo(-4L);
        assertThat(Float.floatToRawIntBits(MinMax.max(0.0f, -0.0f))).isEqualTo(Float.floatToRawIntBits(0.0f));
        assertThat(Float.floatToRawIntBits(MinMax.min(0.0f, -0.0f))).isEqualTo(Float.floatToRawIntBits(-0.0f));
    }
}
