package org.collectivization.model;

/**
 * The countryside's stocks counted from the model's tables (not from its tally), by region: grain of
 * the households still present (visible and hidden) plus the collective farms' stores, heads of every
 * species held by present households and collective farms, and people in present and deported
 * households. Summed district by district, village by village, as the demography phase sums them.
 */
final class Stocks {
    final double[] grainKg = new double[Region.ALL.length];
    final double[] visibleKg = new double[Region.ALL.length];
    final double[] hiddenKg = new double[Region.ALL.length];
    final double[] storeKg = new double[Region.ALL.length];
    final double[] heads = new double[Region.ALL.length];
    final double[] bySpecies = new double[Species.COUNT];
    long population;
    long presentHouseholds;
    long collectiveHouseholds;

    static Stocks of(CollectivizationModel m) {
        Stocks s = new Stocks();
        HouseholdTable h = m.households;
        VillageTable v = m.villages;
        DistrictTable dt = m.districts;
        for (int d = 0; d < dt.size; d++) {
            int r = dt.region[d];
            double visible = 0, hidden = 0, store = 0, heads = 0;
            for (int k = dt.firstVillage[d]; k < dt.firstVillage[d] + dt.villageCount[d]; k++) {
                for (int i = v.firstHousehold[k]; i < v.firstHousehold[k] + v.householdCount[k]; i++) {
                    byte status = h.status[i];
                    if (status == HouseholdTable.PRESENT || status == HouseholdTable.DEPORTED) s.population += h.members[i];
                    if (status != HouseholdTable.PRESENT) continue;
                    s.presentHouseholds++;
                    if (h.is(i, HouseholdTable.COLLECTIVE)) s.collectiveHouseholds++;
                    visible += h.grainKg[i];
                    hidden += h.hiddenKg[i];
                    for (int sp = 0; sp < Species.COUNT; sp++) {
                        heads += h.animals[sp][i];
                        s.bySpecies[sp] += h.animals[sp][i];
                    }
                }
                store += v.storeKg[k];
                for (int sp = 0; sp < Species.COUNT; sp++) {
                    heads += v.herd[sp][k];
                    s.bySpecies[sp] += v.herd[sp][k];
                }
            }
            s.visibleKg[r] += visible;
            s.hiddenKg[r] += hidden;
            s.storeKg[r] += store;
            s.grainKg[r] += visible + hidden + store;
            s.heads[r] += heads;
        }
        return s;
    }

    double grainKg() {
        double t = 0;
        for (double g : grainKg) t += g;
        return t;
    }

    double heads() {
        double t = 0;
        for (double a : heads) t += a;
        return t;
    }

    /** Grain coming into the countryside this month (harvest, relief, herders' purchases, grain taken back from collection points). */
    static final Tally[] GRAIN_IN = {Tally.HARVEST_KG, Tally.RELIEF_KG, Tally.TRADED_IN_KG, Tally.STOLEN_KG};
    /** Grain going out of it (sown, eaten, fed, spoilt, procured, carried away by those who leave). */
    static final Tally[] GRAIN_OUT = {Tally.SEED_KG, Tally.FOOD_GRAIN_KG, Tally.FODDER_KG, Tally.STORAGE_LOSS_KG,
            Tally.PROCURED_KG, Tally.GRAIN_LEAVING_KG};
    static final Tally[] ANIMALS_OUT = {Tally.ANIMAL_DEATHS, Tally.SLAUGHTERED, Tally.ANIMALS_SEIZED,
            Tally.ANIMALS_LEAVING, Tally.ANIMALS_TRADED};

    /** This month's grain in minus grain out, over one region ({@code null}: the whole country). */
    static double grainNetKg(CollectivizationModel m, Region g) {
        double net = 0;
        for (Tally t : GRAIN_IN) net += total(m, t, g);
        for (Tally t : GRAIN_OUT) net -= total(m, t, g);
        return net;
    }

    /** This month's grain flows in absolute value: the scale of the rounding a month can add. */
    static double grainGrossKg(CollectivizationModel m, Region g) {
        double gross = 0;
        for (Tally t : GRAIN_IN) gross += Math.abs(total(m, t, g));
        for (Tally t : GRAIN_OUT) gross += Math.abs(total(m, t, g));
        return gross;
    }

    static double animalsNet(CollectivizationModel m, Region g) {
        double net = total(m, Tally.ANIMAL_BIRTHS, g);
        for (Tally t : ANIMALS_OUT) net -= total(m, t, g);
        return net;
    }

    static double animalsGross(CollectivizationModel m, Region g) {
        double gross = Math.abs(total(m, Tally.ANIMAL_BIRTHS, g));
        for (Tally t : ANIMALS_OUT) gross += Math.abs(total(m, t, g));
        return gross;
    }

    static double total(CollectivizationModel m, Tally t, Region g) {
        return g == null ? m.total(t) : m.total(t, g);
    }
}
