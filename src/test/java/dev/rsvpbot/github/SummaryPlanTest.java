package dev.rsvpbot.github;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rsvpbot.render.SummaryMarker;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class SummaryPlanTest {
    private static CommentView bot(long id, String createdAt, String body) {
        return new CommentView(id, "rsvp-bot", body, Instant.parse(createdAt), null, "");
    }

    @Test
    void noSummaryYetMeansCreate() {
        SummaryPlan plan = SummaryPlan.decide(List.of(), SummaryMarker.mark("hello"));
        assertThat(plan.action()).isEqualTo(SummaryPlan.Action.CREATE);
        assertThat(plan.keep()).isEmpty();
        assertThat(plan.writes()).isTrue();
    }

    @Test
    void sameHashMeansNothingToWrite() {
        CommentView existing = bot(1, "2026-01-01T00:00:00Z", SummaryMarker.mark("hello"));
        SummaryPlan plan = SummaryPlan.decide(List.of(existing), SummaryMarker.mark("hello"));
        assertThat(plan.action()).isEqualTo(SummaryPlan.Action.UNCHANGED);
        assertThat(plan.writes()).isFalse();
    }

    @Test
    void differentHashMeansEditTheExistingComment() {
        CommentView existing = bot(1, "2026-01-01T00:00:00Z", SummaryMarker.mark("hello"));
        SummaryPlan plan = SummaryPlan.decide(List.of(existing), SummaryMarker.mark("hello again"));
        assertThat(plan.action()).isEqualTo(SummaryPlan.Action.EDIT);
        assertThat(plan.keep()).contains(existing);
    }

    @Test
    void summaryEditedByHandUnderAnUnchangedMarkerIsRewritten() {
        String tampered = SummaryMarker.mark("hello").replace("hello", "hello, edited on the web");
        CommentView existing = bot(1, "2026-01-01T00:00:00Z", tampered);
        assertThat(SummaryPlan.decide(List.of(existing), SummaryMarker.mark("hello")).action())
                .isEqualTo(SummaryPlan.Action.EDIT);
    }

    @Test
    void racingSummariesKeepTheOldestAndDeleteTheRest() {
        CommentView newer = bot(7, "2026-01-02T00:00:00Z", SummaryMarker.mark("b"));
        CommentView oldest = bot(9, "2026-01-01T00:00:00Z", SummaryMarker.mark("a"));
        CommentView sameTimeHigherId = bot(10, "2026-01-01T00:00:00Z", SummaryMarker.mark("a"));
        SummaryPlan plan = SummaryPlan.decide(List.of(newer, sameTimeHigherId, oldest), SummaryMarker.mark("a"));
        assertThat(plan.keep()).contains(oldest);
        assertThat(plan.action()).isEqualTo(SummaryPlan.Action.UNCHANGED);
        assertThat(plan.duplicates()).containsExactly(sameTimeHigherId, newer);
        assertThat(plan.writes()).isTrue();
    }
}
