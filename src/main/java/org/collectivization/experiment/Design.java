package org.collectivization.experiment;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.commons.math3.random.MersenneTwister;
import org.apache.commons.math3.random.SobolSequenceGenerator;
import org.collectivization.analysis.LatinHypercube;

/**
 * The points of a sweep: a full grid, a Latin hypercube or a Sobol sequence over the varied
 * parameters. A point is one value per parameter, in the order the parameters were named.
 */
public final class Design {
    private Design() {}

    public enum Kind {
        GRID, LHS, SOBOL;

        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Kind parse(String s) {
            for (Kind k : values()) if (k.id().equals(s)) return k;
            throw new IllegalArgumentException("design must be grid, lhs or sobol, not '" + s + "'");
        }
    }

    /**
     * One varied parameter: a scenario key holding a number, or with {@code multiplier} a factor on
     * every year of a per-year schedule ({@code key*}); its bounds, and a step for a grid.
     */
    public record Vary(String key, boolean multiplier, BigDecimal lo, BigDecimal hi, BigDecimal step) {

        /** The name of its column in design.csv and sweep.csv: the key, with * for a multiplier. */
        public String column() {
            return multiplier ? key + "*" : key;
        }

        /** Parses {@code key=lo:hi[:step]} or {@code key*=lo:hi[:step]}. */
        public static Vary parse(String spec) {
            int eq = spec.indexOf('=');
            if (eq <= 0) throw new IllegalArgumentException("--vary " + spec + ": expected KEY=LO:HI[:STEP]");
            String key = spec.substring(0, eq).trim();
            boolean mult = key.endsWith("*");
            if (mult) key = key.substring(0, key.length() - 1).trim();
            if (key.isEmpty()) throw new IllegalArgumentException("--vary " + spec + ": no key before '='");
            String[] parts = spec.substring(eq + 1).split(":", -1);
            if (parts.length < 2 || parts.length > 3) {
                throw new IllegalArgumentException("--vary " + spec + ": expected LO:HI or LO:HI:STEP after '='");
            }
            BigDecimal lo = number(spec, parts[0]), hi = number(spec, parts[1]);
            BigDecimal step = parts.length == 3 ? number(spec, parts[2]) : null;
            if (lo.compareTo(hi) > 0) throw new IllegalArgumentException("--vary " + spec + ": LO is above HI");
            if (step != null && step.signum() <= 0) throw new IllegalArgumentException("--vary " + spec + ": STEP must be positive");
            if (step != null && hi.subtract(lo).divide(step, java.math.MathContext.DECIMAL64).compareTo(BigDecimal.valueOf(10_000)) > 0) {
                throw new IllegalArgumentException("--vary " + spec + ": more than 10,000 steps");
            }
            return new Vary(key, mult, lo, hi, step);
        }

        private static BigDecimal number(String spec, String s) {
            try {
                return new BigDecimal(s.trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("--vary " + spec + ": '" + s + "' is not a number");
            }
        }

        /** lo, lo + step, ... up to hi (hi included when the steps reach it), computed in decimal. */
        List<Double> gridValues() {
            List<Double> v = new ArrayList<>();
            if (lo.compareTo(hi) == 0) {
                v.add(lo.doubleValue());
                return v;
            }
            for (BigDecimal x = lo; x.compareTo(hi) <= 0; x = x.add(step)) v.add(x.doubleValue());
            return v;
        }

        double at(double unit) {
            return lo.doubleValue() + (hi.doubleValue() - lo.doubleValue()) * unit;
        }
    }

    /** The box the ranges span, in the order given. */
    public static org.collectivization.analysis.Box box(List<Vary> vary) {
        double[] lo = new double[vary.size()], hi = new double[vary.size()];
        for (int d = 0; d < lo.length; d++) {
            lo[d] = vary.get(d).lo().doubleValue();
            hi[d] = vary.get(d).hi().doubleValue();
        }
        return new org.collectivization.analysis.Box(lo, hi);
    }

    /** Every combination of the grid values; the first parameter varies slowest. */
    public static List<double[]> grid(List<Vary> vary) {
        for (Vary v : vary) {
            if (v.step() == null) {
                throw new IllegalArgumentException("--vary " + v.column() + ": a grid needs LO:HI:STEP");
            }
        }
        List<double[]> points = new ArrayList<>();
        points.add(new double[0]);
        for (Vary v : vary) {
            List<double[]> next = new ArrayList<>();
            for (double[] p : points) {
                for (double x : v.gridValues()) {
                    double[] q = java.util.Arrays.copyOf(p, p.length + 1);
                    q[p.length] = x;
                    next.add(q);
                }
            }
            points = next;
        }
        return points;
    }

    /**
     * A Latin hypercube of {@code k} points: each parameter's range cut into k equal strata, each
     * stratum used once, a uniform draw within it, the strata paired at random. The draws come from
     * a Mersenne Twister seeded with {@code seed}, so the design is the same on every machine.
     */
    public static List<double[]> latinHypercube(List<Vary> vary, int k, long seed) {
        noSteps(vary, "lhs");
        double[][] unit = LatinHypercube.unit(k, vary.size(), new MersenneTwister(seed));
        List<double[]> points = new ArrayList<>();
        for (double[] u : unit) {
            double[] p = new double[vary.size()];
            for (int d = 0; d < p.length; d++) p[d] = vary.get(d).at(u[d]);
            points.add(p);
        }
        return points;
    }

    /**
     * The first {@code k} points of the Sobol sequence (Commons Math, Joe and Kuo direction numbers),
     * beginning at the lower corner, scaled to the parameters' ranges.
     */
    public static List<double[]> sobol(List<Vary> vary, int k) {
        noSteps(vary, "sobol");
        if (vary.size() > 1000) throw new IllegalArgumentException("a Sobol design takes at most 1000 parameters");
        SobolSequenceGenerator g = new SobolSequenceGenerator(vary.size());
        List<double[]> points = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            double[] u = g.nextVector();
            double[] p = new double[vary.size()];
            for (int d = 0; d < p.length; d++) p[d] = vary.get(d).at(u[d]);
            points.add(p);
        }
        return points;
    }

    private static void noSteps(List<Vary> vary, String design) {
        for (Vary v : vary) {
            if (v.step() != null) {
                throw new IllegalArgumentException("--vary " + v.column() + ": --design " + design
                        + " takes LO:HI without a step (the step belongs to a grid)");
            }
        }
    }
}
