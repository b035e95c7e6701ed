package dev.rsvpbot.github;

import java.util.List;
import java.util.Optional;

/**
 * What one digest run did.
 *
 * @param digest   the digest, when the issues could be read
 * @param action   what happened to the week's comment; {@link Action#NOT_POSTED} without {@code --post}
 * @param target   the issue the digest is kept on ({@code owner/name#n}), or empty
 * @param problems what failed, one line each
 * @param http     the HTTP traffic of the run
 */
public record DigestReport(Optional<ComposedDigest> digest, Action action, String target, List<String> problems,
                           HttpCounts http) {
    public enum Action { NOT_POSTED, NOTHING_NEW, CREATED, EDITED, UNCHANGED, FAILED }

    public DigestReport {
        problems = List.copyOf(problems);
    }

    public boolean ok() {
        return problems.isEmpty();
    }

    public String summaryLine() {
        return String.format("digest %s: %s%s; %d requests (%d not modified), %d rate-limit points, %d writes",
                digest.map(ComposedDigest::week).orElse("-"), action.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '),
                target.isEmpty() ? "" : " on " + target, http.requests(), http.notModified(), http.rateLimitCost(), http.writes());
    }
}
