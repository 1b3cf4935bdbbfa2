package org.collectivization.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The benchmark times whole runs and reports sane figures; the memory rule is the launcher's. */
class BenchTest {
    @Test
    void aSmallSizeIsMeasuredWithMediansAndItsMemory() {
        Scenario s = Loader.load(Path.of("scenarios/historical.yaml"));
        // 50,000 households: the model keeps about 6.6 MB, well above what other tests' leftovers (soft
        // references cleared between the two full GCs, say) can move the heap by; at 2,500 they once made it -0.3 MB
        Bench.Row r = Bench.measure(s, 50_000, 1, 0, 3, 1, null);

        assertThat(r.households).isEqualTo(50_000);
        assertThat(r.months).isEqualTo(75);
        assertThat(r.runs).isEqualTo(3);
        assertThat(r.runSeconds).isPositive().isBetween(r.minSeconds, r.maxSeconds);
        assertThat(r.buildSeconds + r.stepSeconds).isGreaterThan(0);
        assertThat(r.householdMonthsPerSecond()).isEqualTo(50_000.0 * 75 / r.runSeconds);
        assertThat(r.peakHeapBytes).isPositive();
        // the household table is 91 bytes a household and the month's working columns 36; villages,
        // districts and tallies add about 5 (docs/performance.md, "Memory")
        assertThat(r.bytesPerHousehold).isBetween(115.0, 160.0);

        String table = Bench.table(List.of(r));
        assertThat(table.lines().toList()).hasSize(3);
        assertThat(table).startsWith("| households | runs | s/run (median) |").contains("| 50,000 | 3 | ");
    }

    @Test
    void medianOfOddAndEvenCounts() {
        assertThat(Bench.median(new double[] {3, 1, 2})).isEqualTo(2);
        assertThat(Bench.median(new double[] {4, 1, 3, 2})).isEqualTo(2.5);
    }

    @Test
    void theHeapRuleGrowsWithTheHouseholdsAndCoversTheMinimum() {
        assertThat(Memory.heapFor(25_000_000)).isEqualTo((384L << 20) + 25_000_000L * 140);
        // with the JVM's own 300 MiB or so, fits the 6 GiB target of docs/performance.md with room
        assertThat(Memory.heapFor(25_000_000)).isLessThan(9L << 29);
        for (long n : new long[] {700, 250_000, 25_000_000, 100_000_000}) {
            assertThat(Memory.heapFor(n)).isGreaterThan(Memory.minimumHeap(n));
        }
        Memory.requireHeapFor(2500);  // the test JVM has room for a small run
    }
}
