package dev.rsvpbot.ledger;

import java.util.Optional;

/**
 * A member who said they will not come (or not present) this time.
 *
 * @param login  who withdrew
 * @param had    what the withdrawal cancelled: {@code ORAL}, {@code POSTER}, {@code ATTEND}, or empty when they had nothing
 * @param source the withdrawing reply
 */
public record Withdrawal(String login, Optional<String> had, ReplyRef source) {
}
