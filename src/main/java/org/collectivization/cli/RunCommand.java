package org.collectivization.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import org.collectivization.experiment.Checkpoint;
import org.collectivization.experiment.Home;
import org.collectivization.experiment.Memory;
import org.collectivization.experiment.RunJob;
import org.collectivization.experiment.RunFolder;
import org.collectivization.experiment.RunResult;
import org.collectivization.experiment.Runner;
import org.collectivization.experiment.Scenario;
import org.collectivization.model.Calendar;
import org.collectivization.model.Params;
import org.collectivization.model.Region;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code collectivization run SCENARIO}: one headless run, its files, and a short summary. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Run one scenario headless and write its folder.",
                "The folder holds timeseries.csv, summary.json, scenario.yaml (resolved), manifest.json, charts/ "
                        + "and report.html. Every figure is reported in real-world units, whatever the number of "
                        + "simulated households."})
public final class RunCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "SCENARIO", description = "a scenario file, e.g. scenarios/historical.yaml")
    Path scenario;

    @Option(names = "--seed", paramLabel = "N", description = "random seed (default: the scenario's run.seed)")
    Long seed;

    @Option(names = "--households", paramLabel = "N",
            description = "simulated households (default: the scenario's, 250,000; each stands for 25,000,000 / N real ones)")
    Integer households;

    @Option(names = "--out", paramLabel = "DIR", description = "write exactly here; DIR must not exist yet; a relative "
            + "DIR is read from the folder you are in (default: results/<scenario>/<date-time>-seed<N>/ in the project's "
            + "folder)")
    Path out;

    @Option(names = "--threads", paramLabel = "T", description = "threads to step districts on (default: all cores); "
            + "the output does not depend on it")
    Integer threads;

    @Option(names = "--no-report", description = "skip charts and report.html (faster)")
    boolean noReport;

    @Option(names = "--checkpoint-at", paramLabel = "YYYY-MM", description = "save the complete model state at the start "
            + "of this month, before any of its phases, as checkpoint-YYYY-MM.ser.gz in the run folder "
            + "(continue it under another scenario with: collectivization branch)")
    String checkpointAt;

    @Option(names = "--force", description = "replace the run folder given by --out if it exists; only a complete run "
            + "folder of this program is replaced (its manifest says it is a run, and it holds only a run's files), and only "
            + "once the new run is complete")
    boolean force;

    @Override
    public Integer call() throws Exception {
        if (threads != null && threads < 1) throw new UsageException("--threads must be at least 1, got " + threads);
        if (seed != null && seed < 0) throw new UsageException("--seed must be a non-negative integer, got " + seed);
        Instant started = Instant.now();
        RunJob job = new RunJob(scenario);
        job.seed = seed;
        job.households = households;
        if (threads != null) job.threads = threads;
        job.version = Version.version();
        job.gitCommit = Version.gitCommit();
        job.commandLine = "collectivization run " + String.join(" ", ProcessInfo.arguments());
        Scenario s = job.scenario();
        Params p = Runner.params(s);
        int checkpointMonth = checkpointAt == null ? -1 : monthOfRun("--checkpoint-at", checkpointAt, p.run.months());
        if (Preflight.active()) return Preflight.report(p.run.households());
        try {
            Memory.requireHeapFor(p.run.households());
        } catch (IllegalStateException e) {
            throw new UsageException(e.getMessage());
        }
        // the destination is claimed before the model starts: a folder that cannot be written, or that another run
        // is writing, is found now, not after the run
        try (RunFolder claim = out != null ? RunFolder.claimExactly(out, force)
                : RunFolder.claimNumbered(RunJob.defaultFolder(Home.results(), s, p, started))) {
            Reports.tellRemoved(claim);
            if (p.run.households() >= Runner.WARM_UP_FROM_HOUSEHOLDS) Runner.warmUp(s, job.threads);
            Checkpoint.Request checkpoint = null;
            if (checkpointAt != null) {
                checkpoint = new Checkpoint.Request(checkpointMonth, claim.file("checkpoint-" + checkpointAt + ".ser.gz"));
            }
            Progress progress = new Progress("run " + s.name(), p.run.months(), "months");
            RunResult r;
            try {
                r = Runner.run(s, p, job.threads, progress::update, checkpoint);
            } finally {
                progress.close();
            }
            Path folder = job.write(r, claim, started, noReport ? null : Reports.hook());
            printSummary(r, folder);
        }
        return 0;
    }

    /** A month of the run given as an option, as its step number; the first month has no earlier state to share. */
    static int monthOfRun(String option, String text, int months) {
        if (!text.matches("\\d{4}-(0[1-9]|1[0-2])")) {
            throw new UsageException(option + " must be a month YYYY-MM, got '" + text + "'");
        }
        int m = Calendar.monthIndex(text);
        if (m < 1 || m >= months) {
            throw new UsageException(option + " " + text + " is outside the run: allowed " + Calendar.label(1)
                    + " to " + Calendar.label(months - 1));
        }
        return m;
    }

    static void printSummary(RunResult r, Path folder) {
        Map<String, Object> s = r.summary();
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "%s, seed %d, %,d households simulated (each stands for %,.0f)%n",
                r.scenario.name(), r.params.run.seed(), r.params.run.households(), r.params.run.scale()));
        b.append(String.format(Locale.ROOT, "Famine deaths (excess deaths, 1930-1934): %s%n", millions((Long) s.get("excess_deaths_total"))));
        @SuppressWarnings("unchecked")
        Map<String, Object> byRegion = (Map<String, Object>) s.get("excess_deaths_by_region");
        for (Region g : Region.ALL) {
            b.append(String.format(Locale.ROOT, "  %-24s %s%n", g.displayName, millions((Long) byRegion.get(g.id))));
        }
        b.append(String.format(Locale.ROOT, "People dekulakized: %s%n", millions((Long) s.get("dekulakized_people"))));
        b.append(String.format(Locale.ROOT, "Officials and activists killed: %,d (in 1930: %,d)%n",
                (Long) s.get("officials_killed_total"), (Long) s.get("officials_killed_1930")));
        b.append("Livestock, 1 January 1929 to 1 January 1934:\n");
        for (String sp : RunResult.SPECIES) {
            double from = r.at(sp, "1928-12"), to = r.at(sp, "1933-12");
            b.append(String.format(Locale.ROOT, "  %-16s %6.1f M -> %6.1f M (%+.0f %%)%n",
                    sp.replace("_", " and "), from / 1e6, to / 1e6, 100 * (Double) s.get(sp + "_loss_share")));
        }
        b.append("Written to ").append(Home.shown(folder)).append('\n');
        System.out.print(b);
    }

    static String millions(long people) {
        if (Math.abs(people) >= 1_000_000) return String.format(Locale.ROOT, "%.2f million", people / 1e6);
        return String.format(Locale.ROOT, "%,d", people);
    }
}
