package dev.rsvpbot.classify;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Locale;
import java.util.Set;

/**
 * Walks one thread's replies in order and tells each reply what the earlier ones said: who was invited to talk,
 * whether its author wrote before, and what the learned model's first look made of the earlier replies
 * ({@link EarlierReplies}). One instance per pass over a thread, confined to it (not thread-safe); each reply
 * costs one more reading by the rules and the first look, so a pass stays linear in the thread's length.
 *
 * <pre>{@code
 * ThreadHistory history = new ThreadHistory(classifier, ask);
 * for (Reply r : membersInTimeOrder) {
 *     contexts.put(r.id(), history.next(r.body(), r.author()));
 * }
 * }</pre>
 */
public final class ThreadHistory {
    /** The first look at a reply: its probability for each label, or empty without a model. */
    interface FirstLook {
        Optional<double[]> at(String body, String author, ReplyContext context);
    }

    private final ReplyClassifier classifier;
    private final FirstLook firstLook;
    private final Set<String> invited = new HashSet<>();
    private final Map<String, Set<Label>> authors = new HashMap<>();
    private final double[] shareSums = new double[Label.values().length];
    private int looked;

    public ThreadHistory(ReplyClassifier classifier, ThreadAsk ask) {
        this(classifier, (body, author, context) -> classifier.firstLook(body, ask, author, context));
    }

    /** With the first looks given: training gives each reply the look of a model that never saw its thread. */
    ThreadHistory(ReplyClassifier classifier, FirstLook firstLook) {
        this.classifier = classifier;
        this.firstLook = firstLook;
    }

    /** The context of this reply, the next of the thread; the reply then counts as earlier for the ones after it. */
    public ReplyContext next(String body, String author) {
        String login = author == null ? "" : author.toLowerCase(Locale.ROOT);
        Set<Label> authorSaid = authors.get(login);
        boolean spokeBefore = !login.isEmpty() && authorSaid != null;
        ReplyContext context = new ReplyContext(invited.contains(login), spokeBefore, earlier(authorSaid));
        invited.remove(login); // answered: a later reply of theirs no longer answers the invitation
        for (String l : classifier.invitedToTalk(body, author)) {
            invited.add(l.toLowerCase(Locale.ROOT));
        }
        Optional<double[]> look = firstLook.at(body, author, context);
        look.ifPresent(p -> {
            looked++;
            for (int i = 0; i < p.length; i++) {
                shareSums[i] += p[i];
            }
        });
        if (!login.isEmpty()) {
            Set<Label> said = authors.computeIfAbsent(login, k -> EnumSet.noneOf(Label.class));
            look.ifPresent(p -> said.add(IntentModel.likeliest(p)));
        }
        return context;
    }

    private EarlierReplies earlier(Set<Label> authorSaid) {
        Map<Label, Double> share = new EnumMap<>(Label.class);
        if (looked > 0) {
            for (Label l : Label.values()) {
                share.put(l, shareSums[l.ordinal()] / looked);
            }
        }
        return new EarlierReplies(looked, share, authorSaid == null ? Set.of() : authorSaid);
    }
}
