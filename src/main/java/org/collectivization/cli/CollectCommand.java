package org.collectivization.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;

import org.collectivization.experiment.StudyJob;
import org.collectivization.report.StudyReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code collectivization collect DIR}: merge the tasks of a split study into what a single run writes. */
@Command(name = "collect", mixinStandardHelpOptions = true,
        description = {"Merge the shares of a study split into tasks.",
                "The shares that 'compare' or 'sweep' tasks (--tasks N --task-index I) wrote under DIR/tasks/ are "
                        + "merged into DIR: the same files, statistics, charts and report as running the study at "
                        + "once."})
public final class CollectCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "DIR", description = "the --out folder the tasks shared")
    Path dir;

    @Override
    public Integer call() throws Exception {
        if (!Files.isDirectory(dir)) throw new UsageException(dir + " is not a folder");
        Map<String, Object> manifest = new java.util.LinkedHashMap<>();
        manifest.put("version", Version.version());
        manifest.put("git_commit", Version.gitCommit());
        manifest.put("command_line", "collectivization collect " + String.join(" ", ProcessInfo.arguments()));
        manifest.put("java_version", System.getProperty("java.version"));
        java.util.List<String> headline = new java.util.ArrayList<>();
        try {
            StudyJob.collect(dir, manifest, (folder, c, reps) -> {
                StudyReport.write(folder, c, reps);
                headline.addAll(StudyReport.headline(c, reps));
            });
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        headline.forEach(System.out::println);
        System.out.println("collect: merged the tasks of " + dir + "; written to " + dir);
        return 0;
    }
}
