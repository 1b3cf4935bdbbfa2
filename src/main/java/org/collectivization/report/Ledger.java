package org.collectivization.report;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.collectivization.runfiles.TimeTable;

/**
 * The ledger of a run by agricultural year: what the centre believed the harvest to be when it set the year's
 * plan (the estimate in July), what the officials reported in September, and what was truly gathered in July and
 * August, from timeseries.csv's centre_estimate_t, reported_harvest_t and true_harvest_t.
 */
final class Ledger {
    static final String ESTIMATE = "centre_estimate_t", REPORTED = "reported_harvest_t", TRUE = "true_harvest_t";

    private Ledger() {}

    /**
     * One agricultural year; a figure the run does not cover is NaN. The year the run begins in (1928/29, from
     * October) has only the estimate in force at the run's start, its harvest having been gathered before.
     */
    record Year(int startYear, double estimateT, double reportedT, double trueT) {
        String label() {
            return GrainBalance.AgriYear.label(startYear);
        }

        /** How far the estimate stood above the harvest gathered, as a share (NaN when either is missing). */
        double estimateAbove() {
            return trueT > 0 ? estimateT / trueT - 1 : Double.NaN;
        }

        double reportAbove() {
            return trueT > 0 ? reportedT / trueT - 1 : Double.NaN;
        }
    }

    /** Whether the time series has the ledger's columns (a run of an older version has not). */
    static boolean available(TimeTable t) {
        return t.has(ESTIMATE) && t.has(REPORTED) && t.has(TRUE);
    }

    static List<Year> byAgriculturalYear(TimeTable t) {
        List<Year> out = new ArrayList<>();
        if (!available(t) || t.size() == 0) return out;
        YearMonth first = t.first();
        int from = first.getMonthValue() >= 7 ? first.getYear() : first.getYear() - 1;
        for (int y = from; y <= t.last().getYear(); y++) {
            YearMonth july = YearMonth.of(y, 7), september = YearMonth.of(y, 9);
            double estimate = t.indexOf(july) >= 0 ? t.at(ESTIMATE, july)
                    : first.isBefore(YearMonth.of(y + 1, 7)) ? t.at(ESTIMATE, first) : Double.NaN;
            boolean reported = t.indexOf(september) >= 0;
            out.add(new Year(y, estimate, reported ? t.at(REPORTED, september) : Double.NaN,
                    reported ? t.at(TRUE, september) : Double.NaN));
        }
        return out;
    }
}
