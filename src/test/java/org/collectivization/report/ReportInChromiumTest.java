package org.collectivization.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens the report in headless Chromium (Debian's {@code chromium} package) and checks that the
 * screenshot shows a page with charts. Fails, never skips, when Chromium is missing.
 */
class ReportInChromiumTest {

    private static final int TIMEOUT_S = 120;

    @Test
    void reportRendersInHeadlessChromium(@TempDir Path tmp) throws Exception {
        Path runDir = Files.createDirectories(tmp.resolve("run"));
        SyntheticRun.build().writeTo(runDir);
        RunReport.write(runDir);

        Path chromium = findChromium();
        Path profile = Files.createDirectories(tmp.resolve("chromium-profile"));
        Path shot = tmp.resolve("report.png");
        Path log = tmp.resolve("chromium.log");
        Process p = new ProcessBuilder(chromium.toString(),
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--hide-scrollbars", "--user-data-dir=" + profile, "--window-size=1280,2000",
                "--screenshot=" + shot, runDir.resolve(RunReport.REPORT_FILE).toUri().toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!p.waitFor(TIMEOUT_S, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail("chromium did not finish within " + TIMEOUT_S + " s; its output:\n" + read(log));
        }
        assertThat(shot).as("screenshot; chromium exit %d, output:%n%s", p.exitValue(), read(log)).exists();

        BufferedImage image = ImageIO.read(shot.toFile());
        assertThat(image.getWidth()).isEqualTo(1280);
        assertThat(image.getHeight()).isEqualTo(2000);
        assertThat(ScreenshotCheck.nonWhiteShare(image)).as("share of non-white pixels").isGreaterThan(0.03);
        assertThat(ScreenshotCheck.distinctColours(image)).as("distinct colours").isGreaterThan(100);
        // the first chart's harvest bars (bluish green) are on screen: the inline SVG was drawn
        assertThat(ScreenshotCheck.pixelsNear(image, Palette.BLUISH_GREEN)).as("bluish-green chart pixels")
                .isGreaterThan(500);
    }

    /** Debian's chromium at /usr/bin/chromium, or a {@code chromium} on the PATH. */
    private static Path findChromium() {
        Path debian = Path.of("/usr/bin/chromium");
        if (Files.isExecutable(debian)) {
            return debian;
        }
        String path = System.getenv("PATH");
        if (path != null) {
            for (String dir : path.split(File.pathSeparator)) {
                Path candidate = Path.of(dir, "chromium");
                if (Files.isExecutable(candidate)) {
                    return candidate;
                }
            }
        }
        return fail("Headless Chromium is needed to test report.html but was not found (looked for"
                + " /usr/bin/chromium and 'chromium' on the PATH). Install the Debian package 'chromium'"
                + " (sudo apt-get install chromium); bin/test installs it when run as root.");
    }

    private static String read(Path log) throws IOException {
        if (!Files.exists(log)) {
            return "(no output)";
        }
        List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }
}
