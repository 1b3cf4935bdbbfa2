package org.collectivization.model;

import org.collectivization.rules.MinMax;

/**
 * Villages as columns. A village holds {@code householdCount} consecutive households from
 * {@code firstHousehold}, and the collective farm once formed: its pooled herd and grain store.
 */
public final class VillageTable implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    public final int size;
    public final byte[] region;
    public final int[] district;
    public final int[] firstHousehold;
    public final int[] householdCount;
    /** Grid position on the map (column, row). */
    public final int[] x;
    public final int[] y;

    public final double[] storeKg;
    public final double[][] herd;
    public final double[] quotaKg;
    public final double[] deliveredKg;
    public final double[] harvestKg;
    public final boolean[] blacklisted;
    /** Recent seizures and searches, fading: 0-1 (ODD 4.3, 4.9). */
    public final double[] seizureMemory;
    /** Share of its households expropriated this month (coercion felt by neighbours, ODD 4.9). */
    public final double[] expropriatedShare;
    public final double[] collectivizedShare;
    public final double[] famineShare;
    public final int[] activeHouseholds;
    public final double[] winterSownHa;
    public final double[] springSownHa;
    public final double[] memberLandHa;

    public VillageTable(int size) {
        this.size = size;
        region = new byte[size];
        district = new int[size];
        firstHousehold = new int[size];
        householdCount = new int[size];
        x = new int[size];
        y = new int[size];
        storeKg = new double[size];
        herd = new double[Species.COUNT][size];
        quotaKg = new double[size];
        deliveredKg = new double[size];
        harvestKg = new double[size];
        blacklisted = new boolean[size];
        seizureMemory = new double[size];
        expropriatedShare = new double[size];
        collectivizedShare = new double[size];
        famineShare = new double[size];
        activeHouseholds = new int[size];
        winterSownHa = new double[size];
        springSownHa = new double[size];
        memberLandHa = new double[size];
    }

    public double takeStore(int v, double kg) {
        double t = MinMax.max(0, MinMax.min(kg, storeKg[v]));
        storeKg[v] = MinMax.max(0, storeKg[v] - t);
        return t;
    }

    public double takeHerd(int v, int species, double heads) {
        double t = MinMax.max(0, MinMax.min(heads, herd[species][v]));
        herd[species][v] = MinMax.max(0, herd[species][v] - t);
        return t;
    }
}
