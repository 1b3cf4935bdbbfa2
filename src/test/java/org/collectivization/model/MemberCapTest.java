package org.collectivization.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.collectivization.experiment.Runner;
import org.collectivization.experiment.Scenario;
import org.junit.jupiter.api.Test;

/**
 * ODD 4.13: births never take a household above `max_members`, and when a lever lowers the cap in the
 * middle of a run, the month's demography brings every household above it down to it, the fed ones too.
 * Historical scenario, 20,000 households, seed 1; the cap lowered to 5 in March 1930 (step 17).
 * Deterministic.
 */
class MemberCapTest {
    @Test
    void aLoweredCapBringsEveryHouseholdDownToItInItsFirstMonth() {
        Scenario s = ModelRuns.scenario("historical", 20_000, 1);
        CollectivizationModel m = ModelRuns.started("historical", 20_000, 1, 2);
        int lowered = Calendar.monthIndex("1930-03");
        for (int month = 0; month < lowered; month++) ModelRuns.stepMonth(m);
        HouseholdTable h = m.households;
        int above = 0;
        for (int i = 0; i < h.size; i++) if (living(h, i) && h.members[i] > 5) above++;
        assertThat(above).as("households of more than 5 before the cap is lowered").isGreaterThan(100);

        m.setParams(Runner.params(s.with("demography.max_members", 5, "test")));
        ModelRuns.stepMonth(m);
        for (int i = 0; i < h.size; i++) {
            if (living(h, i)) assertThat((int) h.members[i]).as("household %d", i).isLessThanOrEqualTo(5);
        }
    }

    private static boolean living(HouseholdTable h, int i) {
        return h.status[i] == HouseholdTable.PRESENT || h.status[i] == HouseholdTable.DEPORTED;
    }
}
