package org.collectivization.targets;

import java.nio.file.Path;

/**
 * One line of a targets file: what to measure in the runs of a scenario, the band it should fall in, and
 * where the band comes from.
 *
 * @param file          the targets file, for messages
 * @param line          its line there
 * @param name          the {@code id} column, or what the line measures when it has none
 * @param kind          how {@code series} and {@code period} are read
 * @param series        the series column as written: a column of timeseries.csv, or a formula
 * @param period        the period column as written ("" for a ratio or expression)
 * @param scenario      the scenario whose runs are measured (summary.json's "scenario")
 * @param formula       what is measured: one figure for a stock or flow, a formula for a ratio or expression
 * @param value         the central figure, NaN when the source gives only a band
 * @param band          the values accepted
 * @param discrepancySd how far the model may differ from the figure by construction (a standard deviation
 *                      in the target's unit; 0 when the model and the source count the same thing)
 * @param source        where the figure and band come from
 * @param note          what else a reader should know, or ""
 */
public record Target(Path file, int line, String name, Kind kind, String series, String period, String scenario, Formula formula, double value,
                     Band band, double discrepancySd, String source, String note) {

    public enum Kind {
        /** A column on a date YYYY-MM-01, read from the row of the month before. */
        STOCK,
        /** A column summed over a year, an agricultural year or a range of months. */
        FLOW,
        /** One figure over another: {@code a@period / b@period}. */
        RATIO,
        /** Any arithmetic of figures, summary.json keys and numbers. */
        EXPRESSION;

        public String word() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** "file:line", for messages about this target. */
    public String where() {
        return file + ":" + line;
    }
}
