package dev.rsvpbot.thread;

import java.util.Locale;

/**
 * How a comment's author relates to the repository, as GitHub's {@code author_association} says. It comes with
 * every comment, so deciding who may steer the bot by it costs no request.
 */
public enum Association {
    OWNER, MEMBER, COLLABORATOR, CONTRIBUTOR, FIRST_TIME_CONTRIBUTOR, FIRST_TIMER, MANNEQUIN, NONE;

    /**
     * GitHub's spelling ({@code "OWNER"}), any case; {@link #NONE} for a missing or unknown value, so a value GitHub
     * adds later grants nothing rather than failing the run.
     */
    public static Association of(String value) {
        if (value == null || value.isBlank()) {
            return NONE;
        }
        try {
            return valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            return NONE;
        }
    }
}
