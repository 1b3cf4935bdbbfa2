package org.collectivization.report;

import java.awt.Color;
import java.awt.Paint;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.annotations.XYTitleAnnotation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.CombinedDomainCategoryPlot;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.time.TimePeriodAnchor;
import org.jfree.data.time.TimeSeries;
import org.jfree.data.time.TimeSeriesCollection;
import org.jfree.ui.Layer;
import org.jfree.ui.RectangleAnchor;
import org.jfree.ui.TextAnchor;
import org.collectivization.runfiles.TimeTable;

/**
 * Builds the report's charts from a run's data, in memory. Nothing here reads or writes files, so
 * a test can build any chart from a small time series and inspect its datasets.
 */
public final class Charts {

    private Charts() {
    }

    /** How a quantity is scaled on an axis: by a million, a thousand, or not at all. */
    record Scale(double divisor, String word) {
        static Scale forMaximum(double maxAbs) {
            if (maxAbs >= 2e6) {
                return new Scale(1e6, "Million");
            }
            if (maxAbs >= 2e4) {
                return new Scale(1e3, "Thousand");
            }
            return new Scale(1, "");
        }

        /** "Million households", or "Households" when unscaled. */
        String label(String what) {
            return word.isEmpty() ? Character.toUpperCase(what.charAt(0)) + what.substring(1)
                    : word + " " + what;
        }
    }

    // ---------------------------------------------------------------- 1. grain balance

    /**
     * Chart 1: harvest, procurement, exports and relief by agricultural year (July–June) in million
     * tonnes, above what was left per rural person (kg) against the food need.
     */
    public static JFreeChart grainBalance(RunData data) {
        List<GrainBalance.AgriYear> years = GrainBalance.byAgriculturalYear(data.series());
        DefaultCategoryDataset flows = new DefaultCategoryDataset();
        DefaultCategoryDataset left = new DefaultCategoryDataset();
        for (GrainBalance.AgriYear y : years) {
            String column = y.labelWithCoverage();
            flows.addValue(y.harvestT() / 1e6, "Harvest", column);
            flows.addValue(y.procuredT() / 1e6, "State procurement", column);
            flows.addValue(y.exportedT() / 1e6, "Exports", column);
            flows.addValue(y.reliefT() / 1e6, "Relief", column);
            left.addValue(Double.isNaN(y.leftPerPersonKg()) ? null : y.leftPerPersonKg(),
                    "Left per rural person", column);
        }

        CategoryPlot bars = new CategoryPlot(flows, null, ChartStyle.valueAxis("Million tonnes"), null);
        ChartStyle.style(bars);
        BarRenderer barRenderer = new BarRenderer();
        barRenderer.setBarPainter(new StandardBarPainter());
        barRenderer.setShadowVisible(false);
        barRenderer.setDrawBarOutline(false);
        barRenderer.setItemMargin(0.06);
        Color[] barColours = {Palette.BLUISH_GREEN, Palette.VERMILLION, Palette.BLUE, Palette.SKY_BLUE};
        for (int s = 0; s < barColours.length; s++) {
            barRenderer.setSeriesPaint(s, barColours[s]);
        }
        bars.setRenderer(barRenderer);
        Map<Integer, String> columnOfYear = new java.util.HashMap<>();
        for (GrainBalance.AgriYear y : years) columnOfYear.put(y.startYear(), y.labelWithCoverage());
        boolean record = RecordOverlay.onGrain(bars, data.record(), columnOfYear,
                new String[] {"Harvest", "State procurement", "Exports", "Relief"}, barRenderer.getItemMargin());

        double need = data.foodNeedKgPerPersonYear();
        NumberAxis kgAxis = ChartStyle.valueAxis("kg per person per year");
        double maxLeft = years.stream().mapToDouble(GrainBalance.AgriYear::leftPerPersonKg)
                .filter(v -> !Double.isNaN(v)).max().orElse(0);
        double minLeft = years.stream().mapToDouble(GrainBalance.AgriYear::leftPerPersonKg)
                .filter(v -> !Double.isNaN(v)).min().orElse(0);
        kgAxis.setRange(Math.min(0, minLeft * 1.1), Math.max(maxLeft, need) * 1.2);
        CategoryPlot perPerson = new CategoryPlot(left, null, kgAxis, null);
        ChartStyle.style(perPerson);
        LineAndShapeRenderer lineRenderer = new LineAndShapeRenderer(true, true);
        lineRenderer.setSeriesPaint(0, Palette.BLACK);
        lineRenderer.setSeriesStroke(0, ChartStyle.line(0));
        lineRenderer.setSeriesShape(0, new Ellipse2D.Double(-6, -6, 12, 12));
        lineRenderer.setSeriesItemLabelsVisible(0, true);
        lineRenderer.setSeriesItemLabelFont(0, ChartStyle.MARKER_LABEL);
        lineRenderer.setSeriesItemLabelPaint(0, Palette.TEXT);
        lineRenderer.setSeriesItemLabelGenerator(0,
                new StandardCategoryItemLabelGenerator("{2} kg", ChartStyle.axisNumberFormat()) {
                    @Override
                    public String generateLabel(org.jfree.data.category.CategoryDataset d, int row, int column) {
                        Number v = d.getValue(row, column);
                        return v == null ? null : Formats.count(v.doubleValue()) + " kg";
                    }
                });
        lineRenderer.setSeriesPositiveItemLabelPosition(0,
                new ItemLabelPosition(ItemLabelAnchor.OUTSIDE12, TextAnchor.BOTTOM_CENTER));
        perPerson.setRenderer(lineRenderer);
        ValueMarker needLine = ChartStyle.referenceLine(need, Palette.VERMILLION, 2.5f, new float[] {10f, 6f});
        needLine.setLabel("Food need: " + Formats.count(need) + " kg per person per year");
        needLine.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
        needLine.setLabelTextAnchor(TextAnchor.BOTTOM_RIGHT);
        needLine.setLabelOffset(new org.jfree.ui.RectangleInsets(4, 2, 4, 8));
        perPerson.addRangeMarker(needLine, Layer.BACKGROUND);

        CategoryAxis yearAxis = ChartStyle.categoryAxis("Agricultural year (July to June)");
        CombinedDomainCategoryPlot plot = new CombinedDomainCategoryPlot(yearAxis);
        plot.setGap(18);
        plot.add(bars, 3);
        plot.add(perPerson, 2);

        String needSource = data.foodNeedFromScenario()
                ? "the scenario's food.need_kg_per_person_year"
                : "assumed, since the scenario does not state food.need_kg_per_person_year";
        return ChartStyle.chart("Grain harvested, taken by the state and left in the villages",
                plot, data.sourceNote(), RecordOverlay.notes(record, data.record(), GRAIN_SOURCES,
                "Below: what stayed in the countryside per person = (harvest \u2212 procurement + relief)"
                        + " over the year \u00f7 mean rural population. Food need "
                        + Formats.count(need) + " kg per person per year (" + needSource + ")."
                        + partYearNote(years)));
    }

    static final String GRAIN_SOURCES = "harvests of calendar year Y over the agricultural year Y/Y+1: Wheatcroft & Davies"
            + " 1994, Davies & Wheatcroft 2004, Tauger 1991; procurement: the official series as used by Davies & Wheatcroft 2004";
    static final String LIVESTOCK_SOURCES = "Great Soviet Encyclopedia, 3rd ed., Zhivotnovodstvo, table 1: counts on"
            + " 1 January, all sectors, state farms included, which the model does not have";
    static final String KOLKHOZ_SOURCES = "collective farms: Davies 1980, The Socialist Offensive, table 17";
    static final String COLLECTIVIZATION_SOURCES = KOLKHOZ_SOURCES + "; deportations 1930\u201331: OGPU report, Zemskov 2003";

    private static String partYearNote(List<GrainBalance.AgriYear> years) {
        boolean partial = years.stream().anyMatch(y -> !y.complete());
        return partial ? " Part-years show only the months the run covers and no per-person value." : "";
    }

    // ---------------------------------------------------------------- 2. livestock

    /** Chart 2: herds by species at each month's end (millions of head), slaughter per month beneath. */
    public static JFreeChart livestock(RunData data) {
        TimeTable t = data.series();
        TimeSeriesCollection herds = stocks();
        herds.addSeries(series("Cattle", t, "cattle", 1e6));
        herds.addSeries(series("Horses", t, "horses", 1e6));
        herds.addSeries(series("Pigs", t, "pigs", 1e6));
        herds.addSeries(series("Sheep and goats", t, "sheep_goats", 1e6));
        XYPlot top = new XYPlot(herds, null, ChartStyle.valueAxis("Million head"),
                lines(Palette.BLUE, Palette.ORANGE, Palette.REDDISH_PURPLE, Palette.BLUISH_GREEN));
        ChartStyle.style(top);
        boolean record = RecordOverlay.onTime(top, data.record(), new String[] {"cattle", "horses", "pigs", "sheep_goats"},
                new Color[] {Palette.BLUE, Palette.ORANGE, Palette.REDDISH_PURPLE, Palette.BLUISH_GREEN}, 1e6, true);

        // The time series has one column for all slaughter. October's bar holds the usual autumn slaughter
        // of the year's young (ODD 4.3), which dwarfs the other months before the campaign: drawn apart, it
        // is not read as panic.
        TimeSeriesCollection slaughter = flows();
        slaughter.addSeries(slaughterSeries(OCTOBER_SLAUGHTER, t, true));
        slaughter.addSeries(slaughterSeries(OTHER_SLAUGHTER, t, false));
        XYPlot bottom = new XYPlot(slaughter, null, ChartStyle.valueAxis("Million head per month"),
                bars(Palette.SKY_BLUE, Palette.VERMILLION));
        ChartStyle.style(bottom);
        autumnSlaughterNote(bottom, t);

        panelLabel(top, "Herds at each month's end");
        panelLabel(bottom, "Animals of all species slaughtered during the month");
        CombinedDomainXYPlot plot = combined(t, top, 3, bottom, 2);
        return timeChart("Livestock by species, and animals slaughtered each month", plot, data,
                RecordOverlay.notes(record, data.record(), LIVESTOCK_SOURCES,
                "Millions of head of livestock in the villages, by species, and how many animals were slaughtered."));
    }

    static final String OCTOBER_SLAUGHTER = "October: the usual autumn slaughter of the year's young, and any other that month";
    static final String OTHER_SLAUGHTER = "Other months: slaughter rather than lose the animals, or to eat";

    /** The animals slaughtered in October, or in the other months; the rest of the months are left empty. */
    private static TimeSeries slaughterSeries(String name, TimeTable t, boolean october) {
        TimeSeries s = new TimeSeries(name);
        double[] values = t.column("livestock_slaughtered");
        List<YearMonth> months = t.months();
        for (int i = 0; i < values.length; i++) {
            boolean mine = (months.get(i).getMonth() == java.time.Month.OCTOBER) == october;
            s.add(ChartStyle.jfreeMonth(months.get(i)), mine && !Double.isNaN(values[i]) ? values[i] / 1e6 : null);
        }
        return s;
    }

    /** Names the first October's bar, beside it, for the reader who takes the tallest bar for the campaign. */
    private static void autumnSlaughterNote(XYPlot plot, TimeTable t) {
        double[] values = t.column("livestock_slaughtered");
        for (int i = 0; i < values.length; i++) {
            YearMonth m = t.months().get(i);
            if (m.getMonth() == java.time.Month.OCTOBER && !Double.isNaN(values[i]) && values[i] > 0) {
                XYTextAnnotation note = new XYTextAnnotation("\u2190 " + m.format(Figure.MONTH_YEAR)
                        + ": the usual autumn slaughter of the year's young",
                        ChartStyle.monthStart(m.plusMonths(1)), values[i] / 1e6 * 0.92);
                note.setFont(ChartStyle.MARKER_LABEL);
                note.setPaint(Palette.TEXT);
                note.setTextAnchor(TextAnchor.CENTER_LEFT);
                plot.addAnnotation(note);
                return;
            }
        }
    }

    // ---------------------------------------------------------------- 3. collectivization and repression

    /**
     * Chart 3: share of households in collective farms; households labelled kulak against the truly
     * well-off; people dekulakized and deported (cumulative).
     */
    public static JFreeChart collectivizationRepression(RunData data) {
        TimeTable t = data.series();
        TimeSeriesCollection share = stocks();
        share.addSeries(series("Households in collective farms", t, "collectivized_share", 0.01));
        NumberAxis percentAxis = ChartStyle.valueAxis("% of households");
        percentAxis.setRange(0, 100);
        percentAxis.setTickUnit(new org.jfree.chart.axis.NumberTickUnit(25));
        XYPlot sharePlot = new XYPlot(share, null, percentAxis, lines(Palette.BLUISH_GREEN));
        ChartStyle.style(sharePlot);

        Scale households = Scale.forMaximum(maxAbs(t, "kulak_labelled_households", "welloff_households"));
        TimeSeriesCollection labelled = stocks();
        labelled.addSeries(series("Households labelled kulak (cumulative)", t, "kulak_labelled_households",
                households.divisor()));
        labelled.addSeries(series("Truly well-off households", t, "welloff_households", households.divisor()));
        XYPlot labelledPlot = new XYPlot(labelled, null, ChartStyle.valueAxis(households.label("households")),
                lines(Palette.VERMILLION, Palette.BLACK));
        ChartStyle.style(labelledPlot);

        Scale people = Scale.forMaximum(maxAbs(t, "dekulakized_people", "deported_people"));
        TimeSeriesCollection repressed = stocks();
        repressed.addSeries(series("People dekulakized (cumulative)", t, "dekulakized_people", people.divisor()));
        repressed.addSeries(series("People deported (cumulative)", t, "deported_people", people.divisor()));
        XYPlot repressedPlot = new XYPlot(repressed, null, ChartStyle.valueAxis(people.label("people")),
                lines(Palette.ORANGE, Palette.BLUE));
        ChartStyle.style(repressedPlot);
        ((XYLineAndShapeRenderer) repressedPlot.getRenderer()).setSeriesStroke(1, ChartStyle.line(1));
        boolean record = RecordOverlay.onTime(sharePlot, data.record(), new String[] {"collectivized_share"},
                new Color[] {Palette.BLUISH_GREEN}, 0.01, true);
        record |= RecordOverlay.onTime(repressedPlot, data.record(), new String[] {"deported_people"},
                new Color[] {Palette.BLUE}, people.divisor(), !record);

        panelLabel(sharePlot, "Share of households in collective farms");
        panelLabel(labelledPlot, "Households labelled kulak, against households truly well-off");
        panelLabel(repressedPlot, "People dekulakized and deported, counted since the run began");
        CombinedDomainXYPlot plot = combined(t, sharePlot, 1, labelledPlot, 1);
        plot.add(repressedPlot, 1);
        return timeChart("Collectivization and repression", plot, data,
                RecordOverlay.notes(record, data.record(), COLLECTIVIZATION_SOURCES,
                "All values at each month's end. \u201cLabelled kulak\u201d counts every household ever so labelled;"
                        + " \u201ctruly well-off\u201d counts those that were in fact well-off."));
    }

    // ---------------------------------------------------------------- 4. famine

    /** Chart 4a: excess deaths per month, all regions together above and each region beneath (signed). */
    public static JFreeChart famineByMonth(RunData data) {
        TimeTable t = data.series();
        List<String> regionColumns = new ArrayList<>();
        for (Region r : Region.values()) {
            regionColumns.add(r.excessDeathsColumn());
        }
        Scale scale = Scale.forMaximum(maxAbs(t, "excess_deaths"));
        String axisLabel = scale.label("deaths");

        TimeSeriesCollection total = flows();
        total.addSeries(series("All regions", t, "excess_deaths", scale.divisor()));
        XYPlot totalPlot = new XYPlot(total, null, ChartStyle.valueAxis(axisLabel), lines(Palette.BLACK));
        ChartStyle.style(totalPlot);
        totalPlot.addRangeMarker(zeroLine(), Layer.BACKGROUND);

        TimeSeriesCollection regions = flows();
        Color[] colours = new Color[Region.values().length];
        for (Region r : Region.values()) {
            regions.addSeries(series(r.displayName(), t, r.excessDeathsColumn(), scale.divisor()));
            colours[r.ordinal()] = r.colour();
        }
        XYLineAndShapeRenderer regionLines = lines(colours);
        for (Region r : Region.values()) {
            regionLines.setSeriesStroke(r.ordinal(), ChartStyle.line(r.ordinal()));
        }
        XYPlot regionPlot = new XYPlot(regions, null, ChartStyle.valueAxis(axisLabel), regionLines);
        ChartStyle.style(regionPlot);
        regionPlot.addRangeMarker(zeroLine(), Layer.BACKGROUND);

        panelLabel(totalPlot, "All regions");
        panelLabel(regionPlot, "By region");
        CombinedDomainXYPlot plot = combined(t, totalPlot, 2, regionPlot, 3);
        return timeChart("Famine: excess deaths per month, in all and by region", plot, data,
                "Excess deaths: deaths above those expected at the normal death rate. Below zero, fewer"
                        + " people died than at the normal rate.");
    }

    /**
     * The total excess deaths by region, January 1930 to December 1934: from {@code summary.json},
     * or summed from the time series for a region the summary does not give.
     */
    public static Map<Region, Double> excessDeathsByRegion(RunData data) {
        Map<org.collectivization.model.Region, Double> fromSummary = data.summary().excessDeathsByRegion();
        Map<Region, Double> totals = new EnumMap<>(Region.class);
        for (Region r : Region.values()) {
            totals.put(r, fromSummary.getOrDefault(r.region(),
                    data.series().sum(r.excessDeathsColumn(), YearMonth.of(1930, 1), YearMonth.of(1934, 12))));
        }
        return totals;
    }

    /** Chart 4b: total excess deaths by region, January 1930 to December 1934, largest first. */
    public static JFreeChart famineByRegion(RunData data) {
        Map<Region, Double> totals = excessDeathsByRegion(data);
        List<Region> order = new ArrayList<>(totals.keySet());
        order.sort(Comparator.comparing((Region r) -> totals.get(r)).reversed());
        double maxAbs = totals.values().stream().mapToDouble(Math::abs).max().orElse(0);
        Scale scale = Scale.forMaximum(maxAbs);

        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        List<Color> colours = new ArrayList<>();
        for (Region r : order) {
            dataset.addValue(totals.get(r) / scale.divisor(), "Excess deaths 1930\u20131934", r.displayName());
            colours.add(r.colour());
        }
        NumberAxis valueAxis = ChartStyle.valueAxis(scale.label("excess deaths, January 1930 to December 1934"));
        valueAxis.setUpperMargin(0.18);
        CategoryAxis regionAxis = ChartStyle.categoryAxis("Region");
        regionAxis.setCategoryMargin(0.3);
        BarRenderer renderer = new BarRenderer() {
            @Override
            public Paint getItemPaint(int row, int column) {
                return colours.get(column);
            }
        };
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setDrawBarOutline(false);
        renderer.setBaseItemLabelsVisible(true);
        renderer.setBaseItemLabelFont(ChartStyle.MARKER_LABEL);
        renderer.setBaseItemLabelPaint(Palette.TEXT);
        renderer.setBaseItemLabelGenerator(new StandardCategoryItemLabelGenerator() {
            @Override
            public String generateLabel(org.jfree.data.category.CategoryDataset d, int row, int column) {
                return Formats.count(totals.get(order.get(column)));
            }
        });
        renderer.setBasePositiveItemLabelPosition(
                new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
        renderer.setBaseNegativeItemLabelPosition(
                new ItemLabelPosition(ItemLabelAnchor.OUTSIDE9, TextAnchor.CENTER_RIGHT));
        renderer.setItemLabelAnchorOffset(8);
        CategoryPlot plot = new CategoryPlot(dataset, regionAxis, valueAxis, renderer);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setRangeAxisLocation(org.jfree.chart.axis.AxisLocation.BOTTOM_OR_LEFT);
        ChartStyle.style(plot);
        plot.addRangeMarker(zeroLine(), Layer.FOREGROUND);
        LegendItemCollection legend = new LegendItemCollection();
        for (Region r : order) {
            legend.add(new LegendItem(r.displayName(), null, null, null,
                    new Rectangle2D.Double(-8, -8, 16, 16), r.colour()));
        }
        plot.setFixedLegendItems(legend);

        double total = totals.values().stream().mapToDouble(Double::doubleValue).sum();
        return ChartStyle.chart("Famine: excess deaths by region, 1930 to 1934",
                plot, data.sourceNote(),
                "Total over all regions, January 1930 to December 1934: " + Formats.count(total)
                        + " excess deaths. Colours as in the monthly chart.");
    }

    // ---------------------------------------------------------------- 5. pressure and response

    /**
     * Chart 5: disturbances, officials killed, pleas for relief, relief granted, and the state's
     * belief in hidden reserves with officials' mean zeal, in panels sharing the time axis.
     */
    public static JFreeChart pressureResponse(RunData data) {
        TimeTable t = data.series();
        XYPlot disturbances = countPanel(t, "Peasant disturbances", "disturbances", Palette.BLACK);
        XYPlot killed = countPanel(t, "Officials killed", "officials_killed", Palette.VERMILLION);
        XYPlot pleas = countPanel(t, "Pleas for relief", "pleas", Palette.ORANGE);

        double largestRelief = maxAbs(t, "grain_relief_t");
        Scale tonnes = Scale.forMaximum(largestRelief);
        TimeSeriesCollection relief = flows();
        relief.addSeries(series("Relief grain granted", t, "grain_relief_t", tonnes.divisor()));
        XYPlot reliefPlot = new XYPlot(relief, null, ChartStyle.valueAxis(tonnes.word().isEmpty() ? "Tonnes"
                : tonnes.word() + " t", largestRelief), lines(Palette.BLUE));
        ChartStyle.style(reliefPlot);
        panelLabel(reliefPlot, "Relief grain granted per month");

        TimeSeriesCollection beliefs = stocks();
        beliefs.addSeries(series("State's belief in hidden reserves", t, "state_reserve_belief", 1));
        beliefs.addSeries(series("Officials' mean zeal", t, "official_mean_zeal", 1));
        XYLineAndShapeRenderer beliefLines = lines(Palette.REDDISH_PURPLE, Palette.BLUISH_GREEN);
        beliefLines.setSeriesStroke(1, ChartStyle.line(1));
        NumberAxis indexAxis = ChartStyle.unitIntervalAxis("0 to 1");
        indexAxis.setRange(0, 1.3);
        indexAxis.setTickUnit(new org.jfree.chart.axis.NumberTickUnit(0.5, ChartStyle.axisNumberFormat()));
        XYPlot beliefPlot = new XYPlot(beliefs, null, indexAxis, beliefLines);
        ChartStyle.style(beliefPlot);
        panelLabel(beliefPlot, "State's belief in hidden reserves (solid), officials' mean zeal (dashed)");

        CombinedDomainXYPlot plot = combined(t, disturbances, 1, killed, 1);
        plot.setGap(22);
        plot.add(pleas, 1);
        plot.add(reliefPlot, 1);
        plot.add(beliefPlot, 1);
        return timeChart("Pressure and response: unrest, pleas, relief and the state's beliefs", plot, data,
                "Counts and relief per month; belief and zeal at each month's end, from 0 (none) to 1 (full).");
    }

    private static XYPlot countPanel(TimeTable t, String name, String column, Color colour) {
        double largest = maxAbs(t, column);
        Scale scale = Scale.forMaximum(largest);
        TimeSeriesCollection c = flows();
        c.addSeries(series(name + " per month", t, column, scale.divisor()));
        XYPlot p = new XYPlot(c, null, ChartStyle.valueAxis(scale.word().isEmpty() ? "Number" : scale.word() + "s",
                largest), lines(colour));
        ChartStyle.style(p);
        panelLabel(p, name + " per month");
        return p;
    }

    /**
     * Names a panel in its top left corner, and leaves head room above the data so that the name
     * does not cover it.
     */
    private static void panelLabel(XYPlot plot, String text) {
        TextTitle label = new TextTitle(text, ChartStyle.PANEL_LABEL);
        label.setPaint(Palette.TEXT);
        label.setPadding(new org.jfree.ui.RectangleInsets(2, 6, 2, 6));
        plot.addAnnotation(new XYTitleAnnotation(0.0, 1.0, label, RectangleAnchor.TOP_LEFT));
        if (plot.getRangeAxis().isAutoRange()) {
            plot.getRangeAxis().setUpperMargin(0.28);
        }
    }

    // ---------------------------------------------------------------- 6. the ledger

    static final String LEDGER_ESTIMATE = "The centre's estimate, on which it set the year's plan (July)";
    static final String LEDGER_REPORTED = "The officials' reports (September)";
    static final String LEDGER_TRUE = "The harvest truly gathered (July and August)";

    /**
     * Chart 6: by agricultural year, the centre's estimate of the harvest when it set the plan, the officials'
     * reports of it and the harvest truly gathered, in million tonnes.
     */
    public static JFreeChart centreBelief(RunData data) {
        DefaultCategoryDataset d = new DefaultCategoryDataset();
        List<Ledger.Year> years = Ledger.byAgriculturalYear(data.series());
        for (Ledger.Year y : years) {
            d.addValue(Double.isNaN(y.estimateT()) ? null : y.estimateT() / 1e6, LEDGER_ESTIMATE, y.label());
            d.addValue(Double.isNaN(y.reportedT()) ? null : y.reportedT() / 1e6, LEDGER_REPORTED, y.label());
            d.addValue(Double.isNaN(y.trueT()) ? null : y.trueT() / 1e6, LEDGER_TRUE, y.label());
        }
        BarRenderer r = new BarRenderer();
        r.setBarPainter(new StandardBarPainter());
        r.setShadowVisible(false);
        r.setDrawBarOutline(false);
        r.setItemMargin(0.06);
        r.setSeriesPaint(0, Palette.REDDISH_PURPLE);
        r.setSeriesPaint(1, Palette.ORANGE);
        r.setSeriesPaint(2, Palette.BLUISH_GREEN);
        NumberAxis axis = ChartStyle.valueAxis("Million tonnes of grain");
        axis.setUpperMargin(0.12);
        CategoryPlot plot = new CategoryPlot(d, ChartStyle.categoryAxis("Agricultural year (July to June)"), axis, r);
        ChartStyle.style(plot);
        String note = years.isEmpty()
                ? "This run's timeseries.csv has no centre_estimate_t, reported_harvest_t and true_harvest_t (a run of an"
                        + " older version): there is nothing to draw."
                : "The estimate is the one in force in July, when the centre set the year's plan on it; it moves only"
                        + " when the September reports arrive, and falls by no more than a set share a year."
                        + (years.get(0).trueT() > 0 ? "" : " " + years.get(0).label() + ": the run begins in October"
                                + " 1928, after that year's harvest; only the estimate in force at the start is shown.");
        return ChartStyle.chart("What the centre believed, and what there was", plot, data.sourceNote(), note);
    }

    // ---------------------------------------------------------------- helpers

    /** Month-end stocks are drawn at the end of their month. */
    private static TimeSeriesCollection stocks() {
        TimeSeriesCollection c = new TimeSeriesCollection(ChartStyle.ZONE);
        c.setXPosition(TimePeriodAnchor.END);
        return c;
    }

    /** A month's flow is drawn in the middle of its month. */
    private static TimeSeriesCollection flows() {
        TimeSeriesCollection c = new TimeSeriesCollection(ChartStyle.ZONE);
        c.setXPosition(TimePeriodAnchor.MIDDLE);
        return c;
    }

    /** A column as a monthly series divided by {@code divisor}; a missing value leaves a gap. */
    static TimeSeries series(String name, TimeTable t, String column, double divisor) {
        TimeSeries s = new TimeSeries(name);
        double[] values = t.column(column);
        List<YearMonth> months = t.months();
        for (int i = 0; i < values.length; i++) {
            s.add(ChartStyle.jfreeMonth(months.get(i)), Double.isNaN(values[i]) ? null : values[i] / divisor);
        }
        return s;
    }

    private static XYLineAndShapeRenderer lines(Color... colours) {
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, false);
        r.setDrawSeriesLineAsPath(true);
        r.setLegendLine(new Line2D.Double(-22, 0, 22, 0));
        for (int s = 0; s < colours.length; s++) {
            r.setSeriesPaint(s, colours[s]);
            r.setSeriesStroke(s, ChartStyle.line(colours.length > 4 ? s : 0));
        }
        return r;
    }

    private static XYBarRenderer bars(Color... colours) {
        XYBarRenderer r = new XYBarRenderer(0.15);
        r.setBarPainter(new StandardXYBarPainter());
        r.setShadowVisible(false);
        r.setDrawBarOutline(false);
        for (int s = 0; s < colours.length; s++) {
            r.setSeriesPaint(s, colours[s]);
        }
        return r;
    }

    /**
     * A chart over time whose panels share the month axis; each lever changed during the run (a classroom
     * record's lever_changes) is marked by a dashed vertical line at the start of its month, labelled in the
     * top panel, so that a change in the curves can be read against the decision that preceded it.
     */
    private static JFreeChart timeChart(String title, CombinedDomainXYPlot plot, RunData data, String... notes) {
        List<Scenario.LeverChange> changes = data.scenario().leverChanges();
        if (changes.isEmpty()) return ChartStyle.chart(title, plot, data.sourceNote(), notes);
        // one line per month; its label names every change of that month
        Map<YearMonth, List<String>> byMonth = new java.util.TreeMap<>();
        for (Scenario.LeverChange c : changes) {
            // "exports.share_of_surplus" reads "exports: share of surplus"
            String label = c.key().replace('_', ' ').replaceFirst("\\.", ": ") + " \u2192 "
                    + Formats.parameterValue(c.value());
            c.yearMonth().ifPresent(month -> byMonth.computeIfAbsent(month, m -> new ArrayList<>()).add(label));
        }
        @SuppressWarnings("unchecked")
        List<XYPlot> panels = plot.getSubplots();
        for (Map.Entry<YearMonth, List<String>> e : byMonth.entrySet()) {
            for (int i = 0; i < panels.size(); i++) {
                ValueMarker m = ChartStyle.referenceLine(ChartStyle.monthStart(e.getKey()), Palette.TEXT, 1.5f,
                        new float[] {6f, 4f});
                if (i == 0) {
                    m.setLabel(String.join("; ", e.getValue()));
                    m.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
                    m.setLabelTextAnchor(org.jfree.ui.TextAnchor.TOP_LEFT);
                }
                panels.get(i).addDomainMarker(m);
            }
        }
        List<String> all = new ArrayList<>(List.of(notes));
        all.add("Dashed vertical lines: levers changed during the run, from the start of that month.");
        return ChartStyle.chart(title, plot, data.sourceNote(), all.toArray(String[]::new));
    }

    private static CombinedDomainXYPlot combined(TimeTable t, XYPlot first, int w1, XYPlot second, int w2) {
        DateAxis time = ChartStyle.timeAxis(t.first(), t.last());
        CombinedDomainXYPlot plot = new CombinedDomainXYPlot(time);
        plot.setGap(16);
        plot.add(first, w1);
        plot.add(second, w2);
        return plot;
    }

    private static ValueMarker zeroLine() {
        return ChartStyle.referenceLine(0, Palette.TEXT, 1.5f, null);
    }

    private static double maxAbs(TimeTable t, String... columns) {
        double m = 0;
        for (String c : columns) {
            for (double v : t.column(c)) {
                if (!Double.isNaN(v)) {
                    m = Math.max(m, Math.abs(v));
                }
            }
        }
        return m;
    }
}
