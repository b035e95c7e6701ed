package dev.rsvpbot.github;

import java.time.Instant;
import java.util.Map;

/**
 * What the last successful poll of one repository saw, so the next one reads only the issues that changed.
 *
 * @param repo        {@code owner/name}, for people reading the file
 * @param fingerprint the summarizer's fingerprint then; another one means every issue is read again
 * @param cursor      the latest comment update seen; the next scan asks for comments since this minus the overlap
 * @param issues      per seminar issue: a hash of its title, body and labels, and its comment count after our writes
 * @param recent      comments updated within the overlap window before the cursor: id to {@code updated_at}
 */
record PollState(String repo, String fingerprint, Instant cursor, Map<Integer, IssueMark> issues,
                 Map<Long, Instant> recent) {
    PollState {
        issues = Map.copyOf(issues);
        recent = Map.copyOf(recent);
    }

    record IssueMark(String contentHash, int comments) {
    }
}
