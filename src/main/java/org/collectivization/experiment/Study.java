package org.collectivization.experiment;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntConsumer;

import org.collectivization.model.Params;
import org.collectivization.observe.Recorder;

/**
 * A set of replicated runs: every arm (a policy, or a sweep's design point) run with the seeds
 * base + 1 ... base + R, the same seeds for every arm (common random numbers), so that replicate r of
 * one arm starts from the same villages as replicate r of another and differences are paired.
 * Each replicate runs its model on one thread; replicates run side by side on a fixed pool, and
 * the results come back in the study's fixed order, so the output never depends on the pool's size.
 */
public final class Study {
    public final StudyInfo info;
    private final Scenario base;
    private final List<Scenario> scenarios;

    private final java.util.function.Function<RunResult, double[]> extra;

    private Study(StudyInfo info, Scenario base, List<Scenario> scenarios) {
        this(info, base, scenarios, null);
    }

    private Study(StudyInfo info, Scenario base, List<Scenario> scenarios,
                  java.util.function.Function<RunResult, double[]> extra) {
        this.info = info;
        this.base = base;
        this.scenarios = scenarios;
        this.extra = extra;
    }

    /** A comparison of scenario files; the first is the baseline. */
    public static Study compare(List<Path> files, int replications, long seedBase, Integer households,
                                String version, String gitCommit) {
        return compare(files, replications, seedBase, households, version, gitCommit, null);
    }

    /**
     * A comparison in which, if {@code branchAt} ("YYYY-MM") is given, every scenario runs the
     * baseline's history up to that month and its own levers from the start of that month on.
     */
    public static Study compare(List<Path> files, int replications, long seedBase, Integer households,
                                String version, String gitCommit, String branchAt) {
        List<Scenario> loaded = new ArrayList<>();
        for (Path f : files) loaded.add(withHouseholds(Loader.load(f), households));
        List<String> labels = labels(loaded);
        Scenario baseline = loaded.get(0);
        List<StudyInfo.Arm> arms = new ArrayList<>();
        for (int i = 0; i < loaded.size(); i++) {
            Scenario s = loaded.get(i);
            arms.add(arm(labels.get(i), s, files.get(i), changes(baseline, s), List.of(), seedBase));
        }
        return new Study(new StudyInfo(StudyInfo.COMPARE, arms, replications, seedBase, households, null, null,
                null, List.of(), Metrics.ids(), seriesColumns(), version, gitCommit, branchAt, null, null), baseline, loaded);
    }

    /** A sweep of one scenario over the design's points. */
    public static Study sweep(Path file, List<Design.Vary> vary, Design.Kind design, Integer samples, List<double[]> points,
                              int replications, long seedBase, Integer households, String version, String gitCommit) {
        return points(StudyInfo.SWEEP, file, vary, design.id(), design == Design.Kind.GRID ? null : samples,
                design == Design.Kind.LHS ? seedBase : null, null, points, replications, seedBase, households, version, gitCommit);
    }

    /** A sensitivity study: a sweep over the points of a Sobol or Morris design, with what its analysis needs. */
    public static Study sensitivity(Path file, List<Design.Vary> vary, StudyInfo.Analysis analysis, List<double[]> points,
                                    int replications, long seedBase, Integer households, String version, String gitCommit) {
        return points(StudyInfo.SENSITIVITY, file, vary, analysis.method(), analysis.samples(), analysis.seed(), analysis,
                points, replications, seedBase, households, version, gitCommit);
    }

    /** One wave of a calibration: the points history matching sampled, in parameter units. */
    public static Study wave(Path file, List<Design.Vary> vary, List<double[]> points, int replications, long seedBase,
                             Integer households, String version, String gitCommit) {
        return points(StudyInfo.CALIBRATE, file, vary, "lhs", points.size(), null, null, points, replications, seedBase,
                households, version, gitCommit);
    }

    private static Study points(String kind, Path file, List<Design.Vary> vary, String design, Integer samples, Long designSeed,
                                StudyInfo.Analysis analysis, List<double[]> points, int replications, long seedBase,
                                Integer households, String version, String gitCommit) {
        Scenario base = withHouseholds(Loader.load(file), households);
        checkVaried(base, vary, households);
        List<Scenario> scenarios = new ArrayList<>();
        List<StudyInfo.Arm> arms = new ArrayList<>();
        for (int k = 0; k < points.size(); k++) {
            double[] p = points.get(k);
            Scenario s = base;
            List<Double> values = new ArrayList<>();
            for (int d = 0; d < vary.size(); d++) {
                Design.Vary v = vary.get(d);
                String why = "--vary, " + kind + " point " + (k + 1);
                s = v.multiplier() ? s.scaled(v.key(), p[d], why) : s.with(v.key(), p[d], why);
                values.add(p[d]);
            }
            scenarios.add(s);
            arms.add(arm(String.valueOf(k + 1), s, file, List.of(), values, seedBase));
        }
        List<StudyInfo.Varied> varied = new ArrayList<>();
        for (Design.Vary v : vary) {
            varied.add(new StudyInfo.Varied(v.key(), v.multiplier(), v.column(), v.lo().toPlainString(),
                    v.hi().toPlainString(), v.step() == null ? null : v.step().toPlainString()));
        }
        return new Study(new StudyInfo(kind, arms, replications, seedBase, households, design, samples, designSeed, varied,
                Metrics.ids(), seriesColumns(), version, gitCommit, null, analysis, null), base, scenarios);
    }

    /**
     * An attribution: one arm for each cell (combination of causes present), labelled by its digits, each
     * resolved now so that a combination that does not load is refused before the study starts. The arm of
     * cell 0 (every cause switched off) lists every change; any other cell takes the values of the factors
     * it switches off, as the analysis's groups name them.
     */
    public static Study attribution(Path file, Factors factors, int[] cells, StudyInfo.Analysis analysis, int replications,
                                    long seedBase, Integer households, String version, String gitCommit) {
        Scenario base = withHouseholds(Loader.load(file), households);
        List<Scenario> scenarios = new ArrayList<>();
        List<StudyInfo.Arm> arms = new ArrayList<>();
        for (int cell : cells) {
            Scenario s = factors.cell(base, cell);
            List<Double> values = new ArrayList<>();
            for (int i = 0; i < factors.size(); i++) values.add(Factors.present(cell, i) ? 1.0 : 0.0);
            scenarios.add(s);
            arms.add(arm(factors.label(cell), s, file, cell == 0 ? changes(base, s) : List.of(), values, seedBase));
        }
        List<StudyInfo.Varied> varied = new ArrayList<>();
        for (String name : factors.names()) varied.add(new StudyInfo.Varied(name, false, name, "0", "1", null));
        return new Study(new StudyInfo(StudyInfo.ATTRIBUTE, arms, replications, seedBase, households, analysis.method(),
                analysis.samples(), analysis.seed(), varied, Metrics.ids(), seriesColumns(), version, gitCommit, null, analysis,
                null), base, scenarios);
    }

    /**
     * Refuses a varied key that cannot vary, and a range that leaves the scenario's declared range
     * at either end (a design may not reach the end, but the range given says what was studied).
     */
    private static void checkVaried(Scenario base, List<Design.Vary> vary, Integer households) {
        for (Design.Vary v : vary) {
            if (v.key().equals("run.seed")) {
                throw new ScenarioException(base.file(), v.key(), 0, "cannot be varied: replicate r uses seed --seed + r");
            }
            if (v.key().equals("run.households") && households != null) {
                throw new ScenarioException(base.file(), v.key(), 0, "is varied and also set by --households; choose one");
            }
            for (java.math.BigDecimal end : List.of(v.lo(), v.hi())) {
                String why = "--vary " + v.column() + "=" + v.lo().toPlainString() + ":" + v.hi().toPlainString();
                if (v.multiplier()) base.scaled(v.key(), end.doubleValue(), why);
                else base.with(v.key(), end.doubleValue(), why);
            }
        }
    }

    /**
     * A copy in which replicate r of every arm runs with the parameter set drawn for it; every draw is
     * applied to every arm now, so that a key a scenario lacks or a value out of its range is refused
     * before the study starts.
     */
    public Study withPosterior(StudyInfo.Posterior posterior) {
        for (int r = 0; r < posterior.draws().size(); r++) {
            for (Scenario s : scenarios) drawn(s, base, posterior, r + 1);
        }
        StudyInfo i = info;
        return new Study(new StudyInfo(i.kind(), i.arms(), i.replications(), i.seedBase(), i.households(), i.design(),
                i.samples(), i.designSeed(), i.parameters(), i.metrics(), i.series(), i.version(), i.gitCommit(),
                i.branchAt(), i.analysis(), posterior), base, scenarios, extra);
    }

    /**
     * Scenario s with the parameter set drawn for replicate r (1-based). A parameter that s sets to
     * another value than the baseline keeps its own: it is the scenario's lever, not an uncertain constant.
     */
    static Scenario drawn(Scenario s, Scenario baseline, StudyInfo.Posterior posterior, int replicate) {
        List<Double> values = posterior.values().get(replicate - 1);
        String why = "--posterior " + posterior.file() + ", set " + posterior.draws().get(replicate - 1) + " for replicate " + replicate;
        for (int k = 0; k < posterior.keys().size(); k++) {
            String column = posterior.keys().get(k);
            boolean multiplier = column.endsWith("*");
            String key = multiplier ? column.substring(0, column.length() - 1) : column;
            Param own = s.params().get(key), base = baseline.params().get(key);
            if (own != null && base != null && !Objects.equals(own.value(), base.value())) continue;
            s = multiplier ? s.scaled(key, values.get(k), why) : s.with(key, values.get(k), why);
        }
        return s;
    }

    /**
     * A copy that records, after the study's own figures, more figures of each run, computed while
     * the run is in memory (a calibration's targets), so that no whole run is kept.
     */
    public Study measuring(List<String> ids, java.util.function.Function<RunResult, double[]> figures) {
        List<String> all = new ArrayList<>(info.metrics());
        all.addAll(ids);
        StudyInfo i = info;
        return new Study(new StudyInfo(i.kind(), i.arms(), i.replications(), i.seedBase(), i.households(), i.design(),
                i.samples(), i.designSeed(), i.parameters(), all, i.series(), i.version(), i.gitCommit(), i.branchAt(),
                i.analysis(), i.posterior()), base, scenarios, figures);
    }

    private static Scenario withHouseholds(Scenario s, Integer households) {
        return households == null ? s : s.with("run.households", households, "--households");
    }

    /** Checks the arm resolves into the model's parameters now, not halfway through the study. */
    private static StudyInfo.Arm arm(String label, Scenario s, Path file, List<StudyInfo.Change> changes,
                                     List<Double> values, long seedBase) {
        Params p = Runner.params(s.with("run.seed", seedBase + 1, "--seed + 1"));
        return new StudyInfo.Arm(label, s.name(), s.description(), file.toString(), p.run.households(), p.run.scale(),
                p.run.months(), changes, values);
    }

    /** Scenario names as labels; a name given twice gets -2, -3 ... so that every row says which arm. */
    static List<String> labels(List<Scenario> scenarios) {
        List<String> labels = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (Scenario s : scenarios) {
            int n = seen.merge(s.name(), 1, Integer::sum);
            labels.add(n == 1 ? s.name() : s.name() + "-" + n);
        }
        return labels;
    }

    /** The parameters whose values differ from the baseline's (the run's size aside). */
    static List<StudyInfo.Change> changes(Scenario baseline, Scenario s) {
        List<StudyInfo.Change> out = new ArrayList<>();
        for (Param p : s.params().values()) {
            Param b = baseline.params().get(p.key());
            Object bv = b == null ? null : b.value();
            if (!Objects.equals(bv, p.value())) {
                // a value changed without a source of its own keeps the parent's source: say where it was set instead
                String source = b != null && Objects.equals(b.source(), p.source())
                        ? "set in " + p.file().getFileName() + " (no source given for the change)" : p.source();
                out.add(new StudyInfo.Change(p.key(), bv == null ? "(not set)" : show(bv), show(p.value()), source));
            }
        }
        for (Param b : baseline.params().values()) {
            if (!s.params().containsKey(b.key())) out.add(new StudyInfo.Change(b.key(), show(b.value()), "(not set)", ""));
        }
        return out;
    }

    private static String show(Object v) {
        if (v instanceof Double d) return Param.fmt(d);
        if (v instanceof Map<?, ?> m) {
            StringBuilder b = new StringBuilder();
            for (Map.Entry<?, ?> e : m.entrySet()) {
                if (b.length() > 0) b.append(", ");
                b.append(e.getKey()).append(": ").append(show(e.getValue()));
            }
            return b.toString();
        }
        if (v instanceof List<?> l) {
            List<String> parts = new ArrayList<>();
            for (Object o : l) parts.add(show(o));
            return "[" + String.join(", ", parts) + "]";
        }
        return String.valueOf(v);
    }

    private static List<String> seriesColumns() {
        List<String> c = new ArrayList<>();
        for (Metrics.Series s : Metrics.SERIES) c.add(s.column());
        return c;
    }

    /** The baseline of a comparison; the scenario a sweep varies. */
    public Scenario base() {
        return base;
    }

    /** The resolved scenario of each arm, in order. */
    public List<Scenario> scenarios() {
        return scenarios;
    }

    /** Runs replicate r (1-based) of arm a on one thread. */
    public Replicate runOne(int arm, int replicate) {
        long seed = info.seed(replicate);
        String why = "replicate " + replicate + " (--seed + " + replicate + ")";
        Scenario s = scenarios.get(arm).with("run.seed", seed, why);
        Scenario b = base.with("run.seed", seed, why);
        if (info.posterior() != null) {
            s = drawn(s, base, info.posterior(), replicate);
            b = drawn(b, base, info.posterior(), replicate);
        }
        Params p = Runner.params(s);
        RunResult r = info.branchAt() == null || arm == 0 ? Runner.run(s, p, 1, null)
                : Runner.runBranched(b, s, org.collectivization.model.Calendar.monthIndex(info.branchAt()), 1);
        int[] cols = new int[Metrics.SERIES.size()];
        for (int i = 0; i < cols.length; i++) cols[i] = Recorder.index(Metrics.SERIES.get(i).column());
        List<double[]> rows = r.recorder.rows();
        double[][] series = new double[cols.length][rows.size()];
        for (int m = 0; m < rows.size(); m++) {
            for (int i = 0; i < cols.length; i++) series[i][m] = rows.get(m)[cols[i]];
        }
        double[] figures = Metrics.of(r);
        if (extra != null) {
            double[] more = extra.apply(r);
            figures = java.util.Arrays.copyOf(figures, figures.length + more.length);
            System.arraycopy(more, 0, figures, figures.length - more.length, more.length);
        }
        return new Replicate(arm, replicate, seed, figures, List.copyOf(r.months()), series);
    }

    /**
     * Runs the given jobs (indices into the fixed order arm by arm, replicate by replicate) on a pool
     * of {@code threads} threads, and returns them in the order given. {@code done} hears the count of
     * finished replicates, one call per replicate, in increasing order.
     */
    public List<Replicate> run(List<Integer> jobs, int threads, IntConsumer done) {
        return run(jobs, threads, done, null);
    }

    /** As {@link #run(List, int, IntConsumer)}, handing each replicate to {@code onFinished} as soon as it is done. */
    public List<Replicate> run(List<Integer> jobs, int threads, IntConsumer done,
                               java.util.function.Consumer<Replicate> onFinished) {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(threads, Math.max(1, jobs.size()))),
                r -> {
                    Thread t = new Thread(r, "replicate");
                    t.setDaemon(true);
                    return t;
                });
        int[] finished = {0};
        try {
            List<Future<Replicate>> futures = new ArrayList<>();
            for (int j : jobs) {
                int arm = j / info.replications(), rep = j % info.replications() + 1;
                futures.add(pool.submit(() -> {
                    Replicate r = runOne(arm, rep);
                    if (onFinished != null) onFinished.accept(r);
                    if (done != null) {
                        synchronized (finished) {
                            done.accept(++finished[0]);
                        }
                    }
                    return r;
                }));
            }
            List<Replicate> out = new ArrayList<>();
            for (Future<Replicate> f : futures) out.add(f.get());
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) throw re;
            if (e.getCause() instanceof Error err) throw err;
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** Every job of the study, in its fixed order. */
    public List<Integer> allJobs() {
        return TaskShare.whole().jobs(info.jobs());
    }
}
