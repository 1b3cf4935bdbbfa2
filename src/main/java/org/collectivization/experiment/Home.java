package org.collectivization.experiment;

import java.nio.file.Path;

/**
 * The project's folder and the user's. Paths typed on the command line are read from the folder the
 * command was typed in, as in any shell; what the program brings itself (the default results folder,
 * the default scenario) is in the project's folder, which the launcher passes as the system property
 * {@code collectivization.home}.
 */
public final class Home {
    private Home() {}

    /** The project's folder (the working folder when the program is started without the launcher). */
    public static Path dir() {
        String home = System.getProperty("collectivization.home");
        return (home == null || home.isBlank() ? Path.of("") : Path.of(home)).toAbsolutePath().normalize();
    }

    /** Where runs and studies go unless told otherwise: the project's results/. */
    public static Path results() {
        return dir().resolve("results");
    }

    /** A file the project ships, such as scenarios/historical.yaml. */
    public static Path shipped(String relative) {
        return dir().resolve(relative);
    }

    /** A path as the user should read it: relative to the folder they are in when it lies below it, else absolute. */
    public static String shown(Path p) {
        Path here = Path.of("").toAbsolutePath().normalize();
        Path f = p.toAbsolutePath().normalize();
        return f.startsWith(here) && !f.equals(here) ? here.relativize(f).toString() : f.toString();
    }
}
