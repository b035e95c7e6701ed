package dev.rsvpbot.digest;

import java.time.Instant;

/**
 * A deadline of the club's rules (domain.md) and where it stands.
 *
 * @param kind    the announcement (before the seminar) or the minutes (after it)
 * @param seminar the seminar it belongs to ({@code S3E7}, or its date)
 * @param due     when it is due
 * @param status  where it stands at the digest's {@code now}
 * @param doneAt  when the announcement or minutes issue was opened, for {@link Status#DONE} and {@link Status#DONE_LATE}
 * @param url     that issue, when there is one
 */
public record Deadline(Kind kind, String seminar, Instant due, Status status, Instant doneAt, String url) {
    public enum Kind { ANNOUNCEMENT, MINUTES }

    public enum Status {
        /** Not yet due, not yet done. */
        OPEN,
        /** Past due and not done. */
        LATE,
        /** Done in time. */
        DONE,
        /** Done, after the deadline. */
        DONE_LATE
    }
}
