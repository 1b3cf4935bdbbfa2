package org.collectivization.calibration;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

import org.apache.commons.math3.stat.descriptive.rank.Percentile;
import org.collectivization.analysis.Replicated;
import org.collectivization.experiment.Design;
import org.collectivization.experiment.Loader;
import org.collectivization.experiment.Replicate;
import org.collectivization.experiment.Scenario;
import org.collectivization.experiment.StudyFiles;
import org.collectivization.targets.Target;

/**
 * The files of a calibration: each wave's runs, every point's verdict, the plausible set, each
 * target against what survived, and the calibrated scenario.
 */
public final class CalibrationFiles {
    private CalibrationFiles() {}

    public static final String NROY = "nroy.csv";
    public static final String TARGETS = "targets.csv";
    public static final String WAVES = "waves.csv";
    public static final String CALIBRATED = "calibrated.yaml";
    /** The first line of nroy.csv, so that no one reads the file as a posterior. */
    public static final String NROY_NOTE = "# history matching: a plausible set, not a posterior; every set has equal weight";
    public static final String TARGETS_HEADER = "target,scenario,value,low,high,discrepancy_sd,status,sets,mean,low_95,high_95,"
            + "sets_inside,nearest_mean,nearest_distance";

    /** How one target stands against the plausible set, and how near any point of any wave came to its band. */
    public record TargetFit(Target target, String status, int sets, double mean, double low95, double high95,
                            double setsInside, double nearestMean, double nearestDistance) {}

    static List<String> columns(List<Design.Vary> vary) {
        return vary.stream().map(Design.Vary::column).toList();
    }

    /** The last wave's survivors, or none. */
    public static List<Integer> survivors(Calibration.WaveResult last) {
        List<Integer> s = new ArrayList<>();
        for (int i = 0; i < last.points().size(); i++) if (last.verdict().plausible()[i]) s.add(i);
        return s;
    }

    public static List<TargetFit> fits(Calibration.Setup s, List<Calibration.WaveResult> waves) {
        List<Matched> m = Calibration.matched(s.targets());
        Calibration.WaveResult last = waves.get(waves.size() - 1);
        List<Integer> alive = survivors(last);
        List<TargetFit> out = new ArrayList<>();
        for (int t = 0; t < m.size(); t++) {
            double nearest = Double.NaN, distance = Double.POSITIVE_INFINITY;
            for (Calibration.WaveResult w : waves) {
                double[] means = Replicated.means(w.values().get(t));
                for (double x : means) {
                    double d = m.get(t).distance(x);
                    if (d < distance) {
                        distance = d;
                        nearest = x;
                    }
                }
            }
            double[] means = Replicated.means(last.values().get(t));
            double[] kept = alive.stream().mapToDouble(i -> means[i]).toArray();
            int inside = 0;
            for (double x : kept) if (m.get(t).target().band().contains(x)) inside++;
            String status = inside == kept.length && inside > 0 ? "every plausible set meets it"
                    : inside > 0 ? "some plausible sets meet it"
                    : distance == 0 ? (kept.length == 0 ? "no plausible set; a ruled-out point met it" : "no plausible set meets it; a ruled-out point did")
                    : "no point of any wave meets it";
            double mean = kept.length == 0 ? Double.NaN : Arrays.stream(kept).average().orElse(Double.NaN);
            out.add(new TargetFit(m.get(t).target(), status, kept.length, mean, percentile(kept, 2.5), percentile(kept, 97.5),
                    kept.length == 0 ? Double.NaN : inside / (double) kept.length, nearest, distance));
        }
        for (Target t : s.skipped()) {
            out.add(new TargetFit(t, "not measured: its scenario is " + t.scenario() + ", not the calibrated " + s.scenarioName(),
                    0, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN));
        }
        return out;
    }

    private static double percentile(double[] x, double p) {
        if (x.length == 0) return Double.NaN;
        Percentile q = new Percentile().withEstimationType(Percentile.EstimationType.R_7);
        q.setData(x);
        return q.evaluate(p);
    }

    /** The share of the surviving sets' runs in which every measured target falls in its band. */
    public static double runsMeetingAll(Calibration.Setup s, Calibration.WaveResult last) {
        List<Integer> alive = survivors(last);
        if (alive.isEmpty()) return Double.NaN;
        int ok = 0;
        for (int i : alive) {
            for (int r = 0; r < s.replications(); r++) {
                boolean all = true;
                for (int t = 0; t < s.targets().size(); t++) {
                    all &= s.targets().get(t).band().contains(last.values().get(t)[i][r]);
                }
                if (all) ok++;
            }
        }
        return ok / (double) (alive.size() * s.replications());
    }

    /** The surviving point with the smallest deciding implausibility, or -1. */
    public static int best(Calibration.WaveResult last) {
        int best = -1;
        for (int i : survivors(last)) if (best < 0 || last.verdict().deciding()[i] < last.verdict().deciding()[best]) best = i;
        return best;
    }

    public static void write(Path dir, Calibration.Setup s, List<Calibration.WaveResult> waves, String commandLine)
            throws IOException {
        List<String> cols = columns(s.vary());
        List<Matched> m = Calibration.matched(s.targets());
        List<String> waveLines = new ArrayList<>();
        for (Calibration.WaveResult w : waves) {
            Path wd = Files.createDirectories(dir.resolve("wave-" + w.wave()));
            List<String> rl = new ArrayList<>();
            for (Replicate r : w.reps()) rl.add(StudyFiles.replicateLine(w.info(), r));
            StudyFiles.writeLines(wd.resolve(StudyFiles.REPLICATES), StudyFiles.replicatesHeader(w.info()), rl);
            for (int i = 0; i < w.points().size(); i++) {
                for (int t = 0; t < m.size(); t++) {
                    double[][] y = w.values().get(t);
                    waveLines.add(String.join(",", String.valueOf(w.wave()), String.valueOf(i + 1), values(w.points().get(i)),
                            StudyFiles.csv(m.get(t).target().name()), StudyFiles.stat(Replicated.means(y)[i]),
                            StudyFiles.stat(Replicated.varianceOfMeans(y)[i]), StudyFiles.stat(w.verdict().implausibility()[i][t]),
                            StudyFiles.stat(w.verdict().deciding()[i]), w.verdict().plausible()[i] ? "yes" : "no"));
                }
            }
        }
        StudyFiles.writeLines(dir.resolve(WAVES), "wave,point," + String.join(",", cols)
                + ",target,mean,variance_of_mean,implausibility,deciding_implausibility,plausible", waveLines);
        Calibration.WaveResult last = waves.get(waves.size() - 1);
        List<String> nroy = new ArrayList<>();
        int set = 0;
        for (int i : survivors(last)) {
            nroy.add(String.join(",", String.valueOf(++set), String.valueOf(last.wave()), String.valueOf(i + 1),
                    values(last.points().get(i)), StudyFiles.stat(last.verdict().deciding()[i])));
        }
        StudyFiles.writeLines(dir.resolve(NROY), NROY_NOTE + "\nset,wave,point," + String.join(",", cols)
                + ",deciding_implausibility", nroy);
        List<String> tl = new ArrayList<>();
        for (TargetFit f : fits(s, waves)) {
            Target t = f.target();
            tl.add(String.join(",", StudyFiles.csv(t.name()), t.scenario(), StudyFiles.stat(t.value()), StudyFiles.stat(t.band().low()),
                    StudyFiles.stat(t.band().high()), StudyFiles.stat(t.discrepancySd()), StudyFiles.csv(f.status()),
                    String.valueOf(f.sets()), StudyFiles.stat(f.mean()), StudyFiles.stat(f.low95()), StudyFiles.stat(f.high95()),
                    StudyFiles.stat(f.setsInside()), StudyFiles.stat(f.nearestMean()), StudyFiles.stat(f.nearestDistance())));
        }
        StudyFiles.writeLines(dir.resolve(TARGETS), TARGETS_HEADER, tl);
        int best = best(last);
        if (best >= 0) Files.writeString(dir.resolve(CALIBRATED), calibratedYaml(dir, s, last.points().get(best), commandLine),
                StandardCharsets.UTF_8);
    }

    private static String values(double[] p) {
        List<String> v = new ArrayList<>();
        for (double x : p) v.add(StudyFiles.exact(x));
        return String.join(",", v);
    }

    /**
     * A scenario that extends the calibrated one with the chosen point's values, each with its source.
     * It keeps the scenario's name, so that the targets files, which name scenarios, still apply to it.
     */
    static String calibratedYaml(Path dir, Calibration.Setup s, double[] point, String commandLine) {
        Scenario base = Loader.load(s.scenario());
        Path parent = dir.toAbsolutePath().normalize().relativize(s.scenario().toAbsolutePath().normalize());
        String source = "calibrated, " + commandLine;
        Map<String, Object> tree = new LinkedHashMap<>();
        for (int d = 0; d < point.length; d++) {
            Design.Vary v = s.vary().get(d);
            Object value = v.multiplier() ? base.scaled(v.key(), point[d], "calibration").params().get(v.key()).value() : point[d];
            String[] parts = v.key().split("\\.");
            Map<String, Object> node = tree;
            for (int i = 0; i < parts.length - 1; i++) {
                @SuppressWarnings("unchecked")
                Map<String, Object> child = (Map<String, Object>) node.computeIfAbsent(parts[i], k -> new LinkedHashMap<String, Object>());
                node = child;
            }
            node.put(parts[parts.length - 1], "{value: " + yamlValue(value) + ", source: " + quoted(source) + "}");
        }
        StringBuilder b = new StringBuilder();
        b.append("# ").append(base.name()).append(" with the plausible point of smallest deciding implausibility found by history\n")
                .append("# matching (collectivization calibrate); see nroy.csv beside it for the whole plausible set.\n");
        b.append("extends: ").append(quoted(parent.toString().replace('\\', '/'))).append('\n');
        b.append("name: ").append(base.name()).append('\n');
        b.append("description: ").append(quoted(base.description() + " Calibrated by history matching: the plausible point"
                + " with the smallest deciding implausibility.")).append('\n');
        emit(b, tree, "");
        return b.toString();
    }

    private static void emit(StringBuilder b, Map<String, Object> node, String indent) {
        for (Map.Entry<String, Object> e : node.entrySet()) {
            if (e.getValue() instanceof Map<?, ?> child) {
                b.append(indent).append(e.getKey()).append(":\n");
                @SuppressWarnings("unchecked")
                Map<String, Object> c = (Map<String, Object>) child;
                emit(b, c, indent + "  ");
            } else {
                b.append(indent).append(e.getKey()).append(": ").append(e.getValue()).append('\n');
            }
        }
    }

    private static String yamlValue(Object v) {
        if (v instanceof SortedMap<?, ?> m) {
            List<String> parts = new ArrayList<>();
            m.forEach((k, x) -> parts.add(k + ": " + StudyFiles.exact((Double) x)));
            return "{" + String.join(", ", parts) + "}";
        }
        return StudyFiles.exact((Double) v);
    }

    private static String quoted(String s) {
        return '"' + s.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }
}
