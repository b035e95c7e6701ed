package dev.rsvpbot.agenda;

/** The parts of a meeting, in the order the club runs them. */
public enum SlotKind {
    OPENING, NEWCOMERS, ORAL, BREAK, POSTER, CLOSING
}
