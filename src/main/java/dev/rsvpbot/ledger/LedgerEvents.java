package dev.rsvpbot.ledger;

import dev.rsvpbot.classify.Classification;
import dev.rsvpbot.thread.IssueThread;
import dev.rsvpbot.thread.Reply;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/** Turns a thread into ledger events: member replies are classified, bot replies only counted. */
public final class LedgerEvents {
    private final String botLogin;
    private final Function<Reply, Classification> classifier;

    /**
     * @param botLogin   this bot's login (its own summary is never read back); empty when unknown
     * @param classifier a member reply to its classification (read in its thread)
     */
    public LedgerEvents(String botLogin, Function<Reply, Classification> classifier) {
        this.botLogin = botLogin == null ? "" : botLogin.strip();
        this.classifier = classifier;
    }

    /** The events of the thread's replies. The issue body (the minutes) is no reply and gives no event. */
    public List<LedgerEvent> of(IssueThread thread) {
        List<LedgerEvent> events = new ArrayList<>(thread.replies().size());
        for (Reply reply : thread.replies()) {
            events.add(isBot(reply)
                    ? new LedgerEvent.BotReply(reply)
                    : new LedgerEvent.MemberReply(reply, classifier.apply(reply)));
        }
        return events;
    }

    boolean isBot(Reply reply) {
        return isBot(reply, botLogin);
    }

    /** A reply by a bot (GitHub says so, or the login ends in {@code [bot]}) or by this bot's login: no member's. */
    public static boolean isBot(Reply reply, String botLogin) {
        String login = reply.author().toLowerCase(Locale.ROOT);
        String bot = botLogin == null ? "" : botLogin.strip().toLowerCase(Locale.ROOT);
        return reply.authorIsBot() || login.endsWith("[bot]") || (!bot.isEmpty() && login.equals(bot));
    }
}
