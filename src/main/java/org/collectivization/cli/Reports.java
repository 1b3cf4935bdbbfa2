package org.collectivization.cli;

import org.collectivization.experiment.RunJob;
import org.collectivization.report.RunReport;

/** The charts and report a run writes into its folder before it is sealed. */
final class Reports {
    private Reports() {}

    static RunJob.RunReportHook hook() {
        return RunReport::write;
    }
}
