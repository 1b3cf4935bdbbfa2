package org.collectivization.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.collectivization.experiment.RunJob;
import org.collectivization.experiment.RunResult;
import org.collectivization.experiment.Runner;
import org.collectivization.experiment.Scenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The model's output must not change unless someone means it to: four small runs (historical and
 * nep-continued, 5,000 households, seeds 1 and 2) are run again and their timeseries.csv and summary.json
 * compared with the copies kept in src/test/resources/golden/&lt;scenario&gt;-seed&lt;N&gt;/, which are the
 * files of {@code bin/collectivization run scenarios/<scenario>.yaml --households 5000 --seed N --no-report}.
 * A difference fails with the first month and column (or summary key) that differs.
 *
 * <p>When the model changes on purpose, regenerate the golden files with {@code bin/make-golden} and say so,
 * and why the output changed, in the commit.
 */
class GoldenTest {
    static final Path GOLDEN = Path.of("src", "test", "resources", "golden");

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}, seed {1}")
    @CsvSource({"historical, 1", "historical, 2", "nep-continued, 1", "nep-continued, 2"})
    void aSmallRunWritesExactlyItsGoldenFiles(String scenario, long seed) throws IOException {
        // the command's own way from a scenario file and its options to the files (RunCommand, RunJob)
        RunJob job = new RunJob(Path.of("scenarios", scenario + ".yaml"));
        job.seed = seed;
        job.households = 5000;
        Scenario s = job.scenario();
        RunResult r = Runner.run(s, Runner.params(s), 2, null);
        r.writeTimeseries(dir.resolve("timeseries.csv"));
        r.writeSummary(dir.resolve("summary.json"));

        Path golden = GOLDEN.resolve(scenario + "-seed" + seed);
        String regenerate = " (" + golden + "; if the model changed on purpose, regenerate with bin/make-golden)";
        assertThat(Golden.timeseriesDifference(read(golden, "timeseries.csv"), read(dir, "timeseries.csv")))
                .as("timeseries.csv" + regenerate).isEmpty();
        assertThat(Golden.summaryDifference(read(golden, "summary.json"), read(dir, "summary.json")))
                .as("summary.json" + regenerate).isEmpty();
    }

    private static String read(Path folder, String file) throws IOException {
        return Files.readString(folder.resolve(file), StandardCharsets.UTF_8);
    }

    static final String CSV = "month,population,grain_procured_t\n"
            + "1928-10,100.0,5.5\n"
            + "1928-11,101.0,6.5\n";

    @Test
    void aChangedNumberIsNamedByMonthAndColumn() {
        String changed = CSV.replace("1928-11,101.0,6.5", "1928-11,101.0,6.6");
        assertThat(Golden.timeseriesDifference(CSV, changed)).hasValue(
                "timeseries.csv differs first in month 1928-11 (line 3), column grain_procured_t: golden 6.5, now 6.6");
    }

    @Test
    void onlyTheFirstDifferenceIsNamedAndLineEndingsDoNotCount() {
        String changed = CSV.replace("100.0,5.5", "99.0,5.4").replace("6.5", "7.5");
        assertThat(Golden.timeseriesDifference(CSV, changed)).hasValue(
                "timeseries.csv differs first in month 1928-10 (line 2), column population: golden 100.0, now 99.0");
        assertThat(Golden.timeseriesDifference(CSV, CSV.replace("\n", "\r\n"))).isEmpty();
        assertThat(Golden.timeseriesDifference(CSV, CSV)).isEmpty();
    }

    @Test
    void aMissingMonthAColumnRenamedOrTheSameFiguresWrittenOtherwiseAreDifferencesToo() {
        assertThat(Golden.timeseriesDifference(CSV, CSV.replace("1928-11,101.0,6.5\n", "")))
                .hasValue("timeseries.csv: month 1928-11 is missing");
        assertThat(Golden.timeseriesDifference(CSV, CSV.replace("population", "people")))
                .hasValue("timeseries.csv: the header differs first at column 2: golden population, now people");
        assertThat(Golden.timeseriesDifference(CSV, CSV.substring(0, CSV.length() - 1))).hasValue(
                "timeseries.csv has the same figures but is written differently, first at line 4: golden '', now '(end of file)'");
    }

    static final String JSON = "{\n  \"scenario\" : \"historical\",\n  \"excess_deaths_by_region\" : {\n"
            + "    \"ukraine\" : 2323583,\n    \"volga\" : 21094\n  },\n  \"cattle_loss_share\" : -0.74\n}";

    @Test
    void aChangedSummaryFigureIsNamedByItsKey() {
        assertThat(Golden.summaryDifference(JSON, JSON.replace("21094", "21095"))).hasValue(
                "summary.json differs first at key excess_deaths_by_region.volga: golden 21094, now 21095");
        assertThat(Golden.summaryDifference(JSON, JSON.replace("-0.74", "-0.75"))).hasValue(
                "summary.json differs first at key cattle_loss_share: golden -0.74, now -0.75");
        assertThat(Golden.summaryDifference(JSON, JSON.replace("\"volga\"", "\"lower_volga\""))).hasValue(
                "summary.json differs first at key excess_deaths_by_region.volga: now key "
                        + "excess_deaths_by_region.lower_volga is in its place");
        assertThat(Golden.summaryDifference(JSON, JSON.replace(" : ", ": "))).isEqualTo(Optional.of(
                "summary.json has the same figures but is written differently, first at line 2: "
                        + "golden '  \"scenario\" : \"historical\",', now '  \"scenario\": \"historical\",'"));
        assertThat(Golden.summaryDifference(JSON, JSON.replace("\n", "\r\n"))).isEmpty();
    }
}
