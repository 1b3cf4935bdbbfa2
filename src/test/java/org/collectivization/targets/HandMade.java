package org.collectivization.targets;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.collectivization.runfiles.TimeTable;

/**
 * Runs and targets files made by hand, so that every figure a target reads is known: in the run the rows of
 * October 1928 to December 1934 hold, in every column, YYYYMM of their month plus the run's offset (row
 * 1933-12 holds 193312 + offset).
 */
final class HandMade {
    static final String HEADER = "id,series,period,kind,scenario,value,low,high,discrepancy_sd,source";

    private HandMade() {}

    static RunFigures run(String scenario, double offset, Map<String, Double> summary) {
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth m = YearMonth.of(1928, 10); !m.isAfter(YearMonth.of(1934, 12)); m = m.plusMonths(1)) months.add(m);
        Map<String, double[]> columns = new LinkedHashMap<>();
        for (String c : TargetsFile.columns()) {
            double[] v = new double[months.size()];
            for (int i = 0; i < v.length; i++) v[i] = months.get(i).getYear() * 100 + months.get(i).getMonthValue() + offset;
            columns.put(c, v);
        }
        return new RunFigures(scenario + "+" + offset, scenario, new TimeTable(months, columns), summary);
    }

    static RunFigures run(double offset) {
        return run("historical", offset, Map.of("excess_deaths_total", 1000 + offset, "excess_deaths_by_region.ukraine", 10.0));
    }

    /** A targets file of the header and these lines, in a folder of the test. */
    static Path file(Path dir, String... lines) {
        Path f = dir.resolve("targets.csv");
        try {
            Files.writeString(f, HEADER + "\n" + String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return f;
    }
}
