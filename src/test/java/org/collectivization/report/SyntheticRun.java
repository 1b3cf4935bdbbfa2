package org.collectivization.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.collectivization.runfiles.Manifest;
import org.collectivization.runfiles.RunFiles;
import org.collectivization.runfiles.RunSummary;
import org.collectivization.runfiles.TimeTable;

/**
 * A made-up but plausible run folder for tests: famine deaths peaking in spring 1933, mostly in
 * Ukraine and Kazakhstan; herds falling by about half from 1929 to 1933; collectivization rising to
 * about 0.6 with a dip in mid-1930. It is a test fixture only; the numbers are not model output.
 */
final class SyntheticRun {

    static final YearMonth FIRST = YearMonth.of(1928, 10);
    static final YearMonth LAST = YearMonth.of(1934, 12);
    static final String SCENARIO_NAME = "historical";
    static final long SEED = 20171030L;
    static final long HOUSEHOLDS_SIMULATED = 25_000;
    static final long HOUSEHOLDS_REAL = 25_000_000;

    /** Written into a parameter's source, so a test can see that the report escapes it. */
    static final String HOSTILE_SOURCE = "Davies & Wheatcroft 2004, table 2 <script>alert(1)</script>";

    final TimeTable series;
    final ObjectNode summary;

    private SyntheticRun(TimeTable series, ObjectNode summary) {
        this.series = series;
        this.summary = summary;
    }

    /** Builds the fixture's data in memory. */
    static SyntheticRun build() {
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth m = FIRST; !m.isAfter(LAST); m = m.plusMonths(1)) {
            months.add(m);
        }
        int n = months.size();
        Map<String, double[]> c = new LinkedHashMap<>();
        for (String name : TimeTable.CONTRACT_COLUMNS) {
            c.put(name, new double[n]);
        }
        Random random = new Random(SEED);

        // famine: pulses in months since 1928-10, signed noise, fewer deaths than normal in late 1934
        double[][] pulse = { // total, centre (month index), width (months)
                {3_900_000, idx(1933, 5), 2.6}, // Ukraine
                {480_000, idx(1933, 4), 2.8}, // North Caucasus
                {320_000, idx(1933, 4), 3.0}, // Volga
                {210_000, idx(1933, 5), 2.5}, // Central Black Earth
                {1_350_000, idx(1932, 12), 5.5}, // Kazakhstan
                {140_000, idx(1933, 3), 3.5}, // Siberia and Urals
                {300_000, idx(1933, 5), 3.0}}; // rest
        Region[] regions = Region.values();
        for (int r = 0; r < regions.length; r++) {
            double[] col = c.get(regions[r].excessDeathsColumn());
            double total = pulse[r][0];
            double centre = pulse[r][1];
            double width = pulse[r][2];
            for (int i = 0; i < n; i++) {
                double g = Math.exp(-0.5 * Math.pow((i - centre) / width, 2)) / (width * Math.sqrt(2 * Math.PI));
                double noise = (random.nextDouble() - 0.5) * total * 0.002;
                double afterDip = i >= idx(1934, 3) ? -total * 0.004 : 0;
                col[i] = Math.rint(total * g + noise + afterDip);
            }
        }

        double population = 121_000_000;
        for (int i = 0; i < n; i++) {
            YearMonth m = months.get(i);
            double excess = 0;
            for (Region r : regions) {
                excess += c.get(r.excessDeathsColumn())[i];
            }
            double famine = excess / 1e6;
            double births = Math.rint(population * 0.042 / 12 * (1 - 0.45 * Math.min(1, famine)));
            double deaths = Math.rint(population * 0.021 / 12 + excess);
            population += births - deaths;
            set(c, "population", i, Math.rint(population));
            set(c, "births", i, births);
            set(c, "deaths", i, deaths);
            set(c, "excess_deaths", i, excess);

            // grain: harvest July-October; procurement August-March; relief in the spring of 1933
            int year = m.getYear();
            double harvest = Map.of(1928, 66e6, 1929, 62e6, 1930, 72e6, 1931, 57e6, 1932, 45e6, 1933, 68e6,
                    1934, 66e6).get(year);
            double[] harvestShare = {0, 0, 0, 0, 0, 0, 0.10, 0.35, 0.35, 0.20, 0, 0};
            set(c, "grain_harvest_t", i, Math.rint(harvest * harvestShare[m.getMonthValue() - 1]));
            int agri = GrainBalance.agriYearOf(m);
            double quota = Map.of(1928, 10.8e6, 1929, 16.1e6, 1930, 22.1e6, 1931, 22.8e6, 1932, 18.5e6,
                    1933, 22.7e6, 1934, 26.0e6).get(agri);
            double[] procureShare = {0.08, 0.05, 0.04, 0.01, 0, 0, 0.02, 0.15, 0.22, 0.20, 0.13, 0.10};
            set(c, "grain_procured_t", i, Math.rint(quota * procureShare[m.getMonthValue() - 1]));
            double exports = Map.of(1928, 0.2e6, 1929, 2.6e6, 1930, 5.6e6, 1931, 4.8e6, 1932, 1.8e6,
                    1933, 1.7e6, 1934, 0.8e6).get(agri);
            set(c, "grain_exported_t", i, Math.rint(exports * procureShare[m.getMonthValue() - 1]));
            double relief = m.getYear() == 1933 && m.getMonthValue() >= 2 && m.getMonthValue() <= 6 ? 110_000
                    : m.getYear() == 1932 && m.getMonthValue() >= 4 && m.getMonthValue() <= 6 ? 20_000 : 0;
            set(c, "grain_relief_t", i, relief);
            set(c, "rural_grain_t", i, Math.rint(harvest * 0.6 * (1 - (m.getMonthValue() + 5) % 12 / 14.0)));
            set(c, "hidden_grain_t", i, Math.rint(harvest * 0.04 * (i > idx(1929, 12) ? 1.5 : 1)));

            // livestock: mass slaughter in early 1930 and a long decline to 1933
            double f = herdIndex(i);
            double season = 1 + 0.03 * Math.sin(2 * Math.PI * (m.getMonthValue() - 3) / 12);
            set(c, "cattle", i, Math.rint(70.5e6 * lerp(f, 0.545) * season));
            set(c, "horses", i, Math.rint(33.5e6 * lerp(f, 0.495)));
            set(c, "pigs", i, Math.rint(26.0e6 * lerp(f, 0.465) * season));
            set(c, "sheep_goats", i, Math.rint(146.7e6 * lerp(f, 0.342) * season));
            double drop = i == 0 ? 0 : f - herdIndex(i - 1);
            set(c, "livestock_slaughtered", i, Math.rint(3.2e6 + Math.max(0, drop) * 150e6));

            set(c, "collectivized_share", i, collectivized(m));
            double repression = ramp(i, idx(1929, 12), idx(1931, 12));
            set(c, "kulak_labelled_households", i, Math.rint(1_050_000 * repression + 60_000 * ramp(i, idx(1932, 1), idx(1934, 12))));
            set(c, "welloff_households", i, 760_000);
            set(c, "dekulakized_people", i, Math.rint(1_850_000 * repression + 250_000 * ramp(i, idx(1932, 1), idx(1934, 6))));
            set(c, "deported_people", i, Math.rint(1_600_000 * Math.pow(repression, 1.3) + 200_000 * ramp(i, idx(1932, 1), idx(1934, 6))));

            boolean spring1930 = m.getYear() == 1930 && m.getMonthValue() >= 2 && m.getMonthValue() <= 4;
            set(c, "disturbances", i, Math.rint(spring1930 ? 4_200 + 800 * m.getMonthValue()
                    : 80 + 250 * repression * random.nextDouble()));
            set(c, "officials_killed", i, Math.rint(spring1930 ? 150 + 30 * m.getMonthValue()
                    : 8 + 40 * repression * random.nextDouble()));
            set(c, "pleas", i, Math.rint(500 + 22_000 * famine + 300 * random.nextDouble()));
            set(c, "fled", i, Math.rint(3_000 + 120_000 * famine));
            set(c, "turned_back", i, Math.rint(60_000 * famine));
            set(c, "shot_at_granaries", i, Math.rint(40 * famine));
            set(c, "state_reserve_belief", i, 0.35 + 0.55 * ramp(i, idx(1929, 10), idx(1932, 11))
                    - 0.35 * ramp(i, idx(1933, 3), idx(1934, 6)));
            set(c, "official_mean_zeal", i, 0.45 + 0.35 * ramp(i, idx(1929, 9), idx(1930, 2))
                    - 0.15 * ramp(i, idx(1930, 3), idx(1930, 6)) + 0.12 * ramp(i, idx(1931, 1), idx(1932, 10))
                    - 0.2 * ramp(i, idx(1933, 4), idx(1934, 10)));
        }
        TimeTable series = new TimeTable(months, c);

        ObjectMapper json = new ObjectMapper();
        ObjectNode s = json.createObjectNode();
        YearMonth from = YearMonth.of(1930, 1);
        YearMonth to = YearMonth.of(1934, 12);
        s.put("excess_deaths_total", series.sum("excess_deaths", from, to));
        ObjectNode byRegion = s.putObject("excess_deaths_by_region");
        for (Region r : regions) {
            byRegion.put(r.key(), series.sum(r.excessDeathsColumn(), from, to));
        }
        s.put("dekulakized_people", series.column("dekulakized_people")[n - 1]);
        s.put("officials_killed_1930", series.sum("officials_killed", from, YearMonth.of(1930, 12)));
        s.put("officials_killed_total", series.sum("officials_killed", FIRST, LAST));
        s.put("grain_procured_total_t", series.sum("grain_procured_t", FIRST, LAST));
        s.put("grain_exported_total_t", series.sum("grain_exported_t", FIRST, LAST));
        for (String sp : List.of("cattle", "horses", "pigs", "sheep_goats")) {
            double before = series.at(sp, YearMonth.of(1928, 12));
            double after = series.at(sp, YearMonth.of(1933, 12));
            s.put(sp + "_loss_share", (after - before) / before);
        }
        s.put("seed", SEED);
        s.put("households_simulated", HOUSEHOLDS_SIMULATED);
        s.put("households_real", HOUSEHOLDS_REAL);
        s.put("scenario", SCENARIO_NAME);
        ObjectNode procured = s.putObject("grain_procured_by_agri_year_t");
        for (GrainBalance.AgriYear y : GrainBalance.byAgriculturalYear(series)) {
            procured.put(y.label(), y.procuredT());
        }
        return new SyntheticRun(series, s);
    }

    /** This fixture as an in-memory run, scenario and manifest included. */
    RunData runData() {
        return new RunData(series, new RunSummary(summary), scenario(), manifest());
    }

    static Scenario scenario() {
        return new Scenario(SCENARIO_NAME, "Test fixture", List.of(
                new Scenario.Parameter("food.need_kg_per_person_year", 250, "kg/person/year", List.of(180, 300),
                        "FAO 2001")));
    }

    static Manifest manifest() {
        return new Manifest(Map.of("seed", String.valueOf(SEED), "version", "0.1.0"));
    }

    /** Writes the four files of a run folder into {@code dir} and returns it. */
    Path writeTo(Path dir) throws IOException {
        StringBuilder csv = new StringBuilder("month");
        List<String> names = new ArrayList<>(TimeTable.CONTRACT_COLUMNS);
        names.add("extra_column_the_report_ignores");
        for (String name : names) {
            csv.append(',').append(name);
        }
        csv.append('\n');
        for (int i = 0; i < series.size(); i++) {
            csv.append(series.months().get(i));
            for (String name : names) {
                double v = series.has(name) ? series.column(name)[i] : i;
                csv.append(',').append(v == Math.rint(v) ? String.format(Locale.ROOT, "%.0f", v)
                        : String.format(Locale.ROOT, "%.6f", v));
            }
            csv.append('\n');
        }
        Files.writeString(dir.resolve(RunFiles.TIMESERIES), csv, StandardCharsets.UTF_8);
        new ObjectMapper().writerWithDefaultPrettyPrinter().writeValue(dir.resolve(RunFiles.SUMMARY).toFile(), summary);
        Files.writeString(dir.resolve(RunFiles.SCENARIO), SCENARIO_YAML, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve(RunFiles.MANIFEST), """
                {
                  "seed": 20171030,
                  "version": "0.1.0",
                  "git_commit": "5f85368c0ffee",
                  "command_line": "bin/collectivization run scenarios/historical.yaml --seed 20171030",
                  "java_version": "17.0.15",
                  "start_time": "2025-11-26T20:21:07.117612496Z",
                  "duration_s": 412.5
                }
                """, StandardCharsets.UTF_8);
        return dir;
    }

    static final String SCENARIO_YAML = """
            name: historical
            description: Policies as enacted, 1928-1934 (test fixture, not a real scenario).
            food:
              need_kg_per_person_year: {value: 250, unit: kg/person/year, range: [180, 300], source: "FAO 2001; Wheatcroft 2004"}
            policy:
              procurement:
                share:
                  value: 0.35
                  unit: share of estimated harvest
                  range: [0.1, 0.6]
                  source: "Davies 1980, ch. 2"
                plan_by_year:
                  value: {1929: 1.0, 1930: 1.1, 1931: 1.25, 1932: 1.2}
                  unit: multiple of the 1928 plan
                  range: [0.5, 2.0]
                  source: "Davies & Wheatcroft 2004, table 2 <script>alert(1)</script>"
              collectivization:
                enabled: {value: true, unit: flag, source: "scenario choice"}
                mode: {value: forced, unit: "", source: "scenario choice"}
                target_share_by_year:
                  value: {1930: 0.5, 1931: 0.6, 1932: 0.65}
                  unit: share of households
                  range: [0, 1]
                  source: "Central Committee decree of 5 January 1930"
            regions:
              weights: {value: [0.22, 0.08, 0.07, 0.06, 0.05, 0.12, 0.40], unit: share of households, range: [0, 1], source: "1926 census"}
            households:
              simulated: {value: 25000, unit: households, range: [1000, 25000000], source: "run setting"}
            """;

    private static void set(Map<String, double[]> c, String column, int i, double v) {
        c.get(column)[i] = v;
    }

    /** Months from the fixture's first month. */
    static int idx(int year, int month) {
        return (int) FIRST.until(YearMonth.of(year, month), java.time.temporal.ChronoUnit.MONTHS);
    }

    /** 0 before {@code a}, rising linearly to 1 at {@code b}. */
    private static double ramp(int i, int a, int b) {
        return i <= a ? 0 : i >= b ? 1 : (double) (i - a) / (b - a);
    }

    /** 0 before the winter of 1929/30, 1 at the bottom in 1933, a small recovery after. */
    private static double herdIndex(int i) {
        double slaughter1930 = 0.45 * ramp(i, idx(1929, 11), idx(1930, 4));
        double decline = 0.55 * ramp(i, idx(1930, 4), idx(1933, 8));
        double recovery = -0.08 * ramp(i, idx(1933, 9), idx(1934, 12));
        return slaughter1930 + decline + recovery;
    }

    /** Interpolates from 1 (index 0) to {@code bottom} (index 1). */
    private static double lerp(double index, double bottom) {
        return 1 - index * (1 - bottom);
    }

    private static double collectivized(YearMonth m) {
        double[][] knots = { // months since the fixture's start, share
                {idx(1928, 10), 0.017}, {idx(1929, 6), 0.039}, {idx(1929, 10), 0.075}, {idx(1930, 1), 0.21},
                {idx(1930, 3), 0.58}, {idx(1930, 5), 0.28}, {idx(1930, 8), 0.21}, {idx(1931, 1), 0.29},
                {idx(1931, 6), 0.53}, {idx(1932, 6), 0.61}, {idx(1933, 6), 0.64}, {idx(1934, 12), 0.71}};
        int i = (int) FIRST.until(m, java.time.temporal.ChronoUnit.MONTHS);
        for (int k = 1; k < knots.length; k++) {
            if (i <= knots[k][0]) {
                double t = (i - knots[k - 1][0]) / (knots[k][0] - knots[k - 1][0]);
                return knots[k - 1][1] + t * (knots[k][1] - knots[k - 1][1]);
            }
        }
        return knots[knots.length - 1][1];
    }
}
