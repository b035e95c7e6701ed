package dev.rsvpbot.command;

/** Why a command changed nothing. The renderer words each one per language. */
public enum Refusal {
    /** Signing up, attending or dropping someone else takes a chair. */
    NOT_SELF_OR_CHAIR,
    /** Only a chair or the referrer named in the command may record a newcomer. */
    NOT_REFERRER_OR_CHAIR,
    /** Ordering Posters, settling items and changing the agenda take a chair. */
    CHAIR_ONLY,
    /** {@code /rsvp done} names a comment with no correction or review item in this thread. */
    NOTHING_TO_SETTLE
}
