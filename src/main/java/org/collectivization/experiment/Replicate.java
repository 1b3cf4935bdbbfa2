package org.collectivization.experiment;

import java.util.List;

/**
 * One finished replicate of one arm: its seed, its figures in the order of {@link Metrics#ALL}, and
 * its monthly key series in the order of {@link Metrics#SERIES} ({@code series[s][month]}).
 */
public record Replicate(int arm, int replicate, long seed, double[] metrics, List<String> months, double[][] series)
        implements java.io.Serializable {

    /** The replicate's place in a study's fixed order: arm by arm, then replicate by replicate. */
    public int job(int replications) {
        return arm * replications + (replicate - 1);
    }
}
