package org.osteorisk.cli;

/** The exit codes of every command, as documented in the README. */
public final class ExitCodes {
    /** Every row assessed; every rule valid; every example case passed. */
    public static final int OK = 0;
    /** An unexpected failure (a bug, a full disk): the message says what. */
    public static final int FAILURE = 1;
    /** A usage error: a bad option, an input file that cannot be read at all, a rule set that does not load. */
    public static final int USAGE = 2;
    /** The work was done, but some of the input failed: invalid rows, rule problems, failing example cases. */
    public static final int INVALID = 3;

    private ExitCodes() {
    }
}
