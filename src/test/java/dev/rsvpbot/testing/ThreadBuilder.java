package dev.rsvpbot.testing;

import dev.rsvpbot.classify.Classification;
import dev.rsvpbot.ledger.LedgerEvent;
import dev.rsvpbot.thread.Association;
import dev.rsvpbot.thread.IssueThread;
import dev.rsvpbot.thread.Reply;
import dev.rsvpbot.thread.SeminarIssue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A thread of replies written one after another, one minute apart unless told otherwise, each with the
 * classification the test wants. {@link #classifier()} answers from that table.
 */
public final class ThreadBuilder {
    public static final Instant START = Instant.parse("2019-09-16T04:00:00Z");

    private final List<Reply> replies = new ArrayList<>();
    private final Map<String, Classification> byBody = new java.util.HashMap<>();
    private final Map<Reply, Classification> byReply = new IdentityHashMap<>();
    private Instant clock = START;
    private long nextId = 1000;

    public ThreadBuilder says(String author, Says says) {
        return says(author, "reply " + nextId + " by " + author, says);
    }

    public ThreadBuilder says(String author, String body, Says says) {
        clock = clock.plus(Duration.ofMinutes(1));
        return add(new Reply(nextId++, author, false, body, clock, clock,
                "https://github.com/BUPT/ai-ml.club/issues/326#issuecomment-" + nextId), says.get());
    }

    /** A reply at an exact time with an exact id, for tie-break tests. */
    public ThreadBuilder saysAt(Instant at, long id, String author, Says says) {
        return add(new Reply(id, author, false, "reply " + id + " by " + author, at, at,
                "https://github.com/BUPT/ai-ml.club/issues/326#issuecomment-" + id), says.get());
    }

    /**
     * A reply whose author has this {@code author_association}; its body may hold commands. Any prose left
     * beside the commands reads as {@code says}.
     */
    public ThreadBuilder writes(String author, Association association, String body, Says says) {
        clock = clock.plus(Duration.ofMinutes(1));
        Reply reply = new Reply(nextId++, author, false, body, clock, clock,
                "https://github.com/BUPT/ai-ml.club/issues/326#issuecomment-" + nextId, association);
        replies.add(reply);
        byReply.put(reply, says.get());
        return this;
    }

    /** A reply of commands only, by an author with no association. */
    public ThreadBuilder writes(String author, String body) {
        return writes(author, Association.NONE, body, Says.chatter());
    }

    /** The id the next reply gets, to name it in {@code /rsvp done}. */
    public long nextId() {
        return nextId;
    }

    /** Classifies the prose left beside commands by what the test said it says. */
    public ThreadBuilder prose(String rest, Says says) {
        byBody.put(rest, says.get());
        return this;
    }

    public ThreadBuilder bot(String author, boolean typeBot) {
        clock = clock.plus(Duration.ofMinutes(1));
        replies.add(new Reply(nextId++, author, typeBot, "beep " + nextId, clock, clock, ""));
        return this;
    }

    private ThreadBuilder add(Reply reply, Classification c) {
        replies.add(reply);
        byReply.put(reply, c);
        byBody.put(reply.body(), c);
        return this;
    }

    public List<Reply> replies() {
        return List.copyOf(replies);
    }

    public Function<String, Classification> classifier() {
        return body -> byBody.getOrDefault(body, Says.chatter().get());
    }

    public List<LedgerEvent> events() {
        List<LedgerEvent> events = new ArrayList<>();
        for (Reply r : replies) {
            Classification c = byReply.get(r);
            events.add(c == null ? new LedgerEvent.BotReply(r) : new LedgerEvent.MemberReply(r, c));
        }
        return events;
    }

    public IssueThread thread(SeminarIssue issue) {
        return new IssueThread(issue, replies);
    }

    /** The body of the club's S3E6 minutes (src/test/resources/minutes/s3e6.md), the issue most tests reply to. */
    public static String s3e6Minutes() {
        try (InputStream in = ThreadBuilder.class.getResourceAsStream("/minutes/s3e6.md")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public static SeminarIssue issue(String title, String body) {
        return new SeminarIssue("BUPT/ai-ml.club", 326, title, body, "ArronHZG",
                Instant.parse("2019-09-16T02:00:00Z"), "https://github.com/BUPT/ai-ml.club/issues/326", List.of("seminar"));
    }
}
