package dev.rsvpbot.ledger;

import dev.rsvpbot.classify.Classification;
import dev.rsvpbot.command.Issued;
import dev.rsvpbot.thread.Reply;

import java.util.Comparator;

/**
 * Something that changes the ledger. The ledger is a fold of these in thread order: replies and the commands in
 * them ({@code /rsvp drop @x}) alike, so a later command or a later reply by the same person wins.
 */
public sealed interface LedgerEvent permits LedgerEvent.MemberReply, LedgerEvent.BotReply, LedgerEvent.Steer {
    /** Time, then comment id; within one reply its prose first, then its commands in their order. */
    Comparator<LedgerEvent> THREAD_ORDER = Comparator.comparing(LedgerEvent::source, ReplyRef.THREAD_ORDER)
            .thenComparingInt(LedgerEvent::part);

    ReplyRef source();

    /** The place of this event within its reply: 0 for the reply's prose, 1, 2, … for its command lines. */
    default int part() {
        return 0;
    }

    /** One command line of a member's reply, already judged (applied, refused or malformed). */
    record Steer(Reply reply, Issued issued) implements LedgerEvent {
        @Override
        public ReplyRef source() {
            return ReplyRef.of(reply);
        }

        @Override
        public int part() {
            return issued.index() + 1;
        }
    }

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
