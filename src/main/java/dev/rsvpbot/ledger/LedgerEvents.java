package dev.rsvpbot.ledger;

import dev.rsvpbot.classify.Classification;
import dev.rsvpbot.command.Issued;
import dev.rsvpbot.command.ReplyCommands;
import dev.rsvpbot.thread.Bots;
import dev.rsvpbot.thread.IssueThread;
import dev.rsvpbot.thread.Reply;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Turns a thread into ledger events: a member reply gives its commands (parsed apart from the classifier and
 * before it) and, unless it holds only commands, its classification without the command lines; bot replies are
 * only counted.
 */
public final class LedgerEvents {
    private final String botLogin;
    private final Function<Reply, Classification> classifier;
    private final Function<Reply, ReplyCommands> commands;

    /**
     * @param botLogin   this bot's login (its own summary is never read back); empty when unknown
     * @param classifier a member reply to its classification (read in its thread)
     */
    public LedgerEvents(String botLogin, Function<Reply, Classification> classifier) {
        this(botLogin, classifier, reply -> ReplyCommands.none(reply.body()));
    }

    /**
     * @param commands a member reply to its judged commands and the rest of its text
     *                 ({@link dev.rsvpbot.command.ThreadCommands#of})
     */
    public LedgerEvents(String botLogin, Function<Reply, Classification> classifier,
                        Function<Reply, ReplyCommands> commands) {
        this.botLogin = botLogin == null ? "" : botLogin.strip();
        this.classifier = classifier;
        this.commands = commands;
    }

    /** The events of the thread's replies. The issue body (the minutes) is no reply and gives no event. */
    public List<LedgerEvent> of(IssueThread thread) {
        List<LedgerEvent> events = new ArrayList<>(thread.replies().size());
        for (Reply reply : thread.replies()) {
            if (isBot(reply)) {
                events.add(new LedgerEvent.BotReply(reply));
                continue;
            }
            ReplyCommands rc = commands.apply(reply);
            if (rc.commands().isEmpty()) {
                events.add(new LedgerEvent.MemberReply(reply, classifier.apply(reply)));
                continue;
            }
            if (rc.restSaysSomething()) {
                Reply prose = reply.withBody(rc.rest());
                events.add(new LedgerEvent.MemberReply(prose, classifier.apply(prose)));
            }
            for (Issued issued : rc.commands()) {
                events.add(new LedgerEvent.Steer(reply, issued));
            }
        }
        return events;
    }

    boolean isBot(Reply reply) {
        return isBot(reply, botLogin);
    }

    /** A reply by a bot or by this bot's login: no member's. {@link Bots} decides; this stays for callers. */
    public static boolean isBot(Reply reply, String botLogin) {
        return Bots.isBot(reply, botLogin);
    }
}
