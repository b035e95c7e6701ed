package dev.rsvpbot.testing;

import dev.rsvpbot.ledger.Ledger;

import java.util.HashSet;
import java.util.Set;

/** The replies a ledger accounts for, so a test can check that nothing a member wrote silently vanished. */
public final class LedgerReplies {
    private LedgerReplies() {
    }

    /** The ids of the replies behind every entry of every list of the ledger, chatter and superseded included. */
    public static Set<Long> placed(Ledger ledger) {
        Set<Long> placed = new HashSet<>();
        ledger.signUps().forEach(s -> placed.add(s.source().id()));
        ledger.attendees().forEach(a -> placed.add(a.source().id()));
        ledger.newcomers().forEach(n -> placed.add(n.source().id()));
        ledger.corrections().forEach(c -> placed.add(c.source().id()));
        ledger.withdrawals().forEach(w -> placed.add(w.source().id()));
        ledger.review().forEach(r -> placed.add(r.source().id()));
        ledger.superseded().forEach(r -> placed.add(r.id()));
        ledger.chatter().forEach(r -> placed.add(r.id()));
        return placed;
    }
}
