package org.collectivization.cli;

import java.nio.file.Path;

import org.collectivization.experiment.Home;
import org.collectivization.experiment.RunFolder;
import org.collectivization.experiment.RunJob;
import org.collectivization.report.RunReport;

/** The charts and report a run writes into its folder before it is sealed. */
final class Reports {
    private Reports() {}

    static RunJob.RunReportHook hook() {
        return RunReport::write;
    }

    /** One line for each unfinished run folder of an ended process that the claim removed. */
    static void tellRemoved(RunFolder claim) {
        for (Path p : claim.removedLeftovers) {
            System.err.println("collectivization: removed " + Home.shown(p) + ", left unfinished by a run that has ended");
        }
    }
}
