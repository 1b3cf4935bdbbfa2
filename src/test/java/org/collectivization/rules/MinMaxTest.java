package org.collectivization.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * MinMax gives Math's results bit for bit, signed zeros included; a NaN in gives a NaN out. Which NaN
 * (its payload) is not compared: Math.max/min do not specify it, and the interpreter and the JIT's
 * intrinsic return different payloads for two NaNs (seen here), so such a comparison would be flaky.
 */
class MinMaxTest {
    private static final double[] SPECIAL = {0.0, -0.0, 1.0, -1.0, 0.5, Double.NaN,
            Double.longBitsToDouble(0x7ff8000000000123L), Double.longBitsToDouble(0xfff8000000000001L),
            Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.MIN_VALUE, -Double.MIN_VALUE,
            Double.MAX_VALUE, -Double.MAX_VALUE, 1e-300, 3.0};

    private static void assertSameAsMath(double a, double b) {
        assertSame("max", a, b, MinMax.max(a, b), Math.max(a, b));
        assertSame("min", a, b, MinMax.min(a, b), Math.min(a, b));
    }

    private static void assertSame(String what, double a, double b, double mine, double maths) {
        if (Double.isNaN(maths)) {
            assertThat(mine).as("%s(%s, %s)", what, a, b).isNaN();
        } else {
            assertThat(Double.doubleToRawLongBits(mine)).as("%s(%s, %s)", what, a, b)
                    .isEqualTo(Double.doubleToRawLongBits(maths));
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
