package dev.rsvpbot.agenda;

/**
 * Everyone expected at the meeting, each person once, by the table the summary lists them in: the feedback
 * round's count is the sum of these, so a chair can check it against the tables.
 *
 * @param presenters presenters with a slot (the Oral and Poster tables)
 * @param waitlisted presenters whose talk waits (the waitlist): they said they would come
 * @param attendees  members attending without a talk (not counted already as presenters)
 * @param newcomers  newcomers (not counted already above)
 */
public record Headcount(int presenters, int waitlisted, int attendees, int newcomers) {
    public int total() {
        return presenters + waitlisted + attendees + newcomers;
    }
}
