package dev.rsvpbot.classify;

import java.util.Map;
import java.util.Set;

/**
 * What the learned model's first look ({@link IntentModels}) made of a thread's earlier replies: in a check-in
 * thread where most replies were sign-ups, a bare "here" is one too; after the author's own sign-up, "sorry,
 * something came up" withdraws it. Kept by {@link ThreadHistory}, read by {@link ReplyFeatures}.
 *
 * @param count      how many earlier replies there are
 * @param share      per label, the mean probability the first look gave it over the earlier replies
 * @param authorSaid the labels the first look gave the author's own earlier replies
 */
public record EarlierReplies(int count, Map<Label, Double> share, Set<Label> authorSaid) {
    /** A reply read alone: nothing is known of a thread. */
    public static final EarlierReplies UNKNOWN = new EarlierReplies(-1, Map.of(), Set.of());
    /** The first reply of a thread. */
    public static final EarlierReplies NONE = new EarlierReplies(0, Map.of(), Set.of());

    public EarlierReplies {
        share = Map.copyOf(share);
        authorSaid = Set.copyOf(authorSaid);
    }

    boolean known() {
        return count >= 0;
    }
}
