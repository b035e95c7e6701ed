package dev.rsvpbot.cli;

/** The exit codes of every command (interface.md). */
public final class ExitCode {
    /** The work ran and nothing failed. */
    public static final int OK = 0;
    /** The work ran but something failed; what failed is named on stderr. */
    public static final int FAILED = 1;
    /** A usage or configuration error; nothing was written anywhere. */
    public static final int USAGE = 2;

    private ExitCode() {
    }
}
