package org.collectivization.report;

import java.awt.Color;

/**
 * The model's regions as the charts show them: their keys in {@code summary.json}, their columns in
 * {@code timeseries.csv}, the names a reader sees (all from {@link org.collectivization.model.Region})
 * and the colour each keeps in every chart.
 */
public enum Region {
    UKRAINE(org.collectivization.model.Region.UKRAINE, Palette.VERMILLION),
    NORTH_CAUCASUS(org.collectivization.model.Region.NORTH_CAUCASUS, Palette.ORANGE),
    VOLGA(org.collectivization.model.Region.VOLGA, Palette.REDDISH_PURPLE),
    CENTRAL_BLACK_EARTH(org.collectivization.model.Region.CENTRAL_BLACK_EARTH, Palette.BLUISH_GREEN),
    KAZAKHSTAN(org.collectivization.model.Region.KAZAKHSTAN, Palette.BLUE),
    SIBERIA_URALS(org.collectivization.model.Region.SIBERIA_URALS, Palette.SKY_BLUE),
    REST(org.collectivization.model.Region.REST, Palette.BLACK);

    private final org.collectivization.model.Region region;
    private final String key;
    private final String displayName;
    private final Color colour;

    Region(org.collectivization.model.Region region, Color colour) {
        this.region = region;
        this.key = region.id;
        this.displayName = region.displayName;
        this.colour = colour;
    }

    /** The model's region this one shows. */
    public org.collectivization.model.Region region() {
        return region;
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
