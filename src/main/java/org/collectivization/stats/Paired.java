package org.collectivization.stats;

/**
 * A paired comparison of a scenario with a baseline over replicates that share their seeds (common
 * random numbers): the differences scenario − baseline, their mean with a paired t interval, the
 * Wilcoxon signed-rank test, and how many pairs went each way.
 */
public record Paired(Estimate baseline, Estimate scenario, Estimate difference, SignedRank.Result test,
                     int lower, int higher, int equal) {

    public static Paired of(double[] baseline, double[] scenario) {
        if (baseline.length != scenario.length) {
            throw new IllegalArgumentException("paired samples differ in size: " + baseline.length + " and " + scenario.length);
        }
        double[] d = new double[baseline.length];
        int lower = 0, higher = 0, equal = 0;
        for (int i = 0; i < d.length; i++) {
            d[i] = scenario[i] - baseline[i];
            if (d[i] < 0) lower++;
            else if (d[i] > 0) higher++;
            else equal++;
        }
        return new Paired(Estimate.of(baseline), Estimate.of(scenario), Estimate.of(d), SignedRank.test(d),
                lower, higher, equal);
    }

    public int n() {
        return lower + higher + equal;
    }

    public boolean identical() {
        return equal == n();
    }
}
