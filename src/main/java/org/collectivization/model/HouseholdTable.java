package org.collectivization.model;

import org.collectivization.rules.MinMax;

/**
 * All peasant households as columns (structure of arrays), laid out village by village, so that a
 * district's households are one contiguous range that streams through the cache. Built for 25 million
 * rows, one per real household (ODD §2, Scales): {@link #bytesPerHousehold()} bytes a household, no
 * object per household.
 *
 * <p>Stocks (grain, hidden grain, garden, meat, animals) change in two ways. A change to one household
 * goes through the methods below, which refuse to go negative and return what was really moved. The
 * monthly phases' loops over a district's households (agents.Households, Season, Officials) write the
 * columns directly, because those loops must stay short for the JIT to vectorize them
 * (docs/performance.md); each step takes at most what the stock holds, the smaller of the stock and what
 * is asked, or a share of the stock of at most one. InvariantsTest checks every month that no stock is
 * negative or NaN.
 */
public final class HouseholdTable implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    public static final byte PRESENT = 0, DEPORTED = 1, FLED = 2, EXTINCT = 3;

    public static final int COLLECTIVE = 1, PRESSED = 2, KULAK = 4, WELLOFF = 8, HERDER = 16, SETTLED = 32,
            ACTIVE = 64;

    public final int size;
    public final byte[] status;
    public final byte[] flags;
    public final byte[] members;
    public final float[] landHa;
    public final float[] winterSownHa;
    public final float[] springSownHa;
    public final float[] grainKg;
    public final float[] hiddenKg;
    public final float[] gardenKg;
    public final float[] meatKg;
    /** Heads by species: animals[species][household]. */
    public final float[][] animals;
    public final float[] reserveMonths;
    public final float[] coercion;
    public final float[] attachment;
    public final float[] riskAversion;
    public final float[] assets;
    public final float[] quotaKg;
    public final float[] deliveredKg;
    public final float[] takeShare;
    public final float[] harvestKg;
    /** Last month's intake as a share of the normal need (ODD 4.2, 4.13). */
    public final float[] intakeShare;

    public HouseholdTable(int size) {
        this.size = size;
        status = new byte[size];
        flags = new byte[size];
        members = new byte[size];
        landHa = new float[size];
        winterSownHa = new float[size];
        springSownHa = new float[size];
        grainKg = new float[size];
        hiddenKg = new float[size];
        gardenKg = new float[size];
        meatKg = new float[size];
        animals = new float[Species.COUNT][size];
        reserveMonths = new float[size];
        coercion = new float[size];
        attachment = new float[size];
        riskAversion = new float[size];
        assets = new float[size];
        quotaKg = new float[size];
        deliveredKg = new float[size];
        takeShare = new float[size];
        harvestKg = new float[size];
        intakeShare = new float[size];
    }

    /** Bytes of memory per household row. */
    public static int bytesPerHousehold() {
        return 3 + 4 * (17 + Species.COUNT);  // status, flags, members; 17 float columns and the herds
    }

    /**
     * True for a stock of exactly +0 (no heads, no grain). Stocks are never negative or NaN (see the
     * class comment), and an emptied one is +0 (the methods below set it to 0; a loop that takes all
     * of a stock subtracts it from itself, which gives +0): taking a share of a +0 stock, or taking
     * from it, changes nothing and returns +0, so callers may skip it.
     */
    public static boolean none(float stock) {
        return Float.floatToRawIntBits(stock) == 0;
    }

    public boolean present(int h) {
        return status[h] == PRESENT;
    }

    public boolean is(int h, int flag) {
        return (flags[h] & flag) != 0;
    }

    public void set(int h, int flag, boolean on) {
        flags[h] = (byte) (on ? flags[h] | flag : flags[h] & ~flag);
    }

    /** Takes up to {@code kg} of visible grain; returns what was taken. */
    public double takeGrain(int h, double kg) {
        return take(grainKg, h, kg);
    }

    public double takeHidden(int h, double kg) {
        return take(hiddenKg, h, kg);
    }

    public double takeGarden(int h, double kg) {
        return take(gardenKg, h, kg);
    }

    public double takeMeat(int h, double kg) {
        return take(meatKg, h, kg);
    }

    public double takeAnimals(int h, int species, double heads) {
        return take(animals[species], h, heads);
    }

    /**
     * Takes up to {@code amount} from {@code stock[h]} and returns what was taken: all of it if as much
     * or more is asked, nothing if nothing (or less than nothing) is asked. The stock stays at or
     * above +0: what is left is the stock minus less than the stock. Written with two comparisons
     * rather than as clamps, because it runs dozens of times per household a month (docs/performance.md).
     */
    private static double take(float[] stock, int h, double amount) {
        double have = stock[h];
        if (!(amount > 0)) return 0;
        if (amount >= have) {
            stock[h] = 0;
            return have;
        }
        stock[h] = (float) (have - amount);
        return amount;
    }

    public void addGrain(int h, double kg) {
        grainKg[h] += (float) MinMax.max(0, kg);
    }

    public double herd(int h) {
        double s = 0;
        for (int i = 0; i < Species.COUNT; i++) s += animals[i][h];
        return s;
    }
}
