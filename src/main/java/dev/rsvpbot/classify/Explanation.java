package dev.rsvpbot.classify;

import java.util.stream.Collectors;

/** A classification explained for a person ({@code classify TEXT…}): each label with the cue that produced it. */
public final class Explanation {
    private Explanation() {
    }

    public static String of(Classification c) {
        StringBuilder b = new StringBuilder();
        b.append("labels: ").append(c.labels().stream().map(Label::name).collect(Collectors.joining(", "))).append('\n');
        for (Evidence e : c.evidence()) {
            b.append(String.format("  %-10s <- %s", e.label(), e.cue()));
            if (!e.excerpt().isEmpty()) {
                b.append("  in \"").append(e.excerpt()).append('"');
            }
            b.append('\n');
        }
        c.talk().ifPresent(t -> {
            b.append("talk:");
            if (!t.title().isEmpty()) {
                b.append(" \"").append(t.title()).append('"');
            }
            if (!t.url().isEmpty()) {
                b.append(' ').append(t.url());
            }
            b.append('\n');
        });
        c.referrer().ifPresent(r -> b.append("referrer: @").append(r).append('\n'));
        c.attachTo().ifPresent(a -> b.append("attaches to: @").append(a).append('\n'));
        if (c.friendName().isPresent() || c.friendLogin().isPresent()) {
            b.append("brings a friend:");
            c.friendName().ifPresent(n -> b.append(' ').append(n));
            c.friendLogin().ifPresent(l -> b.append(" @").append(l));
            b.append('\n');
        }
        c.bio().ifPresent(bio -> b.append("bio: ").append(bio).append('\n'));
        c.track().ifPresent(t -> b.append("track: ").append(t).append('\n'));
        if (c.unsure()) {
            b.append("unsure: the cues conflict or are weak, a person should confirm\n");
        }
        if (c.labels().contains(Label.OTHER) && c.mentionsRsvpWords()) {
            b.append("mentions sign-up words without signing up: worth a look\n");
        }
        return b.toString();
    }
}
