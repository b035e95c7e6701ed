package dev.rsvpbot.testing;

import dev.rsvpbot.classify.Classification;
import dev.rsvpbot.classify.Evidence;
import dev.rsvpbot.classify.Label;
import dev.rsvpbot.classify.Talk;
import dev.rsvpbot.classify.Track;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Builds the classification a test wants a reply to have, so ledger tests do not depend on the classifier. */
public final class Says {
    private final Set<Label> labels = EnumSet.noneOf(Label.class);
    private Talk talk;
    private String referrer;
    private String attachTo;
    private String friendLogin;
    private String friendName;
    private String bio;
    private Track track;
    private boolean unsure;
    private boolean rsvpWords;

    private Says(Label... labels) {
        this.labels.addAll(List.of(labels));
    }

    public static Says labels(Label... labels) {
        return new Says(labels);
    }

    public static Says oral(String title, String url) {
        return new Says(Label.ORAL).talk(title, url);
    }

    public static Says poster(String title, String url) {
        return new Says(Label.POSTER).talk(title, url);
    }

    public static Says attend() {
        return new Says(Label.ATTEND);
    }

    public static Says attachTo(String presenter) {
        return new Says(Label.ATTEND).attaching(presenter);
    }

    public static Says withdraw() {
        return new Says(Label.WITHDRAW);
    }

    public static Says newcomer(String referrer, String bio) {
        Says s = new Says(Label.NEWCOMER);
        s.referrer = referrer;
        s.bio = bio;
        return s;
    }

    public static Says correction() {
        return new Says(Label.CORRECTION);
    }

    public static Says chatter() {
        return new Says(Label.OTHER);
    }

    public static Says question() {
        Says s = new Says(Label.OTHER);
        s.rsvpWords = true;
        return s;
    }

    public Says talk(String title, String url) {
        this.talk = new Talk(title, url);
        return this;
    }

    public Says attaching(String presenter) {
        this.attachTo = presenter;
        return this;
    }

    public Says friend(String login, String name, String bio) {
        labels.add(Label.NEWCOMER);
        this.friendLogin = login;
        this.friendName = name;
        this.bio = bio;
        return this;
    }

    public Says and(Label label) {
        labels.add(label);
        return this;
    }

    public Says track(Track value) {
        this.track = value;
        return this;
    }

    public Says unsure() {
        this.unsure = true;
        return this;
    }

    public Classification get() {
        List<Evidence> evidence = new ArrayList<>();
        for (Label l : labels.isEmpty() ? Set.of(Label.OTHER) : labels) {
            evidence.add(new Evidence(l, "test", l.name().toLowerCase()));
        }
        return new Classification(labels, evidence, Optional.ofNullable(talk), Optional.ofNullable(referrer),
                Optional.ofNullable(attachTo), Optional.ofNullable(friendLogin), Optional.ofNullable(friendName),
                Optional.ofNullable(bio), Optional.ofNullable(track), unsure, rsvpWords);
    }
}
