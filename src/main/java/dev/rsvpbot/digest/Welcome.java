package dev.rsvpbot.digest;

import dev.rsvpbot.ledger.ReplyRef;

import java.time.Instant;
import java.util.Optional;

/**
 * Someone to welcome: a newcomer, or a member back after a long silence.
 *
 * @param who      a login, or a name when a member introduced a friend by name
 * @param referrer the member who refers a newcomer, or empty
 * @param bio      a newcomer's one-line introduction, or empty
 * @param source   the reply
 * @param lastSeen for a returning member, their previous reply before this one
 */
public record Welcome(String who, String referrer, String bio, ReplyRef source, Optional<Instant> lastSeen) {
}
