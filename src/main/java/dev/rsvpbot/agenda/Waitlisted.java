package dev.rsvpbot.agenda;

import dev.rsvpbot.ledger.SignUp;

/** A talk that waits for a later seminar, and why. */
public record Waitlisted(SignUp signUp, WaitReason reason) {
}
