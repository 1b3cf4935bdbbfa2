package org.collectivization.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** ODD 4.7: the unrest the centre has on its desk is the unrest of the month its reports cover. */
class CentreTest {

    @Test
    void theCentreReadsTheUnrestOfTheMonthItsReportsCover() {
        Centre c = new Centre();
        c.recordDisturbances(0.01);  // January
        c.recordDisturbances(0.02);  // February
        c.recordDisturbances(0.03);  // March
        assertThat(c.disturbanceShareReported(1)).isEqualTo(0.03);
        assertThat(c.disturbanceShareReported(2)).isEqualTo(0.02);
        assertThat(c.disturbanceShareReported(3)).isEqualTo(0.01);
        assertThat(c.disturbanceShareReported(4)).as("nothing was reported before January").isZero();
    }

    @Test
    void reportsOlderThanSixMonthsAreDropped() {
        Centre c = new Centre();
        for (int month = 1; month <= 8; month++) c.recordDisturbances(month);
        assertThat(c.disturbanceShareReported(Centre.MAX_REPORT_LAG)).isEqualTo(3.0);
        assertThat(c.disturbanceShareReported(1)).isEqualTo(8.0);
    }
}
