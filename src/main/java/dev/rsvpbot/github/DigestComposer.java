package dev.rsvpbot.github;

import dev.rsvpbot.thread.SeasonIssue;

import java.time.Instant;
import java.util.List;

/** What {@code digest} needs from the pipeline: the season's issues, as read, in; the digest out. */
@FunctionalInterface
public interface DigestComposer {
    ComposedDigest compose(List<SeasonIssue> issues, String botLogin, Instant now);
}
