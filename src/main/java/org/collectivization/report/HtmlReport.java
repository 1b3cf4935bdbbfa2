package org.collectivization.report;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.collectivization.runfiles.Manifest;
import org.collectivization.runfiles.RunSummary;
import org.collectivization.runfiles.TimeTable;

/**
 * Writes the run's one-page report as a single self-contained HTML file: charts inlined as SVG,
 * no scripts, no outside resources, a print stylesheet for A4.
 */
public final class HtmlReport {

    /** A figure with its drawn SVG. */
    public record RenderedFigure(Figure figure, ChartFiles.Svg svg) {
    }

    static final String CSS = """
            :root { color-scheme: light; }
            html { background: #fff; }
            body { margin: 0 auto; max-width: 62rem; padding: 1.5rem 1.25rem 3rem;
              font-family: Georgia, 'DejaVu Serif', 'Times New Roman', serif; font-size: 17px;
              line-height: 1.5; color: #1a1a1a; background: #fff; }
            h1, h2, h3 { font-family: 'DejaVu Sans', Verdana, Arial, sans-serif; font-weight: 600;
              line-height: 1.25; color: #111; }
            h1 { font-size: 1.6rem; margin: 0 0 .4rem; }
            h2 { font-size: 1.25rem; margin: 2.2rem 0 .6rem; padding-top: .4rem; border-top: 1px solid #bbb; }
            h3 { font-size: 1.05rem; margin: 1.4rem 0 .4rem; }
            p { margin: .5rem 0; }
            .lede { color: #333; }
            .meta { color: #444; font-size: .95rem; }
            .headline { font-size: 1.15rem; margin: .8rem 0; }
            .notes { border-left: 3px solid #888; padding: .2rem .8rem; color: #333; }
            table { border-collapse: collapse; margin: .6rem 0 1rem; font-size: .92rem; }
            th, td { text-align: left; vertical-align: top; padding: .25rem .7rem .25rem 0;
              border-bottom: 1px solid #ddd; }
            th { font-family: 'DejaVu Sans', Verdana, Arial, sans-serif; font-weight: 600; font-size: .85rem;
              border-bottom: 1px solid #888; }
            td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
            table.params { width: 100%; font-size: .82rem; }
            table.params td:first-child { width: 30%; font-family: 'DejaVu Sans Mono', Menlo, Consolas, monospace;
              font-size: .78rem; overflow-wrap: anywhere; }
            table.params td.value { max-width: 22rem; overflow-wrap: anywhere; }
            table.manifest td:first-child { white-space: nowrap; }
            table.manifest td { overflow-wrap: anywhere; }
            code { font-family: 'DejaVu Sans Mono', Menlo, Consolas, monospace; font-size: .9em; }
            .pair { display: grid; grid-template-columns: repeat(auto-fit, minmax(20rem, 1fr)); gap: 0 2.5rem; }
            .pair h3:first-child { margin-top: .6rem; }
            figure { margin: 1.6rem 0 2rem; }
            figure svg { display: block; width: 100%; height: auto; border: 1px solid #e4e4e4; }
            figcaption { margin-top: .5rem; }
            figcaption .files { color: #555; font-size: .85rem; }
            @page { size: A4; margin: 14mm 14mm 16mm; }
            @media print {
              body { max-width: none; padding: 0; font-size: 10.5pt; }
              h2, h3 { break-after: avoid; page-break-after: avoid; }
              .pair { display: block; }
              figure { break-inside: avoid; page-break-inside: avoid; }
              figure svg { border: none; width: 100%; height: auto; }
              table { break-inside: auto; }
              tr, .keep { break-inside: avoid; page-break-inside: avoid; }
              thead { display: table-header-group; }
            }
            """;

    private HtmlReport() {
    }

    public static String render(RunData data, List<RenderedFigure> figures) {
        StringBuilder h = new StringBuilder(1 << 20);
        String scenario = data.scenarioName().orElse("(unnamed)");
        h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(esc("Collectivization and famine, 1928\u20131934: run report, scenario "
                        + scenario)).append("</title>\n<style>\n").append(CSS).append("</style>\n</head>\n<body>\n");

        header(h, data, scenario);
        keyFigures(h, data);
        leverChanges(h, data);
        h.append("<h2 id=\"charts\">Charts</h2>\n");
        for (RenderedFigure f : figures) {
            figure(h, f);
        }
        modelAndRecord(h, data);
        parameters(h, data);
        manifest(h, data);
        h.append("</body>\n</html>\n");
        return h.toString();
    }

    // ------------------------------------------------------------------ sections

    private static void header(StringBuilder h, RunData data, String scenario) {
        h.append("<header>\n<h1>Collectivization and famine in the USSR, 1928\u20131934: report of a model run</h1>\n");
        StringBuilder meta = new StringBuilder("Scenario ").append(scenario);
        Manifest m = data.manifest();
        m.get("continued_from", "scenario").ifPresent(from -> meta.append(", continued from ").append(from)
                .append(m.get("continued_from", "month").map(HtmlReport::monthName).map(x -> " at " + x).orElse("")));
        data.seed().ifPresent(s -> meta.append(" \u00b7 seed ").append(s));
        data.manifest().get("start_time").ifPresent(s -> meta.append(" \u00b7 run started ").append(Formats.timestamp(s)));
        TimeTable t = data.series();
        meta.append(" \u00b7 ").append(monthName(t.first())).append(" to ").append(monthName(t.last()));
        h.append("<p class=\"meta\">").append(esc(meta.toString())).append("</p>\n");
        data.scenario().description().ifPresent(d -> h.append("<p class=\"lede\">").append(esc(d)).append("</p>\n"));
        h.append("<p class=\"lede\">This page reports one run of an agent-based model of the collectivization of"
                + " Soviet agriculture and the famine that followed. Every figure below is an output of the model"
                + " under the scenario named above, not a historical measurement. The parameters the run used, with"
                + " their sources, are listed at the end.</p>\n");
        if (!data.notes().isEmpty()) {
            h.append("<div class=\"notes\">\n");
            for (String n : data.notes()) {
                h.append("<p>").append(esc(n)).append("</p>\n");
            }
            h.append("</div>\n");
        }
        h.append("</header>\n");
    }

    private static void keyFigures(StringBuilder h, RunData data) {
        RunSummary s = data.summary();
        h.append("<h2 id=\"key-figures\">Key figures</h2>\n");

        // famine
        Map<Region, Double> byRegion = Charts.excessDeathsByRegion(data);
        double regionSum = byRegion.values().stream().mapToDouble(Double::doubleValue).sum();
        double total = s.number("excess_deaths_total").orElse(regionSum);
        h.append("<div class=\"pair\">\n<section>\n<h3>Famine</h3>\n<p class=\"headline\">Excess deaths, January 1930 to December 1934: <strong>")
                .append(esc(Formats.count(total))).append("</strong>.</p>\n");
        h.append("<table class=\"keep\">\n<thead><tr><th>Region</th><th class=\"num\">Excess deaths</th>"
                + "<th class=\"num\">Share of total</th></tr></thead>\n<tbody>\n");
        byRegion.entrySet().stream()
                .sorted(Map.Entry.<Region, Double>comparingByValue().reversed())
                .forEach(e -> h.append("<tr><td>").append(esc(e.getKey().displayName())).append("</td>")
                        .append(num(Formats.count(e.getValue())))
                        .append(num(total != 0 ? Formats.percent(e.getValue() / total) : "\u2013"))
                        .append("</tr>\n"));
        h.append("</tbody>\n</table>\n");
        if (!byRegion.keySet().stream().allMatch(r -> s.excessDeathsByRegion().containsKey(r.region()))) {
            h.append("<p class=\"meta\">summary.json does not give every region; the missing ones are summed from"
                    + " timeseries.csv.</p>\n");
        }
        h.append("</section>\n<section>\n");

        // repression
        h.append("<h3>Repression and resistance</h3>\n<table class=\"keep\">\n<tbody>\n");
        row(h, "People dekulakized", s.number("dekulakized_people"));
        TimeTable t = data.series();
        double deported = t.column("deported_people")[t.size() - 1];
        row(h, "People deported (by " + monthName(t.last()) + ")", Double.isNaN(deported) ? OptionalDouble.empty()
                : OptionalDouble.of(deported));
        row(h, "Officials killed in 1930", s.number("officials_killed_1930"));
        row(h, "Officials killed, whole run", s.number("officials_killed_total"));
        h.append("</tbody>\n</table>\n");

        // livestock
        h.append("<h3>Livestock</h3>\n<table class=\"keep\">\n<thead><tr><th>Species</th>"
                + "<th class=\"num\">December 1928</th><th class=\"num\">December 1933</th>"
                + "<th class=\"num\">Change</th></tr></thead>\n<tbody>\n");
        String[][] species = {{"cattle", "Cattle"}, {"horses", "Horses"}, {"pigs", "Pigs"},
                {"sheep_goats", "Sheep and goats"}};
        YearMonth before = YearMonth.of(1928, 12);
        YearMonth after = YearMonth.of(1933, 12);
        for (String[] sp : species) {
            h.append("<tr><td>").append(esc(sp[1])).append("</td>")
                    .append(num(Formats.count(t.at(sp[0], before))))
                    .append(num(Formats.count(t.at(sp[0], after))))
                    .append(num(s.number(sp[0] + "_loss_share").isPresent()
                            ? Formats.percentChange(s.number(sp[0] + "_loss_share").getAsDouble()) : "\u2013"))
                    .append("</tr>\n");
        }
        h.append("</tbody>\n</table>\n<p class=\"meta\">Head of livestock at the month's end; the change is"
                + " from the end of December 1928 to the end of December 1933.</p>\n</section>\n</div>\n");

        // grain
        grainTable(h, data);

        // representation
        OptionalDouble sim = s.number("households_simulated");
        OptionalDouble real = s.number("households_real");
        if (sim.isPresent() && real.isPresent()) {
            h.append("<p class=\"meta\">The run simulated ").append(esc(Formats.count(sim.getAsDouble())))
                    .append(" households standing for ").append(esc(Formats.count(real.getAsDouble())))
                    .append(" real ones (each simulated household stands for ")
                    .append(esc(Formats.count(data.householdsPerAgent().getAsDouble())))
                    .append("); all counts are scaled to the real population.</p>\n");
        }
    }

    private static void grainTable(StringBuilder h, RunData data) {
        RunSummary s = data.summary();
        List<GrainBalance.AgriYear> years = GrainBalance.byAgriculturalYear(data.series());
        Map<String, Double> procuredBySummary = s.grainProcuredByAgriYear();
        h.append("<h3>Grain by agricultural year (July to June), million tonnes</h3>\n<table class=\"keep\">\n"
                + "<thead><tr><th>Year</th><th class=\"num\">Harvest</th><th class=\"num\">Procured by the state</th>"
                + "<th class=\"num\">Exported</th><th class=\"num\">Relief</th>"
                + "<th class=\"num\">Left per rural person</th></tr></thead>\n<tbody>\n");
        boolean anyPartial = false;
        boolean harvestBefore = false;
        for (GrainBalance.AgriYear y : years) {
            anyPartial |= !y.complete();
            harvestBefore |= y.harvestBeforeRun();
            double procured = procuredBySummary.getOrDefault(y.label(), y.procuredT());
            h.append("<tr><td>").append(esc(y.labelWithCoverage())).append("</td>")
                    .append(num(y.harvestBeforeRun() ? "before the run" : Formats.millionTonnes(y.harvestT())))
                    .append(num(Formats.millionTonnes(procured)))
                    .append(num(Formats.millionTonnes(y.exportedT())))
                    .append(num(Formats.millionTonnes(y.reliefT())))
                    .append(num(Double.isNaN(y.leftPerPersonKg()) ? "\u2013"
                            : Formats.count(y.leftPerPersonKg()) + " kg"))
                    .append("</tr>\n");
        }
        for (Map.Entry<String, Double> e : procuredBySummary.entrySet()) {
            if (years.stream().noneMatch(y -> y.label().equals(e.getKey()))) {
                h.append("<tr><td>").append(esc(e.getKey())).append("</td>").append(num("\u2013"))
                        .append(num(Formats.millionTonnes(e.getValue()))).append(num("\u2013")).append(num("\u2013"))
                        .append(num("\u2013")).append("</tr>\n");
            }
        }
        h.append("</tbody>\n</table>\n<p class=\"meta\">");
        if (procuredBySummary.isEmpty()) {
            h.append("Procurement summed from the monthly time series. ");
        }
        h.append("Left per rural person = (harvest \u2212 procurement + relief) over the year \u00f7 mean rural"
                + " population; the food need is ").append(esc(Formats.count(data.foodNeedKgPerPersonYear())))
                .append(" kg per person per year")
                .append(data.foodNeedFromScenario() ? "" : " (assumed: the scenario does not state it)")
                .append('.');
        if (anyPartial) {
            h.append(" A year the run covers only in part shows the months in brackets and no per-person value.");
        }
        if (harvestBefore) {
            h.append(" \u201cBefore the run\u201d: that year\u2019s harvest was gathered before the run\u2019s first"
                    + " month, so the run does not count it.");
        }
        h.append("</p>\n");
        OptionalDouble procuredTotal = s.number("grain_procured_total_t");
        OptionalDouble exportedTotal = s.number("grain_exported_total_t");
        if (procuredTotal.isPresent() || exportedTotal.isPresent()) {
            h.append("<p>Over the whole run the state procured ")
                    .append(esc(procuredTotal.isPresent() ? Formats.tonnes(procuredTotal.getAsDouble()) : "\u2013"))
                    .append(" of grain and exported ")
                    .append(esc(exportedTotal.isPresent() ? Formats.tonnes(exportedTotal.getAsDouble()) : "\u2013"))
                    .append(".</p>\n");
        }
    }

    /**
     * "The model and the record": every figure of the record's targets (data/targets/record.csv) beside the run's
     * value, the band the sources allow, and whether the run falls inside it.
     */
    private static void modelAndRecord(StringBuilder h, RunData data) {
        h.append("<h2 id=\"model-and-record\">The model and the record</h2>\n");
        if (data.recordFit().isEmpty()) {
            h.append("<p>The record's targets (").append(esc(RunData.RECORD_TARGETS)).append(") could not be read, or"
                    + " this run covers none of their months: there is nothing to compare.</p>\n");
            return;
        }
        long inside = data.recordFit().stream().filter(org.collectivization.targets.Evaluation.Result::inside).count();
        h.append("<p>The published record of the same years, each figure with the band its sources allow (")
                .append(esc(org.collectivization.runfiles.HistoricalRecord.SHIPPED)).append(", which names them)."
                        + " The historical scenario was calibrated to the article's patterns, not to these figures"
                        + " (docs/ODD.md \u00a78); the record's livestock counts include the state farms, which the"
                        + " model does not have. In this run ").append(inside).append(" of ")
                .append(data.recordFit().size()).append(" figures fall inside their bands.");
        if (!data.scenarioName().orElse("").equals(RecordOverlay.HISTORICAL_SCENARIO)) {
            h.append(" This run's scenario is not the historical one: the table shows how far its world lies from"
                    + " what happened.");
        }
        h.append("</p>\n<table>\n<thead><tr><th>Figure</th><th>Period</th><th class=\"num\">Record</th>"
                + "<th class=\"num\">Band</th><th class=\"num\">This run</th><th>Inside the band</th></tr></thead>\n<tbody>\n");
        for (org.collectivization.targets.Evaluation.Result r : data.recordFit()) {
            org.collectivization.targets.Target t = r.target();
            String[] shown = org.collectivization.targets.Evaluation.shown(r);
            double scale = Math.max(t.band().scale(), Double.isNaN(r.mean()) ? 0 : Math.abs(r.mean()));
            h.append("<tr><td>").append(esc(recordFigureName(t.series()))).append("</td><td>").append(esc(t.period()))
                    .append("</td>").append(num(org.collectivization.targets.Numbers.shown(t.value(), scale)))
                    .append(num(shown[0])).append(num(shown[1]))
                    .append("<td>").append(r.inside() ? "yes" : "<strong>no</strong>").append("</td></tr>\n");
        }
        h.append("</tbody>\n</table>\n<p class=\"meta\">Harvests are calendar years; procurement agricultural years"
                + " (July to June); livestock and the share collectivized are counts on the date given, read from the"
                + " row of the month before; deportations are cumulative. Numbers are in the unit of the line's largest"
                + " figure. One run is one draw: for the mean of several seeds with its 95 % interval, give their folders"
                + " to <code>collectivization targets RUN_DIR... --targets record</code>.</p>\n");
    }

    private static String recordFigureName(String series) {
        return switch (series) {
            case "grain_harvest_t" -> "Grain harvest, t";
            case "grain_procured_t" -> "State grain procurement, t";
            case "cattle" -> "Cattle, head";
            case "horses" -> "Horses, head";
            case "pigs" -> "Pigs, head";
            case "sheep_goats" -> "Sheep and goats, head";
            case "collectivized_share" -> "Share of households in collective farms";
            case "deported_people" -> "People deported 1930\u201331";
            default -> series;
        };
    }

    private static void figure(StringBuilder h, RenderedFigure f) {
        Figure fig = f.figure();
        String title = fig.title();
        h.append("<figure id=\"").append(esc(fig.fileBase())).append("\">\n")
                .append(labelled(f.svg().inlineElement(), title)).append('\n')
                .append("<figcaption><p><strong>").append(esc(chartNumber(fig.fileBase()))).append(". ")
                .append(esc(title)).append(".</strong> ").append(esc(fig.howToRead())).append("</p>\n")
                .append("<p class=\"files\">Files: <code>charts/").append(esc(fig.fileBase()))
                .append(".png</code> (1600\u00d7900, for slides), <code>charts/").append(esc(fig.fileBase()))
                .append(".svg</code> (for print).</p></figcaption>\n</figure>\n");
    }

    /** "Chart 4a", from "4-famine-deaths-by-month". */
    private static String chartNumber(String fileBase) {
        String n = fileBase.substring(0, fileBase.indexOf('-'));
        if (fileBase.endsWith("by-month")) {
            n += "a";
        } else if (fileBase.endsWith("by-region")) {
            n += "b";
        }
        return "Chart " + n;
    }

    /** Gives an inline SVG an accessible name. */
    private static String labelled(String svgElement, String title) {
        if (!svgElement.startsWith("<svg")) {
            throw new IllegalArgumentException("not an SVG element");
        }
        return "<svg role=\"img\" aria-label=\"" + esc(title) + "\"" + svgElement.substring(4);
    }

    /**
     * The levers changed while the run went on (a classroom record, or a scenario's own lever_changes):
     * when, which, from what value to what, so that a reader can tie a change in a chart to a decision.
     */
    private static void leverChanges(StringBuilder h, RunData data) {
        Scenario sc = data.scenario();
        // in the order they took effect (a record lists its parent's changes first); stable within a month
        List<Scenario.LeverChange> changes = sc.leverChanges().stream()
                .sorted(java.util.Comparator.comparing(Scenario.LeverChange::month)).toList();
        if (changes.isEmpty()) return;
        long levers = changes.stream().map(Scenario.LeverChange::key).distinct().count();
        h.append("<h2 id=\"lever-changes\">Lever changes during the run</h2>\n");
        h.append("<p>").append(changes.size() == levers
                        ? StudyText.capitalise(inWords(changes.size())) + (changes.size() == 1 ? " lever was changed" : " levers were changed")
                        : StudyText.capitalise(inWords(changes.size())) + " lever changes (to " + inWords((int) levers)
                                + (levers == 1 ? " lever" : " levers") + ") were made")
                .append(" while this run went on (recorded in the classroom GUI, or listed in the scenario"
                        + " under <code>lever_changes</code>). Each change took effect at the start of its month;"
                        + " the months before it ran under the earlier value. The parameter table below gives the"
                        + " values the run started with.</p>\n");
        h.append("<table>\n<thead><tr><th>From</th><th>Lever</th><th class=\"num\">Value before</th>"
                + "<th class=\"num\">New value</th><th>Unit</th></tr></thead>\n<tbody>\n");
        Map<String, Object> current = new java.util.HashMap<>();
        for (Scenario.LeverChange c : changes) {
            Optional<Scenario.Parameter> p = sc.parameter(c.key());
            Object before = current.containsKey(c.key()) ? current.get(c.key()) : p.map(Scenario.Parameter::value).orElse(null);
            current.put(c.key(), c.value());
            String from = c.yearMonth().map(HtmlReport::monthName).orElse(c.month());
            h.append("<tr><td>").append(esc(from)).append("</td><td><code>").append(esc(c.key())).append("</code></td>")
                    .append(num(before == null ? "\u2013" : Formats.parameterValue(before)))
                    .append(num(Formats.parameterValue(c.value())))
                    .append("<td>").append(esc(p.map(Scenario.Parameter::unit).orElse(""))).append("</td></tr>\n");
        }
        h.append("</tbody>\n</table>\n");
    }

    /** "one" to "nine" in words, larger numbers in figures. */
    private static String inWords(int n) {
        String[] words = {"no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"};
        return n >= 0 && n < words.length ? words[n] : String.valueOf(n);
    }

    private static void parameters(StringBuilder h, RunData data) {
        Scenario sc = data.scenario();
        h.append("<h2 id=\"parameters\">Scenario parameters</h2>\n");
        if (sc.parameters().isEmpty()) {
            h.append("<p>No parameters are available for this run.</p>\n");
            return;
        }
        h.append("<p>The fully resolved scenario").append(sc.name().map(n -> " \u201c" + esc(n) + "\u201d").orElse(""))
                .append(" as the run used it (<code>scenario.yaml</code>), one row per parameter.</p>\n");
        h.append("<table class=\"params\">\n<thead><tr><th>Parameter</th><th>Value</th><th>Unit</th>"
                + "<th>Range</th><th>Source</th></tr></thead>\n<tbody>\n");
        for (Scenario.Parameter p : sc.parameters()) {
            // a line may break after each dot of a long key path, never inside a name
            h.append("<tr><td>").append(esc(p.path()).replace(".", ".<wbr>")).append("</td><td class=\"value\">")
                    .append(esc(Formats.parameterValue(p.value()))).append("</td><td>")
                    .append(esc(Optional.ofNullable(p.unit()).orElse(""))).append("</td><td>")
                    .append(esc(Formats.range(p.range()))).append("</td><td>")
                    .append(esc(Optional.ofNullable(p.source()).orElse(""))).append("</td></tr>\n");
        }
        h.append("</tbody>\n</table>\n");
    }

    private static void manifest(StringBuilder h, RunData data) {
        h.append("<h2 id=\"manifest\">How this run was made</h2>\n");
        Map<String, String> entries = data.manifest().entries();
        if (entries.isEmpty()) {
            h.append("<p>No manifest is available for this run.</p>\n");
            return;
        }
        h.append("<table class=\"manifest\">\n<tbody>\n");
        for (Map.Entry<String, String> e : entries.entrySet()) {
            String value = e.getKey().equals("start_time") ? Formats.timestamp(e.getValue()) : e.getValue();
            h.append("<tr><td>").append(esc(manifestLabel(e.getKey()))).append("</td><td><code>")
                    .append(esc(value)).append("</code></td></tr>\n");
        }
        h.append("</tbody>\n</table>\n");
    }

    private static String manifestLabel(String key) {
        return switch (key) {
            case "seed" -> "Seed";
            case "version" -> "Model version";
            case "git_commit" -> "Git commit";
            case "command_line" -> "Command";
            case "java_version" -> "Java";
            case "start_time" -> "Started";
            case "duration_s" -> "Duration (seconds)";
            case "continued_from" -> "Continued from (checkpoint)";
            default -> key;
        };
    }

    // ------------------------------------------------------------------ helpers

    private static String monthName(YearMonth m) {
        return m.format(java.time.format.DateTimeFormatter.ofPattern("MMMM yyyy", java.util.Locale.UK));
    }

    /** "1932-07" as "July 1932"; text that is not such a month, as it is. */
    private static String monthName(String yyyyMm) {
        try {
            return monthName(YearMonth.parse(yyyyMm));
        } catch (java.time.format.DateTimeParseException e) {
            return yyyyMm;
        }
    }

    private static void row(StringBuilder h, String label, OptionalDouble value) {
        h.append("<tr><td>").append(esc(label)).append("</td>")
                .append(num(value.isPresent() ? Formats.count(value.getAsDouble()) : "\u2013")).append("</tr>\n");
    }

    private static String num(String text) {
        return "<td class=\"num\">" + esc(text) + "</td>";
    }

    /** Escapes text for HTML element content and quoted attribute values. */
    static String esc(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
