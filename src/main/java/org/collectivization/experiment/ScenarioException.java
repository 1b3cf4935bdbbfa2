package org.collectivization.experiment;

import java.nio.file.Path;

/**
 * A scenario the program refuses, with the one line a user sees: the file, the key, the line
 * where known, and what is allowed. The command line prints {@link #getMessage()} and exits 2.
 */
public final class ScenarioException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ScenarioException(Path file, String key, int line, String what) {
        super(format(file, key, line, what));
    }

    private static String format(Path file, String key, int line, String what) {
        StringBuilder s = new StringBuilder();
        s.append(file == null ? "<scenario>" : file.toString());
        if (line > 0) s.append(':').append(line);
        s.append(": ");
        if (key != null && !key.isEmpty()) s.append("key '").append(key).append("': ");
        s.append(what);
        return s.toString().replace('\n', ' ');
    }
}
