package dev.rsvpbot.digest;

import dev.rsvpbot.ledger.GivenCommand;
import dev.rsvpbot.ledger.ReplyRef;
import dev.rsvpbot.ledger.ReviewItem;

import java.util.Optional;

/**
 * One thing waiting on the chair, linked to its reply.
 *
 * @param kind    what it is
 * @param repo    the issue's repository
 * @param issue   the issue number
 * @param login   whose reply
 * @param source  the reply
 * @param review  the review item, for {@link Kind#REVIEW}, {@link Kind#COMPANION_WITHOUT_PRESENTER} and
 *                {@link Kind#NEWCOMER_WITHOUT_REFERRER}
 * @param command the command, for {@link Kind#COMMAND_NOT_APPLIED}
 * @param excerpt the correction's first words, for {@link Kind#CORRECTION}
 */
public record ChairItem(Kind kind, String repo, int issue, String login, ReplyRef source, Optional<ReviewItem> review,
                        Optional<GivenCommand> command, String excerpt) {
    /** In the order the digest lists them. */
    public enum Kind { REVIEW, CORRECTION, COMPANION_WITHOUT_PRESENTER, NEWCOMER_WITHOUT_REFERRER, COMMAND_NOT_APPLIED }
}
