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
 *     read.put(r.id(), history.read(r.body(), r.author()));
 * }
 * }</pre>
 */
public final class ThreadHistory {
    /** The first look at a reply: its probability for each label, or empty without a model. */
    interface FirstLook {
        Optional<double[]> at(String body, String author, ReplyContext context);
    }

    private final ReplyClassifier classifier;
    private final ThreadAsk ask;
    private final FirstLook firstLook;
    private final Set<String> invited = new HashSet<>();
    private final Map<String, Set<Label>> authors = new HashMap<>();
    private final double[] shareSums = new double[Label.values().length];
    private int looked;

    public ThreadHistory(ReplyClassifier classifier, ThreadAsk ask) {
        this(classifier, ask, (body, author, context) -> classifier.firstLook(body, ask, author, context));
    }

    /** With the first looks given: training gives each reply the look of a model that never saw its thread. */
    ThreadHistory(ReplyClassifier classifier, ThreadAsk ask, FirstLook firstLook) {
        this.classifier = classifier;
        this.ask = ask;
        this.firstLook = firstLook;
    }

    /**
     * Classifies this reply, the next of the thread, in its context; the reply then counts as earlier for the ones
     * after it. The rules read it once, for the first look and the decision both.
     */
    public Classification read(String body, String author) {
        ReplyClassifier.Reading reading = classifier.read(body, ask, author);
        ReplyContext context = contextOf(author);
        // In the club's minutes the rules decide: no reply there needs the first look, nor its features.
        ReplyFeatures.Base base = ReplyClassifier.modelReads(ask) ? baseFeatures(reading, context) : null;
        remember(body, author, base == null ? Optional.empty() : classifier.firstLook(base));
        return classifier.decide(reading, context, base);
    }

    /**
     * The context of this reply, the next of the thread, without classifying it; the reply then counts as earlier
     * for the ones after it. For training, which reads the context into features itself.
     */
    ReplyContext next(String body, String author) {
        ReplyContext context = contextOf(author);
        remember(body, author, firstLook.at(body, author, context));
        return context;
    }

    private ReplyContext contextOf(String author) {
        String login = login(author);
        Set<Label> authorSaid = authors.get(login);
        // Without a thread (classify --jsonl lines without an issue) there are no earlier replies to speak of.
        EarlierReplies earlier = ask.known() ? earlier(authorSaid) : EarlierReplies.UNKNOWN;
        return new ReplyContext(invited.contains(login), !login.isEmpty() && authorSaid != null, earlier);
    }

    private void remember(String body, String author, Optional<double[]> look) {
        String login = login(author);
        invited.remove(login); // answered: a later reply of theirs no longer answers the invitation
        for (String l : classifier.invitedToTalk(body, author)) {
            invited.add(l.toLowerCase(Locale.ROOT));
        }
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
    }

    /** The reply's features for the first look, or null when they cannot be read (the decision then says why). */
    private ReplyFeatures.Base baseFeatures(ReplyClassifier.Reading reading, ReplyContext context) {
        try {
            return classifier.baseFeatures(reading, context);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static String login(String author) {
        return author == null ? "" : author.toLowerCase(Locale.ROOT);
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
