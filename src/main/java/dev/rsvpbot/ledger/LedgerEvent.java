package dev.rsvpbot.ledger;

import dev.rsvpbot.classify.Classification;
import dev.rsvpbot.thread.Reply;

import java.util.Comparator;

/**
 * Something that changes the ledger. The ledger is a fold of these in thread order, so a chair command
 * ({@code /rsvp drop @x}) can later join as one more event type without touching the others.
 */
public sealed interface LedgerEvent permits LedgerEvent.MemberReply, LedgerEvent.BotReply {
    Comparator<LedgerEvent> THREAD_ORDER = Comparator.comparing(LedgerEvent::source, ReplyRef.THREAD_ORDER);

    ReplyRef source();

    /** A member's reply and what the classifier read in it. */
    record MemberReply(Reply reply, Classification classification) implements LedgerEvent {
        @Override
        public ReplyRef source() {
            return ReplyRef.of(reply);
        }
    }

    /** A reply by this bot or another bot: counted, never acted on. */
    record BotReply(Reply reply) implements LedgerEvent {
        @Override
        public ReplyRef source() {
            return ReplyRef.of(reply);
        }
    }
}
