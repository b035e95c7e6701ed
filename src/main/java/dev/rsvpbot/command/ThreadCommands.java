package dev.rsvpbot.command;

import dev.rsvpbot.thread.IssueThread;
import dev.rsvpbot.thread.Reply;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The commands of one thread, read once per run from the replies' current text: an edited command counts as it
 * now reads and a deleted one is gone, because nothing is remembered between runs.
 */
public final class ThreadCommands {
    private final Map<Long, ReplyCommands> byReply;

    private ThreadCommands(Map<Long, ReplyCommands> byReply) {
        this.byReply = Map.copyOf(byReply);
    }

    /** Parses and judges the commands of every member reply ({@code isMember}); bots give none. */
    public static ThreadCommands read(IssueThread thread, Predicate<Reply> isMember, CommandParser parser,
                                      Permissions permissions) {
        Map<Long, ReplyCommands> byReply = new HashMap<>();
        for (Reply reply : thread.replies()) {
            if (!isMember.test(reply)) {
                continue;
            }
            ReplyCommands parsed = parser.parse(reply.body());
            if (parsed.commands().isEmpty()) {
                continue;
            }
            List<Issued> judged = parsed.commands().stream()
                    .map(i -> i.withVerdict(permissions.judge(i.verdict(), reply))).toList();
            byReply.put(reply.id(), new ReplyCommands(judged, parsed.rest(), parsed.restSaysSomething()));
        }
        return new ThreadCommands(byReply);
    }

    /** A thread without commands. */
    public static ThreadCommands none() {
        return new ThreadCommands(Map.of());
    }

    /** The reply's commands and the rest of its text. */
    public ReplyCommands of(Reply reply) {
        ReplyCommands rc = byReply.get(reply.id());
        return rc == null ? ReplyCommands.none(reply.body()) : rc;
    }

    /** The thread as the classifier reads it: each reply without its command lines. */
    public IssueThread withoutCommandLines(IssueThread thread) {
        if (byReply.isEmpty()) {
            return thread;
        }
        return new IssueThread(thread.issue(), thread.replies().stream()
                .map(r -> byReply.containsKey(r.id()) ? r.withBody(byReply.get(r.id()).rest()) : r).toList());
    }
}
