package org.collectivization.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.collectivization.experiment.StudyFiles;
import org.collectivization.experiment.StudyJob;
import org.collectivization.report.RunReport;
import org.collectivization.report.StudyReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code collectivization report RUN_DIR}: rebuild the charts and report.html of an existing run or study. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Rebuild the charts and report of a run or study folder.",
                "A run folder's charts/ and report.html are rebuilt from its timeseries.csv, summary.json, "
                        + "scenario.yaml and manifest.json; a compare or sweep folder's from its study.json, "
                        + "replicates.csv and series.csv."})
public final class ReportCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "RUN_DIR", description = "a run folder written by 'run'")
    Path runDir;

    @Override
    public Integer call() throws Exception {
        if (!Files.isDirectory(runDir)) throw new UsageException(runDir + " is not a run folder");
        if (Files.isRegularFile(runDir.resolve(StudyFiles.STUDY)) && Files.isRegularFile(runDir.resolve(StudyFiles.REPLICATES))) {
            StudyJob.finish(runDir, StudyReport::write);
            System.out.println("Wrote " + runDir.resolve("report.html") + " and " + runDir.resolve("charts"));
            return 0;
        }
        if (!Files.isRegularFile(runDir.resolve("timeseries.csv"))) {
            throw new UsageException(runDir + " has no timeseries.csv; is it a run folder?");
        }
        RunReport.write(runDir);
        System.out.println("Wrote " + runDir.resolve("report.html") + " and " + runDir.resolve("charts"));
        return 0;
    }
}
