package dev.rsvpbot.ledger;

import dev.rsvpbot.classify.Talk;

import java.time.Instant;
import java.util.Comparator;
import java.util.Optional;

/**
 * A member's current talk sign-up.
 *
 * @param login      the presenter
 * @param kind       Oral or Poster
 * @param talk       title and link as far as given (both may be empty)
 * @param signedUpAt when they signed up for this kind: first come, first served orders by it
 * @param source     the reply that holds their latest statement
 * @param steeredBy  who set this sign-up by a command ({@code /rsvp oral @x}), when a command did
 */
public record SignUp(String login, TalkKind kind, Talk talk, Instant signedUpAt, ReplyRef source,
                     Optional<String> steeredBy) {
    public SignUp {
        steeredBy = steeredBy == null ? Optional.empty() : steeredBy;
    }

    /** A sign-up from the presenter's own reply. */
    public SignUp(String login, TalkKind kind, Talk talk, Instant signedUpAt, ReplyRef source) {
        this(login, kind, talk, signedUpAt, source, Optional.empty());
    }

    /** First come, first served; the comment id breaks ties so the order never depends on input order. */
    public static final Comparator<SignUp> FIRST_COME =
            Comparator.comparing(SignUp::signedUpAt).thenComparingLong(s -> s.source().id());
}
