package dev.rsvpbot.classify;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Walks one thread's replies in order and tells each reply what the earlier ones said of its author. One instance
 * per pass over a thread, confined to it (not thread-safe); linear in the thread's length.
 *
 * <pre>{@code
 * ThreadHistory history = new ThreadHistory(classifier);
 * for (Reply r : membersInTimeOrder) {
 *     contexts.put(r.id(), history.next(r.body(), r.author()));
 * }
 * }</pre>
 */
public final class ThreadHistory {
    private final ReplyClassifier classifier;
    private final Set<String> invited = new HashSet<>();
    private final Set<String> authors = new HashSet<>();

    public ThreadHistory(ReplyClassifier classifier) {
        this.classifier = classifier;
    }

    /** The context of this reply, the next of the thread; the reply then counts as earlier for the ones after it. */
    public ReplyContext next(String body, String author) {
        String login = author == null ? "" : author.toLowerCase(Locale.ROOT);
        ReplyContext context = new ReplyContext(invited.contains(login), !login.isEmpty() && authors.contains(login));
        invited.remove(login); // answered: a later reply of theirs no longer answers the invitation
        for (String l : classifier.invitedToTalk(body, author)) {
            invited.add(l.toLowerCase(Locale.ROOT));
        }
        if (!login.isEmpty()) {
            authors.add(login);
        }
        return context;
    }
}
