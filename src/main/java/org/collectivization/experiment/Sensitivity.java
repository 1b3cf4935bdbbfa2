package org.collectivization.experiment;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.collectivization.analysis.Bootstrap;
import org.collectivization.analysis.Groups;
import org.collectivization.analysis.Morris;
import org.collectivization.analysis.Sobol;

/**
 * The indices of a sensitivity study from its rows: the design is made again from what study.json
 * records (Sobol's sequence needs no seed; Morris's trajectories are drawn with the recorded seed),
 * so a study run at once and one collected from tasks give the same indices.csv.
 */
public final class Sensitivity {
    private Sensitivity() {}

    public static final String SOBOL = "sobol";
    public static final String MORRIS = "morris";
    public static final String INDICES = "indices.csv";
    public static final String NOISE = "noise.csv";
    public static final String INDICES_HEADER = "figure,parameter,method,index,estimate,low,high";
    public static final String NOISE_HEADER = "figure,method,noise_share,warnings";

    /** One figure's analysis: Sobol's or Morris's result, or neither when the figure did not vary over the design. */
    public record FigureResult(String figure, Sobol.Result sobol, Morris.Result morris, List<String> warnings) {}

    public static Groups groups(StudyInfo info) {
        List<String> params = new ArrayList<>();
        for (StudyInfo.Varied v : info.parameters()) params.add(v.column());
        Map<String, List<String>> g = info.analysis().groups();
        return g == null || g.isEmpty() ? Groups.each(params) : Groups.of(params, g);
    }

    /** The design's points in the unit hypercube, in the study's order of points. */
    public static List<double[]> unitPoints(StudyInfo.Analysis a, Groups groups) {
        return a.method().equals(SOBOL) ? Sobol.design(groups, a.samples()).points()
                : Morris.design(groups, a.samples(), a.levels(), a.seed()).points();
    }

    /** Every figure of the study, in the order of its metrics. */
    public static List<FigureResult> analyse(StudyInfo info, List<Replicate> reps) {
        StudyInfo.Analysis a = info.analysis();
        Groups groups = groups(info);
        Sobol.Design sobol = a.method().equals(SOBOL) ? Sobol.design(groups, a.samples()) : null;
        Morris.Design morris = a.method().equals(MORRIS) ? Morris.design(groups, a.samples(), a.levels(), a.seed()) : null;
        int points = info.arms().size(), r = info.replications();
        List<FigureResult> out = new ArrayList<>();
        for (int m = 0; m < info.metrics().size(); m++) {
            double[][] y = new double[points][r];
            for (Replicate rep : reps) y[rep.arm()][rep.replicate() - 1] = rep.metrics()[m];
            String figure = info.metrics().get(m);
            if (!varies(y)) {
                out.add(new FigureResult(figure, null, null, List.of("the figure takes the same value in every run, so it has no indices")));
                continue;
            }
            List<String> warnings = new ArrayList<>();
            Sobol.Result s = null;
            Morris.Result mo = null;
            double noise;
            if (sobol != null) {
                s = Sobol.analyse(sobol, y, a.confidence(), a.resamples(), a.bootstrapSeed());
                warnings.addAll(s.warnings());
                noise = s.noiseShare();
            } else {
                mo = Morris.analyse(morris, y, a.confidence(), a.resamples(), a.bootstrapSeed());
                noise = mo.noiseShare();
            }
            if (noise > 0.5) {
                warnings.add(String.format(Locale.ROOT, "replicate noise is %.0f %% of the spread between points: the indices"
                        + " mostly measure noise; run more replicates", 100 * Math.min(noise, 1)));
            }
            out.add(new FigureResult(figure, s, mo, warnings));
        }
        return out;
    }

    private static boolean varies(double[][] y) {
        double first = y[0][0];
        for (double[] row : y) for (double v : row) if (v != first) return true;
        return false;
    }

    public static List<String> indexLines(StudyInfo info, List<FigureResult> results) {
        List<String> lines = new ArrayList<>();
        String method = info.analysis().method();
        for (FigureResult f : results) {
            if (f.sobol() != null) {
                for (Sobol.Index i : f.sobol().indices()) {
                    lines.add(line(f.figure(), i.group(), method, "S1", i.s1(), i.s1Interval()));
                    lines.add(line(f.figure(), i.group(), method, "ST", i.st(), i.stInterval()));
                }
            } else if (f.morris() != null) {
                for (Morris.Effect e : f.morris().effects()) {
                    lines.add(line(f.figure(), e.group(), method, "mu_star", e.muStar(), e.muStarInterval()));
                    lines.add(line(f.figure(), e.group(), method, "mu", e.mu(), null));
                    lines.add(line(f.figure(), e.group(), method, "sigma", e.sigma(), null));
                }
            }
        }
        return lines;
    }

    private static String line(String figure, String group, String method, String index, double v, Bootstrap.Interval i) {
        return String.join(",", figure, StudyFiles.csv(group), method, index, StudyFiles.stat(v),
                i == null ? "NA" : StudyFiles.stat(i.low()), i == null ? "NA" : StudyFiles.stat(i.high()));
    }

    public static List<String> noiseLines(StudyInfo info, List<FigureResult> results) {
        List<String> lines = new ArrayList<>();
        for (FigureResult f : results) {
            double noise = f.sobol() != null ? f.sobol().noiseShare() : f.morris() != null ? f.morris().noiseShare() : Double.NaN;
            lines.add(String.join(",", f.figure(), info.analysis().method(), StudyFiles.stat(noise),
                    StudyFiles.csv(String.join("; ", f.warnings()))));
        }
        return lines;
    }

    /** Writes indices.csv and noise.csv into {@code dir} and returns the results. */
    public static List<FigureResult> write(Path dir, StudyInfo info, List<Replicate> reps) throws IOException {
        List<FigureResult> results = analyse(info, reps);
        StudyFiles.writeLines(dir.resolve(INDICES), INDICES_HEADER, indexLines(info, results));
        StudyFiles.writeLines(dir.resolve(NOISE), NOISE_HEADER, noiseLines(info, results));
        return results;
    }
}
