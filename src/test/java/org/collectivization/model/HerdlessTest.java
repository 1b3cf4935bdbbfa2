package org.collectivization.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * ODD 4.3: a district is marked herdless for a species once none of its households holds an animal of it
 * (the rules then pass over that species there, which must change nothing). Checked after every month
 * of a whole run: a mark is never set while a household of the district still holds such an animal, and
 * never cleared; camels are marked at once outside Kazakhstan (the scenario gives them none there), never
 * in a Kazakh district whose herders hold them. Historical scenario, 20,000 households, seed 1, 2 threads.
 * Deterministic.
 */
class HerdlessTest {
    private static final int CAMELS = Species.CAMELS.ordinal();

    @Test
    void aSpeciesIsPassedOverOnlyWhereNoHouseholdHoldsIt() {
        CollectivizationModel m = ModelRuns.started("historical", 20_000, 1, 2);
        DistrictTable dt = m.districts;
        boolean[] kazakhCamelsAtStart = new boolean[dt.size];
        for (int d = 0; d < dt.size; d++) kazakhCamelsAtStart[d] = holds(m, d, CAMELS);
        ModelRuns.stepMonth(m);
        int kazakh = 0;
        for (int d = 0; d < dt.size; d++) {
            if (dt.region[d] != Region.KAZAKHSTAN.ordinal()) {
                assertThat(dt.herdless(d, CAMELS)).as("camels in district %d outside Kazakhstan", d).isTrue();
            } else if (kazakhCamelsAtStart[d]) {
                kazakh++;
                assertThat(dt.herdless(d, CAMELS)).as("camels in Kazakh district %d", d).isFalse();
            }
        }
        assertThat(kazakh).as("Kazakh districts with camels").isGreaterThan(0);

        int[] before = dt.herdless.clone();
        for (int month = 1; month < m.params().run.months(); month++) {
            ModelRuns.stepMonth(m);
            for (int d = 0; d < dt.size; d++) {
                assertThat(dt.herdless[d] & before[d]).as("marks kept in district %d, month %d", d, month)
                        .isEqualTo(before[d]);
                for (int s = 0; s < Species.COUNT; s++) {
                    if (dt.herdless(d, s)) {
                        assertThat(holds(m, d, s)).as("species %d held in district %d, month %d", s, d, month).isFalse();
                    }
                }
            }
            before = dt.herdless.clone();
        }
    }

    /** Whether some household of district {@code d} holds anything but +0 of species {@code s}. */
    private static boolean holds(CollectivizationModel m, int d, int s) {
        int first = m.districts.firstHousehold[d], end = first + m.districts.householdCount[d];
        for (int i = first; i < end; i++) if (Float.floatToRawIntBits(m.households.animals[s][i]) != 0) return true;
        return false;
    }
}
