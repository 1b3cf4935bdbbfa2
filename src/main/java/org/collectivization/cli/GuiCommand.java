package org.collectivization.cli;

import java.awt.GraphicsEnvironment;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.collectivization.gui.ClassroomGui;
import org.collectivization.experiment.Home;
import org.collectivization.experiment.Memory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code collectivization gui [SCENARIO]}: the classroom GUI (a MASON Console). */
@Command(name = "gui", mixinStandardHelpOptions = true,
        description = {"Open the classroom GUI.",
                "It shows a map of the villages, live charts, the month's events and the policy levers (Model "
                        + "tab); the About tab holds the classroom guide (docs/classroom.md).",
                "Windows are laid out for a 1280x720 projector. Save the class's run from the Model tab; "
                        + "'collectivization run RECORD.yaml' replays it exactly."})
public final class GuiCommand implements Callable<Integer> {
    @Parameters(index = "0", arity = "0..1", paramLabel = "SCENARIO",
            description = "a scenario file or a saved record (default: " + BenchCommand.DEFAULT_SCENARIO
                    + " in the project's folder)")
    Path scenario;

    @Option(names = "--households", paramLabel = "N", description = "simulated households (default: "
            + ClassroomGui.DEFAULT_HOUSEHOLDS + ", or the size a saved record sets for itself); the band runs 8 more "
            + "models of this size in the background")
    Integer households;

    @Option(names = "--seed", paramLabel = "N", description = "random seed (default: the scenario's run.seed)")
    Long seed;

    @Option(names = "--threads", paramLabel = "T", description = "threads to step districts on (default: 2); "
            + "the numbers do not depend on it")
    Integer threads;

    @Override
    public Integer call() throws Exception {
        if (threads != null && threads < 1) throw new UsageException("--threads must be at least 1, got " + threads);
        if (seed != null && seed < 0) throw new UsageException("--seed must be a non-negative integer, got " + seed);
        Path file = scenario != null ? scenario : Home.shipped(BenchCommand.DEFAULT_SCENARIO);
        if (Preflight.active()) return Preflight.report(ClassroomGui.householdsAtOnce(file, households));
        if (GraphicsEnvironment.isHeadless()) {
            throw new UsageException("gui needs a display; on a machine without one, run it under a virtual display "
                    + "(xvfb-run -a -s \"-screen 0 1280x720x24\" bin/collectivization gui)");
        }
        try {
            Memory.requireHeapFor(ClassroomGui.householdsAtOnce(file, households));
        } catch (IllegalStateException e) {
            throw new UsageException(e.getMessage());
        }
        ClassroomGui.launch(file, households, seed, threads != null ? threads : Math.min(2, Runtime.getRuntime().availableProcessors()));
        // The Console's File > Quit (or closing it) ends the program; until then this thread waits.
        Thread.currentThread().join();
        return 0;
    }
}
