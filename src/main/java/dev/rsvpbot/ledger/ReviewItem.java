package dev.rsvpbot.ledger;

import java.util.Comparator;
import java.util.Optional;

/**
 * A reply the chair should look at, and why.
 *
 * @param login   the reply's author (or the newcomer it introduces)
 * @param reason  why
 * @param subject what the reason is about (a presenter's login, a list of labels), or empty
 * @param source  the reply, linked from the summary
 * @param settledBy the chair who settled it ({@code /rsvp done}), if one did: it stays listed, marked
 */
public record ReviewItem(String login, ReviewReason reason, String subject, ReplyRef source, Optional<String> settledBy) {
    public ReviewItem {
        settledBy = settledBy == null ? Optional.empty() : settledBy;
    }

    public ReviewItem(String login, ReviewReason reason, String subject, ReplyRef source) {
        this(login, reason, subject, source, Optional.empty());
    }

    ReviewItem settledBy(String chair) {
        return new ReviewItem(login, reason, subject, source, Optional.of(chair));
    }

    public static final Comparator<ReviewItem> THREAD_ORDER = Comparator.comparing(ReviewItem::source, ReplyRef.THREAD_ORDER)
            .thenComparing(ReviewItem::reason).thenComparing(ReviewItem::login).thenComparing(ReviewItem::subject);
}
