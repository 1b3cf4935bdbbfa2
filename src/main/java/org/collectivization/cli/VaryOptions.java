package org.collectivization.cli;

import java.nio.file.Path;
import java.util.List;

import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The scenario and the ranges of the parameters that sensitivity and calibrate vary. */
final class VaryOptions {
    @Parameters(index = "0", paramLabel = "SCENARIO", description = "the scenario to vary, e.g. scenarios/historical.yaml")
    Path scenario;

    @Option(names = "--vary", paramLabel = "KEY=LO:HI", required = true,
            description = "a parameter and its range, inside the scenario's declared range (KEY* multiplies every year of"
                    + " a schedule); repeat for more parameters")
    List<String> vary;
}
