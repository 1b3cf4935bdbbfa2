package org.collectivization.experiment;

import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.util.Locale;

/**
 * A failure to read or write a file in the words a user reads: the file and the cause ("no space left
 * on device", "read-only file system"), found however deep the libraries wrapped it.
 */
public final class Failures {
    private Failures() {}

    /** "FILE: cause" where the file is known, else the cause. */
    public static String describe(Throwable e) {
        FileSystemException fs = find(e, FileSystemException.class);
        if (fs != null && fs.getFile() != null) return fs.getFile() + ": " + reason(e);
        return reason(e);
    }

    /** The innermost cause, in lower case ("no space left on device"). */
    public static String reason(Throwable e) {
        FileSystemException fs = find(e, FileSystemException.class);
        if (fs instanceof NoSuchFileException && fs.getReason() == null) return "no such file or folder";
        if (fs instanceof AccessDeniedException && fs.getReason() == null) return "permission denied";
        if (fs != null && fs.getReason() != null) return lower(fs.getReason());
        Throwable inner = e;
        while (inner.getCause() != null && inner.getCause() != inner) inner = inner.getCause();
        String m = inner.getMessage();
        return m == null || m.isBlank() ? inner.getClass().getSimpleName() : lower(m);
    }

    /** Names the file in a failure that does not ("No space left on device" from a stream writing it). */
    public static java.io.IOException about(java.nio.file.Path file, java.io.IOException e) {
        if (e instanceof FileSystemException fs && fs.getFile() != null) return e;
        FileSystemException named = new FileSystemException(file.toString(), null, reason(e));
        named.initCause(e);
        return named;
    }

    /** Something that writes one file. */
    public interface FileWriter {
        void write(java.nio.file.Path file) throws java.io.IOException;
    }

    /** Writes {@code file} with {@code w}; a failure names the file. */
    public static void writing(java.nio.file.Path file, FileWriter w) throws java.io.IOException {
        try {
            w.write(file);
        } catch (java.io.IOException e) {
            throw about(file, e);
        }
    }

    /** True when {@code e} or a cause of it is a failure of input or output. */
    public static boolean isInputOutput(Throwable e) {
        return find(e, java.io.IOException.class) != null;
    }

    private static <T extends Throwable> T find(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) return type.cast(t);
        }
        return null;
    }

    private static String lower(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toLowerCase(Locale.ROOT) + s.substring(1);
    }
}
