package org.collectivization.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.collectivization.runfiles.RunFiles;
import org.collectivization.runfiles.RunSummary;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Writes the report of the synthetic run once and checks the files it leaves in the run folder. */
class RunReportTest {

    @TempDir
    static Path runDir;

    static SyntheticRun run;
    static Document html;

    @BeforeAll
    static void writeReport() throws IOException {
        run = SyntheticRun.build();
        run.writeTo(runDir);
        RunReport.write(runDir);
        html = Jsoup.parse(runDir.resolve(RunReport.REPORT_FILE).toFile(), "UTF-8");
    }

    @Test
    void theReportSetsEveryFigureOfTheRecordBesideTheRunAndTheChartsNameTheRecordsFile() throws IOException {
        assertThat(html.select("h2#model-and-record").text()).isEqualTo("The model and the record");
        var rows = html.select("h2#model-and-record ~ table").first().select("tbody tr");
        assertThat(rows).hasSize(28);
        assertThat(rows.get(0).select("td").eachText()).startsWith("Grain harvest, t", "1929", "62.000 M", "59.000 M to 71.700 M");
        assertThat(rows.get(0).select("td").last().text()).isIn("yes", "no");
        assertThat(html.select("h2#model-and-record + p").text()).contains("of 28 figures fall inside their bands");
        assertThat(java.nio.file.Files.readString(runDir.resolve("charts").resolve(Figure.GRAIN_BALANCE + ".svg")))
                .contains(RecordOverlay.LEGEND);
        assertThat(html.select("figure#" + Figure.CENTRE_BELIEF + " figcaption").text())
                .contains("What the centre believed, and what there was");
    }

    @Test
    void everyChartIsWrittenAsA1600By900PngAndAWellFormedSvg() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        DocumentBuilder xml = factory.newDocumentBuilder();
        for (String base : Figure.FILE_BASES) {
            Path png = runDir.resolve("charts").resolve(base + ".png");
            Path svg = runDir.resolve("charts").resolve(base + ".svg");
            BufferedImage image = ImageIO.read(png.toFile());
            assertThat(image).as(png.toString()).isNotNull();
            assertThat(image.getWidth()).as(png.toString()).isEqualTo(1600);
            assertThat(image.getHeight()).as(png.toString()).isEqualTo(900);
            org.w3c.dom.Document doc = xml.parse(svg.toFile());
            assertThat(doc.getDocumentElement().getLocalName()).isEqualTo("svg");
            assertThat(doc.getDocumentElement().getNamespaceURI()).isEqualTo("http://www.w3.org/2000/svg");
            assertThat(doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "text").getLength())
                    .as("text elements in %s", svg).isGreaterThan(10);
        }
        assertThat(runDir.resolve("charts")).isDirectoryContaining("glob:**/4-famine-deaths-by-month.png");
    }

    @Test
    void aPngIsNotBlank() throws IOException {
        BufferedImage image = ImageIO.read(runDir.resolve("charts/4-famine-deaths-by-month.png").toFile());
        assertThat(ScreenshotCheck.nonWhiteShare(image)).isGreaterThan(0.02);
        assertThat(ScreenshotCheck.pixelsNear(image, Palette.VERMILLION)).as("Ukraine's line").isGreaterThan(200);
    }

    @Test
    void reportInlinesEveryChartAsSvg() {
        assertThat(html.select("svg")).hasSize(Figure.FILE_BASES.size());
        for (String base : Figure.FILE_BASES) {
            Element figure = html.getElementById(base);
            assertThat(figure).as(base).isNotNull();
            assertThat(figure.select("svg")).as(base).hasSize(1);
            assertThat(figure.select("figcaption").text()).as(base).hasSizeGreaterThan(100);
        }
        assertThat(html.select("img")).isEmpty();
    }

    @Test
    void svgIdsAreUniqueAcrossTheInlinedCharts() {
        var ids = html.select("svg [id], svg[id]").eachAttr("id");
        assertThat(ids).isNotEmpty().doesNotHaveDuplicates();
    }

    @Test
    void reportRefersToNoOutsideUrlAndNeedsNoScript() {
        assertThat(html.select("script")).isEmpty();
        assertThat(html.select("link")).isEmpty();
        assertThat(html.select("iframe, object, embed")).isEmpty();
        for (Element e : html.select("[src], [href], [xlink:href], [action], [poster]")) {
            for (String attr : new String[] {"src", "href", "xlink:href", "action", "poster"}) {
                String value = e.attr(attr).trim().toLowerCase(java.util.Locale.ROOT);
                assertThat(value).as("%s of <%s>", attr, e.tagName())
                        .doesNotStartWith("http:").doesNotStartWith("https:").doesNotStartWith("//")
                        .doesNotStartWith("file:").doesNotStartWith("data:");
            }
        }
        String css = html.select("style").html();
        assertThat(css).doesNotContain("url(").doesNotContain("@import");
        for (Element e : html.select("[style]")) {
            assertThat(e.attr("style")).doesNotContain("http");
        }
    }

    @Test
    void reportShowsTheKeyFiguresOfItsSummary() {
        String text = html.body().text();
        RunSummary s = new RunSummary(run.summary);
        double famineTotal = s.number("excess_deaths_total").getAsDouble();
        assertThat(Formats.count(famineTotal)).isEqualTo("6.4 million");
        assertThat(html.select("p.headline").text()).contains("6.4 million");
        for (Map.Entry<org.collectivization.model.Region, Double> e : s.excessDeathsByRegion().entrySet()) {
            Element row = rowOf(e.getKey().displayName);
            assertThat(row.text()).contains(Formats.count(e.getValue()));
        }
        assertThat(rowOf("People dekulakized").text())
                .contains(Formats.count(s.number("dekulakized_people").getAsDouble()));
        assertThat(rowOf("Officials killed in 1930").text())
                .contains(Formats.count(s.number("officials_killed_1930").getAsDouble()));
        for (String[] sp : new String[][] {{"cattle", "Cattle"}, {"horses", "Horses"}, {"pigs", "Pigs"},
                {"sheep_goats", "Sheep and goats"}}) {
            String change = Formats.percentChange(s.number(sp[0] + "_loss_share").getAsDouble());
            assertThat(change).startsWith("\u2212");
            assertThat(rowOf(sp[1]).text()).contains(change);
        }
        for (Map.Entry<String, Double> e : s.grainProcuredByAgriYear().entrySet()) {
            Element row = html.select("tr:has(td:matchesOwn(^" + e.getKey().replace("/", "\\/") + "))").first();
            assertThat(row).as(e.getKey()).isNotNull();
            assertThat(row.select("td").get(2).text()).isEqualTo(Formats.millionTonnes(e.getValue()));
        }
        assertThat(rowOf("1932/33").select("td").get(2).text()).isEqualTo("18.5");
        assertThat(text).contains("130.1 million tonnes");
    }

    @Test
    void reportListsEveryScenarioParameterWithUnitRangeAndSourceEscaped() {
        Element table = html.selectFirst("table.params");
        assertThat(table).isNotNull();
        var rows = table.select("tbody tr");
        assertThat(rows.eachText()).hasSize(8);
        assertThat(rowOf("policy.procurement.plan_by_year").select("td").eachText()).containsExactly(
                "policy.procurement.plan_by_year", "1929: 1, 1930: 1.1, 1931: 1.25, 1932: 1.2",
                "multiple of the 1928 plan", "0.5 \u2013 2", SyntheticRun.HOSTILE_SOURCE);
        assertThat(rowOf("food.need_kg_per_person_year").select("td").eachText()).containsExactly(
                "food.need_kg_per_person_year", "250", "kg/person/year", "180 \u2013 300", "FAO 2001; Wheatcroft 2004");
        assertThat(rowOf("policy.collectivization.enabled").select("td").get(1).text()).isEqualTo("true");
        assertThat(rowOf("households.simulated").select("td").get(1).text()).isEqualTo("25,000");
        // the scenario's "<script>" stayed text
        assertThat(html.select("script")).isEmpty();
    }

    @Test
    void reportShowsTheManifestAndTheScenarioName() {
        assertThat(rowOf("Seed").text()).contains("20171030");
        assertThat(rowOf("Git commit").text()).contains("5f85368c0ffee");
        assertThat(html.title()).contains("historical");
    }

    /** Issue "Nothing lost, nothing wasted", item 9: a branch's report names the run its history came from. */
    @Test
    void theHeaderOfABranchSaysWhichRunItContinues(@TempDir Path dir) throws IOException {
        run.writeTo(dir);
        Files.writeString(dir.resolve(RunFiles.MANIFEST), """
                {"scenario": "nep-continued", "seed": 2, "continued_from": {"run": "results/historical/r1",
                 "scenario": "historical", "seed": 2, "month": "1932-07", "checkpoint_sha256": "ab12"}}
                """);

        Document doc = Jsoup.parse(HtmlReport.render(RunData.read(dir), java.util.List.of()));

        assertThat(doc.select("header p.meta").text()).startsWith("Scenario " + SyntheticRun.SCENARIO_NAME
                + ", continued from historical at July 1932 \u00b7 seed ");
        assertThat(html.select("header p.meta").text()).as("a run that is not a branch")
                .doesNotContain("continued from");
    }

    @Test
    void theStartOfTheRunReadsToTheMinuteInUtc() {
        assertThat(rowOf("Started").select("td").get(1).text()).isEqualTo("2025-11-26 20:21 UTC");
        assertThat(html.selectFirst("header p.meta").text()).contains("run started 2025-11-26 20:21 UTC")
                .doesNotContain("117612496");
    }

    @Test
    void aHarvestGatheredBeforeTheRunIsSaidSoNotShownAsZero(@TempDir Path dir) throws IOException {
        run.writeTo(dir);
        // as in the model, whose run starts in October, after the harvest of July and August
        Path csv = dir.resolve(RunFiles.TIMESERIES);
        List<String> lines = new ArrayList<>(Files.readAllLines(csv));
        int harvest = List.of(lines.get(0).split(",")).indexOf("grain_harvest_t");
        for (int i = 1; i < lines.size() && lines.get(i).startsWith("1928-"); i++) {
            String[] cells = lines.get(i).split(",");
            cells[harvest] = "0";
            lines.set(i, String.join(",", cells));
        }
        Files.write(csv, lines);
        RunReport.write(dir);
        Document doc = Jsoup.parse(dir.resolve(RunReport.REPORT_FILE).toFile(), "UTF-8");
        assertThat(doc.select("tr:has(td:matchesOwn(^1928/29))").first().select("td").get(1).text())
                .isEqualTo("before the run");
        assertThat(doc.select("tr:has(td:matchesOwn(^1929/30))").first().select("td").get(1).text()).isEqualTo("62.0");
        assertThat(doc.body().text()).contains("that year\u2019s harvest was gathered before the run\u2019s first month");
        // with the fixture's own October harvest, the part-year shows what the run counted
        assertThat(html.select("tr:has(td:matchesOwn(^1928/29))").first().select("td").get(1).text()).isEqualTo("13.2");
    }

    @Test
    void reportHasAnA4PrintStylesheetThatKeepsFiguresWhole() {
        String css = html.select("style").html();
        assertThat(css).contains("@page").contains("A4").contains("@media print")
                .containsPattern("figure \\{[^}]*break-inside: avoid");
    }

    @Test
    void writingAgainReplacesTheOutputs() throws IOException {
        Path again = Files.createDirectories(runDir.resolveSibling(runDir.getFileName() + "-again"));
        run.writeTo(again);
        RunReport.write(again);
        String first = Files.readString(again.resolve(RunReport.REPORT_FILE));
        RunReport.write(again);
        assertThat(Files.readString(again.resolve(RunReport.REPORT_FILE))).isEqualTo(first);
        assertThat(again.resolve("report.html.tmp")).doesNotExist();
    }

    @Test
    void aRunFolderWithoutScenarioOrManifestStillGetsAReportThatSaysSo(@TempDir Path dir) throws IOException {
        run.writeTo(dir);
        Files.delete(dir.resolve(RunFiles.SCENARIO));
        Files.delete(dir.resolve(RunFiles.MANIFEST));
        RunReport.write(dir);
        Document doc = Jsoup.parse(dir.resolve(RunReport.REPORT_FILE).toFile(), "UTF-8");
        assertThat(doc.select(".notes").text()).contains("scenario.yaml").contains("manifest.json");
        assertThat(doc.select("svg")).hasSize(Figure.FILE_BASES.size());
        // the food need falls back to 240 kg and the report says it was assumed
        assertThat(doc.body().text()).contains("240 kg per person per year (assumed");
    }

    @Test
    void aRunFolderWithoutTimeSeriesIsAnErrorNamingTheFile(@TempDir Path dir) throws IOException {
        run.writeTo(dir);
        Files.delete(dir.resolve(RunFiles.TIMESERIES));
        assertThatThrownBy(() -> RunReport.write(dir)).isInstanceOf(NoSuchFileException.class)
                .hasMessageContaining("timeseries.csv");
    }

    @Test
    void summaryWithoutProcurementByYearOrScenarioNameIsDerived(@TempDir Path dir) throws IOException {
        run.writeTo(dir);
        var summary = run.summary.deepCopy();
        summary.remove("grain_procured_by_agri_year_t");
        summary.remove("scenario");
        new com.fasterxml.jackson.databind.ObjectMapper().writeValue(dir.resolve(RunFiles.SUMMARY).toFile(), summary);
        RunReport.write(dir);
        Document doc = Jsoup.parse(dir.resolve(RunReport.REPORT_FILE).toFile(), "UTF-8");
        double procured = run.series.sum("grain_procured_t", YearMonth.of(1932, 7), YearMonth.of(1933, 6));
        assertThat(doc.select("tr:has(td:matchesOwn(^1932/33))").first().select("td").get(2).text())
                .isEqualTo(Formats.millionTonnes(procured));
        assertThat(doc.body().text()).contains("Procurement summed from the monthly time series");
        // the scenario's name then comes from scenario.yaml
        assertThat(doc.title()).contains("historical");
    }

    private static Element rowOf(String firstCell) {
        Element row = html.select("tr").stream()
                .filter(tr -> !tr.select("td").isEmpty() && tr.select("td").first().text().equals(firstCell))
                .findFirst().orElse(null);
        assertThat(row).as("table row starting with " + firstCell).isNotNull();
        return row;
    }
}
