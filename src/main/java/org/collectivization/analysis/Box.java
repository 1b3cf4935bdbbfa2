package org.collectivization.analysis;

import java.util.Arrays;
import java.util.List;

/**
 * A box in parameter units: a lower and an upper bound per parameter, in the order the parameters
 * were named.
 */
public record Box(double[] lo, double[] hi) {

    public Box {
        if (lo.length != hi.length) {
            throw new IllegalArgumentException("a box needs as many lower as upper bounds, got " + lo.length
                    + " and " + hi.length);
        }
        for (int d = 0; d < lo.length; d++) {
            if (!(lo[d] <= hi[d])) {
                throw new IllegalArgumentException("parameter " + (d + 1) + "'s lower bound " + lo[d]
                        + " is not at most its upper bound " + hi[d]);
            }
        }
        lo = lo.clone();
        hi = hi.clone();
    }

    /** The unit hypercube of {@code dims} dimensions. */
    public static Box unit(int dims) {
        double[] hi = new double[dims];
        Arrays.fill(hi, 1);
        return new Box(new double[dims], hi);
    }

    public int dims() {
        return lo.length;
    }

    /** The point whose coordinates are the fractions {@code unit} of the way from lo to hi. */
    public double[] at(double[] unit) {
        double[] p = new double[unit.length];
        for (int d = 0; d < p.length; d++) p[d] = lo[d] + (hi[d] - lo[d]) * unit[d];
        return p;
    }

    /** The smallest box holding every point, widened on each side by {@code margin} times its width. */
    public static Box around(List<double[]> points, double margin) {
        if (points.isEmpty()) throw new IllegalArgumentException("no points to put a box around");
        double[] lo = points.get(0).clone(), hi = points.get(0).clone();
        for (double[] p : points) {
            for (int d = 0; d < p.length; d++) {
                lo[d] = Math.min(lo[d], p[d]);
                hi[d] = Math.max(hi[d], p[d]);
            }
        }
        for (int d = 0; d < lo.length; d++) {
            double w = hi[d] - lo[d];
            lo[d] -= margin * w;
            hi[d] += margin * w;
        }
        return new Box(lo, hi);
    }

    /** This box cut down to lie inside {@code outer}. */
    public Box within(Box outer) {
        double[] l = new double[dims()], h = new double[dims()];
        for (int d = 0; d < l.length; d++) {
            l[d] = Math.min(Math.max(lo[d], outer.lo[d]), outer.hi[d]);
            h[d] = Math.max(Math.min(hi[d], outer.hi[d]), l[d]);
        }
        return new Box(l, h);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Box b && Arrays.equals(lo, b.lo) && Arrays.equals(hi, b.hi);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(lo) + Arrays.hashCode(hi);
    }

    @Override
    public String toString() {
        return "Box" + Arrays.toString(lo) + "-" + Arrays.toString(hi);
    }
}
