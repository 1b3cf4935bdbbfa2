package org.collectivization.experiment;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.apache.commons.math3.random.MersenneTwister;

/**
 * Parameter sets for a comparison's replicates, drawn from a plausible set (calibrate's nroy.csv):
 * replicate r takes a set drawn uniformly, as every set has equal weight, from a Mersenne Twister
 * seeded with the study's seed base, so the draws repeat exactly and are the same for every scenario,
 * as the seeds are.
 */
public final class Posterior {
    private Posterior() {}

    /** nroy.csv's columns that are not parameters. */
    static final Set<String> NOT_PARAMETERS = Set.of("set", "wave", "point", "deciding_implausibility");

    /**
     * Reads the sets (lines starting with # are comments) and draws one for each replicate.
     *
     * @throws IllegalArgumentException with a message for the user when the file cannot be used
     */
    public static StudyInfo.Posterior draw(Path file, int replications, long seedBase) {
        List<String> lines;
        try {
            lines = new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalArgumentException("--posterior " + file + " cannot be read: " + Failures.reason(e));
        }
        lines.removeIf(l -> l.startsWith("#") || l.isBlank());
        if (lines.size() < 2) throw new IllegalArgumentException("--posterior " + file + " holds no parameter set (a header and at least one row)");
        String[] header = StudyFiles.splitCsv(lines.get(0));
        List<Integer> columns = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        for (int c = 0; c < header.length; c++) {
            if (NOT_PARAMETERS.contains(header[c])) continue;
            columns.add(c);
            keys.add(header[c]);
        }
        if (keys.isEmpty()) throw new IllegalArgumentException("--posterior " + file + " has no parameter column");
        List<List<Double>> sets = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            String[] f = StudyFiles.splitCsv(lines.get(i));
            if (f.length != header.length) {
                throw new IllegalArgumentException("--posterior " + file + ": row " + i + " has " + f.length + " fields, the header " + header.length);
            }
            List<Double> v = new ArrayList<>();
            for (int c : columns) {
                try {
                    v.add(Double.parseDouble(f[c]));
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("--posterior " + file + ": row " + i + ", " + header[c] + " '" + f[c] + "' is not a number");
                }
            }
            sets.add(v);
        }
        MersenneTwister rng = new MersenneTwister(seedBase);
        List<Integer> draws = new ArrayList<>();
        List<List<Double>> values = new ArrayList<>();
        for (int r = 0; r < replications; r++) {
            int k = rng.nextInt(sets.size());
            draws.add(k + 1);
            values.add(sets.get(k));
        }
        return new StudyInfo.Posterior(file.toString(), sets.size(), keys, draws, values);
    }

    public static final String FILE = "posterior.csv";

    /** posterior.csv: which set each replicate ran with, and its values. */
    public static void write(Path dir, StudyInfo info) throws IOException {
        StudyInfo.Posterior p = info.posterior();
        List<String> lines = new ArrayList<>();
        for (int r = 1; r <= p.draws().size(); r++) {
            List<String> v = new ArrayList<>();
            for (double x : p.values().get(r - 1)) v.add(StudyFiles.exact(x));
            lines.add(r + "," + info.seed(r) + "," + p.draws().get(r - 1) + "," + String.join(",", v));
        }
        StudyFiles.writeLines(dir.resolve(FILE), "replicate,seed,set," + String.join(",", p.keys()), lines);
    }
}
