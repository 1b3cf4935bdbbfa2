package org.collectivization.stylized;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.collectivization.experiment.RunResult;
import org.collectivization.experiment.Runner;
import org.collectivization.experiment.Scenario;
import org.collectivization.model.ModelRuns;

/**
 * Whole runs of shipped scenarios, each made once per test JVM and shared by the test classes that
 * need it (the pattern tests and the scale test both use the historical runs of seeds 1-3 at the
 * default size). Only the monthly rows are kept, not the model.
 */
final class Runs {
    /** Two threads: the machine CI runs on has two cores; results do not depend on it (DeterminismTest). */
    static final int THREADS = 2;

    private static final Map<String, RunResult> CACHE = new ConcurrentHashMap<>();

    private Runs() {}

    /** A run of scenarios/&lt;name&gt;.yaml with this seed; {@code households} 0 keeps the scenario's default size. */
    static synchronized RunResult of(String name, int households, long seed) {
        String key = name + "|" + households + "|" + seed;
        RunResult r = CACHE.get(key);
        if (r == null) {
            Scenario s = ModelRuns.scenario(name, households, seed);
            r = Runner.run(s, Runner.params(s), THREADS, null);
            CACHE.put(key, r);
        }
        return r;
    }

    static List<RunResult> of(String name, int households, long... seeds) {
        return Arrays.stream(seeds).mapToObj(s -> of(name, households, s)).toList();
    }

    /** Mean over runs of a flow column summed over months from..to inclusive ("YYYY-MM"). */
    static double total(List<RunResult> runs, String column, String from, String to) {
        return runs.stream().mapToDouble(r -> r.total(column, from, to)).average().orElseThrow();
    }

    /** Mean over runs of a flow column summed over the whole run. */
    static double total(List<RunResult> runs, String column) {
        return total(runs, column, "0000-00", "9999-99");
    }

    /** Mean over runs of a stock column at the end of a month (which every run must have recorded). */
    static double at(List<RunResult> runs, String column, String month) {
        for (RunResult r : runs) {
            if (!r.months().contains(month)) throw new IllegalArgumentException("no month " + month + " in the run");
        }
        return runs.stream().mapToDouble(r -> r.at(column, month)).average().orElseThrow();
    }

    /** Mean over runs of a stock column in the run's first and last rows. */
    static double first(List<RunResult> runs, String column) {
        return at(runs, column, runs.get(0).months().get(0));
    }

    static double last(List<RunResult> runs, String column) {
        return at(runs, column, runs.get(0).lastMonth());
    }
}
