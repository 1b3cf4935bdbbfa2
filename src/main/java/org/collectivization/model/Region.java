package org.collectivization.model;

/** The seven regions of ODD §2 (Regions); {@link #id} is the key used in scenario files and outputs. */
public enum Region {
    UKRAINE("ukraine", "Ukraine"),
    NORTH_CAUCASUS("north_caucasus", "North Caucasus"),
    VOLGA("volga", "Lower and Middle Volga"),
    CENTRAL_BLACK_EARTH("central_black_earth", "Central Black Earth"),
    KAZAKHSTAN("kazakhstan", "Kazakhstan"),
    SIBERIA_URALS("siberia_urals", "Siberia and Urals"),
    REST("rest", "Rest of the USSR");

    public final String id;
    public final String displayName;

    Region(String id, String displayName) {
        this.id = id;
        this.displayName = displayName;
    }

    public static final Region[] ALL = values();
}
