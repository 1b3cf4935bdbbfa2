package org.collectivization.report;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;
import java.util.Optional;

import org.collectivization.experiment.Comparison;
import org.collectivization.experiment.Metrics;
import org.collectivization.experiment.StudyInfo;
import org.collectivization.stats.Estimate;
import org.collectivization.stats.Paired;
import org.collectivization.stats.SignedRank;

/**
 * The words of a comparison: names of scenarios for a reader, and one plain sentence per paired
 * result. A sentence states what the model gave, never what it would mean for real lives.
 */
final class StudyText {
    private StudyText() {}

    /** "responsive-relief" → "Responsive relief"; "nep-continued" → "NEP continued". */
    static String display(StudyInfo.Arm arm) {
        String n = arm.name().replace('-', ' ').replace('_', ' ').trim();
        if (n.isEmpty()) n = arm.label();
        n = n.replaceAll("(?i)\\bnep\\b", "NEP");
        n = Character.toUpperCase(n.charAt(0)) + n.substring(1);
        return arm.label().equals(arm.name()) ? n : n + " (" + arm.label() + ")";
    }

    /** A figure's value for a reader: "2.1 million", "310,000 tonnes", "−46%". */
    static String value(Metrics.Kind kind, double v) {
        return switch (kind) {
            case TONNES -> Formats.tonnes(v);
            case SHARE -> Formats.percentChange(v);
            default -> Formats.count(v);
        };
    }

    /** A p-value for a reader: "p < 0.001", "p = 0.012", "p = 1". */
    static String p(double p) {
        if (Double.isNaN(p)) return "p not available";
        if (p < 0.001) return "p < 0.001";
        if (p >= 0.9995) return "p = 1";
        return "p = " + threeDigits(p);
    }

    /** Three significant digits, rounded down, so that a p-value just under 0.05 never reads as 0.05. */
    private static String threeDigits(double p) {
        return new BigDecimal(p).round(new MathContext(3, java.math.RoundingMode.DOWN)).stripTrailingZeros().toPlainString();
    }

    /**
     * When the replicates are too few for any Holm-adjusted p-value among {@code tests} figures to fall below
     * 0.05, however large the differences, a paragraph that says so; otherwise empty. Without it a reader
     * takes "p = 1" beside an interval far from zero for a contradiction, or for a finding of no difference.
     */
    static Optional<String> tooFewPairs(int pairs, int tests) {
        int needed = SignedRank.pairsNeeded(tests, 0.05);
        if (pairs >= needed) return Optional.empty();
        return Optional.of("With " + pairs + " replicate" + (pairs == 1 ? "" : "s") + " of each scenario, the"
                + " signed-rank test cannot give a p-value below " + threeDigits(SignedRank.smallestP(pairs))
                + ", even when every pair differs the same way, and after Holm\u2019s adjustment over " + tests
                + " figures no adjusted p-value can fall below 0.05. The tests therefore cannot show a clear"
                + " difference here, however large: that comes from too few replicates, not from the scenarios"
                + " agreeing. At least " + needed + " replicates are needed for that; the confidence intervals have"
                + " no such limit.");
    }

    /**
     * The mean with its interval: "4.9 million (95 % CI 4.6–5.2 million)". A figure that cannot be negative
     * (a count of people, households or tonnes) has its interval cut at zero where the t interval would reach
     * below it: the replicates are then too few for so variable a figure (the report's method paragraph
     * says so).
     */
    /**
     * For a comparison whose replicates drew parameter sets from a plausible set: what that means for the
     * intervals, and how wide famine deaths' interval is in each scenario; empty otherwise.
     */
    static java.util.Optional<String> posteriorNote(org.collectivization.experiment.Comparison c) {
        org.collectivization.experiment.StudyInfo info = c.info;
        if (info.posterior() == null) return java.util.Optional.empty();
        int deaths = Metrics.index("excess_deaths_total");
        java.util.List<String> widths = new java.util.ArrayList<>();
        for (int a = 0; a < info.arms().size(); a++) {
            Estimate e = c.estimate(a, deaths);
            widths.add(display(info.arms().get(a)) + " " + value(Metrics.Kind.PEOPLE, e.ciHigh() - e.ciLow()));
        }
        long distinct = info.posterior().draws().stream().distinct().count();
        return java.util.Optional.of("Intervals include parameter uncertainty from " + info.posterior().sets()
                + " plausible sets (history matching, --posterior " + info.posterior().file() + "): replicate r ran with a set"
                + " drawn at random, the same for every scenario (" + distinct + " different sets drawn; posterior.csv lists"
                + " them; a scenario that sets one of the parameters to its own value keeps it). Width of the 95\u00a0% interval of famine deaths: " + String.join(", ", widths)
                + ". Run the same comparison without --posterior to see how much of that width the parameters add.");
    }

    static String estimate(Metrics.Metric metric, Estimate e) {
        if (Double.isNaN(e.ciLow())) return value(metric.kind(), e.mean());
        if (!metric.signed() && e.ciLow() < 0) {
            return value(metric.kind(), e.mean()) + " (95\u00a0% CI " + range(metric.kind(), 0, e.ciHigh()) + ", cut at zero)";
        }
        return value(metric.kind(), e.mean()) + " (95\u00a0% CI " + range(metric.kind(), e.ciLow(), e.ciHigh()) + ")";
    }

    /** "1.8–2.4 million", "310,000–420,000", "−12% to −8%". */
    static String range(Metrics.Kind kind, double lo, double hi) {
        if (kind == Metrics.Kind.SHARE) return points(lo) + " to " + points(hi);
        String a = value(kind, lo), b = value(kind, hi);
        String unit = kind == Metrics.Kind.TONNES ? " tonnes" : "";
        if (!unit.isEmpty()) {
            a = a.substring(0, a.length() - unit.length());
            b = b.substring(0, b.length() - unit.length());
        }
        if (lo < 0) return a + " to " + b + unit;  // a dash between signed numbers reads as a minus
        if (a.endsWith(" million") && b.endsWith(" million")) a = a.substring(0, a.length() - " million".length());
        return a + "\u2013" + b + unit;
    }

    /** A difference of two shares in percentage points: "+12 points", "−3.5 points". */
    static String points(double d) {
        double pts = d * 100;
        String digits = Math.abs(pts) >= 10 ? String.format(Locale.ROOT, "%.0f", Math.abs(pts))
                : String.format(Locale.ROOT, "%.1f", Math.abs(pts));
        if (Double.parseDouble(digits) == 0) return "0 points";
        return (pts < 0 ? "\u2212" : "+") + digits + " points";
    }

    /**
     * One sentence for one paired result, e.g. "Famine deaths in Ukraine: 1.2 million fewer than in
     * Historical (95 % CI 0.9–1.5 million); fewer in 20 of 20 paired replicates; Wilcoxon p < 0.001
     * (Holm-adjusted p < 0.001)."
     */
    static String sentence(Comparison c, Comparison.PairRow row) {
        Metrics.Metric metric = Metrics.ALL.get(row.metric());
        return capitalise(metric.phrase()) + ": " + body(c, row, "");
    }

    /**
     * The headline of a policy, e.g. "Responsive relief: 2.1 million fewer famine deaths than in
     * Historical (95 % CI 1.8–2.4 million); fewer in 20 of 20 paired replicates; ...".
     */
    static String headline(Comparison c, Comparison.PairRow row) {
        return display(c.info.arms().get(row.arm())) + ": " + body(c, row, " famine deaths");
    }

    private static String body(Comparison c, Comparison.PairRow row, String noun) {
        StudyInfo info = c.info;
        Metrics.Metric metric = Metrics.ALL.get(row.metric());
        Paired q = row.paired();
        String baseline = display(info.arms().get(0));
        int n = q.n();
        if (q.identical()) {
            return (noun.isEmpty() ? "" : noun.trim() + " ") + "identical to " + baseline + " in " + n + " of " + n
                    + " paired replicates (p = 1).";
        }
        Estimate d = q.difference();
        boolean down = d.mean() < 0;
        StringBuilder s = new StringBuilder();
        Metrics.Kind kind = metric.kind();
        String direction;
        if (kind == Metrics.Kind.SHARE) {
            s.append(value(kind, q.scenario().mean())).append(" against ").append(value(kind, q.baseline().mean()))
                    .append(" in ").append(baseline).append(", a difference of ").append(points(d.mean()));
            if (!Double.isNaN(d.ciLow())) {
                s.append(" (95\u00a0% CI ").append(points(d.ciLow())).append(" to ").append(points(d.ciHigh())).append(')');
            }
            direction = down ? "lower" : "higher";
        } else {
            direction = kind == Metrics.Kind.TONNES ? (down ? "less" : "more") : (down ? "fewer" : "more");
            s.append(value(kind, Math.abs(d.mean()))).append(' ').append(direction).append(noun)
                    .append(" than in ").append(baseline);
            if (!Double.isNaN(d.ciLow())) {
                if (d.ciLow() < 0 && d.ciHigh() > 0) {
                    String less = kind == Metrics.Kind.TONNES ? "less" : "fewer";
                    s.append(" (95\u00a0% CI from ").append(value(kind, -d.ciLow())).append(' ').append(less)
                            .append(" to ").append(value(kind, d.ciHigh())).append(" more)");
                } else {
                    s.append(" (95\u00a0% CI ").append(down ? range(kind, -d.ciHigh(), -d.ciLow())
                            : range(kind, d.ciLow(), d.ciHigh())).append(')');
                }
            }
        }
        int same = down ? q.lower() : q.higher(), other = down ? q.higher() : q.lower();
        s.append("; ").append(direction).append(" in ").append(same).append(" of ").append(n).append(" paired replicates");
        if (other > 0) s.append(", the other way in ").append(other);
        if (q.equal() > 0) s.append(", equal in ").append(q.equal());
        s.append("; Wilcoxon ").append(p(q.test().p())).append(" (Holm-adjusted ").append(p(row.pAdjusted())).append(").");
        return s.toString();
    }

    /** Whether a pair differs clearly: the interval excludes zero and the Holm-adjusted p is below 0.05. */
    static boolean clear(Comparison.PairRow row) {
        Estimate d = row.paired().difference();
        return !row.paired().identical() && !Double.isNaN(d.ciLow()) && (d.ciLow() > 0 || d.ciHigh() < 0)
                && row.pAdjusted() < 0.05;
    }

    static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
