package org.collectivization.gui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Not a test: how fast the classroom GUI runs a whole run (75 months) at one size, with the map, the
 * charts and the band drawn, as the Console plays with no delay. A run counts as done when the class's
 * run has reached December 1934, every run of the band has too, and Swing has drawn it all. The first run
 * warms the JIT and is not counted. Prints each run's seconds and months a second, and the median; writes
 * a screenshot of the last run. Usage (from the project root, with the test classpath, under a display):
 * {@code java ... org.collectivization.gui.GuiSpeed HOUSEHOLDS RUNS OUTDIR}.
 */
public final class GuiSpeed {
    private GuiSpeed() {}

    public static void main(String[] args) throws Exception {
        int households = Integer.parseInt(args[0]);
        int runs = Integer.parseInt(args[1]);
        Path out = Path.of(args[2]);
        Files.createDirectories(out);
        GuiDriver d = GuiDriver.launch(households, null);
        d.settle();
        int months = 75;
        double[] seconds = new double[runs];
        for (int i = -1; i < runs; i++) {
            if (i >= 0 || d.steps() > 0) d.stop();
            long t0 = System.nanoTime();
            d.runUntil(months);
            if (!d.gui.ensemble().await(months, 600_000)) throw new IllegalStateException("the band did not finish");
            d.settle();
            double s = (System.nanoTime() - t0) / 1e9 - 0.3;  // settle() sleeps 0.3 s
            if (i >= 0) seconds[i] = s;
            System.out.printf("households %d run %s: %.2f s, %.2f months a second, %.3f s a month%n", households,
                    i < 0 ? "warm-up" : String.valueOf(i + 1), s, months / s, s / months);
        }
        double[] sorted = seconds.clone();
        Arrays.sort(sorted);
        double median = runs % 2 == 1 ? sorted[runs / 2] : (sorted[runs / 2 - 1] + sorted[runs / 2]) / 2;
        System.out.printf("households %d median of %d: %.2f s, %.2f months a second, %.3f s a month; all: %s%n", households,
                runs, median, months / median, median / months, Arrays.toString(seconds));
        GuiDriver.screenshot(out.resolve("screen-" + households + ".png"));
        System.exit(0);
    }
}
