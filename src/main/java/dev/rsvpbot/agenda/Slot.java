package dev.rsvpbot.agenda;

import dev.rsvpbot.ledger.SignUp;

import java.time.LocalTime;
import java.util.Optional;

/**
 * One line of the timeline.
 *
 * @param start   when it starts (club time)
 * @param minutes how long it takes
 * @param kind    what it is
 * @param talk    for {@code ORAL} and {@code POSTER}: whose talk
 * @param people  for {@code NEWCOMERS} and {@code CLOSING}: how many people take a turn; else 0
 * @param asked   how long the rules asked for it; more than {@code minutes} when it was shortened so the talks fit
 */
public record Slot(LocalTime start, int minutes, SlotKind kind, Optional<SignUp> talk, int people, int asked) {
    /** Shortened so the talks fit the hard limit (the summary says so). */
    public boolean shortened() {
        return asked > minutes;
    }
}
