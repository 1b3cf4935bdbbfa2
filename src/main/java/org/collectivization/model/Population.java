package org.collectivization.model;

import ec.util.MersenneTwisterFast;
import org.collectivization.rules.MinMax;

/**
 * Builds the villages, districts and households of autumn 1928 (ODD §5 Initialization): regions
 * by their household shares, ~100 households a village and 10 villages a district at every size,
 * households drawn from each district's own random stream.
 */
public final class Population {
    private Population() {}

    /**
     * Herds in October hold the year's young not yet slaughtered: the 1 January 1929 counts (the
     * scenario's herds, what a farm keeps over winter) times 1 + births - five months' deaths.
     */
    private static double[] autumnHerd(Params p) {
        double[] f = new double[Species.COUNT];
        double[] births = p.livestock.birthsPerHeadYear(), mortality = p.livestock.mortalityPerYear();
        for (int s = 0; s < Species.COUNT; s++) f[s] = 1 + births[s] - mortality[s] * 5 / 12;
        return f;
    }

    /** Wealth spread: log-normal sigma of a household's size of farm (land and herd). */
    static final double WEALTH_SIGMA = 0.45;

    public static void build(CollectivizationModel m) {
        Params p = m.params();
        int n = p.run.households();
        int[] perRegion = largestRemainder(n, p.regions.householdShare());
        int villageCount = 0, districtCount = 0;
        for (Region g : Region.ALL) {
            int nv = villagesFor(perRegion[g.ordinal()], p.run.householdsPerVillage());
            villageCount += nv;
            districtCount += (nv + p.run.villagesPerDistrict() - 1) / p.run.villagesPerDistrict();
        }
        HouseholdTable h = new HouseholdTable(n);
        VillageTable v = new VillageTable(villageCount);
        DistrictTable d = new DistrictTable(districtCount);
        int hh = 0, vi = 0, di = 0;
        for (Region g : Region.ALL) {
            int nr = perRegion[g.ordinal()];
            int nv = villagesFor(nr, p.run.householdsPerVillage());
            if (nv == 0) continue;
            int firstVillage = vi;
            for (int j = 0; j < nv; j++) {
                int size = nr / nv + (j < nr % nv ? 1 : 0);
                v.region[vi] = (byte) g.ordinal();
                v.firstHousehold[vi] = hh;
                v.householdCount[vi] = size;
                hh += size;
                vi++;
            }
            int nd = (nv + p.run.villagesPerDistrict() - 1) / p.run.villagesPerDistrict();
            int vv = firstVillage;
            for (int j = 0; j < nd; j++) {
                int size = nv / nd + (j < nv % nd ? 1 : 0);
                d.region[di] = (byte) g.ordinal();
                d.firstVillage[di] = vv;
                d.villageCount[di] = size;
                d.firstHousehold[di] = v.firstHousehold[vv];
                int count = 0;
                for (int k = vv; k < vv + size; k++) {
                    v.district[k] = di;
                    count += v.householdCount[k];
                }
                d.householdCount[di] = count;
                d.random[di] = CollectivizationModel.districtRandom(p.run.seed(), di);
                vv += size;
                di++;
            }
        }
        layOut(v);
        m.households = h;
        m.villages = v;
        m.districts = d;
        m.forEachDistrict(k -> populate(m, k));
        int welloff = 0;
        for (int i = 0; i < n; i++) if (h.is(i, HouseholdTable.WELLOFF)) welloff++;
        m.welloffHouseholds = welloff;
    }

    static int villagesFor(int households, int perVillage) {
        if (households == 0) return 0;
        return MinMax.max(1, (int) Math.round((double) households / perVillage));
    }

    /** Splits {@code n} by shares so the parts sum to {@code n} exactly (largest remainder). */
    static int[] largestRemainder(int n, double[] shares) {
        double sum = 0;
        for (double s : shares) sum += s;
        int[] parts = new int[shares.length];
        double[] rest = new double[shares.length];
        int given = 0;
        for (int i = 0; i < shares.length; i++) {
            double exact = n * shares[i] / sum;
            parts[i] = (int) Math.floor(exact);
            rest[i] = exact - parts[i];
            given += parts[i];
        }
        while (given < n) {
            int best = 0;
            for (int i = 1; i < shares.length; i++) if (rest[i] > rest[best]) best = i;
            parts[best]++;
            rest[best] = -1;
            given++;
        }
        return parts;
    }

    /** Villages on a grid, region by region in bands of columns, so a map shows regions as blocks. */
    static void layOut(VillageTable v) {
        int width = MinMax.max(1, (int) Math.ceil(Math.sqrt(v.size * 16.0 / 9.0)));
        for (int i = 0; i < v.size; i++) {
            v.x[i] = i % width;
            v.y[i] = i / width;
        }
    }

    private static void populate(CollectivizationModel m, int d) {
        Params p = m.params();
        HouseholdTable h = m.households;
        VillageTable v = m.villages;
        DistrictTable dt = m.districts;
        MersenneTwisterFast rnd = dt.random[d];
        Region g = Region.ALL[dt.region[d]];
        int r = g.ordinal();
        int first = dt.firstHousehold[d], end = first + dt.householdCount[d];
        double full = p.food.bodyReserveMonths();
        double[] autumnHerd = autumnHerd(p);
        for (int i = first; i < end; i++) {
            boolean herder = p.regions.herderShare()[r] > 0 && rnd.nextDouble() < p.regions.herderShare()[r];
            double w = Math.exp(WEALTH_SIGMA * rnd.nextGaussian() - WEALTH_SIGMA * WEALTH_SIGMA / 2);
            int members = 1 + org.collectivization.rules.Mortality.poisson(p.regions.personsPerHousehold()[r] - 1,
                    rnd.nextDouble());
            h.members[i] = (byte) MinMax.min(p.demography.maxMembers(), members);
            h.status[i] = HouseholdTable.PRESENT;
            h.set(i, HouseholdTable.HERDER, herder);
            h.landHa[i] = (float) ((herder ? p.kazakhstan.sownHaPerHerder() : p.regions.sownHaPerHousehold()[r]) * w);
            h.winterSownHa[i] = (float) (h.landHa[i] * p.regions.winterShare()[r]);
            for (int s = 0; s < Species.COUNT; s++) {
                double mean = herder ? p.kazakhstan.herdPerHousehold()[s] : p.regions.animalsPerHousehold()[r][s];
                h.animals[s][i] = (float) (mean * w * autumnHerd[s]);
            }
            h.reserveMonths[i] = (float) full;
            h.intakeShare[i] = 1;
            h.attachment[i] = (float) (p.collectivization.attachmentMean()
                    + p.collectivization.attachmentSd() * rnd.nextGaussian()
                    + p.collectivization.wealthAttachment() * (w - 1));
            h.riskAversion[i] = (float) MinMax.min(1, 2 * p.resistance.riskAversionMean() * rnd.nextDouble());
            h.assets[i] = (float) w;
            h.gardenKg[i] = (float) (h.members[i] * p.regions.gardenKgPerPersonYear()[r] * 9 / 12.0);
            h.takeShare[i] = (float) p.harvest.normalTakeShare();
        }
        markWelloff(h, first, end, p.dekulakization.welloffShare());
        dt.zeal[d] = clamp(p.officials.zealMean() + p.officials.zealSd() * rnd.nextGaussian());
        dt.compassion[d] = clamp(p.officials.compassionMean() + p.officials.traitSd() * rnd.nextGaussian());
        dt.honesty[d] = clamp(p.officials.honestyMean() + p.officials.traitSd() * rnd.nextGaussian());
        for (int k = dt.firstVillage[d]; k < dt.firstVillage[d] + dt.villageCount[d]; k++) {
            int a = v.firstHousehold[k], b = a + v.householdCount[k];
            for (int i = a; i < b; i++) {
                if (rnd.nextDouble() < p.run.initialCollectivizedShare()) Kolkhoz.join(m, k, i, false);
            }
        }
    }

    static double clamp(double x) {
        return MinMax.max(0, MinMax.min(1, x));
    }

    /**
     * The truly well-off: the top share of a district's households by assets (ODD 4.8), ties to the
     * lower index. Selected as primitive keys: the high half orders by assets, largest first, exactly as
     * {@link Float#compare} orders them (so -0 below +0); the low half by index.
     */
    private static void markWelloff(HouseholdTable h, int first, int end, double share) {
        int n = end - first;
        int count = (int) Math.round(share * n);
        if (count == 0) return;
        long[] keys = new long[n];
        for (int j = 0; j < n; j++) {
            int bits = Float.floatToIntBits(h.assets[first + j]);
            int ordered = bits ^ ((bits >> 31) & 0x7fffffff);  // signed order = Float.compare's order
            keys[j] = ((long) ~ordered << 32) | j;             // ~ reverses it: largest first
        }
        selectSmallest(keys, count);
        for (int j = 0; j < count; j++) h.set(first + (int) keys[j], HouseholdTable.WELLOFF, true);
    }

    /**
     * Moves the {@code k} smallest of {@code keys} (all different) to its first {@code k} places, in no
     * particular order (quickselect, median-of-three pivots): the same set a full sort puts there, for a
     * fraction of the work (a district's 1,000 households each have a key; a few per cent are marked).
     */
    static void selectSmallest(long[] keys, int k) {
        int lo = 0, hi = keys.length - 1;
        while (lo < hi && k > lo && k <= hi) {
            int mid = (lo + hi) >>> 1;
            long pivot = median(keys[lo], keys[mid], keys[hi]);
            int i = lo, j = hi;
            while (i <= j) {  // Hoare partition: [lo, j] <= pivot <= [i, hi]
                while (keys[i] < pivot) i++;
                while (keys[j] > pivot) j--;
                if (i <= j) {
                    long t = keys[i];
                    keys[i++] = keys[j];
                    keys[j--] = t;
                }
            }
            if (k <= j + 1) hi = j;       // the k smallest lie in [lo, j]
            else if (k >= i) lo = i;      // [lo, i) are all among them; the rest in [i, hi]
            else return;                  // j + 1 < k < i: the places between hold the pivot alone
        }
    }

    private static long median(long a, long b, long c) {
        return Math.max(Math.min(a, b), Math.min(Math.max(a, b), c));
    }

    /**
     * Stocks of October 1928 (ODD §5): each household holds what it needs until the next harvest —
     * food grain, fodder, spring seed — plus what it still owes on the 1928/29 plan, plus a
     * carry-over reserve of a few months' food grain. The quotas must be set first.
     */
    public static void stockUp(CollectivizationModel m) {
        DistrictTable dt = m.districts;
        // villages are independent of each other here: stocked district by district on the thread pool
        m.forEachDistrict(d -> {
            for (int k = dt.firstVillage[d]; k < dt.firstVillage[d] + dt.villageCount[d]; k++) stockUp(m, k);
        });
    }

    private static void stockUp(CollectivizationModel m, int k) {
        Params p = m.params();
        HouseholdTable h = m.households;
        VillageTable v = m.villages;
        int monthsLeft = 9;
        int r = v.region[k];
        int a = v.firstHousehold[k], b = a + v.householdCount[k];
        for (int i = a; i < b; i++) {
            double persons = h.members[i];
            double dairy = 0, fodder = 0;
            for (int s = 0; s < Species.COUNT; s++) {
                dairy += h.animals[s][i] * p.food.dairyKgPerHeadMonth()[s];
                fodder += h.is(i, HouseholdTable.HERDER) ? 0 : h.animals[s][i] * p.livestock.fodderKgPerHeadMonth()[s];
            }
            double perMonth = MinMax.max(0, persons * p.food.needKgPerPersonMonth() - dairy);
            double food = perMonth * monthsLeft - h.gardenKg[i] + perMonth * p.run.initialCarryoverMonths();
            if (h.is(i, HouseholdTable.HERDER)) {
                food = persons * p.food.needKgPerPersonMonth() * p.kazakhstan.herderGrainDietShare() * 2;
            }
            double seed = h.landHa[i] * (1 - p.regions.winterShare()[r]) * p.food.seedKgPerHa();
            double grain = MinMax.max(0, food) * 1.1 + fodder * monthsLeft + seed + h.quotaKg[i];
            if (h.is(i, HouseholdTable.COLLECTIVE)) {
                v.storeKg[k] += seed + h.quotaKg[i] + fodder * monthsLeft;
                h.grainKg[i] = (float) (MinMax.max(0, food) * 1.1);
            } else {
                h.grainKg[i] = (float) grain;
            }
        }
        for (int s = 0; s < Species.COUNT; s++) {
            v.storeKg[k] += v.herd[s][k] * p.livestock.fodderKgPerHeadMonth()[s] * monthsLeft;
        }
    }
}
