package org.collectivization.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * ODD §5.2: the 1928/29 grain balance closes — in a normal year, before any policy is switched on,
 * harvest = seed + rural food + fodder + procurement + stock change, region by region. The run is
 * nep-continued (no collectivization, market procurement at a modest share), whose weather for the
 * 1929 harvest is 1.0 in every region; the year is the agricultural year July 1929 - June 1930, the
 * first whole one the run simulates.
 *
 * <p>Two statements per region: the balance closes as an accounting identity (what came in minus
 * what went out equals the change in the countryside's stock, to float rounding), and the stock
 * change is a modest share of the harvest (ODD §5.2). Seeds 1-3 at 25,000 households; each seed is
 * deterministic, so the test fails only if the model changes.
 */
class GrainBalanceTest {
    static final int HOUSEHOLDS = 25_000;
    static final int JULY_1929 = Calendar.monthIndex("1929-07");
    static final int JUNE_1930 = Calendar.monthIndex("1930-06");

    /**
     * Measured at commit 810f60d (nep-continued, 25,000 households), stock change over July 1929 -
     * June 1930 as a share of the region's harvest, seeds 1 / 2 / 3:
     * Ukraine +5.8 / +5.7 / +5.8 %, North Caucasus +8.2 / +8.7 / +8.3 %, Volga +8.0 / +7.6 / +8.0 %,
     * Central Black Earth +5.3 / +5.6 / +5.1 %, Kazakhstan +6.4 / +5.9 / +6.8 %, Siberia and Urals
     * +7.3 / +7.2 / +7.4 %, Rest of the USSR -2.0 / -2.3 / -2.1 %.
     * ODD §5.2's table, computed from the parameters, expects a rise of about a ninth of the harvest
     * nationally and at most 14.5 % in a region (Kazakhstan). The bound, 15 % of the region's harvest
     * either way, is that table's largest regional figure rounded up: a stock change beyond it would
     * mean the starting stocks, needs and yields no longer balance.
     */
    static final double MODEST_STOCK_CHANGE = 0.15;

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3})
    void normalYearBalanceClosesRegionByRegionWithAModestStockChange(long seed) {
        CollectivizationModel m = ModelRuns.started("nep-continued", HOUSEHOLDS, seed, 2);
        Params p = m.params();
        for (Region g : Region.ALL) {
            assertThat(p.regions.weather(g, 1929))
                    .as("nep-continued weather of the 1929 harvest in %s (a normal year)", g.id)
                    .isEqualTo(1.0);
        }
        assertThat(p.collectivization.enabled() || !p.procurement.marketProcurement())
                .as("nep-continued: no collectivization, market procurement").isFalse();

        Map<Region, double[]> flows = new EnumMap<>(Region.class);
        for (Region g : Region.ALL) flows.put(g, new double[Tally.COUNT]);
        Stocks start = null;
        for (int month = 0; month <= JUNE_1930; month++) {
            if (month == JULY_1929) start = Stocks.of(m);
            ModelRuns.stepMonth(m);
            if (month < JULY_1929) continue;
            for (Region g : Region.ALL) {
                for (Tally t : Tally.ALL) if (!t.isStock()) flows.get(g)[t.ordinal()] += m.total(t, g);
            }
        }
        Stocks end = Stocks.of(m);
        m.finish();

        for (Region g : Region.ALL) {
            int r = g.ordinal();
            double[] f = flows.get(g);
            double harvest = f[Tally.HARVEST_KG.ordinal()];
            double in = f[Tally.RELIEF_KG.ordinal()] + f[Tally.TRADED_IN_KG.ordinal()] + f[Tally.STOLEN_KG.ordinal()];
            double out = 0, gross = harvest + in;
            for (Tally t : Stocks.GRAIN_OUT) {
                out += f[t.ordinal()];
                gross += f[t.ordinal()];
            }
            double stockChange = end.grainKg[r] - start.grainKg[r];
            double residual = harvest - out + in - stockChange;
            double scale = start.grainKg[r] + end.grainKg[r] + gross;
            assertThat(Math.abs(residual))
                    .as("seed %d, %s, July 1929 - June 1930: harvest %.0f kg - (seed + food + fodder + procured + "
                                    + "storage loss + leaving) %.0f kg + (relief + traded in + stolen) %.0f kg should equal "
                                    + "the stock change %.0f kg (an identity: never fails by chance)",
                            seed, g.id, harvest, out, in, stockChange)
                    .isLessThanOrEqualTo(InvariantsTest.FLOAT_TOLERANCE * scale);
            assertThat(harvest).as("seed %d, %s: a harvest in 1929", seed, g.id).isPositive();
            assertThat(Math.abs(stockChange) / harvest)
                    .as("seed %d, %s: stock change July 1929 - June 1930 as a share of the harvest (bound %.2f; "
                                    + "deterministic for this seed: fails only if the model changes)",
                            seed, g.id, MODEST_STOCK_CHANGE)
                    .isLessThanOrEqualTo(MODEST_STOCK_CHANGE);
        }
    }
}
