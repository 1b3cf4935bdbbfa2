package org.collectivization.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.collectivization.model.Region;
import org.collectivization.observe.Column;
import org.collectivization.observe.Recorder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The ledger of reports and truth (reported_harvest_t, centre_estimate_t, true_harvest_t) and regions.csv, on
 * one small historical run: the columns follow the contract, agree with the harvest and relief the run
 * records elsewhere, and regions.csv holds every month of every region.
 */
class LedgerTest {
    static RunResult run;

    @TempDir
    Path dir;

    @BeforeAll
    static void runOnce() {
        RunJob job = new RunJob(Path.of("scenarios", "historical.yaml"));
        job.seed = 3L;
        job.households = 2500;
        Scenario s = job.scenario();
        run = Runner.run(s, Runner.params(s), 2, null);
    }

    @Test
    void theLedgerColumnsComeAfterTheContractColumns() {
        List<Column> cols = Recorder.COLUMNS;
        int lastContract = -1;
        for (int i = 0; i < cols.size(); i++) if (cols.get(i).contract()) lastContract = i;
        for (String c : List.of("reported_harvest_t", "centre_estimate_t", "true_harvest_t")) {
            assertThat(Recorder.index(c)).as(c).isGreaterThan(lastContract);
            assertThat(cols.get(Recorder.index(c)).contract()).isFalse();
        }
    }

    @Test
    void theTrueHarvestBesideEachReportIsTheHarvestOfThatYearAndTheReportsComeOnlyInSeptember() {
        int reports = 0;
        for (int year = 1929; year <= 1934; year++) {
            String september = year + "-09";
            double harvest = run.total("grain_harvest_t", year + "-01", year + "-12");
            assertThat(harvest).isPositive();
            assertThat(run.at("true_harvest_t", september)).as("true harvest %d", year).isCloseTo(harvest, within(1e-6 * harvest));
            assertThat(run.at("reported_harvest_t", september)).as("report %d", year)
                    .isGreaterThanOrEqualTo(0.99 * harvest);
            reports++;
        }
        assertThat(reports).isEqualTo(6);
        List<String> months = run.months();
        for (int i = 0; i < months.size(); i++) {
            if (months.get(i).endsWith("-09")) continue;
            assertThat(run.recorder.rows().get(i)[Recorder.index("reported_harvest_t")]).as(months.get(i)).isZero();
            assertThat(run.recorder.rows().get(i)[Recorder.index("true_harvest_t")]).as(months.get(i)).isZero();
        }
    }

    @Test
    void theCentresEstimateIsPositiveFromTheFirstJulyAndMovesOnlyWhenReportsArrive() {
        List<String> months = run.months();
        int estimate = Recorder.index("centre_estimate_t");
        for (int i = months.indexOf("1929-07"); i < months.size(); i++) {
            assertThat(run.recorder.rows().get(i)[estimate]).as(months.get(i)).isPositive();
            if (i > 0 && !months.get(i).endsWith("-10")) {
                assertThat(run.recorder.rows().get(i)[estimate]).as(months.get(i))
                        .isEqualTo(run.recorder.rows().get(i - 1)[estimate]);
            }
        }
    }

    @Test
    void regionsCsvHasEveryMonthOfEveryRegionAndItsColumnsAddUpToTheTimeSeries() throws IOException {
        Path file = dir.resolve("regions.csv");
        run.writeRegions(file);
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertThat(lines.get(0)).isEqualTo("month,region,centre_estimate_t,plan_t,procured_t,relief_granted_t,pleas,"
                + "excess_deaths,grain_relief_t");
        assertThat(lines).hasSize(1 + 75 * 7);
        assertThat(lines.get(1)).startsWith("1928-10," + Region.ALL[0].id + ",");
        assertThat(lines.get(lines.size() - 1)).startsWith("1934-12," + Region.ALL[6].id + ",");
        double relief = 0, granted = 0, procured = 0, excess = 0;
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",");
            granted += Double.parseDouble(cells[5]);
            excess += Double.parseDouble(cells[7]);
            procured += Double.parseDouble(cells[4]);
            relief += Double.parseDouble(cells[8]);
        }
        // the file rounds each cell to a tenth: 525 cells can be off by 26 in all
        double summaryRelief = ((Number) run.summary().get("grain_relief_total_t")).doubleValue();
        assertThat(summaryRelief).isPositive();
        assertThat(relief).isCloseTo(summaryRelief, within(30.0));
        assertThat(granted).isCloseTo(run.total("relief_granted_t", "0000-00", "9999-99"), within(30.0));
        assertThat(procured).isCloseTo(run.total("grain_procured_t", "0000-00", "9999-99"), within(30.0));
        assertThat(excess).isCloseTo(run.total("excess_deaths", "0000-00", "9999-99"), within(30.0));
    }

    @Test
    void aRunFolderMayHoldRegionsCsv() {
        assertThat(RunFolder.RUN_FILES).contains("regions.csv", "timeseries.csv");
    }
}
