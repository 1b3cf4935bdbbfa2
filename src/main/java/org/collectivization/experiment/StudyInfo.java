package org.collectivization.experiment;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * What defines a study, as {@code study.json} records it: the arms (the policies of a comparison, or
 * the points of a sweep), the replicates and their seeds, the size, the program that ran it, and, for
 * a comparison branched from a common history, the month from which each scenario's levers apply.
 * Every task of a study split across machines writes the same definition; {@code collect} refuses
 * tasks whose definitions differ.
 */
public record StudyInfo(String kind, List<Arm> arms, int replications, long seedBase, Integer households,
                        String design, Integer samples, Long designSeed, List<Varied> parameters,
                        List<String> metrics, List<String> series, String version, String gitCommit,
                        String branchAt,
                        @JsonInclude(JsonInclude.Include.NON_NULL) Analysis analysis,
                        @JsonInclude(JsonInclude.Include.NON_NULL) Posterior posterior) {

    public static final String COMPARE = "compare";
    public static final String SWEEP = "sweep";
    public static final String SENSITIVITY = "sensitivity";
    public static final String CALIBRATE = "calibrate";
    public static final String ATTRIBUTE = "attribute";

    /**
     * What a sensitivity study needs, besides its points, to compute its indices again from its rows
     * (when {@code collect} merges its tasks): the method, N (Sobol) or r (Morris), Morris's levels and
     * seed, the groups, the confidence level and the bootstrap's resamples and seed.
     */
    public record Analysis(String method, int samples, Integer levels, Long seed, java.util.Map<String, List<String>> groups,
                           double confidence, int resamples, long bootstrapSeed) {}

    /**
     * Parameter sets drawn from a plausible set (history matching's nroy.csv): replicate r of every
     * scenario runs with set {@code draws.get(r - 1)} of the file, whose values are {@code values.get(r - 1)}
     * for the {@code keys} in order (a key ending in * multiplies every year of a schedule).
     */
    public record Posterior(String file, int sets, List<String> keys, List<Integer> draws, List<List<Double>> values) {}

    /**
     * One arm: its label in the output files, the scenario's name, description and file, its size, and
     * either what it changes against the baseline (a comparison) or its parameter values (a sweep).
     */
    public record Arm(String label, String name, String description, String file, int households,
                      double householdsPerAgent, int months, List<Change> changes, List<Double> values) {}

    /** A parameter whose value differs from the baseline's. */
    public record Change(String key, String baselineValue, String value, String source) {}

    /** A varied parameter of a sweep as given on the command line. */
    public record Varied(String key, boolean multiplier, String column, String lo, String hi, String step) {}

    @JsonIgnore
    public boolean isCompare() {
        return COMPARE.equals(kind);
    }

    @JsonIgnore
    public int jobs() {
        return arms.size() * replications;
    }

    /** The seed of replicate r (1-based): base + r, the same for every arm. */
    public long seed(int replicate) {
        return seedBase + replicate;
    }

    /** The column that names an arm in the output files. */
    @JsonIgnore
    public String armColumn() {
        return isCompare() ? "scenario" : "point";
    }

    public int armIndex(String label) {
        for (int i = 0; i < arms.size(); i++) if (arms.get(i).label().equals(label)) return i;
        return -1;
    }
}
