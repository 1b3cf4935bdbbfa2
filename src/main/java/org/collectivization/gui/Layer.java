package org.collectivization.gui;

import java.awt.Color;

/**
 * What the map colours its villages by. Each layer has a few classes of a sequential ColorBrewer scale
 * (light = little, dark = much; Brewer and Harrower, cartographic colour schemes), so a class can read
 * the colours off the legend without a colour ramp, and the classes hold on a projector.
 */
enum Layer {
    HUNGER("Hunger", "Share of households who have used up more than half of their body reserve",
            new double[] {0.05, 0.2, 0.4, 0.6, 0.8}, Units.PERCENT, Scales.YL_OR_RD),
    GRAIN("Grain per person", "Grain in the village per person: households' (also hidden) and the collective farm's",
            new double[] {25, 50, 100, 200, 400}, Units.KG, Scales.YL_GN),
    COLLECTIVIZED("Collectivized", "Share of the village's households in the collective farm",
            new double[] {0.1, 0.3, 0.5, 0.7, 0.9}, Units.PERCENT, Scales.PURPLES),
    LIVESTOCK("Livestock", "Animals per household, in cattle-equivalents (horse 1, pig 0.3, sheep or goat 0.1)",
            new double[] {0.5, 1, 2, 3, 5}, Units.NUMBER, Scales.BLUES),
    UNREST("Unrest", "Share of households actively resisting this month",
            new double[] {1e-9, 0.02, 0.05, 0.1, 0.2}, Units.PERCENT, Scales.YL_OR_RD),
    GONE("Deported or dead", "Share of the village's households deported, or whose members have all died",
            new double[] {0.01, 0.03, 0.06, 0.1, 0.2}, Units.PERCENT, Scales.YL_OR_RD);

    /** Dark grey for a village with no one left in it. */
    static final Color EMPTY = new Color(0x525252);
    static final String EMPTY_LABEL = "no one left";

    final String title;
    final String description;
    /** Upper edges of all classes but the last. */
    final double[] edges;
    final Units units;
    final Color[] colours;

    Layer(String title, String description, double[] edges, Units units, Color[] colours) {
        this.title = title;
        this.description = description;
        this.edges = edges;
        this.units = units;
        this.colours = colours;
        if (colours.length != edges.length + 1) throw new IllegalArgumentException(name() + ": one colour per class");
    }

    double value(VillageStats s, int village) {
        return switch (this) {
            case HUNGER -> s.hungryShare[village];
            case GRAIN -> s.grainPerPersonKg[village];
            case COLLECTIVIZED -> s.collectivizedShare[village];
            case LIVESTOCK -> s.livestockPerHousehold[village];
            case UNREST -> s.unrestShare[village];
            case GONE -> s.goneShare[village];
        };
    }

    int classOf(double v) {
        int c = 0;
        while (c < edges.length && v >= edges[c]) c++;
        return c;
    }

    Color colour(double v) {
        return Double.isNaN(v) ? EMPTY : colours[classOf(v)];
    }

    /** The legend's label for class {@code c}, e.g. "5-20 %" or "400 kg +". */
    String label(int c) {
        if (this == UNREST && c == 0) return "none";
        String lo = c == 0 ? units.format(0) : units.format(edges[c - 1]);
        if (c == edges.length) {
            return units == Units.PERCENT ? lo + "\u2013100 %" : "\u2265 " + lo + units.suffix;
        }
        return lo + "\u2013" + units.format(edges[c]) + units.suffix;
    }

    @Override
    public String toString() {
        return title;
    }

    enum Units {
        PERCENT(" %"), KG(" kg"), NUMBER("");

        final String suffix;

        Units(String suffix) {
            this.suffix = suffix;
        }

        String format(double v) {
            double x = this == PERCENT ? v * 100 : v;
            if (this == PERCENT && v > 0 && v < 1e-6) return "0";
            return x == Math.rint(x) ? Long.toString(Math.round(x)) : String.valueOf(x);
        }
    }

    /** Six-class sequential schemes from ColorBrewer (colorbrewer2.org). */
    static final class Scales {
        static final Color[] YL_OR_RD = rgb(0xffffb2, 0xfed976, 0xfeb24c, 0xfd8d3c, 0xf03b20, 0xbd0026);
        static final Color[] YL_GN = rgb(0xffffcc, 0xd9f0a3, 0xaddd8e, 0x78c679, 0x31a354, 0x006837);
        static final Color[] PURPLES = rgb(0xf2f0f7, 0xdadaeb, 0xbcbddc, 0x9e9ac8, 0x756bb1, 0x54278f);
        static final Color[] BLUES = rgb(0xeff3ff, 0xc6dbef, 0x9ecae1, 0x6baed6, 0x3182bd, 0x08519c);

        private Scales() {}

        private static Color[] rgb(int... v) {
            Color[] c = new Color[v.length];
            for (int i = 0; i < v.length; i++) c[i] = new Color(v[i]);
            return c;
        }
    }
}
