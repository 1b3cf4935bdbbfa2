package org.collectivization.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.Marker;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.ui.Layer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run whose scenario changed levers while it ran (a classroom record): the report lists the changes with
 * the value each replaced, and the charts over time mark their months.
 */
class LeverChangesReportTest {

    private static final String RECORD = """
            name: class-record
            description: A class's run.
            state:
              responsiveness: {value: 0.5, unit: "0-1", range: [0, 1], source: "assumption"}
            exports:
              share_of_surplus: {value: 0.85, unit: share exported, range: [0, 1], source: "assumption"}
            lever_changes:
              - {month: "1930-01", key: state.responsiveness, value: 0.9}
              - {month: "1930-07", key: exports.share_of_surplus, value: 0.1}
              - {month: "1931-01", key: state.responsiveness, value: 0.2}
            """;

    @TempDir
    Path dir;

    private Scenario record() throws IOException {
        Path yaml = dir.resolve("scenario.yaml");
        Files.writeString(yaml, RECORD, StandardCharsets.UTF_8);
        return Scenario.read(yaml);
    }

    @Test
    void leverChangesAreReadAsChangesNotAsAParameter() throws IOException {
        Scenario s = record();
        assertThat(s.leverChanges()).containsExactly(
                new Scenario.LeverChange("1930-01", "state.responsiveness", 0.9),
                new Scenario.LeverChange("1930-07", "exports.share_of_surplus", 0.1),
                new Scenario.LeverChange("1931-01", "state.responsiveness", 0.2));
        assertThat(s.parameters()).extracting(Scenario.Parameter::path)
                .containsExactly("state.responsiveness", "exports.share_of_surplus");
    }

    @Test
    void aScenarioTheLoaderRejectsIsAnErrorNamingTheFile() throws IOException {
        // the report reads scenario.yaml with the scenario loader, so a list that is not lever changes is refused
        Path yaml = dir.resolve("odd.yaml");
        Files.writeString(yaml, """
                state:
                  responsiveness: {value: 0.5, unit: "0-1", range: [0, 1], source: "assumption"}
                lever_changes: [1, 2]
                """, StandardCharsets.UTF_8);
        assertThatThrownBy(() -> Scenario.read(yaml)).isInstanceOf(IOException.class)
                .hasMessageContaining(yaml.getFileName().toString()).hasMessageContaining("lever change");
    }

    @Test
    void theReportListsEachChangeWithTheValueItReplaced() throws IOException {
        TinyRun run = TinyRun.twoAgriculturalYears();
        run.scenario = record();
        Document html = Jsoup.parse(HtmlReport.render(run.data(), List.of()));
        Element section = html.getElementById("lever-changes");
        assertThat(section).isNotNull();
        assertThat(section.nextElementSibling().text()).startsWith("Three lever changes (to two levers) were made while this run went on");
        List<List<String>> rows = html.select("#lever-changes ~ table").first().select("tbody tr").stream()
                .map(tr -> tr.select("td").eachText()).toList();
        assertThat(rows).containsExactly(
                List.of("January 1930", "state.responsiveness", "0.5", "0.9", "0-1"),
                List.of("July 1930", "exports.share_of_surplus", "0.85", "0.1", "share exported"),
                List.of("January 1931", "state.responsiveness", "0.9", "0.2", "0-1"));
    }

    /** A record lists its parent's changes before its own; the report lists them as they took effect. */
    @Test
    void changesAreListedInTheOrderTheyTookEffect() throws IOException {
        Path yaml = dir.resolve("record.yaml");
        Files.writeString(yaml, """
                state:
                  responsiveness: {value: 0.5, unit: "0-1", range: [0, 1], source: "assumption"}
                lever_changes:
                  - {month: "1932-01", key: state.responsiveness, value: 0.7}
                  - {month: "1930-01", key: state.responsiveness, value: 0.9}
                """, StandardCharsets.UTF_8);
        TinyRun run = TinyRun.twoAgriculturalYears();
        run.scenario = Scenario.read(yaml);
        Document html = Jsoup.parse(HtmlReport.render(run.data(), List.of()));
        List<List<String>> rows = html.select("#lever-changes ~ table").first().select("tbody tr").stream()
                .map(tr -> tr.select("td").eachText()).toList();
        assertThat(rows).containsExactly(
                List.of("January 1930", "state.responsiveness", "0.5", "0.9", "0-1"),
                List.of("January 1932", "state.responsiveness", "0.9", "0.7", "0-1"));
        assertThat(html.getElementById("lever-changes").nextElementSibling().text())
                .startsWith("Two lever changes (to one lever) were made");
    }

    @Test
    void aRunWithoutChangesHasNoSuchSection() {
        Document html = Jsoup.parse(HtmlReport.render(TinyRun.twoAgriculturalYears().data(), List.of()));
        assertThat(html.getElementById("lever-changes")).isNull();
    }

    @Test
    void chartsOverTimeMarkEachChangeInEveryPanelAndLabelItInTheTopOne() throws IOException {
        TinyRun run = TinyRun.twoAgriculturalYears();
        run.scenario = record();
        RunData data = run.data();
        for (JFreeChart chart : List.of(Charts.livestock(data), Charts.collectivizationRepression(data),
                Charts.famineByMonth(data), Charts.pressureResponse(data))) {
            @SuppressWarnings("unchecked")
            List<XYPlot> panels = ((CombinedDomainXYPlot) chart.getPlot()).getSubplots();
            for (int i = 0; i < panels.size(); i++) {
                List<Double> months = markers(panels.get(i)).stream().map(m -> ((ValueMarker) m).getValue()).toList();
                assertThat(months).as("panel %d of %s", i, chart.getTitle().getText()).contains(
                        (double) ChartStyle.monthStart(java.time.YearMonth.of(1930, 1)),
                        (double) ChartStyle.monthStart(java.time.YearMonth.of(1930, 7)),
                        (double) ChartStyle.monthStart(java.time.YearMonth.of(1931, 1)));
            }
            assertThat(markers(panels.get(0))).extracting(Marker::getLabel)
                    .contains("state: responsiveness \u2192 0.9", "exports: share of surplus \u2192 0.1");
        }
    }

    @Test
    void changesOfOneMonthShareOneLineAndOneLabel() throws IOException {
        TinyRun run = TinyRun.twoAgriculturalYears();
        run.scenario = new Scenario("same-month", null, List.of(), List.of(
                new Scenario.LeverChange("1930-03", "state.responsiveness", 0.9),
                new Scenario.LeverChange("1930-03", "exports.share_of_surplus", 0.1)));
        @SuppressWarnings("unchecked")
        List<XYPlot> panels = ((CombinedDomainXYPlot) Charts.livestock(run.data()).getPlot()).getSubplots();
        assertThat(markers(panels.get(0))).extracting(Marker::getLabel)
                .containsExactly("state: responsiveness \u2192 0.9; exports: share of surplus \u2192 0.1");
        assertThat(markers(panels.get(1))).hasSize(1);
    }

    @Test
    void anAllZeroCountPanelShowsZeroToOne() {
        TinyRun run = TinyRun.twoAgriculturalYears();
        for (java.time.YearMonth m : run.data().series().months()) run.set("pleas", m, 0);
        @SuppressWarnings("unchecked")
        List<XYPlot> panels = ((CombinedDomainXYPlot) Charts.pressureResponse(run.data()).getPlot()).getSubplots();
        NumberAxis pleas = (NumberAxis) panels.get(2).getRangeAxis();
        assertThat(pleas.getLowerBound()).isZero();
        assertThat(pleas.getUpperBound()).isEqualTo(1.0);
    }

    private static List<Marker> markers(XYPlot p) {
        @SuppressWarnings("unchecked")
        java.util.Collection<Marker> m = p.getDomainMarkers(Layer.FOREGROUND);
        return m == null ? List.of() : List.copyOf(m);
    }
}
