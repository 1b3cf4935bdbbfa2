package org.collectivization.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.SortedMap;

import org.collectivization.analysis.Bootstrap;
import org.junit.jupiter.api.Test;

/** The shipped factors file and the cells an attribution runs. */
class AttributionTest {
    private static final Path HISTORICAL = Path.of("scenarios/historical.yaml");
    private static final Path CAUSES = Path.of("scenarios/factors/famine-causes.yaml");

    @Test
    void everyCombinationOfTheShippedFactorsLoadsAndResolves() {
        Scenario base = Loader.load(HISTORICAL);
        Factors f = Factors.load(CAUSES, base, 20);
        assertThat(f.names()).containsExactly("weather", "procurement_plans", "forced_collectivization", "dekulakization",
                "blockade", "exports", "relief_policy", "kazakh_settlement");
        int[] cells = Attribution.cells(f.size(), true, 0, 0);
        assertThat(cells).hasSize(256);
        StudyInfo.Analysis a = new StudyInfo.Analysis(Attribution.EXACT, 256, null, null, Map.of(), Bootstrap.CONFIDENCE,
                Bootstrap.RESAMPLES, 0);
        // resolving every arm into the model's parameters is what Study.attribution checks for each of the 256
        Study s = Study.attribution(HISTORICAL, f, cells, a, 2, 0, 700, "test", "test");
        assertThat(s.info.arms()).hasSize(256);
        assertThat(s.info.arms().get(255).label()).isEqualTo("11111111");
        assertThat(s.info.arms().get(0).changes()).extracting(StudyInfo.Change::key)
                .contains("exports.share_of_surplus", "procurement.centre_needs_t", "kazakhstan.sedentarization_from");
        // 2^6 cells keep dekulakization (bit 3) and switch forced collectivization (bit 2) off; as many keep settlement
        long incoherent = s.info.arms().stream().filter(x -> x.description().contains("incoherent")).count();
        assertThat(incoherent).isEqualTo(64 + 64 - 32);
    }

    @Test
    void theExportsFactorLowersTheCentresNeedToTheTownsAndArmy() {
        Scenario base = Loader.load(HISTORICAL);
        Factors f = Factors.load(CAUSES, base, 20);
        int exports = f.names().indexOf("exports");
        Scenario off = f.cell(base, 255 & ~(1 << exports));
        assertThat(off.params().get("procurement.centre_needs_t").value())
                .isEqualTo(base.params().get("procurement.domestic_needs_t").value());
        assertThat(off.params().get("exports.share_of_surplus").value()).isEqualTo(0.0);
        assertThat(off.params().get("procurement.centre_needs_t").source()).startsWith("factor exports (grain exports): ");
        @SuppressWarnings("unchecked")
        SortedMap<Integer, Double> history = (SortedMap<Integer, Double>) base.params().get("procurement.centre_needs_t").value();
        assertThat(history.get(1930)).isEqualTo(22_000_000.0);
        // every other parameter is the scenario's own
        assertThat(Study.changes(base, off)).hasSize(2);
    }

    @Test
    void sampledOrdersVisitFewerCellsAndAlwaysBothEnds() {
        int[] cells = Attribution.cells(10, false, 5, 3);
        assertThat(cells.length).isLessThanOrEqualTo(5 * 10 + 1);
        assertThat(cells[0]).isZero();
        assertThat(cells[cells.length - 1]).isEqualTo((1 << 10) - 1);
        assertThat(Attribution.cells(10, false, 5, 3)).containsExactly(cells);
    }
}
