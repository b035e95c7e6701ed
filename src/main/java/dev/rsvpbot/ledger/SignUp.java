package dev.rsvpbot.ledger;

import dev.rsvpbot.classify.Talk;

import java.time.Instant;
import java.util.Comparator;

/**
 * A member's current talk sign-up.
 *
 * @param login      the presenter
 * @param kind       Oral or Poster
 * @param talk       title and link as far as given (both may be empty)
 * @param signedUpAt when they signed up for this kind: first come, first served orders by it
 * @param source     the reply that holds their latest statement
 */
public record SignUp(String login, TalkKind kind, Talk talk, Instant signedUpAt, ReplyRef source) {
    /** First come, first served; the comment id breaks ties so the order never depends on input order. */
    public static final Comparator<SignUp> FIRST_COME =
            Comparator.comparing(SignUp::signedUpAt).thenComparingLong(s -> s.source().id());
}
