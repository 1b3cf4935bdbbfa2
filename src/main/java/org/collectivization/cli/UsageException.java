package org.collectivization.cli;

/** A mistake on the command line found after parsing (a folder that exists, a size out of range). */
public final class UsageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public UsageException(String message) {
        super(message);
    }
}
