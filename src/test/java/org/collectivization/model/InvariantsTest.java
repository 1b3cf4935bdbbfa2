package org.collectivization.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Invariants checked after every month of whole runs: no stock ever negative (or above its bound),
 * grain and animals conserved region by region (what came in minus what went out equals the change in
 * what the countryside holds), and population accounting balanced. The stocks are counted here from the model's tables, not taken from its tally, and the
 * tally's own end-of-month stocks are compared with them.
 *
 * <p>Seeds 1-3 of the historical and the nep-continued scenarios at 20,000 households. These are
 * identities, not statistical statements: they must hold for every seed, so a failure is never
 * chance — it is a flow the model does not tally, or a stock that leaks.
 */
class InvariantsTest {
    static final int HOUSEHOLDS = 20_000;
    static final int THREADS = 2;

    /**
     * Grain and heads are stored per household as {@code float} (24-bit mantissa: each write rounds
     * by at most 2^-24 = 6e-8 of the value written), while the tally adds the amounts moved in
     * {@code double}. So the stocks drift from the tally by rounding alone. Roundings to nearest are
     * unbiased and independent across households, so they add like a random walk: measured (at
     * 20,000 households, seeds 1-3, both scenarios, every month and region) the residual is at most
     * 4e-9 of (stock before + stock after + gross flows). The bound 1e-6 of that scale leaves a
     * factor of 250 on what rounding did, and is still far below any real leak: one household's
     * grain is 1/20,000 = 5e-5 of the national stock (1e-3 of Kazakhstan's) at this size.
     */
    static final double FLOAT_TOLERANCE = 1e-6;

    /**
     * Demography sums each district's stocks with running sums in float (agents/WorkColumns.sum), each
     * over at most 8 rows before it is carried into a double: off by at most 8 x 2^-24 = 5e-7 of itself,
     * in practice far less (roundings of either sign). 1e-6 of the national stock is still far below one
     * household's stock (5e-5 of it at this size): a household counted twice or left out would show.
     */
    static final double SUM_TOLERANCE = 1e-6;

    static Stream<Arguments> runs() {
        return Stream.of("historical", "nep-continued")
                .flatMap(s -> Stream.of(1L, 2L, 3L).map(seed -> Arguments.of(s, seed)));
    }

    @ParameterizedTest(name = "{0}, seed {1}")
    @MethodSource("runs")
    void everyMonthStocksAreNonNegativeAndGrainAnimalsAndPeopleAreAccountedFor(String scenario, long seed) {
        CollectivizationModel m = ModelRuns.started(scenario, HOUSEHOLDS, seed, THREADS);
        Params p = m.params();
        List<String> failures = new ArrayList<>();
        Stocks before = Stocks.of(m);
        checkTables(m, "after start()", failures);
        for (int month = 0; month < p.run.months(); month++) {
            ModelRuns.stepMonth(m);
            String when = scenario + " seed " + seed + ", " + Calendar.label(month);
            Stocks after = Stocks.of(m);
            checkTables(m, when, failures);

            for (Region g : Region.ALL) {
                int r = g.ordinal();
                double change = after.grainKg[r] - before.grainKg[r];
                double net = Stocks.grainNetKg(m, g);
                double scale = before.grainKg[r] + after.grainKg[r] + Stocks.grainGrossKg(m, g);
                if (Math.abs(change - net) > FLOAT_TOLERANCE * scale) {
                    failures.add(String.format("%s, %s: grain not conserved: rural grain changed by %.1f kg but "
                                    + "harvest + relief + traded in + stolen - seed - food - fodder - storage loss - "
                                    + "procured - leaving = %.1f kg (difference %.1f kg, tolerance %.1f kg)",
                            when, g.id, change, net, change - net, FLOAT_TOLERANCE * scale));
                }
                double herdChange = after.heads[r] - before.heads[r];
                double herdNet = Stocks.animalsNet(m, g);
                double herdScale = before.heads[r] + after.heads[r] + Stocks.animalsGross(m, g);
                if (Math.abs(herdChange - herdNet) > FLOAT_TOLERANCE * herdScale) {
                    failures.add(String.format("%s, %s: animals not conserved: heads changed by %.2f but births - "
                                    + "deaths - slaughtered - seized - leaving - traded = %.2f (difference %.2f)",
                            when, g.id, herdChange, herdNet, herdChange - herdNet));
                }
            }

            long births = Math.round(m.total(Tally.BIRTHS)), deaths = Math.round(m.total(Tally.DEATHS));
            long fled = Math.round(m.total(Tally.FLED_PEOPLE)), recruited = Math.round(m.total(Tally.RECRUITED_PEOPLE));
            long net = births - deaths - fled - recruited;
            if (after.population - before.population != net) {
                failures.add(String.format("%s: population changed by %d but births - deaths - fled - recruited = "
                                + "%d - %d - %d - %d = %d",
                        when, after.population - before.population, births, deaths, fled, recruited, net));
            }

            // the tally's end-of-month stocks (what the recorder reports) are the tables' stocks, to the
            // rounding of the float sums over each village's households (SUM_TOLERANCE)
            double tallyGrain = m.total(Tally.GRAIN_KG) + m.total(Tally.HIDDEN_KG) + m.total(Tally.STORE_KG);
            if (Math.abs(tallyGrain - after.grainKg()) > SUM_TOLERANCE * Math.max(1, after.grainKg())) {
                failures.add(String.format("%s: tally's rural grain %.3f kg, tables hold %.3f kg", when, tallyGrain,
                        after.grainKg()));
            }
            for (int s = 0; s < Species.COUNT; s++) {
                double tallied = m.total(Tally.herdFor(s));
                if (Math.abs(tallied - after.bySpecies[s]) > SUM_TOLERANCE * Math.max(1, after.bySpecies[s])) {
                    failures.add(String.format("%s: tally's %s %.3f head, tables hold %.3f", when, Species.ALL[s].id,
                            tallied, after.bySpecies[s]));
                }
            }
            if (m.total(Tally.POPULATION) != after.population
                    || m.total(Tally.PRESENT_HOUSEHOLDS) != after.presentHouseholds
                    || m.total(Tally.COLLECTIVE_HOUSEHOLDS) != after.collectiveHouseholds) {
                failures.add(String.format("%s: tally's population / present / collective households %.0f / %.0f / %.0f,"
                                + " tables hold %d / %d / %d", when, m.total(Tally.POPULATION),
                        m.total(Tally.PRESENT_HOUSEHOLDS), m.total(Tally.COLLECTIVE_HOUSEHOLDS), after.population,
                        after.presentHouseholds, after.collectiveHouseholds));
            }
            if (failures.size() > 20) break;
            before = after;
        }
        m.finish();
        assertThat(failures).as("invariants broken (%s, seed %d, %d households; identities: never by chance)",
                scenario, seed, HOUSEHOLDS).isEmpty();
    }

    /** No stock negative or NaN, reserves within [0, full], members within [0, max]; the departed hold nothing. */
    static void checkTables(CollectivizationModel m, String when, List<String> failures) {
        Params p = m.params();
        HouseholdTable h = m.households;
        double full = p.food.bodyReserveMonths();
        for (int i = 0; i < h.size && failures.size() <= 20; i++) {
            String who = when + ": household " + i + " (status " + h.status[i] + ")";
            nonNegative(h.grainKg[i], who + " grainKg", failures);
            nonNegative(h.hiddenKg[i], who + " hiddenKg", failures);
            nonNegative(h.gardenKg[i], who + " gardenKg", failures);
            nonNegative(h.meatKg[i], who + " meatKg", failures);
            for (int s = 0; s < Species.COUNT; s++) nonNegative(h.animals[s][i], who + " " + Species.ALL[s].id, failures);
            if (!(h.reserveMonths[i] >= 0 && h.reserveMonths[i] <= full)) {
                failures.add(who + " reserveMonths " + h.reserveMonths[i] + " outside [0, " + full + "]");
            }
            if (!(h.members[i] >= 0 && h.members[i] <= p.demography.maxMembers())) {
                failures.add(who + " members " + h.members[i] + " outside [0, " + p.demography.maxMembers() + "]");
            }
            if (h.status[i] == HouseholdTable.PRESENT && h.members[i] == 0) {
                failures.add(who + " is present with no members left at the month's end");
            }
            if (h.status[i] != HouseholdTable.PRESENT && h.grainKg[i] + h.hiddenKg[i] + h.herd(i) != 0) {
                failures.add(who + " has left its village but still holds " + (h.grainKg[i] + h.hiddenKg[i])
                        + " kg grain and " + h.herd(i) + " head (uncounted stock)");
            }
        }
        VillageTable v = m.villages;
        for (int k = 0; k < v.size; k++) {
            nonNegative(v.storeKg[k], when + ": village " + k + " storeKg", failures);
            for (int s = 0; s < Species.COUNT; s++) {
                nonNegative(v.herd[s][k], when + ": village " + k + " herd of " + Species.ALL[s].id, failures);
            }
        }
        for (int d = 0; d < m.districts.size; d++) {
            nonNegative(m.districts.collectionPointKg[d], when + ": district " + d + " collectionPointKg", failures);
        }
    }

    private static void nonNegative(double x, String what, List<String> failures) {
        if (!(x >= 0) || Double.isInfinite(x)) failures.add(what + " = " + x);
    }
}
