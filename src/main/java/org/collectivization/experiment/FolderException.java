package org.collectivization.experiment;

/**
 * A folder the program refuses to write into, with the one line a user sees: it exists and is not a
 * run folder, another run is writing it, or it cannot be written. The command line exits 2; nothing
 * was run and nothing was touched.
 */
public final class FolderException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public FolderException(String message) {
        super(message);
    }
}
