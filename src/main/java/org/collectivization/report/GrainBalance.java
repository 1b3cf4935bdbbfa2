package org.collectivization.report;

import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.collectivization.runfiles.TimeTable;

/**
 * The grain balance by agricultural year (July to June): what was harvested, taken by the state,
 * exported, given back as relief, and what was left per person in the countryside.
 */
public final class GrainBalance {

    /**
     * One agricultural year as far as the run covers it.
     *
     * @param startYear        the calendar year in which it begins (July)
     * @param firstMonth       the first month the run covers in it
     * @param lastMonth        the last month the run covers in it
     * @param harvestT         tonnes harvested over the months covered
     * @param procuredT        tonnes procured by the state
     * @param exportedT        tonnes exported
     * @param reliefT          tonnes given back as relief
     * @param meanPopulation   mean of the month-end population over the months covered
     * @param leftPerPersonKg  (harvest − procured + relief) ÷ mean population, in kg; NaN when
     *                         the run covers only part of the year (a part-year would not compare
     *                         with a yearly need)
     */
    public record AgriYear(int startYear, YearMonth firstMonth, YearMonth lastMonth, double harvestT,
                           double procuredT, double exportedT, double reliefT, double meanPopulation,
                           double leftPerPersonKg) {

        /** "1928/29". */
        public String label() {
            return label(startYear);
        }

        public static String label(int startYear) {
            return startYear + "/" + String.format(Locale.ROOT, "%02d", (startYear + 1) % 100);
        }

        /**
         * Whether the year's harvest was gathered before the run began: the run starts after July in
         * this year and recorded no harvest in it (a run from October 1928 misses the 1928 harvest).
         */
        public boolean harvestBeforeRun() {
            return firstMonth.getMonth() != Month.JULY && harvestT == 0;
        }

        public int monthsCovered() {
            return (int) firstMonth.until(lastMonth, java.time.temporal.ChronoUnit.MONTHS) + 1;
        }

        public boolean complete() {
            return monthsCovered() == 12;
        }

        /** "1928/29", or "1928/29 (Oct–Jun)" when the run covers only part of it. */
        public String labelWithCoverage() {
            if (complete()) {
                return label();
            }
            return label() + " (" + shortName(firstMonth.getMonth()) + "\u2013"
                    + shortName(lastMonth.getMonth()) + ")";
        }

        private static String shortName(Month m) {
            return m.getDisplayName(TextStyle.SHORT, Locale.UK);
        }
    }

    private GrainBalance() {
    }

    /** The agricultural year (by its starting calendar year) that a month belongs to. */
    public static int agriYearOf(YearMonth m) {
        return m.getMonthValue() >= 7 ? m.getYear() : m.getYear() - 1;
    }

    /** The agricultural years the run touches, in order; part-years at either end are included. */
    public static List<AgriYear> byAgriculturalYear(TimeTable t) {
        double[] harvest = t.column("grain_harvest_t");
        double[] procured = t.column("grain_procured_t");
        double[] exported = t.column("grain_exported_t");
        double[] relief = t.column("grain_relief_t");
        double[] population = t.column("population");
        List<AgriYear> years = new ArrayList<>();
        List<YearMonth> months = t.months();
        int i = 0;
        while (i < months.size()) {
            int year = agriYearOf(months.get(i));
            int start = i;
            double h = 0, p = 0, e = 0, r = 0, pop = 0;
            int popMonths = 0;
            while (i < months.size() && agriYearOf(months.get(i)) == year) {
                h += nanToZero(harvest[i]);
                p += nanToZero(procured[i]);
                e += nanToZero(exported[i]);
                r += nanToZero(relief[i]);
                if (!Double.isNaN(population[i])) {
                    pop += population[i];
                    popMonths++;
                }
                i++;
            }
            double meanPop = popMonths == 0 ? Double.NaN : pop / popMonths;
            boolean complete = i - start == 12;
            double leftKg = complete && meanPop > 0 ? (h - p + r) * 1000.0 / meanPop : Double.NaN;
            years.add(new AgriYear(year, months.get(start), months.get(i - 1), h, p, e, r, meanPop, leftKg));
        }
        return years;
    }

    private static double nanToZero(double v) {
        return Double.isNaN(v) ? 0 : v;
    }
}
