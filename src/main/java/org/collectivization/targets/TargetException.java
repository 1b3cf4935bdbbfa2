package org.collectivization.targets;

import java.nio.file.Path;

/**
 * A targets file the program refuses, or a target a run cannot answer, with the one line a user sees: the
 * file, the line where known, the column, and what is allowed. The command line prints
 * {@link #getMessage()} and exits 2.
 */
public final class TargetException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public TargetException(Path file, int line, String column, String what) {
        super(format(file, line, column, what));
    }

    private static String format(Path file, int line, String column, String what) {
        StringBuilder s = new StringBuilder(file == null ? "<targets>" : file.toString());
        if (line > 0) s.append(':').append(line);
        s.append(": ");
        if (column != null && !column.isEmpty()) s.append("column '").append(column).append("': ");
        return s.append(what).toString().replace('\n', ' ');
    }
}
