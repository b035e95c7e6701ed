package dev.rsvpbot.ledger;

import java.util.Comparator;

/**
 * A reply the chair should look at, and why.
 *
 * @param login   the reply's author (or the newcomer it introduces)
 * @param reason  why
 * @param subject what the reason is about (a presenter's login, a list of labels), or empty
 * @param source  the reply, linked from the summary
 */
public record ReviewItem(String login, ReviewReason reason, String subject, ReplyRef source) {
    public static final Comparator<ReviewItem> THREAD_ORDER = Comparator.comparing(ReviewItem::source, ReplyRef.THREAD_ORDER)
            .thenComparing(ReviewItem::reason).thenComparing(ReviewItem::login).thenComparing(ReviewItem::subject);
}
