package org.collectivization.experiment;

import java.util.ArrayList;
import java.util.List;

import org.collectivization.stats.Estimate;
import org.collectivization.stats.Holm;
import org.collectivization.stats.Paired;

/**
 * The statistics of a comparison: for every arm and figure the mean with its 95 % t interval
 * (summary.csv), and for every arm after the first, paired against it, the mean difference with a
 * paired t interval, the Wilcoxon signed-rank test and the Holm adjustment across the figures of the
 * pair (comparison.csv).
 */
public final class Comparison {
    /** One row of summary.csv (or, in a sweep, of sweep.csv). */
    public record SummaryRow(int arm, int metric, Estimate estimate) {}

    /** One row of comparison.csv. */
    public record PairRow(int arm, int metric, Paired paired, double pAdjusted) {}

    public final StudyInfo info;
    public final List<SummaryRow> summary;
    public final List<PairRow> pairs;
    /** values[arm][metric][replicate - 1] */
    public final double[][][] values;

    private Comparison(StudyInfo info, List<SummaryRow> summary, List<PairRow> pairs, double[][][] values) {
        this.info = info;
        this.summary = summary;
        this.pairs = pairs;
        this.values = values;
    }

    public static Comparison of(StudyInfo info, List<Replicate> reps) {
        double[][][] values = values(info, reps);
        List<SummaryRow> summary = new ArrayList<>();
        for (int a = 0; a < info.arms().size(); a++) {
            for (int m = 0; m < info.metrics().size(); m++) summary.add(new SummaryRow(a, m, Estimate.of(values[a][m])));
        }
        List<PairRow> pairs = new ArrayList<>();
        if (info.isCompare()) {
            for (int a = 1; a < info.arms().size(); a++) {
                Paired[] p = new Paired[info.metrics().size()];
                double[] pv = new double[p.length];
                for (int m = 0; m < p.length; m++) {
                    p[m] = Paired.of(values[0][m], values[a][m]);
                    pv[m] = p[m].test().p();
                }
                double[] adj = Holm.adjust(pv);
                for (int m = 0; m < p.length; m++) pairs.add(new PairRow(a, m, p[m], adj[m]));
            }
        }
        return new Comparison(info, summary, pairs, values);
    }

    /** The replicates' figures by arm, figure and replicate; refuses a study with a replicate missing or twice. */
    static double[][][] values(StudyInfo info, List<Replicate> reps) {
        int arms = info.arms().size(), metrics = info.metrics().size(), r = info.replications();
        double[][][] v = new double[arms][metrics][r];
        boolean[][] seen = new boolean[arms][r];
        for (Replicate rep : reps) {
            if (rep.replicate() < 1 || rep.replicate() > r || seen[rep.arm()][rep.replicate() - 1]) {
                throw new IllegalArgumentException("replicate " + rep.replicate() + " of " + info.arms().get(rep.arm()).label()
                        + " is out of range or given twice");
            }
            seen[rep.arm()][rep.replicate() - 1] = true;
            for (int m = 0; m < metrics; m++) v[rep.arm()][m][rep.replicate() - 1] = rep.metrics()[m];
        }
        for (int a = 0; a < arms; a++) {
            for (int k = 0; k < r; k++) {
                if (!seen[a][k]) {
                    throw new IllegalArgumentException("replicate " + (k + 1) + " of " + info.arms().get(a).label() + " is missing");
                }
            }
        }
        return v;
    }

    public static final String SUMMARY_HEADER = "scenario,metric,mean,sd,ci_low,ci_high,n";
    public static final String COMPARISON_HEADER = "metric,baseline,scenario,mean_baseline,mean_scenario,diff_mean,"
            + "diff_ci_low,diff_ci_high,p_value,p_adjusted,test,n";

    public List<String> summaryLines() {
        List<String> out = new ArrayList<>();
        for (SummaryRow s : summary) {
            Estimate e = s.estimate();
            out.add(String.join(",", StudyFiles.csv(info.arms().get(s.arm()).label()), info.metrics().get(s.metric()),
                    StudyFiles.stat(e.mean()), StudyFiles.stat(e.sd()), StudyFiles.stat(e.ciLow()),
                    StudyFiles.stat(e.ciHigh()), Integer.toString(e.n())));
        }
        return out;
    }

    public List<String> comparisonLines() {
        List<String> out = new ArrayList<>();
        for (PairRow p : pairs) {
            Paired q = p.paired();
            out.add(String.join(",", info.metrics().get(p.metric()), StudyFiles.csv(info.arms().get(0).label()),
                    StudyFiles.csv(info.arms().get(p.arm()).label()), StudyFiles.stat(q.baseline().mean()),
                    StudyFiles.stat(q.scenario().mean()), StudyFiles.stat(q.difference().mean()),
                    StudyFiles.stat(q.difference().ciLow()), StudyFiles.stat(q.difference().ciHigh()),
                    StudyFiles.stat(q.test().p()), StudyFiles.stat(p.pAdjusted()), q.test().method().id,
                    Integer.toString(q.n())));
        }
        return out;
    }

    /** The row of sweep.csv's long form for a point: point, its parameter values, then the estimate. */
    public List<String> sweepLines() {
        List<String> out = new ArrayList<>();
        for (SummaryRow s : summary) {
            StudyInfo.Arm arm = info.arms().get(s.arm());
            StringBuilder b = new StringBuilder(arm.label());
            for (Double v : arm.values()) b.append(',').append(StudyFiles.exact(v));
            Estimate e = s.estimate();
            b.append(',').append(info.metrics().get(s.metric())).append(',').append(StudyFiles.stat(e.mean()))
                    .append(',').append(StudyFiles.stat(e.sd())).append(',').append(StudyFiles.stat(e.ciLow()))
                    .append(',').append(StudyFiles.stat(e.ciHigh())).append(',').append(e.n());
            out.add(b.toString());
        }
        return out;
    }

    public String sweepHeader() {
        StringBuilder b = new StringBuilder("point");
        for (StudyInfo.Varied v : info.parameters()) b.append(',').append(v.column());
        return b.append(",metric,mean,sd,ci_low,ci_high,n").toString();
    }

    public String designHeader() {
        StringBuilder b = new StringBuilder("point");
        for (StudyInfo.Varied v : info.parameters()) b.append(',').append(v.column());
        return b.toString();
    }

    public List<String> designLines() {
        List<String> out = new ArrayList<>();
        for (StudyInfo.Arm arm : info.arms()) {
            StringBuilder b = new StringBuilder(arm.label());
            for (Double v : arm.values()) b.append(',').append(StudyFiles.exact(v));
            out.add(b.toString());
        }
        return out;
    }

    /** The estimate of a figure for an arm. */
    public Estimate estimate(int arm, int metric) {
        return summary.get(arm * info.metrics().size() + metric).estimate();
    }

    /** The paired row of an arm (not the baseline) and a figure. */
    public PairRow pair(int arm, int metric) {
        return pairs.get((arm - 1) * info.metrics().size() + metric);
    }
}
