package org.collectivization.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.collectivization.experiment.Home;
import org.collectivization.runfiles.RunFiles;
import org.collectivization.targets.Evaluation;
import org.collectivization.targets.RunFigures;
import org.collectivization.targets.Target;
import org.collectivization.targets.TargetsFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code collectivization targets RUN_DIR... --targets FILE}: how runs stand against calibration targets. */
@Command(name = "targets", mixinStandardHelpOptions = true,
        description = {"Measure run folders against a targets file.",
                "Each target is measured on the runs of its scenario: the model's mean over them, its 95 percent "
                        + "t interval (none with one run), the target's band, and whether the mean falls inside. "
                        + "The project ships data/targets/article.csv (the article's patterns P0-P9) and "
                        + "data/targets/record.csv (the historical record); the format is in the README."})
public final class TargetsCommand implements Callable<Integer> {
    static final String SHIPPED = "data/targets/";

    @Parameters(arity = "1..*", paramLabel = "RUN_DIR", description = "run folders written by 'run' (any scenarios, any seeds)")
    List<Path> runDirs;

    @Option(names = "--targets", required = true, paramLabel = "FILE", split = ",",
            description = "a targets file, or the name of one the project ships: article or record; several, "
                    + "comma-separated or repeated, are read as one (article,record)")
    List<String> targets;

    @Option(names = "--out", paramLabel = "FILE.csv", description = "also write the table, numbers in full, to this CSV file")
    Path out;

    @Override
    public Integer call() throws Exception {
        for (Path d : runDirs) {
            if (!Files.isDirectory(d)) throw new UsageException(d + " is not a run folder");
            if (!Files.isRegularFile(d.resolve(RunFiles.TIMESERIES)) || !Files.isRegularFile(d.resolve(RunFiles.SUMMARY))) {
                throw new UsageException(d + " has no " + RunFiles.TIMESERIES + " and " + RunFiles.SUMMARY + "; is it a run folder?");
            }
        }
        if (out != null && out.toAbsolutePath().getParent() != null && !Files.isDirectory(out.toAbsolutePath().getParent())) {
            throw new UsageException("--out " + out + " cannot be written: " + out.toAbsolutePath().getParent() + " is not a folder");
        }
        List<RunFigures> runs = new ArrayList<>();
        for (Path d : runDirs) runs.add(RunFigures.read(d));
        YearMonth first = runs.stream().map(r -> r.series().first()).min(YearMonth::compareTo).orElseThrow();
        YearMonth last = runs.stream().map(r -> r.series().last()).max(YearMonth::compareTo).orElseThrow();
        List<Evaluation.Result> results = Evaluation.evaluate(read(targets, first, last), runs);
        table(results, runs).forEach(System.out::println);
        if (out != null) {
            Evaluation.write(out, results);
            System.out.println("Wrote " + out);
        }
        return 0;
    }

    /** The targets of every file named, in order; a target id given twice is refused. */
    static List<Target> read(List<String> names, YearMonth first, YearMonth last) {
        List<Target> all = new ArrayList<>();
        java.util.Set<String> ids = new java.util.HashSet<>();
        for (String name : names) {
            for (Target t : TargetsFile.read(targetsFile(name), first, last)) {
                if (!ids.add(t.name())) throw new UsageException("--targets: target '" + t.name() + "' is given twice");
                all.add(t);
            }
        }
        return all;
    }

    /** The file given, or the shipped file of that name when the name is a bare word that is no file here. */
    static Path targetsFile(String targets) {
        Path given = Path.of(targets);
        if (Files.exists(given) || !targets.matches("[A-Za-z0-9_-]+")) return given;
        Path shipped = Home.shipped(SHIPPED + targets + ".csv");
        return Files.exists(shipped) ? Path.of(Home.shown(shipped)) : given;
    }

    static List<String> table(List<Evaluation.Result> results, List<RunFigures> runs) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"target", "band", "model mean [95% interval]", "inside"});
        Map<String, Integer> skipped = new LinkedHashMap<>();
        int inside = 0, measured = 0;
        for (Evaluation.Result r : results) {
            Target t = r.target();
            if (!r.measured()) {
                skipped.merge(t.scenario(), 1, Integer::sum);
                continue;
            }
            measured++;
            if (r.inside()) inside++;
            String[] shown = Evaluation.shown(r);
            rows.add(new String[] {t.name(), shown[0], shown[1], r.inside() ? "yes" : "no"});
        }
        int[] width = new int[4];
        for (String[] row : rows) for (int c = 0; c < 4; c++) width[c] = Math.max(width[c], row[c].length());
        List<String> lines = new ArrayList<>();
        for (String[] row : rows) {
            lines.add(String.format("%-" + width[0] + "s  %-" + width[1] + "s  %-" + width[2] + "s  %s", (Object[]) row).stripTrailing());
        }
        skipped.forEach((scenario, n) -> lines.add(n + " target" + (n == 1 ? "" : "s") + " not measured: no run of scenario "
                + scenario + " was given"));
        lines.add(inside + " of " + measured + " targets within their bands (mean of " + runsSaid(results, runs) + ")");
        return lines;
    }

    /** "3 runs", or "3 historical runs, 2 nep-continued runs" when the scenarios measured differ in their runs. */
    private static String runsSaid(List<Evaluation.Result> results, List<RunFigures> runs) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (Evaluation.Result r : results) {
            if (r.measured()) counts.put(r.target().scenario(), runs.stream().filter(x -> x.scenario().equals(r.target().scenario())).count());
        }
        if (counts.values().stream().distinct().count() <= 1) {
            long k = counts.values().stream().findFirst().orElse(0L);
            return k + (k == 1 ? " run" : " runs");
        }
        List<String> parts = new ArrayList<>();
        counts.forEach((s, k) -> parts.add(k + " " + s + (k == 1 ? " run" : " runs")));
        return String.join(", ", parts);
    }
}
