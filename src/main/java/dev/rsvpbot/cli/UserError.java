package dev.rsvpbot.cli;

/**
 * A failure a user can act on: its message is printed as {@code [ERROR] message}, without a stack trace,
 * and the command exits with {@link #exitCode()}. Say what happened, where, and what to do next.
 */
public class UserError extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int exitCode;

    public UserError(int exitCode, String message) {
        super(message);
        this.exitCode = exitCode;
    }

    public UserError(int exitCode, String message, Throwable cause) {
        super(message, cause);
        this.exitCode = exitCode;
    }

    /** A usage or configuration error (exit 2). */
    public static UserError usage(String message) {
        return new UserError(ExitCode.USAGE, message);
    }

    /** The work ran but failed (exit 1). */
    public static UserError failed(String message) {
        return new UserError(ExitCode.FAILED, message);
    }

    public int exitCode() {
        return exitCode;
    }
}
