package dev.rsvpbot.classify;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What one reply means: its labels (labels.md), the evidence for each, and the details the ledger needs.
 *
 * @param labels      never empty; {@code OTHER} only when nothing else applies
 * @param evidence    at least one entry per label
 * @param talk        the talk title and/or link, when one was given
 * @param referrer    a newcomer's referrer login (without {@code @}), when named
 * @param attachTo    the presenter login a companion ({@code ATTEND}) attaches to ({@code 挂靠 @alice})
 * @param friendLogin for a member introducing a friend: the friend's login, when given
 * @param friendName  for a member introducing a friend: the friend's name, when given
 * @param bio         a newcomer's one-line self-introduction, when one was found
 * @param track       a track hint (CV / NLP), when given
 * @param unsure      true when the classifier's cues conflict or are weak: the ledger sends the reply to review
 * @param mentionsRsvpWords true when the author's own words mention sign-up words (oral, poster, 报名 …)
 *                    even if no label but {@code OTHER} resulted — such replies go to review
 */
public record Classification(Set<Label> labels, List<Evidence> evidence, Optional<Talk> talk,
                             Optional<String> referrer, Optional<String> attachTo,
                             Optional<String> friendLogin, Optional<String> friendName,
                             Optional<String> bio, Optional<Track> track,
                             boolean unsure, boolean mentionsRsvpWords) {
    public Classification {
        labels = labels.isEmpty() ? Set.of(Label.OTHER) : java.util.Collections.unmodifiableSet(EnumSet.copyOf(labels));
        evidence = List.copyOf(evidence);
    }

    /**
     * The details a reply may give. {@link #of} keeps each only beside its label: the talk with ORAL or POSTER,
     * the presenter a companion attaches to with ATTEND, the referrer, the friend and the bio with NEWCOMER.
     */
    public record Details(Optional<Talk> talk, Optional<String> referrer, Optional<String> attachTo,
                          Optional<String> friendLogin, Optional<String> friendName, Optional<String> bio) {
        public static final Details NONE = new Details(Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty());
    }

    /**
     * A classification whose details are those of {@code details} that go with {@code labels}; a talk label
     * always mentions sign-up words.
     */
    public static Classification of(Set<Label> labels, List<Evidence> evidence, Details details, Optional<Track> track,
                                    boolean unsure, boolean mentionsRsvpWords) {
        boolean talk = labels.contains(Label.ORAL) || labels.contains(Label.POSTER);
        boolean newcomer = labels.contains(Label.NEWCOMER);
        return new Classification(labels, evidence,
                talk ? details.talk() : Optional.empty(),
                newcomer ? details.referrer() : Optional.empty(),
                labels.contains(Label.ATTEND) ? details.attachTo() : Optional.empty(),
                newcomer ? details.friendLogin() : Optional.empty(),
                newcomer ? details.friendName() : Optional.empty(),
                newcomer ? details.bio() : Optional.empty(),
                track, unsure, mentionsRsvpWords || talk);
    }

    /** This classification's details, to give them to another label set ({@link #of}). */
    public Details details() {
        return new Details(talk, referrer, attachTo, friendLogin, friendName, bio);
    }

    /** A reply that signs nobody up and asks nothing of the chair, for the one reason {@code cue}. */
    public static Classification other(String cue, boolean unsure, boolean mentionsRsvpWords) {
        return of(Set.of(Label.OTHER), List.of(new Evidence(Label.OTHER, cue, "")), Details.NONE, Optional.empty(),
                unsure, mentionsRsvpWords);
    }

    public boolean has(Label label) {
        return labels.contains(label);
    }
}
