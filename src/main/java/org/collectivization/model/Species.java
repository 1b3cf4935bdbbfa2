package org.collectivization.model;

/** Livestock species. Camels are kept by Kazakh herders only and are reported in their own column. */
public enum Species {
    CATTLE("cattle"), HORSES("horses"), PIGS("pigs"), SHEEP_GOATS("sheep_goats"), CAMELS("camels");

    public final String id;

    Species(String id) {
        this.id = id;
    }

    public static final Species[] ALL = values();
    public static final int COUNT = ALL.length;
}
