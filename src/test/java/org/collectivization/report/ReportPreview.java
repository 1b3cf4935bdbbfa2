package org.collectivization.report;

import java.nio.file.Files;
import java.nio.file.Path;

/** Writes the synthetic run and its report to a folder, to look at them by eye. Not a test. */
final class ReportPreview {
    public static void main(String[] args) throws Exception {
        Path dir = Files.createDirectories(Path.of(args[0]));
        SyntheticRun.build().writeTo(dir);
        RunReport.write(dir);
        System.out.println(dir.toAbsolutePath());
    }
}
