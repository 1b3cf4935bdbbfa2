package org.collectivization.analysis;

import java.util.List;
import java.util.function.ToDoubleFunction;

/** Test functions with known sensitivity indices, and a way to run them over a design. */
final class TestFunctions {
    private TestFunctions() {}

    static final double ISHIGAMI_A = 7, ISHIGAMI_B = 0.1;

    /** Ishigami's function on the unit cube mapped to [−π, π]³. */
    static double ishigami(double[] u) {
        double x1 = -Math.PI + 2 * Math.PI * u[0], x2 = -Math.PI + 2 * Math.PI * u[1], x3 = -Math.PI + 2 * Math.PI * u[2];
        return Math.sin(x1) + ISHIGAMI_A * Math.sin(x2) * Math.sin(x2) + ISHIGAMI_B * Math.pow(x3, 4) * Math.sin(x1);
    }

    /** Ishigami's analytic partial variances: V1, V2, V3 (zero) and V13; the others are zero. */
    static double ishigamiV1() {
        double b = ISHIGAMI_B, pi4 = Math.pow(Math.PI, 4);
        return 0.5 * (1 + b * pi4 / 5) * (1 + b * pi4 / 5);
    }

    static double ishigamiV2() {
        return ISHIGAMI_A * ISHIGAMI_A / 8;
    }

    static double ishigamiV13() {
        double b = ISHIGAMI_B, pi8 = Math.pow(Math.PI, 8);
        return b * b * pi8 * (1.0 / 18 - 1.0 / 50);
    }

    static double ishigamiV() {
        return ishigamiV1() + ishigamiV2() + ishigamiV13();
    }

    /** Sobol's g-function, a product of |4u − 2| + a over a + 1. */
    static ToDoubleFunction<double[]> gFunction(double[] a) {
        return u -> {
            double f = 1;
            for (int i = 0; i < a.length; i++) f *= (Math.abs(4 * u[i] - 2) + a[i]) / (1 + a[i]);
            return f;
        };
    }

    /** The g-function's partial variance of input i alone: 1 / (3 (1 + a_i)²). */
    static double gPartial(double ai) {
        return 1 / (3 * (1 + ai) * (1 + ai));
    }

    /** The g-function's total variance: Π (1 + V_i) − 1. */
    static double gVariance(double[] a) {
        double p = 1;
        for (double ai : a) p *= 1 + gPartial(ai);
        return p - 1;
    }

    /** f at every point, as one replicate each. */
    static double[][] run(List<double[]> points, ToDoubleFunction<double[]> f) {
        double[][] y = new double[points.size()][1];
        for (int i = 0; i < y.length; i++) y[i][0] = f.applyAsDouble(points.get(i));
        return y;
    }
}
