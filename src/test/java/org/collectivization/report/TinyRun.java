package org.collectivization.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.collectivization.runfiles.Manifest;
import org.collectivization.runfiles.RunSummary;
import org.collectivization.runfiles.TimeTable;

/**
 * A small in-memory run with values easy to check by hand: 24 months from July 1929, every column
 * of the contract present and constant unless a test sets it.
 */
final class TinyRun {

    final List<YearMonth> months = new ArrayList<>();
    final Map<String, double[]> columns = new LinkedHashMap<>();
    final ObjectNode summary = new ObjectMapper().createObjectNode();
    Scenario scenario = Scenario.empty();

    TinyRun(YearMonth first, int n) {
        for (int i = 0; i < n; i++) {
            months.add(first.plusMonths(i));
        }
        for (String c : TimeTable.CONTRACT_COLUMNS) {
            columns.put(c, new double[n]);
        }
        fill("population", 1_000_000);
        fill("cattle", 2_000_000);
        fill("horses", 1_000_000);
        fill("pigs", 500_000);
        fill("sheep_goats", 3_000_000);
        fill("welloff_households", 40_000);
        fill("collectivized_share", 0.5);
        fill("state_reserve_belief", 0.4);
        fill("official_mean_zeal", 0.6);
        summary.put("scenario", "tiny");
        summary.put("seed", 7);
        summary.put("households_simulated", 100);
        summary.put("households_real", 250_000);
    }

    /** 24 months, July 1929 to June 1931: two whole agricultural years. */
    static TinyRun twoAgriculturalYears() {
        TinyRun r = new TinyRun(YearMonth.of(1929, 7), 24);
        for (int year : new int[] {1929, 1930}) {
            r.set("grain_harvest_t", YearMonth.of(year, 8), 1_000_000);
            r.set("grain_procured_t", YearMonth.of(year, 9), 300_000);
            r.set("grain_exported_t", YearMonth.of(year, 10), 100_000);
            r.set("grain_relief_t", YearMonth.of(year + 1, 3), 50_000);
        }
        return r;
    }

    TinyRun fill(String column, double value) {
        java.util.Arrays.fill(columns.get(column), value);
        return this;
    }

    TinyRun set(String column, YearMonth month, double value) {
        columns.get(column)[months.indexOf(month)] = value;
        return this;
    }

    RunData data() {
        return new RunData(new TimeTable(months, columns), new RunSummary(summary), scenario, Manifest.empty());
    }
}
