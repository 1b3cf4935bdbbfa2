package org.collectivization.report;

import java.awt.Color;

/**
 * The regions the model reports, with their keys in {@code summary.json}, their columns in
 * {@code timeseries.csv}, the names a reader sees and the colour they keep in every chart.
 */
public enum Region {
    UKRAINE("ukraine", "Ukraine", Palette.VERMILLION),
    NORTH_CAUCASUS("north_caucasus", "North Caucasus", Palette.ORANGE),
    VOLGA("volga", "Lower and Middle Volga", Palette.REDDISH_PURPLE),
    CENTRAL_BLACK_EARTH("central_black_earth", "Central Black Earth", Palette.BLUISH_GREEN),
    KAZAKHSTAN("kazakhstan", "Kazakhstan", Palette.BLUE),
    SIBERIA_URALS("siberia_urals", "Siberia and Urals", Palette.SKY_BLUE),
    REST("rest", "Rest of the USSR", Palette.BLACK);

    private final String key;
    private final String displayName;
    private final Color colour;

    Region(String key, String displayName, Color colour) {
        this.key = key;
        this.displayName = displayName;
        this.colour = colour;
    }

    /** The key in {@code summary.json}'s {@code excess_deaths_by_region}. */
    public String key() {
        return key;
    }

    /** The column of this region's monthly excess deaths in {@code timeseries.csv}. */
    public String excessDeathsColumn() {
        return "excess_deaths_" + key;
    }

    public String displayName() {
        return displayName;
    }

    public Color colour() {
        return colour;
    }
}
