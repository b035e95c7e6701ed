package dev.rsvpbot.ledger;

import dev.rsvpbot.thread.Reply;

import java.time.Instant;
import java.util.Comparator;

/**
 * Where an entry of the ledger came from: one reply, so the summary can link to it.
 *
 * @param id        GitHub's comment id
 * @param author    the reply's author login
 * @param url       the reply's html url (may be empty)
 * @param createdAt when the reply was posted
 */
public record ReplyRef(long id, String author, String url, Instant createdAt) {
    /** Thread order: time of posting, then comment id, so equal timestamps still order the same way every run. */
    public static final Comparator<ReplyRef> THREAD_ORDER =
            Comparator.comparing(ReplyRef::createdAt).thenComparingLong(ReplyRef::id);

    public static ReplyRef of(Reply reply) {
        return new ReplyRef(reply.id(), reply.author(), reply.htmlUrl(), reply.createdAt());
    }
}
