package org.collectivization.model;

/**
 * Districts as columns: each has one district official (ODD 2: zeal, fear of purge, compassion,
 * honesty), a collection point, its villages {@code [firstVillage, firstVillage + villageCount)},
 * and its own random-number stream so districts can be stepped on any number of threads with the
 * same result.
 */
public final class DistrictTable implements java.io.Serializable {
    private static final long serialVersionUID = 3L;  // 3: herdless (ODD 4.3); older checkpoints are refused

    public final int size;
    public final byte[] region;
    public final int[] firstVillage;
    public final int[] villageCount;
    public final int[] firstHousehold;
    public final int[] householdCount;
    public final ec.util.MersenneTwisterFast[] random;

    public final double[] zeal;
    public final double[] fear;
    public final double[] compassion;
    public final double[] honesty;
    public final boolean[] replace;
    public final boolean[] pleadedThisYear;
    public final int[] labelled;
    /**
     * The uniform number by which the district's label target is rounded (ODD 4.8), drawn at its first
     * month of dekulakization; NaN until then.
     */
    public final double[] labelRounding;
    public final double[] collectionPointKg;
    public final double[] reportedHarvestKg;
    public final double[] hungryShare;
    public final double[] reliefKg;
    public final int[] hungryPersons;
    /**
     * Bit s set (one bit a species): no household of the district holds an animal of species s, and none
     * ever will again — a household's herd grows only by its own young, in proportion to it (ODD 4.3). Set
     * from the end-of-month head counts (Demography); the rules over the district's households then pass
     * over that species (for a herd of +0 they would change nothing).
     */
    public final int[] herdless;

    public DistrictTable(int size) {
        this.size = size;
        region = new byte[size];
        firstVillage = new int[size];
        villageCount = new int[size];
        firstHousehold = new int[size];
        householdCount = new int[size];
        random = new ec.util.MersenneTwisterFast[size];
        zeal = new double[size];
        fear = new double[size];
        compassion = new double[size];
        honesty = new double[size];
        replace = new boolean[size];
        pleadedThisYear = new boolean[size];
        labelled = new int[size];
        labelRounding = new double[size];
        java.util.Arrays.fill(labelRounding, Double.NaN);
        collectionPointKg = new double[size];
        reportedHarvestKg = new double[size];
        hungryShare = new double[size];
        reliefKg = new double[size];
        hungryPersons = new int[size];
        herdless = new int[size];
    }

    /** Whether district {@code d}'s households hold no animal of species {@code s}, for good ({@link #herdless}). */
    public boolean herdless(int d, int s) {
        return (herdless[d] & (1 << s)) != 0;
    }

    /** Records that district {@code d}'s households hold no animal of species {@code s} (see {@link #herdless}). */
    public void markHerdless(int d, int s) {
        herdless[d] |= 1 << s;
    }
}
