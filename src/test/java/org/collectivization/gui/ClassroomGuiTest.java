package org.collectivization.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import javax.imageio.ImageIO;

import org.collectivization.cli.Main;
import org.collectivization.experiment.LeverChange;
import org.collectivization.experiment.Loader;
import org.collectivization.experiment.RunResult;
import org.collectivization.experiment.Runner;
import org.collectivization.experiment.Scenario;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import sim.display.Display2D;

/**
 * The classroom GUI under a display (Xvfb in bin/test), driven as a teacher would: one GUI, on the
 * historical scenario at the GUI's default size (seed 1), for all the tests in order. It runs 24 months
 * and draws the map and the charts; with no lever touched its numbers equal a headless run's, and its
 * band is drawn from eight runs equal to headless runs with seeds 2-9; a session with three lever changes,
 * saved as a record, replays headless to the same timeseries.csv byte for byte; a second GUI opened on that
 * record replays it too; and "Compare with the run before" states the paired difference of the last two
 * runs that headless runs give. Nothing here is left to chance. Pictures are kept in target/gui-screenshots/
 * for a person to look at.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClassroomGuiTest {
    static final Path HISTORICAL = Path.of("scenarios", "historical.yaml");
    static final Path PICTURES = Path.of("target", "gui-screenshots");

    GuiDriver driver;
    ClassroomGui gui;
    /** One folder for the whole class: test 4 opens the record test 3 saved. */
    @org.junit.jupiter.api.io.TempDir
    static Path dir;

    @BeforeAll
    void openTheGui() throws Exception {
        Files.createDirectories(PICTURES);
        driver = GuiDriver.launch(null, null);
        gui = driver.gui;
        driver.settle();
    }

    @AfterAll
    void closeTheGui() {
        if (driver != null) driver.quit();
    }

    @Test
    @Order(1)
    void itStartsOnTheHistoricalScenarioRuns24MonthsAndDrawsTheMapTheChartsAndTheEvents() throws Exception {
        assertThat(gui.model().params().run.households()).isEqualTo(ClassroomGui.DEFAULT_HOUSEHOLDS);
        assertThat(gui.model().villages.size).as("villages built before the first month, for the map").isGreaterThan(200);

        driver.runUntil(24);

        assertThat(driver.steps()).isEqualTo(24);
        assertThat(gui.charts.pointsPerSeries()).as("points in each series of " + gui.charts.seriesNames())
                .containsOnly(24);
        assertThat(gui.events.monthsShown()).isEqualTo(24);
        assertThat(gui.events.plainText()).contains("September 1930", "Dekulakization", "(\u00b631)");

        driver.onSwing(() -> gui.map.setLayer(Layer.COLLECTIVIZED));
        driver.settle();
        Path map = PICTURES.resolve("map-24-months.png");
        driver.onSwing(() -> {
            try {
                gui.map.display.takeSnapshot(map.toFile(), Display2D.TYPE_PNG);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        BufferedImage mapImage = ImageIO.read(map.toFile());
        assertThat(mapImage.getWidth()).isGreaterThan(300);
        assertThat(distinctColours(mapImage)).as("colours in the map snapshot").isGreaterThanOrEqualTo(20);
        assertThat(shareUnlike(mapImage, mapImage.getRGB(1, 1))).as("share of the map not its background")
                .isGreaterThan(0.2);

        int village = driver.inspectAVillageIn(org.collectivization.model.Region.UKRAINE);
        driver.settle();
        List<VillageInspector> shown = GuiDriver.find(gui.console.getContentPane(), VillageInspector.class);
        assertThat(shown).as("a click on a village opens its households in the Inspectors tab").hasSize(1);
        assertThat(gui.console.getTabPane().getTitleAt(gui.console.getTabPane().getSelectedIndex())).isEqualTo("Inspectors");
        javax.swing.JTable table = GuiDriver.find(shown.get(0), javax.swing.JTable.class).get(0);
        assertThat(table.getRowCount()).isEqualTo(gui.model().villages.householdCount[village]);
        assertThat(table.getValueAt(0, 1)).isIn("in village", "deported", "fled", "died out");

        Path screen = PICTURES.resolve("screen-24-months.png");
        GuiDriver.screenshot(screen);
        BufferedImage screenImage = ImageIO.read(screen.toFile());
        assertThat(distinctColours(screenImage)).as("colours on the screen").isGreaterThanOrEqualTo(200);
        assertThat(shareUnlike(screenImage, 0x000000)).as("share of the screen not black (windows cover it)")
                .isGreaterThan(0.95);
    }

    @Test
    @Order(2)
    void withNoLeverTouchedItsNumbersEqualAHeadlessRunWithTheSameSeed() throws Exception {
        driver.runUntil(75);
        assertThat(gui.changesMade()).isEmpty();
        Scenario s = Loader.load(HISTORICAL).with("run.households", ClassroomGui.DEFAULT_HOUSEHOLDS, "test");
        RunResult headless = Runner.run(s, Runner.params(s), 2, null);

        List<double[]> mine = gui.recorder().rows(), theirs = headless.recorder.rows();
        assertThat(gui.recorder().months()).isEqualTo(headless.months());
        assertThat(mine).hasSize(75);
        for (int i = 0; i < mine.size(); i++) {
            assertThat(mine.get(i)).as("row " + headless.months().get(i)).containsExactly(theirs.get(i));
        }
        Path screen = PICTURES.resolve("screen-75-months.png");
        GuiDriver.screenshot(screen);

        assertThat(gui.ensemble().await(75, 300_000)).as("the band's runs finished").isTrue();
        driver.settle();
        assertThat(gui.charts.bandMonths()).as("months of the band drawn").isEqualTo(75);
        assertThat(gui.charts.captionText()).contains("lowest to highest of 8 other runs", "(seeds 2\u20139)");
        double low = Double.POSITIVE_INFINITY, high = Double.NEGATIVE_INFINITY;
        for (long seed = 2; seed <= 9; seed++) {
            Scenario other = s.with("run.seed", seed, "test");
            double deaths = Runner.run(other, Runner.params(other), 2, null).total("excess_deaths", "1928-10", "1934-12") / 1e6;
            low = Math.min(low, deaths);
            high = Math.max(high, deaths);
        }
        assertThat(gui.charts.bandAtEnd()[0]).as("the band of deaths in December 1934: lowest and highest of seeds 2-9")
                .containsExactly(new double[] {low, high}, org.assertj.core.data.Offset.offset(1e-9));
        BufferedImage deathsChart = gui.charts.panels[0].getChart().createBufferedImage(430, 230);
        ImageIO.write(deathsChart, "png", PICTURES.resolve("deaths-chart-band.png").toFile());
        // at 250,000 households the band is a few pixels wide, a few hundred pixels long
        assertThat(countNear(deathsChart, BAND_ON_WHITE, 3)).as("pixels of the shaded band in the deaths chart")
                .isGreaterThan(200);
        GuiDriver.screenshot(PICTURES.resolve("band-75-months.png"));

        // the teacher shows the record beside the class's run, looks, and takes it away
        BufferedImage herdsAlone = gui.charts.panels[2].getChart().createBufferedImage(430, 200);
        driver.onSwing(gui.charts.showRecord::doClick);
        driver.settle();
        assertThat(gui.charts.recordData()).doesNotContainNull();
        BufferedImage herdsWithRecord = gui.charts.panels[2].getChart().createBufferedImage(430, 200);
        ImageIO.write(herdsWithRecord, "png", PICTURES.resolve("livestock-chart-record.png").toFile());
        GuiDriver.screenshot(PICTURES.resolve("record-75-months.png"));
        assertThat(pixelsChanged(herdsAlone, herdsWithRecord)).as("pixels the record's eight figures change").isGreaterThan(200);
        driver.onSwing(gui.charts.showRecord::doClick);
        driver.settle();
        assertThat(gui.charts.recordData()).containsOnlyNulls();
    }

    static int pixelsChanged(BufferedImage a, BufferedImage b) {
        int n = 0;
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) if (a.getRGB(x, y) != b.getRGB(x, y)) n++;
        }
        return n;
    }

    /** The band's grey at its opacity over the white plot. */
    static final int BAND_ON_WHITE = blend(LiveCharts.BAND_GREY.getRGB(), LiveCharts.BAND_ALPHA);

    static int blend(int rgb, float alpha) {
        int out = 0;
        for (int shift = 0; shift <= 16; shift += 8) {
            int c = (rgb >> shift) & 0xff;
            out |= Math.round(255 * (1 - alpha) + c * alpha) << shift;
        }
        return out;
    }

    static int countNear(BufferedImage image, int rgb, int tolerance) {
        int n = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int p = image.getRGB(x, y);
                boolean near = true;
                for (int shift = 0; shift <= 16; shift += 8) {
                    near &= Math.abs(((p >> shift) & 0xff) - ((rgb >> shift) & 0xff)) <= tolerance;
                }
                if (near) n++;
            }
        }
        return n;
    }

    @Test
    @Order(3)
    void aRecordedSessionWithThreeLeverChangesReplaysHeadlessToAnIdenticalTimeseries() throws Exception {
        driver.stop();
        driver.runUntil(12);
        driver.onSwing(() -> gui.levers.move("procurement.share_of_estimate_cap", 0.3));
        driver.runUntil(30);
        driver.onSwing(() -> gui.levers.move("state.responsiveness", 0.9));
        driver.runUntil(45);
        driver.onSwing(() -> gui.levers.move("migration.blockade_from", "never"));
        driver.runUntil(75);

        assertThat(gui.changesMade()).containsExactly(
                new LeverChange("1929-10", "procurement.share_of_estimate_cap", 0.3),
                new LeverChange("1931-04", "state.responsiveness", 0.9),
                new LeverChange("1932-07", "migration.blockade_from", "never"));
        Path record = dir.resolve("class-run.yaml");
        driver.onSwing(() -> {
            try {
                gui.saveRecord(record);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        Files.copy(record, PICTURES.resolve("class-run.yaml"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Path mine = dir.resolve("gui-timeseries.csv");
        gui.runResult().writeTimeseries(mine);

        Path out = dir.resolve("replay");
        assertThat(Main.execute("run", record.toString(), "--out", out.toString(), "--no-report", "--threads", "2"))
                .as("exit status of the headless replay").isZero();

        assertThat(Files.readAllBytes(out.resolve("timeseries.csv"))).as("timeseries.csv, headless replay vs the GUI")
                .isEqualTo(Files.readAllBytes(mine));
        Scenario plain = Loader.load(HISTORICAL).with("run.households", ClassroomGui.DEFAULT_HOUSEHOLDS, "test");
        Path untouched = dir.resolve("untouched.csv");
        Runner.run(plain, Runner.params(plain), 2, null).writeTimeseries(untouched);
        assertThat(Files.readAllBytes(mine)).as("the levers changed the run").isNotEqualTo(Files.readAllBytes(untouched));
        assertThat(Files.readString(record)).contains("extends: \"", "historical.yaml\"", "seed: 1", "households: " + ClassroomGui.DEFAULT_HOUSEHOLDS,
                "{month: \"1932-07\", key: migration.blockade_from, value: \"never\"}");
        recordFolder = dir;
    }

    private Path recordFolder;

    @Test
    @Order(4)
    void theGuiOpenedOnARecordReplaysItsChangesAsTheHeadlessReplayDoes() throws Exception {
        assertThat(recordFolder).as("test 3 saved a record").isNotNull();
        Path record = recordFolder.resolve("class-run.yaml");
        GuiDriver second = GuiDriver.launch(record, null, null);
        try {
            assertThat(second.gui.model().params().run.households()).as("the record's own size")
                    .isEqualTo(ClassroomGui.DEFAULT_HOUSEHOLDS);
            second.runUntil(46);
            second.onSwing(() -> assertThat(second.gui.levers.shownValue("migration.blockade_from"))
                    .as("the lever shows the recorded change").isEqualTo("never"));
            second.runUntil(75);
            assertThat(second.gui.changesMade()).as("changes replayed are the record's, not the class's").isEmpty();
            Path mine = recordFolder.resolve("gui-replay.csv");
            second.gui.runResult().writeTimeseries(mine);
            assertThat(Files.readAllBytes(mine)).isEqualTo(Files.readAllBytes(recordFolder.resolve("replay").resolve("timeseries.csv")));
        } finally {
            second.quit();
        }
    }

    @Test
    @Order(5)
    void compareWithTheRunBeforeStatesThePairedDifferenceOfTheLastTwoRunsAsHeadlessRunsGiveIt() throws Exception {
        assertThat(recordFolder).as("test 3 saved a record").isNotNull();
        assertThat(gui.ensemble().await(75, 300_000)).as("the band's runs finished").isTrue();
        driver.onSwing(() -> gui.levers.compare.doClick());
        driver.settle();
        assertThat(gui.compare.frame.isVisible()).isTrue();

        Scenario plain = Loader.load(HISTORICAL).with("run.households", ClassroomGui.DEFAULT_HOUSEHOLDS, "test");
        Scenario record = Loader.load(recordFolder.resolve("class-run.yaml"));
        double[] before = new double[9], now = new double[9];
        for (int i = 0; i < 9; i++) {
            Scenario b = plain.with("run.seed", 1 + i, "test"), n = record.with("run.seed", 1 + i, "test");
            before[i] = Runner.run(b, Runner.params(b), 2, null).total("excess_deaths", "1930-01", "1934-12");
            now[i] = Runner.run(n, Runner.params(n), 2, null).total("excess_deaths", "1930-01", "1934-12");
        }
        String expected = RunComparison.sentence(before, now, "1930\u201334", 1);
        String shown = gui.compare.text();
        assertThat(shown).startsWith(expected).contains("from 9 paired runs", "This run\u2019s changes: 1929-10: Procurement cap 30 %; "
                + "1931-04: Relief for the hungry 0.90; 1932-07: Blockade off", "The run before: none (the scenario\u2019s policy)");
        Path picture = PICTURES.resolve("compare-with-the-run-before.png");
        GuiDriver.screenshot(picture);
        assertThat(distinctColours(ImageIO.read(picture.toFile()))).isGreaterThanOrEqualTo(200);
        driver.onSwing(() -> gui.compare.frame.setVisible(false));
    }

    static int distinctColours(BufferedImage image) {
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) colours.add(image.getRGB(x, y) & 0xffffff);
        }
        return colours.size();
    }

    static double shareUnlike(BufferedImage image, int rgb) {
        long other = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) if ((image.getRGB(x, y) & 0xffffff) != (rgb & 0xffffff)) other++;
        }
        return (double) other / ((long) image.getWidth() * image.getHeight());
    }
}
