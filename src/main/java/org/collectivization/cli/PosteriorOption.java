package org.collectivization.cli;

import java.nio.file.Path;

import picocli.CommandLine.Option;

/** {@code --posterior}: the plausible set a study's replicates draw their parameters from (compare, attribute). */
final class PosteriorOption {
    @Option(names = "--posterior", paramLabel = "NROY.csv",
            description = "replicate r runs with a parameter set drawn (uniformly, seeded by --seed) from this plausible "
                    + "set, as calibrate writes it, the same for every scenario: the intervals then include parameter "
                    + "uncertainty")
    Path file;
}
