package org.collectivization.report;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import org.jfree.chart.JFreeChart;
import org.collectivization.runfiles.TimeTable;

/**
 * One chart of the report: its file name (without extension) in {@code charts/}, the chart, and
 * two or three sentences telling a reader how to read it.
 */
public record Figure(String fileBase, JFreeChart chart, String howToRead) {

    public static final String GRAIN_BALANCE = "1-grain-balance";
    public static final String LIVESTOCK = "2-livestock";
    public static final String COLLECTIVIZATION_REPRESSION = "3-collectivization-repression";
    public static final String FAMINE_BY_MONTH = "4-famine-deaths-by-month";
    public static final String FAMINE_BY_REGION = "4-famine-deaths-by-region";
    public static final String PRESSURE_RESPONSE = "5-pressure-response";
    public static final String CENTRE_BELIEF = "6-centre-belief-and-harvest";

    /** The file names of all charts, in report order. */
    public static final List<String> FILE_BASES = List.of(GRAIN_BALANCE, LIVESTOCK,
            COLLECTIVIZATION_REPRESSION, FAMINE_BY_MONTH, FAMINE_BY_REGION, PRESSURE_RESPONSE, CENTRE_BELIEF);

    /** "October 1928". */
    static final DateTimeFormatter MONTH_YEAR = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);

    /** The chart's title, as drawn on it. */
    public String title() {
        return chart.getTitle() == null ? fileBase : chart.getTitle().getText();
    }

    /** Builds every chart of the report from a run's data. */
    public static List<Figure> all(RunData data) {
        return List.of(
                new Figure(GRAIN_BALANCE, Charts.grainBalance(data),
                        "Each group of bars is one agricultural year, from July, when the harvest begins, to the"
                                + " following June: the harvest, what the state procured, what it exported and what"
                                + " it gave back as relief. The lower panel shows what stayed in the villages per"
                                + " person over that year; where the black line falls below the dashed line of the"
                                + " food need, the grain left was not enough to feed the rural population for a year"
                                + " without stocks or other food."),
                new Figure(LIVESTOCK, Charts.livestock(data),
                        "The upper panel shows how many animals of each species the villages held at the end"
                                + " of each month; the lower panel shows how many animals of all species were"
                                + " slaughtered during the month. Every October the villages slaughter the year's"
                                + " young that they cannot keep through the winter, as in any year: October's bars,"
                                + " in sky blue, hold that usual slaughter and any other slaughter of the month. The"
                                + " bars of the other months, in vermillion, are animals slaughtered by households"
                                + " that expected to lose them, or slaughtered to eat. " + livestockSentence(data)),
                new Figure(COLLECTIVIZATION_REPRESSION, Charts.collectivizationRepression(data),
                        "The top panel is the share of households in collective farms. The middle panel"
                                + " sets the households labelled kulak, counted since the start of the run, against"
                                + " the households that were in fact well-off: where the vermillion line rises above"
                                + " the black one, more households had been labelled kulak than were well-off. The"
                                + " bottom panel counts the people dekulakized and the people deported."),
                new Figure(FAMINE_BY_MONTH, Charts.famineByMonth(data),
                        "The upper panel is the whole country, the lower panel each region with its own colour"
                                + " and line style. Above zero, more people died in that month than the normal death"
                                + " rate would give; below zero, fewer. " + peakSentence(data)),
                new Figure(FAMINE_BY_REGION, Charts.famineByRegion(data),
                        "Each bar is one region's excess deaths from January 1930 to December 1934, the same"
                                + " figures as in the table of key figures. The regions are sorted from the most"
                                + " deaths to the fewest."),
                new Figure(PRESSURE_RESPONSE, Charts.pressureResponse(data),
                        "All panels share the time axis. The first three count events in each month:"
                                + " disturbances in the villages, officials killed and pleas for relief; the fourth"
                                + " shows the grain the state gave back as relief. The bottom panel shows, from 0 to"
                                + " 1, how firmly the state believed that grain was being hidden and how zealous its"
                                + " officials were on average."),
                new Figure(CENTRE_BELIEF, Charts.centreBelief(data),
                        "Each group of bars is one agricultural year. The first bar is the harvest the centre expected"
                                + " when it set the year's procurement plan in July; the second, what the district"
                                + " officials reported in September; the third, what was truly gathered that summer."
                                + " Where the first two stand above the third, the plan was set, and the grain demanded,"
                                + " on a harvest that did not exist. " + ledgerSentence(data)));
    }

    /** The year in which the centre's estimate stood furthest above the harvest, in numbers. */
    static String ledgerSentence(RunData data) {
        Ledger.Year worst = null;
        for (Ledger.Year y : Ledger.byAgriculturalYear(data.series())) {
            if (!Double.isNaN(y.estimateAbove()) && (worst == null || y.estimateAbove() > worst.estimateAbove())) worst = y;
        }
        if (worst == null) return "";
        if (worst.estimateAbove() <= 0) return "In this run the centre never expected more than was gathered.";
        return "In this run the gap was widest in " + worst.label() + ": the centre expected "
                + Formats.millionTonnes(worst.estimateT()) + " million tonnes, the officials reported "
                + Formats.millionTonnes(worst.reportedT()) + " million, and " + Formats.millionTonnes(worst.trueT())
                + " million were gathered; the estimate stood " + Math.round(100 * worst.estimateAbove())
                + " % above the harvest.";
    }

    private static String livestockSentence(RunData data) {
        StringBuilder s = new StringBuilder();
        String[][] species = {{"cattle", "cattle"}, {"horses", "horses"}, {"pigs", "pigs"},
                {"sheep_goats", "sheep and goats"}};
        for (String[] sp : species) {
            OptionalDouble change = data.summary().number(sp[0] + "_loss_share");
            if (change.isPresent()) {
                s.append(s.length() == 0 ? "" : ", ").append(sp[1]).append(' ')
                        .append(Formats.percentChange(change.getAsDouble()));
            }
        }
        return s.length() == 0 ? "" : "From December 1928 to December 1933 the herds changed by: " + s + ".";
    }

    private static String peakSentence(RunData data) {
        TimeTable t = data.series();
        double[] deaths = t.column("excess_deaths");
        int peak = -1;
        for (int i = 0; i < deaths.length; i++) {
            if (!Double.isNaN(deaths[i]) && (peak < 0 || deaths[i] > deaths[peak])) {
                peak = i;
            }
        }
        if (peak < 0 || deaths[peak] <= 0) {
            return "In this run no month had more deaths than the normal rate would give.";
        }
        YearMonth m = t.months().get(peak);
        return "In this run monthly excess deaths were highest in " + m.format(MONTH_YEAR) + ", at "
                + Formats.count(deaths[peak]) + ".";
    }
}
