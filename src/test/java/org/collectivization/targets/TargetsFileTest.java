package org.collectivization.targets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A targets file's mistakes, each refused with one line naming the file, the line, the column and what is allowed. */
class TargetsFileTest {
    @TempDir
    Path tmp;

    private String refusal(String... lines) {
        Path f = HandMade.file(tmp, lines);
        try {
            TargetsFile.read(f);
        } catch (TargetException e) {
            assertThat(e.getMessage()).doesNotContain("\n");
            return e.getMessage().substring(f.toString().length());
        }
        throw new AssertionError("not refused: " + String.join(" / ", lines));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            a,catle,1934-01-01,stock,historical,,0,,0,s | :2: column 'series': 'catle' is not a column of timeseries.csv; did you mean 'cattle'? (the columns are those of observe/Recorder.java)
            a,cattle,1934-1-01,stock,historical,,0,,0,s | :2: column 'period': period '1934-1-01' is not one of YYYY-MM-01 (a stock on that day), YYYY (a calendar year), YYYY/YY (an agricultural year, July-June) or YYYY-MM..YYYY-MM (months, both included)
            a,cattle,1934-01-15,stock,historical,,0,,0,s | :2: column 'period': period '1934-01-15': a stock is read on the 1st of a month (rows hold the month's end), so the day must be 01
            a,cattle,1934-13-01,stock,historical,,0,,0,s | :2: column 'period': period '1934-13-01': month 13 is not 01-12
            a,grain_procured_t,1931/33,flow,historical,,0,,0,s | :2: column 'period': period '1931/33': an agricultural year is written YYYY/YY with YY the next year, e.g. 1931/32
            a,grain_harvest_t,1936,flow,historical,,0,,0,s | :2: column 'period': period '1936' reads rows 1936-01 to 1936-12, outside the run (1928-10 to 1934-12)
            a,grain_harvest_t,1928,flow,historical,,0,,0,s | :2: column 'period': period '1928' reads rows 1928-01 to 1928-12, outside the run (1928-10 to 1934-12)
            a,cattle,1928-10-01,stock,historical,,0,,0,s | :2: column 'period': period '1928-10-01' reads row 1928-09, outside the run (1928-10 to 1934-12)
            a,cattle,1930,stock,historical,,0,,0,s | :2: column 'period': a stock is read on a date, YYYY-MM-01; found '1930'
            a,pleas,1930-01-01,flow,historical,,0,,0,s | :2: column 'period': a flow is summed over YYYY, YYYY/YY or YYYY-MM..YYYY-MM; found the date '1930-01-01'
            a,pleas,1930-05..1930-01,flow,historical,,0,,0,s | :2: column 'period': period '1930-05..1930-01' ends before it begins
            a,cattle,1934-01-01,stock,historical,,6,5,0,s | :2: column 'low': low 6 is above high 5; the band would be empty
            a,cattle,1934-01-01,stock,historical,,>5,5,0,s | :2: column 'low': low >5 is above high 5; the band would be empty
            a,cattle,1934-01-01,stock,historical,,,,0,s | :2: column 'low': low and high are both empty; a target needs a band
            a,cattle,1934-01-01,stock,historical,,lots,,0,s | :2: column 'low': 'lots' is not a number; allowed: a number, >number (strictly above) or empty (no lower bound)
            a,cattle,1934-01-01,stock,historical,,0,,0, | :2: column 'source': is empty; every target needs its source
            a,cattle,1934-01-01,stock,historical,,0,,-1,s | :2: column 'discrepancy_sd': must be 0 or more (a number in the target's unit, or a share such as 10%), found -1
            a,cattle,1934-01-01,stock,historical,,0,,10%,s | :2: column 'discrepancy_sd': '10%' is a share of the value, but the line has no value; give the sd in the target's unit
            a,cattle,1934-01-01,stok,historical,,0,,0,s | :2: column 'kind': 'stok' is not a kind; did you mean 'stock'?; allowed: stock, flow, ratio, expression
            a,cattle,1934-01-01,stock,,,0,,0,s | :2: column 'scenario': is empty; every target needs its scenario
            a,cattle@1934-01-01 + horses@1934-01-01,,ratio,historical,,0,,0,s | :2: column 'series': a ratio is one figure over another, a@period / b@period; found 'cattle@1934-01-01 + horses@1934-01-01' (use kind expression for more)
            a,cattle@1934-01-01 / horse@1934-01-01,,ratio,historical,,0,,0,s | :2: column 'series': 'horse' is not a column of timeseries.csv; did you mean 'horses'? (the columns are those of observe/Recorder.java)
            a,cattle@1934-01-01 / horses,,ratio,historical,,0,,0,s | :2: column 'series': cannot read formula 'cattle@1934-01-01 / horses': expected '@' and a period after the column 'horses' (or summary.KEY for a figure of summary.json) at the end
            a,(cattle@1934-01-01,,expression,historical,,0,,0,s | :2: column 'series': cannot read formula '(cattle@1934-01-01': expected ')' at the end
            a,cattle@1934-01-01,1934,expression,historical,,0,,0,s | :2: column 'period': must be empty for a expression: each figure in series carries its own, as column@period
            a,cattle,1934-01-01,stock,historical,,0,,0,s,extra | :2: 11 cells for the header's 10 columns (a cell holding a comma must be quoted)
            """)
    void aMistakeIsRefusedInOneLine(String line, String message) {
        assertThat(refusal(line.strip())).isEqualTo(message.strip());
    }

    @Test
    void aSecondLineIsNamedByItsNumber() {
        assertThat(refusal("a,cattle,1934-01-01,stock,historical,,0,,0,s", "", "b,cattle,1934-01-01,stock,historical,,0,,0,\"s"))
                .isEqualTo(":4: a quoted cell is not closed (a quote inside a cell is written \"\")");
        assertThat(refusal("a,cattle,1934-01-01,stock,historical,,0,,0,s", "a,pigs,1934-01-01,stock,historical,,0,,0,s"))
                .isEqualTo(":3: column 'id': 'a' is the id of an earlier line; ids must differ");
    }

    @Test
    void theHeaderIsChecked() throws Exception {
        Path f = tmp.resolve("h.csv");
        Files.writeString(f, "series,period,kind,scenario,low,high,discrepancy,source\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> TargetsFile.read(f)).hasMessage(f + ":1: column 'discrepancy': unknown column; did you mean "
                + "'discrepancy_sd'?; allowed: series, period, kind, scenario, low, high, discrepancy_sd, source, id, value, unit, note");
        Files.writeString(f, "series,period,kind,scenario,low,high,source\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> TargetsFile.read(f)).hasMessage(f + ":1: column 'discrepancy_sd': missing from the header; "
                + "required: series, period, kind, scenario, low, high, discrepancy_sd, source");
        assertThatThrownBy(() -> TargetsFile.read(tmp.resolve("none.csv"))).hasMessage(tmp.resolve("none.csv") + ": no such file");
    }

    @Test
    void aShareOfTheValueIsTheSdInTheTargetsUnit() {
        List<Target> t = TargetsFile.read(HandMade.file(tmp, "a,cattle,1934-01-01,stock,historical,33500000,30200000,36900000,10%,s"));
        assertThat(t.get(0).discrepancySd()).isEqualTo(3_350_000);
    }

    @Test
    void theShippedFilesAreReadAndTheRecordsTargetsAreTheRecord() throws Exception {
        List<Target> article = TargetsFile.read(Path.of("data/targets/article.csv"));
        assertThat(article).extracting(Target::name).contains("P0 cattle", "P5 labelled / well-off", "P7 relief / procurement", "P9 zeal rises");
        assertThat(article).filteredOn(x -> x.scenario().equals("nep-continued")).hasSize(5);
        List<Target> record = TargetsFile.read(Path.of("data/targets/record.csv"));
        List<String[]> history = Files.readAllLines(Path.of("data/history/record.csv")).stream().skip(1)
                .map(org.collectivization.experiment.StudyFiles::splitCsv).toList();
        assertThat(record).hasSameSizeAs(history);
        for (int i = 0; i < history.size(); i++) {
            String[] h = history.get(i);
            Target t = record.get(i);
            assertThat(t.series() + " " + t.period()).isEqualTo(h[0] + " " + h[1]);
            assertThat(t.value()).isEqualTo(Double.parseDouble(h[2]));
            assertThat(t.band()).isEqualTo(new Band(Double.parseDouble(h[3]), false, Double.parseDouble(h[4]), false));
            assertThat(t.source()).isEqualTo(h[7]);
            assertThat(t.scenario()).isEqualTo("historical");
        }
    }
}
