package dev.rsvpbot.ledger;

import dev.rsvpbot.classify.Label;

import java.util.Optional;

/**
 * A member who said they will not come (or not present) this time.
 *
 * @param login  who withdrew
 * @param had    what the withdrawal cancelled: {@code ORAL}, {@code POSTER} or {@code ATTEND}; empty when they had nothing
 * @param source the withdrawing reply
 */
public record Withdrawal(String login, Optional<Label> had, ReplyRef source) {
}
