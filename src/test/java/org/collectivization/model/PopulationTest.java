package org.collectivization.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** ODD §5 Initialization: how households are split among regions, villages and districts (exact). */
class PopulationTest {

    @Test
    void largestRemainderGivesExactSharesWhenTheyDivide() {
        assertThat(Population.largestRemainder(10, new double[] {0.5, 0.3, 0.2})).containsExactly(5, 3, 2);
        assertThat(Population.largestRemainder(0, new double[] {0.5, 0.5})).containsExactly(0, 0);
    }

    @Test
    void largestRemainderHandsTheLeftoverToTheLargestRemaindersFirstInOrder() {
        // 7 x 1/3 = 2.33 each: one left over, equal remainders, the first region gets it
        assertThat(Population.largestRemainder(7, new double[] {1, 1, 1})).containsExactly(3, 2, 2);
        // 10 x (0.26, 0.26, 0.48) = 2.6, 2.6, 4.8: floors 2, 2, 4 and two left over, to .8 then the first .6
        assertThat(Population.largestRemainder(10, new double[] {0.26, 0.26, 0.48})).containsExactly(3, 2, 5);
    }

    @Test
    void largestRemainderNormalisesSharesThatDoNotSumToOne() {
        assertThat(Population.largestRemainder(9, new double[] {2, 1, 0})).containsExactly(6, 3, 0);
    }

    @Test
    void largestRemainderAlwaysSumsToTheWholeAtEverySize() {
        double[] shares = {0.20, 0.06, 0.08, 0.08, 0.05, 0.10, 0.43};
        for (int n : new int[] {1, 7, 99, 2_500, 25_000, 250_001, 25_000_000}) {
            int[] parts = Population.largestRemainder(n, shares);
            assertThat(Arrays.stream(parts).sum()).as("n = %d", n).isEqualTo(n);
            for (int i = 0; i < parts.length; i++) {
                assertThat((double) parts[i]).as("n = %d, part %d", n, i).isCloseTo(n * shares[i], org.assertj.core.api.Assertions.within(1.0));
            }
        }
    }

    @ParameterizedTest(name = "{0} households of {1} a village: {2} villages")
    @CsvSource({
            "0,   100, 0",
            "1,   100, 1",
            "49,  100, 1",
            "149, 100, 1",
            "150, 100, 2",
            "250, 100, 3",
            "5000, 100, 50",
            "5049, 100, 50",
    })
    void villagesForRoundsToTheNearestWholeVillageAndNeverLeavesHouseholdsWithout(int households, int perVillage,
                                                                                  int villages) {
        assertThat(Population.villagesFor(households, perVillage)).isEqualTo(villages);
    }

    @Test
    void builtPopulationTilesHouseholdsIntoVillagesAndDistrictsOfOneRegion() {
        CollectivizationModel m = ModelRuns.started("historical", 25_000, 1, 1);
        Params p = m.params();
        VillageTable v = m.villages;
        DistrictTable d = m.districts;
        int[] perRegion = Population.largestRemainder(p.run.households(), p.regions.householdShare());
        int[] builtPerRegion = new int[Region.ALL.length];
        int nextHousehold = 0, nextVillage = 0;
        for (int k = 0; k < d.size; k++) {
            assertThat(d.firstVillage[k]).as("district %d starts where the last ended", k).isEqualTo(nextVillage);
            assertThat(d.villageCount[k]).as("district %d", k).isBetween(1, p.run.villagesPerDistrict());
            assertThat(d.firstHousehold[k]).as("district %d", k).isEqualTo(nextHousehold);
            int households = 0;
            for (int j = d.firstVillage[k]; j < d.firstVillage[k] + d.villageCount[k]; j++) {
                assertThat(v.firstHousehold[j]).as("village %d", j).isEqualTo(nextHousehold);
                assertThat(v.district[j]).as("village %d", j).isEqualTo(k);
                assertThat(v.region[j]).as("village %d", j).isEqualTo(d.region[k]);
                assertThat(Math.abs(v.householdCount[j] - p.run.householdsPerVillage())).as("village %d size", j)
                        .isLessThanOrEqualTo(p.run.householdsPerVillage() / 2);
                nextHousehold += v.householdCount[j];
                households += v.householdCount[j];
                builtPerRegion[v.region[j]] += v.householdCount[j];
            }
            assertThat(d.householdCount[k]).as("district %d", k).isEqualTo(households);
            nextVillage += d.villageCount[k];
        }
        assertThat(nextVillage).isEqualTo(v.size);
        assertThat(nextHousehold).isEqualTo(p.run.households());
        assertThat(builtPerRegion).containsExactly(perRegion);
        for (int i = 0; i < m.households.size; i++) {
            assertThat(m.households.members[i]).as("household %d", i)
                    .isBetween((byte) 1, (byte) p.demography.maxMembers());
        }
        m.finish();
    }

    /**
     * The well-off are the top of a district by assets: selecting the k smallest keys leaves in the first
     * k places exactly the set a full sort puts there, for every k, at sizes 1 to 1,200, with runs of
     * equal and ordered inputs. Deterministic (seed 17); 3,000 arrays.
     */
    @Test
    void selectingTheSmallestKeysGivesTheSameSetAsSorting() {
        java.util.Random random = new java.util.Random(17);
        for (int trial = 0; trial < 3_000; trial++) {
            int n = 1 + random.nextInt(trial < 2_000 ? 40 : 1_200);
            long[] keys = new long[n];
            int pattern = trial % 3;
            for (int j = 0; j < n; j++) {
                long value = pattern == 0 ? random.nextInt(1_000) : pattern == 1 ? n - j : 7;  // random, falling, equal
                keys[j] = (value << 32) | j;  // the index makes every key different, as in markWelloff
            }
            int k = random.nextInt(n + 1);
            long[] selected = keys.clone(), sorted = keys.clone();
            Population.selectSmallest(selected, k);
            Arrays.sort(sorted);
            long[] firstK = Arrays.copyOf(selected, k);
            Arrays.sort(firstK);
            assertThat(firstK).as("trial %d: n = %d, k = %d", trial, n, k).isEqualTo(Arrays.copyOf(sorted, k));
            long[] all = selected.clone();
            Arrays.sort(all);
            assertThat(all).as("trial %d: a rearrangement", trial).isEqualTo(sorted);
        }
    }
}
