package org.collectivization.stylized;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.collectivization.experiment.RunResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The article's patterns P0-P9 (ODD §1) with exactly the bounds given there: a pattern holds when
 * its bound is met by the mean over seeds 1-3 at the default size (250,000 households), the months and
 * columns of timeseries.csv being those ODD §1 names. Six runs: historical and nep-continued, seeds
 * 1-3, made once for the class.
 *
 * <p>Chance: none at run time. The seeds are fixed and a run is a function of its seed (DeterminismTest),
 * so these seeds always give the same figures and a test fails only if the model or the scenario
 * changes. Whether a change that keeps the patterns "in expectation" would still pass with these three
 * seeds is a question about the calibration's margins, which each message shows.
 */
class ArticlePatternsTest {
    static final double M = 1e6;
    static final String DETERMINISTIC = "mean of seeds 1-3 at the default size; deterministic for these seeds "
            + "(the same seeds always give the same figures), so this fails only if the model changes";

    static List<RunResult> historical;
    static List<RunResult> nep;

    @BeforeAll
    static void runSixTimes() {
        historical = Runs.of("historical", 0, 1, 2, 3);
        nep = Runs.of("nep-continued", 0, 1, 2, 3);
        assertThat(historical.get(0).params.run.households()).as("the default size").isEqualTo(250_000);
    }

    private static String says(String pattern, String bound, String figure) {
        return pattern + ": bound " + bound + ", measured " + figure + " (" + DETERMINISTIC + ")";
    }

    private static double total(String column, String from, String to) {
        return Runs.total(historical, column, from, to);
    }

    private static double at(String column, String month) {
        return Runs.at(historical, column, month);
    }

    private static double herds(String month) {
        double s = 0;
        for (String c : RunResult.SPECIES) s += at(c, month);
        return s;
    }

    @Test
    void p0NepContinuedHasNoFamineAndKeepsItsHerds() {
        double excess = Runs.total(nep, "excess_deaths");
        assertThat(Math.abs(excess)).as(says("P0 nep-continued: excess deaths over the run", "within ±0.3 M",
                String.format("%+.3f M", excess / M))).isLessThanOrEqualTo(0.3 * M);
        for (String c : RunResult.SPECIES) {
            double ratio = Runs.last(nep, c) / Math.max(Runs.first(nep, c), 1);
            assertThat(ratio).as(says("P0 nep-continued: " + c + " at the end / at the start", "0.85-1.15",
                    String.format("%.3f", ratio))).isBetween(0.85, 1.15);
        }
    }

    @Test
    void p1LivestockSlaughteredEnMasseAsCollectivizationPressureRises() {
        double before = total("livestock_slaughtered", "1928-10", "1929-06");
        double during = total("livestock_slaughtered", "1929-10", "1930-06");
        double ratio = during / Math.max(before, 1);
        assertThat(ratio).as(says("P1 slaughter Oct 1929-Jun 1930 / Oct 1928-Jun 1929", ">= 1.5",
                String.format("%.2fx (%.2f M / %.2f M head)", ratio, during / M, before / M))).isGreaterThanOrEqualTo(1.5);
        double herdShare = herds("1930-12") / herds("1928-12");
        assertThat(herdShare).as(says("P1 all four herds at the end of 1930 / end of 1928", "<= 0.85",
                String.format("%.3f", herdShare))).isLessThanOrEqualTo(0.85);
    }

    @Test
    void p2ShortagesFromRequisitionLivestockLossAndThe1931Weather() {
        double in1929 = total("rural_grain_t", "1929-01", "1929-06") / Math.max(total("population", "1929-01", "1929-06"), 1);
        double in1933 = total("rural_grain_t", "1933-01", "1933-06") / Math.max(total("population", "1933-01", "1933-06"), 1);
        double ratio = in1933 / in1929;
        assertThat(ratio).as(says("P2 rural grain per person Jan-Jun 1933 / Jan-Jun 1929", "< 0.5",
                String.format("%.4f (%.1f kg / %.1f kg a person on average)", ratio, in1933 * 1000, in1929 * 1000)))
                .isLessThan(0.5);
    }

    @Test
    void p3FamineDeathsFiveToSevenMillion() {
        double excess = total("excess_deaths", "1930-01", "1934-12");
        assertThat(excess).as(says("P3 excess deaths 1930-01..1934-12", "5-7 M", String.format("%.3f M", excess / M)))
                .isBetween(5 * M, 7 * M);
    }

    @Test
    void p4AboutFourMillionInUkraineAndOverOneMillionInKazakhstan() {
        double ukraine = total("excess_deaths_ukraine", "1930-01", "1934-12");
        double kazakhstan = total("excess_deaths_kazakhstan", "1930-01", "1934-12");
        assertThat(ukraine).as(says("P4 excess deaths in Ukraine 1930-34", "3-5 M", String.format("%.3f M", ukraine / M)))
                .isBetween(3 * M, 5 * M);
        assertThat(kazakhstan).as(says("P4 excess deaths in Kazakhstan 1930-34", "1-2 M",
                String.format("%.3f M", kazakhstan / M))).isBetween(1 * M, 2 * M);
    }

    @Test
    void p5AboutFiveMillionDekulakizedAndTheLabelReachingFarBeyondTheWellOff() {
        double dekulakized = at("dekulakized_people", "1934-12");
        assertThat(dekulakized).as(says("P5 people dekulakized by 1934-12", "4-6 M",
                String.format("%.3f M", dekulakized / M))).isBetween(4 * M, 6 * M);
        double labelled = at("kulak_labelled_households", "1934-12");
        double welloff = at("welloff_households", "1928-10");
        assertThat(welloff).as("P5: truly well-off households at the start (" + DETERMINISTIC + ")").isPositive();
        assertThat(labelled / welloff).as(says("P5 households labelled kulak by 1934-12 / truly well-off", ">= 1.5",
                String.format("%.2fx (%.0f / %.0f)", labelled / welloff, labelled, welloff))).isGreaterThanOrEqualTo(1.5);
    }

    @Test
    void p6OverOneThousandOfficialsKilledIn1930() {
        double killed = total("officials_killed", "1930-01", "1930-12");
        assertThat(killed).as(says("P6 officials killed in 1930", "1,000-3,000", String.format("%.0f", killed)))
                .isBetween(1000.0, 3000.0);
    }

    @Test
    void p7BossesPleadTheCentreGrantsLittleBelievingInHiddenReserves() {
        double pleas = total("pleas", "0000-00", "9999-99");
        double relief = total("grain_relief_t", "0000-00", "9999-99");
        double procured = total("grain_procured_t", "1931-07", "1932-06") + total("grain_procured_t", "1932-07", "1933-06");
        assertThat(pleas).as(says("P7 pleas made over the run", "> 0", String.format("%.0f", pleas))).isPositive();
        assertThat(relief).as(says("P7 relief over the run / grain procured 1931/32 + 1932/33", "<= 0.10",
                String.format("%.4f (%.0f t / %.0f t)", relief / procured, relief, procured))).isLessThanOrEqualTo(0.10 * procured);
        double belief = at("state_reserve_belief", "1932-12");
        assertThat(belief).as(says("P7 the centre's belief in hidden reserves at the end of 1932", ">= 0.5",
                String.format("%.3f", belief))).isGreaterThanOrEqualTo(0.5);
    }

    @Test
    void p8StarvingPeasantsBlockedFromLeavingAndShotAtGranaries() {
        double turnedBack = total("turned_back", "1933-01", "1933-12");
        double shot = total("shot_at_granaries", "1932-07", "1933-12");
        assertThat(turnedBack).as(says("P8 people turned back in 1933", "> 0", String.format("%.0f", turnedBack)))
                .isPositive();
        assertThat(shot).as(says("P8 people shot at granaries 1932-07..1933-12", "> 0", String.format("%.0f", shot)))
                .isPositive();
    }

    @Test
    void p9OfficialsFearingPurgesGrowMoreZealous() {
        double mid1929 = at("official_mean_zeal", "1929-06");
        double end1932 = at("official_mean_zeal", "1932-12");
        assertThat(end1932).as(says("P9 officials' mean zeal at the end of 1932 > in mid-1929", "end 1932 > mid 1929",
                String.format("%.3f -> %.3f", mid1929, end1932))).isGreaterThan(mid1929);
    }
}
