package org.collectivization.agents;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;

import ec.util.MersenneTwisterFast;
import org.collectivization.experiment.Loader;
import org.collectivization.experiment.Runner;
import org.collectivization.experiment.Scenario;
import org.collectivization.model.Calendar;
import org.collectivization.model.Centre;
import org.collectivization.model.CollectivizationModel;
import org.collectivization.model.DistrictTable;
import org.collectivization.model.HouseholdTable;
import org.collectivization.model.Params;
import org.collectivization.model.Region;
import org.collectivization.model.Species;
import org.collectivization.model.Tally;
import org.collectivization.model.VillageTable;

/**
 * A model of one district with one village of a few households, built by hand, so that a test can
 * step one phase (or one rule of a phase) on it and work out by hand what every stock must be after.
 * This is the level between a rule's test (rules/, one formula) and a whole run (model/, a country).
 *
 * <p>How to use it (each *PhaseTest in this package is an example to copy):
 * <ol>
 * <li>{@link #params} reads src/test/resources/one-district/round-numbers.yaml (the historical scenario
 * with round numbers: a need of 20 kg and a survival minimum of 10 kg a person a month, no storage or
 * harvest loss, herds losing 1/64 a month) and sets any other number the test names, e.g. a probability
 * to 0 or 1, through the scenario (range-checked, as a sweep would);</li>
 * <li>{@code new OneDistrict(params, region, households)} makes the tables: every household present,
 * with nobody in it and nothing in store, a full body reserve, assets 1 and no grievance; the official
 * with zeal, fear and compassion 0 and honesty 1; the month is October 1928 until {@link #at} says;</li>
 * <li>the test writes the stocks, herds and flags it wants straight into {@link #h}, {@link #v},
 * {@link #dt} and {@link #m}{@code .centre} (the model's own public columns), puts members in the
 * collective farm with {@link #member}, and scripts the district's random draws with {@link #draws};</li>
 * <li>{@link #work()} then fills the working masks from the table (as Districts does once), and the test
 * calls the phase — {@code Season.harvest(t.m, D, K, true)}, {@code Households.eat(t.month(), 0, n)},
 * {@code Officials.requisition(...)}, {@code t.demography()} — and asserts the columns after.</li>
 * </ol>
 * Nothing is random unless the test scripts draws: the district's generator is a {@link Draws} that
 * fails the test when a phase draws a number the test did not foresee.
 */
final class OneDistrict {
    /** The district's number and its village's. */
    static final int D = 0, K = 0;

    static final int CATTLE = Species.CATTLE.ordinal(), HORSES = Species.HORSES.ordinal(),
            PIGS = Species.PIGS.ordinal(), SHEEP = Species.SHEEP_GOATS.ordinal(), CAMELS = Species.CAMELS.ordinal();

    final CollectivizationModel m;
    final Params p;
    final HouseholdTable h;
    final VillageTable v;
    final DistrictTable dt;
    /** The working columns, once {@link #work()} has made them. */
    WorkColumns w;

    /**
     * The round-numbers scenario with {@code keysAndValues} set: pairs of a parameter's key and a
     * number, e.g. {@code params("migration.flee_per_month", 1.0)}.
     */
    static Params params(Object... keysAndValues) {
        Scenario s = Loader.load(Path.of("src/test/resources/one-district/round-numbers.yaml"));
        for (int j = 0; j < keysAndValues.length; j += 2) {
            s = s.with((String) keysAndValues[j], ((Number) keysAndValues[j + 1]).doubleValue(), "test");
        }
        return Runner.params(s);
    }

    /** One district of {@code region} with one village of {@code households} present, empty households. */
    OneDistrict(Params p, Region region, int households) {
        this.p = p;
        m = Simulation.model(p, 1);
        h = new HouseholdTable(households);
        v = new VillageTable(1);
        dt = new DistrictTable(1);
        v.region[K] = (byte) region.ordinal();
        v.district[K] = D;
        v.firstHousehold[K] = 0;
        v.householdCount[K] = households;
        dt.region[D] = (byte) region.ordinal();
        dt.firstVillage[D] = K;
        dt.villageCount[D] = 1;
        dt.firstHousehold[D] = 0;
        dt.householdCount[D] = households;
        dt.random[D] = new Draws();
        dt.honesty[D] = 1;
        for (int i = 0; i < households; i++) {
            h.status[i] = HouseholdTable.PRESENT;
            h.reserveMonths[i] = (float) p.food.bodyReserveMonths();
            h.intakeShare[i] = 1;
            h.assets[i] = 1;
            h.takeShare[i] = (float) p.harvest.normalTakeShare();
        }
        m.households = h;
        m.villages = v;
        m.districts = dt;
        m.tally = new double[1][Tally.COUNT];
        m.centre = new Centre();
        m.centre.individualQuotaFactor = p.procurement.individualQuotaFactor();
    }

    /** Sets the month, "YYYY-MM" (the model's months run from 1928-10). */
    OneDistrict at(String yyyyMm) {
        m.month = Calendar.monthIndex(yyyyMm);
        return this;
    }

    /** Household {@code i} joins the collective farm as a member, without pooling anything: its land is the farm's. */
    void member(int i, boolean pressed) {
        h.set(i, HouseholdTable.COLLECTIVE, true);
        h.set(i, HouseholdTable.PRESSED, pressed);
        v.memberLandHa[K] += h.landHa[i];
    }

    /** The district's random numbers from now on: exactly these uniform draws, in this order. */
    Draws draws(double... uniforms) {
        Draws d = new Draws(uniforms);
        dt.random[D] = d;
        return d;
    }

    /** The working masks and person counts filled from the table as it stands (call after the set-up). */
    WorkColumns work() {
        w = new WorkColumns(h.size);
        w.prepare(h, 0, h.size);
        return w;
    }

    /** What the households phase sees alike this month (its working columns made first if need be). */
    Households.Month month() {
        if (w == null) work();
        return new Households.Month(m, D, w);
    }

    /** This month's tally of the district so far. */
    double tally(Tally t) {
        return m.tally[D][t.ordinal()];
    }

    /**
     * A generator that gives the uniform numbers a test scripted, in order, and fails the test when a
     * phase asks for one more (or for any other kind of number): what the phase draws is part of what
     * the test asserts.
     */
    static final class Draws extends MersenneTwisterFast {
        private static final long serialVersionUID = 1L;
        private final Deque<Double> left = new ArrayDeque<>();

        Draws(double... uniforms) {
            super(1);
            for (double u : uniforms) left.add(u);
        }

        @Override
        public double nextDouble() {
            if (left.isEmpty()) throw new AssertionError("the phase drew a random number the test did not script");
            return left.poll();
        }

        @Override
        public double nextGaussian() {
            throw new AssertionError("the phase drew a Gaussian number the test did not script");
        }

        /** How many scripted draws the phase has not taken. */
        int unused() {
            return left.size();
        }
    }
}
