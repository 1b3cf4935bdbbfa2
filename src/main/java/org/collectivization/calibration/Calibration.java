package org.collectivization.calibration;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;

import org.collectivization.analysis.Box;
import org.collectivization.analysis.HistoryMatching;
import org.collectivization.analysis.Replicated;
import org.collectivization.experiment.Design;
import org.collectivization.experiment.Replicate;
import org.collectivization.experiment.Study;
import org.collectivization.experiment.StudyInfo;
import org.collectivization.targets.Evaluation;
import org.collectivization.targets.RunFigures;
import org.collectivization.targets.Target;

/**
 * History matching of one scenario on the model itself, in waves: each wave samples a Latin hypercube
 * of points in its box, runs every point with the same R seeds, measures every target in each run
 * while the run is in memory, and rules out the points whose deciding implausibility passes the
 * cut-off; the survivors bound the next wave's box. What survives the last wave is a plausible set
 * with equal weights, not a posterior.
 *
 * <p>A target whose scenario is not the one calibrated (the article's P0 is measured on
 * nep-continued) is not measured: it is listed as skipped, not silently dropped.
 */
public final class Calibration {

    /** The settings of a calibration. */
    public record Setup(java.nio.file.Path scenario, String scenarioName, List<Design.Vary> vary, List<Target> targets,
                        List<Target> skipped, int waves, int points, int replications, long seedBase, Integer households,
                        String version, String gitCommit) {}

    /**
     * One wave: its box, its points, each target's value in each run ({@code values.get(t)[point][replicate]}),
     * history matching's verdicts, and the wave's study (for its files).
     */
    public record WaveResult(int wave, Box box, List<double[]> points, List<double[][]> values, HistoryMatching.Wave verdict,
                             StudyInfo info, List<Replicate> reps) {
        public double mean(int target, int point) {
            return Replicated.means(values.get(target))[point];
        }
    }

    private Calibration() {}

    public static List<Matched> matched(List<Target> targets) {
        return targets.stream().map(Matched::of).toList();
    }

    /** The wave's study: the points, with every target measured on every run. */
    public static Study waveStudy(Setup s, List<double[]> points) {
        List<Matched> m = matched(s.targets());
        return Study.wave(s.scenario(), s.vary(), points, s.replications(), s.seedBase(), s.households(), s.version(), s.gitCommit())
                .measuring(m.stream().map(Matched::id).toList(), run -> {
                    RunFigures f = RunFigures.of(run);
                    double[] v = new double[m.size()];
                    for (int t = 0; t < v.length; t++) v[t] = Evaluation.value(m.get(t).target(), f);
                    return v;
                });
    }

    /**
     * Runs the waves, stopping early when no point survives one. {@code done} hears the count of
     * finished runs over all waves.
     */
    public static List<WaveResult> run(Setup s, int threads, IntConsumer done) {
        Box first = Design.box(s.vary()), box = first;
        List<WaveResult> waves = new ArrayList<>();
        int before = 0;
        for (int w = 1; w <= s.waves(); w++) {
            // each wave its own Latin hypercube, seeded from the study's seed so the calibration repeats exactly
            List<double[]> points = HistoryMatching.sample(box, s.points(), s.seedBase() + 1000L * w);
            Study study = waveStudy(s, points);
            int offset = before;
            List<Replicate> reps = study.run(study.allJobs(), threads, done == null ? null : k -> done.accept(offset + k));
            before += reps.size();
            WaveResult r = assess(w, box, points, s, study.info, reps);
            waves.add(r);
            if (r.verdict().survivors().isEmpty()) break;
            if (w < s.waves()) box = HistoryMatching.nextBox(first, r.verdict().survivors());
        }
        return waves;
    }

    static WaveResult assess(int wave, Box box, List<double[]> points, Setup s, StudyInfo info, List<Replicate> reps) {
        List<Matched> m = matched(s.targets());
        int first = info.metrics().size() - m.size();
        List<double[][]> values = new ArrayList<>();
        for (int t = 0; t < m.size(); t++) {
            double[][] y = new double[points.size()][s.replications()];
            for (Replicate r : reps) y[r.arm()][r.replicate() - 1] = r.metrics()[first + t];
            values.add(y);
        }
        double[][] imp = new double[points.size()][m.size()];
        for (int t = 0; t < m.size(); t++) {
            double[] mean = Replicated.means(values.get(t)), var = Replicated.varianceOfMeans(values.get(t));
            for (int i = 0; i < points.size(); i++) imp[i][t] = m.get(t).implausibility(mean[i], var[i]);
        }
        double[] deciding = new double[points.size()];
        boolean[] plausible = new boolean[points.size()];
        for (int i = 0; i < points.size(); i++) {
            deciding[i] = HistoryMatching.deciding(imp[i]);
            plausible[i] = deciding[i] <= HistoryMatching.CUTOFF;
        }
        return new WaveResult(wave, box, points, values, new HistoryMatching.Wave(points, imp, deciding, plausible), info, reps);
    }
}
