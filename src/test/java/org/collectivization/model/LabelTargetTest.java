package org.collectivization.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * ODD 4.8 in the running model: each district draws the number that rounds its label target once, at its
 * first month of dekulakization, keeps it to the end, and never labels more than the rounded-up target
 * allows (historical scenario, 3,000 households, seed 4; deterministic).
 */
class LabelTargetTest {

    @Test
    void eachDistrictDrawsItsRoundingOnceAndLabelsNoMoreThanItsCap() {
        CollectivizationModel m = ModelRuns.started("historical", 3_000, 4, 1);
        Params p = m.params();
        DistrictTable dt = m.districts;
        double[] drawn = null;
        for (int month = 0; month < p.run.months(); month++) {
            ModelRuns.stepMonth(m);
            for (int d = 0; d < dt.size; d++) {
                if (month < p.dekulakization.start()) {
                    assertThat(dt.labelRounding[d]).as("district %d before dekulakization", d).isNaN();
                } else {
                    assertThat(dt.labelRounding[d]).as("district %d", d).isBetween(0.0, 1.0).isLessThan(1.0);
                }
                // the cap at the highest zeal an official can have (1) bounds what was labelled
                double maxTarget = p.dekulakization.targetShare() * dt.householdCount[d]
                        * (1 + p.dekulakization.overfulfilmentPerZeal());
                assertThat(dt.labelled[d]).as("district %d", d).isLessThanOrEqualTo((int) Math.ceil(maxTarget));
            }
            if (month == p.dekulakization.start()) drawn = dt.labelRounding.clone();
        }
        assertThat(drawn).as("the numbers drawn in the first month are kept to the end").isEqualTo(dt.labelRounding);
        assertThat(java.util.Arrays.stream(dt.labelled).sum()).as("some households were labelled").isPositive();
    }
}
