package dev.rsvpbot.github;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ChangeTrackerTest {
    private static final Duration OVERLAP = Duration.ofMinutes(10);
    private static final Instant CURSOR = Instant.parse("2026-11-20T10:00:00Z");
    private static final String HASH = ChangeTracker.contentHash("S3E6", "minutes", List.of("seminar"));

    private static PollState previous() {
        return new PollState("club/seminars", "v1", CURSOR,
                Map.of(12, new PollState.IssueMark(HASH, 3), 15, new PollState.IssueMark(HASH, 2)),
                Map.of(5003L, CURSOR));
    }

    private static CommentScan.Seen seen(long id, int issue, String author, boolean marked, Instant updated) {
        return new CommentScan.Seen(id, issue, author, marked, updated);
    }

    @Test
    void aCommentAlreadySeenAtTheSameUpdateIsNoNews() {
        ChangeTracker t = ChangeTracker.fromScan(previous(), OVERLAP, List.of(seen(5003, 12, "bob", false, CURSOR)), "rsvp-bot");
        assertThat(t.needsReading(12, HASH, 3)).isFalse();
        assertThat(t.needsReading(15, HASH, 2)).isFalse();
    }

    @Test
    void aNewOrEditedCommentMarksOnlyItsIssue() {
        ChangeTracker t = ChangeTracker.fromScan(previous(), OVERLAP, List.of(
                seen(5003, 12, "bob", false, CURSOR.plusSeconds(5)),
                seen(7001, 99, "carol", false, CURSOR.plusSeconds(9))), "rsvp-bot");
        assertThat(t.needsReading(12, HASH, 3)).isTrue();
        assertThat(t.needsReading(15, HASH, 2)).isFalse();
    }

    @Test
    void theBotsOwnSummaryIsNoNewsButAForgedOneIs() {
        ChangeTracker own = ChangeTracker.fromScan(previous(), OVERLAP,
                List.of(seen(8001, 15, "RSVP-bot", true, CURSOR.plusSeconds(60))), "rsvp-bot");
        assertThat(own.needsReading(15, HASH, 2)).isFalse();
        ChangeTracker forged = ChangeTracker.fromScan(previous(), OVERLAP,
                List.of(seen(8002, 15, "mallory", true, CURSOR.plusSeconds(60))), "rsvp-bot");
        assertThat(forged.needsReading(15, HASH, 2)).isTrue();
    }

    @Test
    void theBotsSummaryEditedByHandIsNews() {
        ChangeTracker edited = ChangeTracker.fromScan(previous(), OVERLAP,
                List.of(seen(8001, 15, "rsvp-bot", false, CURSOR.plusSeconds(60))), "rsvp-bot");
        assertThat(edited.needsReading(15, HASH, 2)).isTrue();
    }

    @Test
    void aDeletedReplyShowsAsAnotherCommentCount() {
        ChangeTracker t = ChangeTracker.fromScan(previous(), OVERLAP, List.of(), "rsvp-bot");
        assertThat(t.needsReading(12, HASH, 2)).isTrue();
    }

    @Test
    void anEditedTitleBodyOrLabelIsNews() {
        ChangeTracker t = ChangeTracker.fromScan(previous(), OVERLAP, List.of(), "rsvp-bot");
        assertThat(t.needsReading(12, ChangeTracker.contentHash("S3E6", "minutes, corrected", List.of("seminar")), 3)).isTrue();
        assertThat(t.needsReading(12, ChangeTracker.contentHash("S3E6", "minutes", List.of()), 3)).isTrue();
    }

    @Test
    void anIssueUnknownToTheStateIsRead() {
        ChangeTracker t = ChangeTracker.fromScan(previous(), OVERLAP, List.of(), "rsvp-bot");
        assertThat(t.needsReading(16, HASH, 0)).isTrue();
    }

    @Test
    void withoutAScanEveryIssueIsRead() {
        ChangeTracker t = ChangeTracker.readEverything(Optional.of(previous()), OVERLAP);
        assertThat(t.needsReading(12, HASH, 3)).isTrue();
    }

    @Test
    void theNextStateKeepsOnlyCommentsInsideTheOverlapWindowAndLeavesFailedIssuesOut() {
        ChangeTracker t = ChangeTracker.fromScan(previous(), OVERLAP, List.of(), "rsvp-bot");
        Instant newest = CURSOR.plus(Duration.ofHours(1));
        t.read(12, HASH, 4, List.of(
                new CommentView(6001, "a", "x", CURSOR.minusSeconds(3600), null, ""),
                new CommentView(6002, "b", "y", newest.minusSeconds(60), null, ""),
                new CommentView(6003, "c", "z", newest, null, "")));

        PollState next = t.next("club/seminars", "v1", Instant.parse("2030-01-01T00:00:00Z"));

        assertThat(next.cursor()).isEqualTo(newest);
        assertThat(next.recent()).containsOnlyKeys(6002L, 6003L);
        assertThat(next.issues()).containsOnlyKeys(12);
        assertThat(next.issues().get(12).comments()).isEqualTo(4);
    }

    @Test
    void theScanStartsAtTheCursorMinusTheOverlapInWholeSeconds() {
        PollState state = new PollState("r/r", "", Instant.parse("2026-11-20T10:00:00.750Z"), Map.of(), Map.of());
        assertThat(ChangeTracker.scanStart(state, OVERLAP)).isEqualTo(Instant.parse("2026-11-20T09:50:00Z"));
    }
}
