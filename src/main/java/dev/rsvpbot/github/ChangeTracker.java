package dev.rsvpbot.github;

import dev.rsvpbot.render.SummaryMarker;
import dev.rsvpbot.thread.Bots;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Decides which seminar issues need reading from the last run's {@link PollState} and one repository-wide
 * comment scan, and gathers the state to save after this run.
 *
 * <p>An issue is read again when it is new to the state, its title, body or labels changed, its comment count
 * differs from what the last run left (a reply was deleted), or the scan lists one of its comments that the
 * last run did not see at that {@code updated_at} (new or edited). The bot's own summaries in the scan are
 * ignored while intact (they are not part of any thread); one edited by hand marks its issue, to be rewritten.
 */
final class ChangeTracker {
    private final Optional<PollState> previous;
    private final Duration overlap;
    private final Set<Integer> changedByScan;
    private final boolean scanned;
    private final Map<Integer, PollState.IssueMark> marks = new HashMap<>();
    private final Map<Long, Instant> seen = new HashMap<>();
    private Instant cursor;

    private ChangeTracker(Optional<PollState> previous, Duration overlap, Set<Integer> changedByScan, boolean scanned) {
        this.previous = previous;
        this.overlap = overlap;
        this.changedByScan = changedByScan;
        this.scanned = scanned;
        this.cursor = previous.map(PollState::cursor).orElse(null);
        previous.ifPresent(p -> seen.putAll(p.recent()));
    }

    /** No usable state or scan: every seminar issue is read. */
    static ChangeTracker readEverything(Optional<PollState> previous, Duration overlap) {
        return new ChangeTracker(previous, overlap, Set.of(), false);
    }

    static ChangeTracker fromScan(PollState previous, Duration overlap, List<CommentScan.Seen> scan, String botLogin) {
        // The bot's own summaries mark no issue and move neither the cursor nor the window: after a run that only
        // wrote summaries, the next scan asks the same URL and gets a free 304 once the answer settles.
        List<CommentScan.Seen> others = scan.stream()
                .filter(s -> !(s.intactSummary() && Bots.isSelf(s.author(), botLogin)))
                .toList();
        Set<Integer> changed = new HashSet<>();
        for (CommentScan.Seen s : others) {
            if (!s.updatedAt().equals(previous.recent().get(s.id()))) {
                changed.add(s.issue());
            }
        }
        ChangeTracker tracker = new ChangeTracker(Optional.of(previous), overlap, changed, true);
        others.forEach(s -> tracker.see(s.id(), s.updatedAt()));
        return tracker;
    }

    /** Where the next scan starts: the cursor minus the overlap, in whole seconds so the URL (and its ETag) repeats. */
    static Instant scanStart(PollState state, Duration overlap) {
        return state.cursor().minus(overlap).truncatedTo(ChronoUnit.SECONDS);
    }

    static String contentHash(String title, String body, Collection<String> labels) {
        return SummaryMarker.sha256(title + "\u0000" + body + "\u0000" + String.join(",", labels.stream().sorted().toList()));
    }

    Set<Integer> changedByScan() {
        return Set.copyOf(changedByScan);
    }

    boolean needsReading(int number, String contentHash, int commentCount) {
        if (!scanned) {
            return true;
        }
        PollState.IssueMark mark = previous.get().issues().get(number);
        return mark == null || !mark.contentHash().equals(contentHash) || mark.comments() != commentCount
                || changedByScan.contains(number);
    }

    /** The issue was not read: keep what the last run knew about it. */
    void unchanged(int number) {
        PollState.IssueMark mark = previous.orElseThrow().issues().get(number);
        marks.put(number, mark);
    }

    /**
     * The issue was read (and written) successfully; {@code commentsAfter} counts the bot's writes in, and
     * {@code replies} are the comments other than the bot's summaries.
     */
    void read(int number, String contentHash, int commentsAfter, List<CommentView> replies) {
        marks.put(number, new PollState.IssueMark(contentHash, commentsAfter));
        replies.forEach(c -> see(c.id(), c.updatedAt()));
    }

    private void see(long id, Instant updatedAt) {
        seen.put(id, updatedAt);
        if (cursor == null || updatedAt.isAfter(cursor)) {
            cursor = updatedAt;
        }
    }

    /** The state to save; failed issues are left out, so the next run reads them again. */
    PollState next(String repo, String fingerprint, Instant now) {
        Instant at = cursor == null ? now.truncatedTo(ChronoUnit.SECONDS) : cursor;
        Instant windowStart = at.minus(overlap);
        Map<Long, Instant> recent = new HashMap<>();
        seen.forEach((id, updated) -> {
            if (!updated.isBefore(windowStart)) {
                recent.put(id, updated);
            }
        });
        return new PollState(repo, fingerprint, at, marks, recent);
    }
}
