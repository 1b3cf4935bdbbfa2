package org.collectivization.model;

/**
 * The figures the model keeps for each district each month: flows (reset at the start of a month)
 * and end-of-month stocks. Units are simulated ones (kg, heads, persons, households); the recorder
 * scales them to real-world units.
 */
public enum Tally {
    // flows: grain (kg)
    HARVEST_KG, SEED_KG, FOOD_GRAIN_KG, FODDER_KG, STORAGE_LOSS_KG, PROCURED_KG, RELIEF_KG, TRADED_IN_KG, STOLEN_KG,
    GRAIN_LEAVING_KG, HIDDEN_FOUND_KG,
    // flows: animals (heads)
    ANIMAL_BIRTHS, ANIMAL_DEATHS, SLAUGHTERED, ANIMALS_SEIZED, ANIMALS_LEAVING, ANIMALS_TRADED,
    // flows: people
    BIRTHS, DEATHS, NORMAL_DEATHS, DEPORTEE_DEATHS, FLED_PEOPLE, RECRUITED_PEOPLE, TURNED_BACK, SHOT, DEKULAKIZED_PEOPLE,
    DEPORTED_PEOPLE,
    EXCESS_UKRAINE, EXCESS_NORTH_CAUCASUS, EXCESS_VOLGA, EXCESS_CENTRAL_BLACK_EARTH, EXCESS_KAZAKHSTAN,
    EXCESS_SIBERIA_URALS, EXCESS_REST,
    // flows: events
    LABELLED_HOUSEHOLDS, DISTURBANCES, OFFICIALS_KILLED, PLEAS, PURGES, SEARCHES, SEARCHES_FINDING, JOINED, LEFT,
    // stocks at the month's end
    POPULATION, PRESENT_HOUSEHOLDS, COLLECTIVE_HOUSEHOLDS, HUNGRY_HOUSEHOLDS, GRAIN_KG, HIDDEN_KG, STORE_KG,
    CATTLE, HORSES, PIGS, SHEEP_GOATS, CAMELS, ZEAL_SUM, OFFICIALS;

    public static final Tally[] ALL = values();
    public static final int COUNT = ALL.length;

    public static Tally excessFor(Region g) {
        return ALL[EXCESS_UKRAINE.ordinal() + g.ordinal()];
    }

    public static Tally herdFor(int species) {
        return ALL[CATTLE.ordinal() + species];
    }

    public boolean isStock() {
        return ordinal() >= POPULATION.ordinal();
    }
}
