package org.collectivization.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.collectivization.experiment.Failures;
import org.collectivization.experiment.FolderException;
import org.collectivization.experiment.ScenarioException;
import org.collectivization.targets.TargetException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The command line: {@code collectivization run|branch|report|compare|sweep|sensitivity|calibrate|collect|targets|gui ...}. Exit status: 0 done, 1 an internal
 * error (a bug: please report it), 2 a mistake in the command line, the scenario or a targets file (one line on
 * stderr says what and where; nothing is written).
 */
@Command(name = "collectivization", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"Agent-based simulation of Soviet agricultural collectivization and famine, 1928-1934.",
                "Peasant households, officials and the state act month by month; the model charts quotas, "
                        + "livestock slaughter, grain shortfalls and famine.",
                "The model is described in docs/ODD.md, in the project's folder."},
        subcommands = {RunCommand.class, BranchCommand.class, ReportCommand.class, CompareCommand.class,
                SweepCommand.class, SensitivityCommand.class, AttributeCommand.class, CalibrateCommand.class, CollectCommand.class, TargetsCommand.class, GuiCommand.class, BenchCommand.class,
                CommandLine.HelpCommand.class},
        footer = {"", "Paths on the command line are read from the folder you are in; the default results/ folder and "
                + "the default scenario are in the project's folder.",
                "--debug, anywhere on the command line, shows the Java stack trace of a failure to read or write a file.",
                "Exit status: 0 done; 1 a failure while running (a full disk, a bug); 2 a mistake in the command line "
                        + "or the scenario."})
public final class Main implements Runnable {
    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }

    public static void main(String[] args) {
        ProcessInfo.remember(args);
        System.exit(execute(args));
    }

    public static int execute(String... given) {
        // --debug may stand anywhere: it is taken out before the command line is read, for every verb
        List<String> list = new ArrayList<>(Arrays.asList(given));
        boolean debug = list.removeIf("--debug"::equals);
        String[] args = list.toArray(new String[0]);
        CommandLine cl = new CommandLine(new Main());
        cl.setParameterExceptionHandler((ex, a) -> {
            PrintWriter err = ex.getCommandLine().getErr();
            // a missing option is found once every argument is read, so the scenarios given are all known
            if (ex instanceof CommandLine.MissingParameterException
                    && ex.getCommandLine().getCommand() instanceof CompareCommand compare
                    && compare.tooFewScenarios() != null) {
                err.println("collectivization: " + compare.tooFewScenarios());
            } else {
                err.println("collectivization: " + ex.getMessage().replace('\n', ' ')
                        + " (see: collectivization " + commandName(ex.getCommandLine()) + "--help)");
            }
            err.flush();
            return 2;
        });
        cl.setExecutionExceptionHandler((ex, c, parseResult) -> {
            PrintWriter err = c.getErr();
            if (ex instanceof ScenarioException || ex instanceof UsageException || ex instanceof FolderException
                    || ex instanceof TargetException) {
                err.println("collectivization: " + ex.getMessage());
                err.flush();
                return 2;
            }
            if (Failures.isInputOutput(ex) && !debug) {
                // a full disk or a failing device is not a bug: one line with the file and the cause
                err.println("collectivization: cannot read or write " + Failures.describe(ex)
                        + " (add --debug to see where it failed)");
                err.flush();
                return 1;
            }
            throw ex;
        });
        return cl.execute(args);
    }

    private static String commandName(CommandLine c) {
        return c.getParent() == null ? "" : c.getCommandName() + " ";
    }
}
