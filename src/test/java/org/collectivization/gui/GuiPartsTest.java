package org.collectivization.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.collectivization.experiment.LeverChange;
import org.collectivization.experiment.Loader;
import org.collectivization.experiment.Param;
import org.collectivization.experiment.Runner;
import org.collectivization.experiment.Scenario;
import org.collectivization.model.Region;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The GUI's parts that need no window: map layout, legend labels, levers, the record, the guide, wording. */
class GuiPartsTest {
    static final Path HISTORICAL = Path.of("scenarios", "historical.yaml");

    @Test
    void theMapPlacesEveryVillageOnceInsideItsRegionsBlockAndTheBlocksDoNotOverlap() {
        for (int households : new int[] {2_500, 25_000, 250_000}) {
            byte[] region = regions(households);
            MapLayout l = MapLayout.of(region, 440, 270, g -> 9.0 * VillageMap.shortName(g).length(), 20);
            Set<Long> cells = new HashSet<>();
            for (int v = 0; v < region.length; v++) {
                assertThat(cells.add(((long) l.x[v] << 32) | l.y[v])).as("village " + v + " has a cell of its own").isTrue();
                int r = region[v];
                MapLayout.Block b = l.blocks.stream().filter(x -> x.region().ordinal() == r).findFirst().orElseThrow();
                assertThat(l.x[v]).isBetween(b.x(), b.x() + b.width() - 1);
                assertThat(l.y[v]).isBetween(b.y(), b.y() + b.height() - 1);
            }
            assertThat(l.width * l.cellPx).as("fits the width at " + households).isLessThanOrEqualTo(440.0001);
            assertThat(l.height * l.cellPx).as("fits the height at " + households).isLessThanOrEqualTo(270.0001);
            assertThat(l.cellPx).as("squares are big enough to see at " + households).isGreaterThan(households > 100_000 ? 2 : 6);
            for (MapLayout.Block a : l.blocks) {
                for (MapLayout.Block b : l.blocks) {
                    if (a == b) continue;
                    boolean apart = a.x() + a.width() <= b.x() || b.x() + b.width() <= a.x()
                            || a.y() + a.height() <= b.y() - b.labelRows() || b.y() + b.height() <= a.y() - a.labelRows();
                    assertThat(apart).as(a.region() + " and " + b.region() + " at " + households).isTrue();
                }
            }
        }
    }

    private static byte[] regions(int households) {
        Scenario s = Loader.load(HISTORICAL).with("run.households", households, "test");
        org.collectivization.model.CollectivizationModel m = org.collectivization.agents.Simulation.model(Runner.params(s), 2);
        m.start();
        return m.villages.region;
    }

    @Test
    void legendClassesCoverEveryValueAndReadPlainly() {
        assertThat(Layer.HUNGER.label(0)).isEqualTo("0\u20135 %");
        assertThat(Layer.HUNGER.label(5)).isEqualTo("80\u2013100 %");
        assertThat(Layer.GRAIN.label(5)).isEqualTo("\u2265 400 kg");
        assertThat(Layer.UNREST.label(0)).isEqualTo("none");
        assertThat(Layer.UNREST.classOf(0)).isZero();
        assertThat(Layer.UNREST.classOf(0.01)).isEqualTo(1);
        assertThat(Layer.HUNGER.classOf(1.0)).isEqualTo(5);
        assertThat(Layer.GRAIN.colour(Double.NaN)).isEqualTo(Layer.EMPTY);
        for (Layer l : Layer.values()) {
            assertThat(l.colours).hasSize(l.edges.length + 1);
            for (int i = 1; i < l.edges.length; i++) assertThat(l.edges[i]).isGreaterThan(l.edges[i - 1]);
        }
    }

    @Test
    void everyLeverIsANumberOrMonthOfTheScenarioAndItsStepsAreExactDecimals() {
        Scenario s = Loader.load(HISTORICAL);
        for (Lever l : Lever.ALL) {
            Param p = s.params().get(l.key());
            assertThat(p).as(l.key()).isNotNull();
            if (l.kind() == Lever.Kind.MONTH) continue;
            assertThat(p.min()).as(l.key() + " has a range").isNotNull();
            int top = l.positionOf(p.min(), p.max());
            assertThat(l.valueAt(p.min(), top)).as(l.key() + ": the slider reaches the maximum").isEqualTo(p.max());
            assertThat(l.valueAt(p.min(), l.positionOf(p.min(), (Double) p.value())))
                    .as(l.key() + ": the scenario's value is a slider position").isEqualTo((Double) p.value());
        }
        Lever cap = Lever.of("procurement.share_of_estimate_cap");
        assertThat(cap.valueAt(0.05, 25)).isEqualTo(0.3);  // not 0.30000000000000004
        assertThat(cap.format(0.3)).isEqualTo("30 %");
        assertThat(Lever.of("dekulakization.target_share").format(0.035)).isEqualTo("3.5 %");
        assertThat(Lever.of("migration.blockade_from").format("never")).isEqualTo("off");
    }

    /** docs/deviations.md D32: the class should not expect stopping exports to feed anyone. */
    @Test
    void theExportsHintSaysThatInTheModelExportsFeedNoOne() {
        assertThat(Lever.of("exports.share_of_surplus").explanation())
                .contains("In this model, grain kept from export feeds no one");
    }

    @Test
    void masonsJava3dWarningIsWithheldWhileEveryOtherLinePasses() throws Exception {
        try (java.io.InputStream console = sim.display.Console.class.getResourceAsStream("Console.class")) {
            assertThat(new String(console.readAllBytes(), java.nio.charset.StandardCharsets.ISO_8859_1))
                    .as("MASON's Console prints the very text withheld").contains(Java3dWarning.TEXT);
        }
        java.io.PrintStream err = System.err;
        java.io.ByteArrayOutputStream seen = new java.io.ByteArrayOutputStream();
        String result;
        try {
            System.setErr(new java.io.PrintStream(seen, true, java.nio.charset.Charset.defaultCharset()));
            result = Java3dWarning.withheld(() -> {
                System.err.println("before");
                System.err.println(Java3dWarning.TEXT);
                System.err.print("after, without an end");
                return "built";
            });
            System.err.println(Java3dWarning.TEXT);
        } finally {
            System.setErr(err);
        }
        assertThat(result).isEqualTo("built");
        assertThat(seen.toString(java.nio.charset.Charset.defaultCharset()).lines().toList())
                .containsExactly("before", "after, without an end" + Java3dWarning.TEXT);
    }

    @Test
    void aRecordLoadsAsAScenarioThatExtendsTheStartingOneWithTheChanges(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("sub").resolve("our-class.yaml");
        List<LeverChange> changes = List.of(new LeverChange("1929-10", "exports.share_of_surplus", 0.25),
                new LeverChange("1933-01", "migration.blockade_from", "never"));
        ClassroomRecord.write(file, ClassroomRecord.yaml(file, HISTORICAL, "historical", 7, 5_000, changes,
                LocalDateTime.of(2025, 3, 1, 10, 30)));

        Scenario s = Loader.load(file);

        assertThat(Files.readString(file)).contains("saved by the GUI on 2025-03-01 at 10:30");
        assertThat(s.name()).isEqualTo("our-class");
        assertThat(s.number("run.seed")).isEqualTo(7.0);
        assertThat(s.number("run.households")).isEqualTo(5_000.0);
        assertThat(s.leverChanges()).extracting(LeverChange::month, LeverChange::key, LeverChange::value)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("1929-10", "exports.share_of_surplus", 0.25),
                        org.assertj.core.groups.Tuple.tuple("1933-01", "migration.blockade_from", "never"));
        assertThat(ClassroomGui.householdsFor(s, null)).as("a record keeps its own size").isEqualTo(5_000);
        assertThat(ClassroomGui.householdsFor(Loader.load(HISTORICAL), null)).isEqualTo(ClassroomGui.DEFAULT_HOUSEHOLDS);
        assertThat(ClassroomGui.householdsFor(s, 2_500)).isEqualTo(2_500);
        assertThat(ClassroomRecord.yaml(file, HISTORICAL, "historical", 1, 25_000, List.of(), LocalDateTime.now()))
                .contains("lever_changes: []");
    }

    @Test
    void theGuideHasItsSectionsNamesTheFaminesAndTheDebateAndBecomesHtml() {
        String md = ClassroomGuide.markdown();
        for (String section : List.of("## What is it?", "## How it works", "## How to use it", "## Things to notice",
                "## Things to try", "## Extending the model", "## Sources", "## A 45-minute lesson", "## A note for the teacher")) {
            assertThat(md).contains(section);
        }
        assertThat(md).contains("Holodomor", "Asharshylyk", "debate", "does not settle");
        String html = ClassroomGuide.html();
        assertThat(html).contains("<h2>What is it?</h2>", "<b>Holodomor</b>", "<table", "<pre>", "<li>");
        assertThat(html).doesNotContain("**", "## ", "```");
    }

    @Test
    void countsAreReadAloudRoundedToTwoFigures() {
        assertThat(MonthEvents.about(0)).isEqualTo("no");
        assertThat(MonthEvents.about(37)).isEqualTo("37");
        assertThat(MonthEvents.about(12_345)).isEqualTo("about 12,000");
        assertThat(MonthEvents.about(987_654)).isEqualTo("about 990,000");
        assertThat(MonthEvents.about(1_234_567)).isEqualTo("about 1.2 million");
        assertThat(MonthEvents.about(23_456_789)).isEqualTo("about 23 million");
        assertThat(MonthEvents.capitalized("about 5 people")).isEqualTo("About 5 people");
    }

    @Test
    void anInflatedHarvestReportIsToldWithHowFarItStoodAboveWhatWasGathered() {
        double[] gathered = new double[Region.ALL.length];
        double[] reported = new double[Region.ALL.length];
        java.util.Arrays.fill(gathered, 1_000_000);
        java.util.Arrays.fill(reported, 1_020_000);  // 2 % above: within what is left unsaid
        reported[Region.UKRAINE.ordinal()] = 1_180_000;
        reported[Region.VOLGA.ordinal()] = 1_120_000;
        assertThat(MonthEvents.inflatedReports(reported, gathered)).isEqualTo(
                "Officials in Ukraine reported a harvest 18 % above what was gathered; in the Volga, 12 % above."
                        + " In all the reports came to 7.4 million tonnes; 7.0 million were gathered.");
        java.util.Arrays.fill(reported, 1_000_000);
        assertThat(MonthEvents.inflatedReports(reported, gathered)).isNull();
    }

    @Test
    void everyEventThatCitesTheArticleCitesAParagraphAboutCollectivizationOrTheFamine() throws Exception {
        String source = Files.readString(Path.of("src/main/java/org/collectivization/gui/MonthEvents.java"));
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\\\u00b6(\\d+)").matcher(source);
        Set<Integer> cited = new HashSet<>();
        while (m.find()) cited.add(Integer.parseInt(m.group(1)));
        assertThat(cited).isNotEmpty().allMatch(p -> p >= 28 && p <= 34, "paragraphs 28-34 of the article");
        assertThat(Region.ALL).hasSize(7);
    }
}
