package org.collectivization.experiment;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.collectivization.model.Calendar;
import org.collectivization.model.Params;
import org.collectivization.model.Region;
import org.collectivization.observe.Recorder;
import org.collectivization.runfiles.RunFiles;

/** A finished run: its scenario, parameters, monthly rows, and the summary figures derived from them. */
public final class RunResult {
    public static final String[] SPECIES = {"cattle", "horses", "pigs", "sheep_goats"};

    public final Scenario scenario;
    public final Params params;
    public final Recorder recorder;
    public final double seconds;

    RunResult(Scenario scenario, Params params, Recorder recorder, double seconds) {
        this.scenario = scenario;
        this.params = params;
        this.recorder = recorder;
        this.seconds = seconds;
    }

    /** A run stepped elsewhere (the classroom GUI), with the recorder that watched it. */
    public static RunResult of(Scenario scenario, Params params, Recorder recorder, double seconds) {
        return new RunResult(scenario, params, recorder, seconds);
    }

    public List<String> months() {
        return recorder.months();
    }

    /** Sum of a flow column over months from..to inclusive ("YYYY-MM"). */
    public double total(String column, String from, String to) {
        int c = Recorder.index(column);
        double s = 0;
        List<String> m = recorder.months();
        for (int i = 0; i < m.size(); i++) {
            if (m.get(i).compareTo(from) >= 0 && m.get(i).compareTo(to) <= 0) s += recorder.rows().get(i)[c];
        }
        return s;
    }

    /** A stock column at the end of a month, or at the last month recorded before it. */
    public double at(String column, String month) {
        int c = Recorder.index(column);
        List<String> m = recorder.months();
        int best = 0;
        for (int i = 0; i < m.size(); i++) if (m.get(i).compareTo(month) <= 0) best = i;
        return recorder.rows().get(best)[c];
    }

    /** Writes the run's timeseries.csv. */
    public void writeTimeseries(Path file) throws IOException {
        RunFiles.writeTimeseries(Recorder.COLUMNS, months(), recorder.rows(), file);
    }

    /** Writes the run's regions.csv: each region's estimate, plan, procurement, relief, pleas and deaths by month. */
    public void writeRegions(Path file) throws IOException {
        List<String> ids = java.util.Arrays.stream(Region.ALL).map(g -> g.id).toList();
        RunFiles.writeRegions(Recorder.REGION_COLUMNS, ids, months(), recorder.regionRows(), file);
    }

    /** Writes the run's summary.json. */
    public void writeSummary(Path file) throws IOException {
        RunFiles.writeJson(summary(), file);
    }

    /** Writes the run's resolved scenario.yaml. */
    public void writeScenario(Path file) throws IOException {
        RunFiles.writeScenario(ScenarioWriter.toYaml(scenario), file);
    }

    public String lastMonth() {
        return recorder.months().get(recorder.months().size() - 1);
    }

    /** summary.json's figures, in order (the output contract names the keys). */
    public Map<String, Object> summary() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("scenario", scenario.name());
        s.put("excess_deaths_total", Math.round(total("excess_deaths", "1930-01", "1934-12")));
        Map<String, Object> byRegion = new LinkedHashMap<>();
        for (Region g : Region.ALL) {
            byRegion.put(g.id, Math.round(total("excess_deaths_" + g.id, "1930-01", "1934-12")));
        }
        s.put("excess_deaths_by_region", byRegion);
        s.put("excess_deaths_whole_run", Math.round(total("excess_deaths", "0000-00", "9999-99")));
        s.put("dekulakized_people", Math.round(at("dekulakized_people", lastMonth())));
        s.put("deported_people", Math.round(at("deported_people", lastMonth())));
        s.put("kulak_labelled_households", Math.round(at("kulak_labelled_households", lastMonth())));
        s.put("welloff_households", Math.round(at("welloff_households", lastMonth())));
        s.put("officials_killed_1930", Math.round(total("officials_killed", "1930-01", "1930-12")));
        s.put("officials_killed_total", Math.round(total("officials_killed", "0000-00", "9999-99")));
        s.put("grain_procured_total_t", Math.round(total("grain_procured_t", "0000-00", "9999-99")));
        s.put("grain_exported_total_t", Math.round(total("grain_exported_t", "0000-00", "9999-99")));
        s.put("grain_relief_total_t", Math.round(total("grain_relief_t", "0000-00", "9999-99")));
        Map<String, Object> byYear = new LinkedHashMap<>();
        Map<String, Object> harvestByYear = new LinkedHashMap<>();
        int lastYear = Calendar.agriculturalYear(months().size() - 1);
        for (int y = Calendar.START_YEAR; y <= lastYear; y++) {
            String key = y + "/" + String.format("%02d", (y + 1) % 100);
            byYear.put(key, Math.round(total("grain_procured_t", y + "-07", (y + 1) + "-06")));
            harvestByYear.put(key, Math.round(total("grain_harvest_t", y + "-07", (y + 1) + "-06")));
        }
        s.put("grain_procured_by_agri_year_t", byYear);
        s.put("grain_harvest_by_agri_year_t", harvestByYear);
        for (String sp : SPECIES) s.put(sp + "_loss_share", lossShare(sp));
        s.put("seed", params.run.seed());
        s.put("households_simulated", params.run.households());
        s.put("households_real", Math.round(params.run.realHouseholds()));
        return s;
    }

    /** Change in a herd from row 1928-12 (1 January 1929) to row 1933-12 (1 January 1934); negative = loss. */
    public double lossShare(String species) {
        double start = at(species, "1928-12");
        double end = at(species, "1933-12");
        return start > 0 ? Math.round((end - start) / start * 10000) / 10000.0 : 0;
    }
}
