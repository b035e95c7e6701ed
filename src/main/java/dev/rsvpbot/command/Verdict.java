package dev.rsvpbot.command;

/** What becomes of one command line: it applies, its author may not give it, or it could not be read. */
public sealed interface Verdict {
    /** A well-formed command (and, once {@link Permissions} judged it, one its author may give). */
    record Accepted(Command command) implements Verdict {
    }

    /** A well-formed command its author may not give; it changes nothing and the summary lists it. */
    record Refused(Command command, Refusal reason) implements Verdict {
    }

    /**
     * A line that starts like a command but could not be read; the summary lists it with what was expected.
     *
     * @param expected the syntax that was expected, e.g. {@code /agenda date YYYY-MM-DD}
     * @param problem  what is wrong, in English, e.g. {@code "2019-13-01" is not a date}
     */
    record Malformed(String expected, String problem) implements Verdict {
    }
}
