package org.collectivization.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.collectivization.runfiles.RunFiles;
import org.collectivization.runfiles.TimeTable;

/** Reading the files of a run folder: the time series, the scenario, agricultural years. */
class RunFilesTest {

    @TempDir
    Path dir;

    @Test
    void timeSeriesIsReadByColumnNameAndKeepsExtraColumns() throws IOException {
        SyntheticRun run = SyntheticRun.build();
        run.writeTo(dir);
        TimeTable t = TimeTable.read(dir.resolve(RunFiles.TIMESERIES));
        assertThat(t.size()).isEqualTo(75);
        assertThat(t.first()).isEqualTo(YearMonth.of(1928, 10));
        assertThat(t.last()).isEqualTo(YearMonth.of(1934, 12));
        assertThat(t.has("extra_column_the_report_ignores")).isTrue();
        assertThat(t.column("cattle")).containsExactly(run.series.column("cattle"));
        assertThat(t.at("excess_deaths_ukraine", YearMonth.of(1933, 5)))
                .isEqualTo(run.series.at("excess_deaths_ukraine", YearMonth.of(1933, 5)));
    }

    @Test
    void aMissingContractColumnIsNamed() throws IOException {
        Path csv = dir.resolve("timeseries.csv");
        Files.writeString(csv, "month,population\n1930-01,100\n");
        assertThatThrownBy(() -> TimeTable.read(csv)).isInstanceOf(IOException.class)
                .hasMessageContaining("lacks the column(s)").hasMessageContaining("excess_deaths_ukraine")
                .hasMessageContaining(csv.toString());
    }

    @Test
    void aCellThatIsNotANumberIsReportedWithLineAndColumn() throws IOException {
        SyntheticRun.build().writeTo(dir);
        Path csv = dir.resolve(RunFiles.TIMESERIES);
        List<String> lines = Files.readAllLines(csv);
        lines.set(3, lines.get(3).replaceFirst(",[0-9]+,", ",1 234,"));
        Files.write(csv, lines);
        assertThatThrownBy(() -> TimeTable.read(csv)).isInstanceOf(IOException.class)
                .hasMessageContaining("line 4").hasMessageContaining("column population")
                .hasMessageContaining("'1 234'");
    }

    @Test
    void monthsMustBeConsecutive() throws IOException {
        SyntheticRun.build().writeTo(dir);
        Path csv = dir.resolve(RunFiles.TIMESERIES);
        List<String> lines = Files.readAllLines(csv);
        lines.remove(5);
        Files.write(csv, lines);
        assertThatThrownBy(() -> TimeTable.read(csv)).isInstanceOf(IOException.class)
                .hasMessageContaining("not consecutive");
    }

    @Test
    void anEmptyCellIsAMissingValue() throws IOException {
        SyntheticRun.build().writeTo(dir);
        Path csv = dir.resolve(RunFiles.TIMESERIES);
        List<String> lines = Files.readAllLines(csv);
        String[] header = lines.get(0).split(",");
        int horses = List.of(header).indexOf("horses");
        String[] row = lines.get(2).split(",", -1);
        row[horses] = "";
        lines.set(2, String.join(",", row));
        Files.write(csv, lines);
        assertThat(TimeTable.read(csv).at("horses", YearMonth.of(1928, 11))).isNaN();
    }

    @Test
    void scenarioIsFlattenedToDottedPathsWithValueUnitRangeAndSource() throws IOException {
        SyntheticRun.build().writeTo(dir);
        Scenario s = Scenario.read(dir.resolve(RunFiles.SCENARIO));
        assertThat(s.name()).contains("historical");
        assertThat(s.description()).hasValueSatisfying(d -> assertThat(d).startsWith("Policies as enacted"));
        assertThat(s.parameters()).extracting(Scenario.Parameter::path).containsExactly(
                "food.need_kg_per_person_year", "policy.procurement.share", "policy.procurement.plan_by_year",
                "policy.collectivization.enabled", "policy.collectivization.mode",
                "policy.collectivization.target_share_by_year", "regions.weights", "households.simulated");
        Scenario.Parameter share = s.parameter("policy.procurement.share").orElseThrow();
        assertThat(share.value()).isEqualTo(0.35);
        assertThat(share.unit()).isEqualTo("share of estimated harvest");
        assertThat(Formats.range(share.range())).isEqualTo("0.1 \u2013 0.6");
        assertThat(share.source()).isEqualTo("Davies 1980, ch. 2");
        assertThat(s.parameter("policy.collectivization.enabled").orElseThrow().range()).isNull();
        assertThat(s.number("food.need_kg_per_person_year")).hasValue(250.0);
        assertThat(s.number("policy.collectivization.mode")).isEmpty();
    }

    @Test
    void invalidYamlNamesTheFile() throws IOException {
        Path yaml = dir.resolve("scenario.yaml");
        Files.writeString(yaml, "food: {need: [1, 2\n");
        assertThatThrownBy(() -> Scenario.read(yaml)).isInstanceOf(IOException.class)
                .hasMessageContaining(yaml.toString());
    }

    @Test
    void agriculturalYearsRunFromJulyToJuneAndMarkPartYears() {
        TinyRun run = new TinyRun(YearMonth.of(1928, 10), 27); // Oct 1928 .. Dec 1930
        List<GrainBalance.AgriYear> years = GrainBalance.byAgriculturalYear(run.data().series());
        assertThat(years).extracting(GrainBalance.AgriYear::labelWithCoverage)
                .containsExactly("1928/29 (Oct\u2013Jun)", "1929/30", "1930/31 (Jul\u2013Dec)");
        assertThat(years).extracting(GrainBalance.AgriYear::monthsCovered).containsExactly(9, 12, 6);
        assertThat(years.get(0).leftPerPersonKg()).isNaN();
        assertThat(years.get(1).leftPerPersonKg()).isZero();
        assertThat(GrainBalance.AgriYear.label(1999)).isEqualTo("1999/00");
        assertThat(GrainBalance.agriYearOf(YearMonth.of(1933, 6))).isEqualTo(1932);
        assertThat(GrainBalance.agriYearOf(YearMonth.of(1933, 7))).isEqualTo(1933);
    }
}
