package dev.rsvpbot.agenda;

/** Why a talk waits for a later seminar. */
public enum WaitReason {
    /** All Oral slots are taken by earlier sign-ups. */
    ORALS_TAKEN,
    /** All Poster slots are taken by earlier sign-ups. */
    POSTERS_FULL,
    /** The talk would end the meeting past the hard limit. */
    PAST_HARD_LIMIT
}
