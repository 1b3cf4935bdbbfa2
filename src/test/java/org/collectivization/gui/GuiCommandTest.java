package org.collectivization.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/**
 * {@code collectivization gui}: its help, and a clear one-line refusal (exit 2) where there is no display,
 * checked in a separate JVM without DISPLAY.
 */
class GuiCommandTest {

    private static Result java(boolean display, String... args) throws IOException, InterruptedException {
        List<String> cmd = new java.util.ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "org.collectivization.cli.Main"));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd);
        if (!display) pb.environment().remove("DISPLAY");
        Process p = pb.start();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException("no answer in a minute: " + cmd);
        }
        return new Result(p.exitValue(), new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8),
                new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
    }

    record Result(int status, String out, String err) {}

    @Test
    void helpNamesTheScenarioAndTheOptions() throws Exception {
        Result r = java(false, "gui", "--help");
        assertThat(r.status()).isZero();
        assertThat(r.out()).startsWith("Usage: collectivization gui").contains("[SCENARIO]", "scenarios/historical.yaml",
                "--households=N", "--seed=N", "--threads=T", String.valueOf(ClassroomGui.DEFAULT_HOUSEHOLDS), "the band runs 8 more");
    }

    @Test
    void withoutADisplayItSaysHowToGetOneAndExits2() throws Exception {
        Result r = java(false, "gui");
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err().strip()).isEqualTo("collectivization: gui needs a display; on a machine without one, run it under "
                + "a virtual display (xvfb-run -a -s \"-screen 0 1280x720x24\" bin/collectivization gui)");
    }

    @Test
    void aBadScenarioIsRefusedBeforeAnyWindowOpens() throws Exception {
        Result r = java(true, "gui", "scenarios/none.yaml");
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err().strip()).endsWith("scenarios/none.yaml: no such file");
    }
}
