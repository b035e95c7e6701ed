package dev.rsvpbot.ledger;

import dev.rsvpbot.classify.Label;

import java.util.Optional;

/**
 * A member who said they will not come (or not present) this time.
 *
 * @param login  who withdrew
 * @param had    what the withdrawal cancelled: {@code ORAL}, {@code POSTER} or {@code ATTEND}; empty when they had nothing
 * @param source the withdrawing reply
 * @param steeredBy who withdrew them by a command ({@code /rsvp drop @x}), when a command did
 */
public record Withdrawal(String login, Optional<Label> had, ReplyRef source, Optional<String> steeredBy) {
    public Withdrawal {
        steeredBy = steeredBy == null ? Optional.empty() : steeredBy;
    }

    public Withdrawal(String login, Optional<Label> had, ReplyRef source) {
        this(login, had, source, Optional.empty());
    }
}
