package org.collectivization.gui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;

import javax.swing.SwingUtilities;

import org.collectivization.report.Palette;
import org.collectivization.report.RecordOverlay;
import org.collectivization.runfiles.HistoricalRecord;
import org.jfree.data.xy.IntervalXYDataset;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.Test;

/**
 * The check box "Show the historical record" above the live charts (under a display, Xvfb in the tests): off
 * when the charts open; on, it draws the record's figures with their bands on the grain, livestock and
 * collective-farm charts where the class's line has the same quantity; off again, it takes them away.
 */
class LiveChartsRecordTest {
    /** October 1928 to January 1935, as the GUI's time axis. */
    static final double FIRST = 1928 + 9 / 12.0, LAST = 1935;

    @Test
    void theToggleAddsTheRecordsFiguresWhereTheLinesHaveTheSameQuantityAndTakesThemAwayAgain() throws Exception {
        HistoricalRecord record = HistoricalRecord.read(Path.of(HistoricalRecord.SHIPPED));
        AtomicReference<LiveCharts> made = new AtomicReference<>();
        SwingUtilities.invokeAndWait(() -> made.set(new LiveCharts(FIRST, LAST, record)));
        LiveCharts charts = made.get();
        try {
            assertThat(charts.showRecord.isSelected()).as("off when the GUI opens").isFalse();
            assertThat(charts.showRecord.isEnabled()).isTrue();
            assertThat(charts.recordData()).containsOnlyNulls();

            SwingUtilities.invokeAndWait(charts.showRecord::doClick);
            XYDataset[] shown = charts.recordData();
            IntervalXYDataset grain = (IntervalXYDataset) shown[0], herds = (IntervalXYDataset) shown[1],
                    kolkhoz = (IntervalXYDataset) shown[2];
            // harvests 1929-1934 at August of their year, when the line "harvested since July" holds them all
            assertThat(String.valueOf(grain.getSeriesKey(0))).isEqualTo("grain_harvest_t");
            assertThat(grain.getItemCount(0)).isEqualTo(6);
            assertThat(grain.getXValue(0, 0)).isEqualTo(1929 + 7 / 12.0, within(1e-9));
            assertThat(grain.getYValue(0, 0)).isEqualTo(62.0);
            assertThat(grain.getEndYValue(0, 1)).as("the 1930 harvest's band reaches the official barn figure").isEqualTo(83.5);
            // procurement 1929/30 to 1933/34 at June of the year's end, where "procured since July" closes the year
            assertThat(grain.getItemCount(1)).isEqualTo(5);
            assertThat(grain.getXValue(1, 0)).isEqualTo(1930 + 5 / 12.0, within(1e-9));
            assertThat(grain.getYValue(1, 0)).isEqualTo(16.1, within(1e-9));
            // herds on 1 January 1929 where the class's line has December 1928's month-end stock
            assertThat(herds.getSeriesCount()).isEqualTo(4);
            assertThat(herds.getXValue(0, 0)).isEqualTo(1928 + 11 / 12.0, within(1e-9));
            assertThat(herds.getYValue(0, 0)).isEqualTo(58.2);
            assertThat(herds.getStartYValue(0, 0)).isEqualTo(52.4);
            assertThat(herds.getYValue(3, 1)).as("sheep and goats, 1 January 1934").isEqualTo(36.5);
            assertThat(kolkhoz.getItemCount(0)).isEqualTo(8);
            assertThat(kolkhoz.getXValue(0, 2)).as("1 March 1930 at February").isEqualTo(1930 + 1 / 12.0, within(1e-9));
            assertThat(kolkhoz.getYValue(0, 2)).isEqualTo(57.2, within(1e-9));
            assertThat(charts.panels[2].getChart().getXYPlot().getRenderer(LiveCharts.RECORD).getSeriesPaint(0))
                    .as("cattle's figures in the colour of the cattle line").isEqualTo(Palette.VERMILLION);
            assertThat(charts.panels[0].getChart().getXYPlot().getDataset(LiveCharts.RECORD))
                    .as("the record has no famine deaths").isNull();
            assertThat(charts.captionText()).contains("Squares: the historical record (data/history/record.csv)");

            SwingUtilities.invokeAndWait(charts.showRecord::doClick);
            assertThat(charts.recordData()).containsOnlyNulls();
            assertThat(charts.captionText()).doesNotContain("historical record");
        } finally {
            SwingUtilities.invokeAndWait(charts.frame::dispose);
        }
    }

    @Test
    void withoutTheRecordTheToggleIsDisabledAndSaysWhy() throws Exception {
        AtomicReference<LiveCharts> made = new AtomicReference<>();
        SwingUtilities.invokeAndWait(() -> made.set(new LiveCharts(FIRST, LAST, HistoricalRecord.none())));
        LiveCharts charts = made.get();
        try {
            assertThat(charts.showRecord.isEnabled()).isFalse();
            assertThat(charts.showRecord.getToolTipText()).isEqualTo(RecordOverlay.MISSING);
        } finally {
            SwingUtilities.invokeAndWait(charts.frame::dispose);
        }
    }
}
