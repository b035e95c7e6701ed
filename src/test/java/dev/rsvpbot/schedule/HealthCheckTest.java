package dev.rsvpbot.schedule;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The health rule with a clock the test moves: a poll every 10 minutes may be at most 20 minutes old. */
class HealthCheckTest {
    private static final Instant START = Instant.parse("2026-11-27T10:00:00Z");

    private final MutableClock clock = new MutableClock(START);
    private final ScheduledJob poll = new ScheduledJob("poll", "0 */10 * * * ?", "the test", ZoneOffset.UTC, () -> { });
    private final JobRecord record = new JobRecord(poll);

    @Test
    void healthyBeforeTheFirstRunWhileTheSchedulerIsYoung() {
        clock.advance(Duration.ofMinutes(19));

        assertThat(report(Optional.empty())).satisfies(r -> {
            assertThat(r.healthy()).isTrue();
            assertThat(r.text()).contains("poll: no run yet");
        });
    }

    @Test
    void unhealthyWhenNoRunSucceededWithinTwoIntervalsOfTheStart() {
        clock.advance(Duration.ofMinutes(21));

        HealthReport report = report(Optional.empty());

        assertThat(report.healthy()).isFalse();
        assertThat(report.text()).startsWith("UNHEALTHY\n").contains("no successful run since the start", "1200 s");
    }

    @Test
    void healthyWhileTheLastSuccessIsRecent() {
        clock.advance(Duration.ofMinutes(10));
        record.succeeded(clock.instant());
        clock.advance(Duration.ofMinutes(20));

        HealthReport report = report(Optional.empty());

        assertThat(report.healthy()).isTrue();
        assertThat(report.text()).isEqualTo("OK\npoll: last run succeeded at 2026-11-27T10:10:00Z, 1200 s ago\n");
    }

    @Test
    void unhealthyWhenTheLastSuccessIsOlderThanTwoIntervals() {
        record.succeeded(clock.instant());
        clock.advance(Duration.ofMinutes(20).plusSeconds(1));

        HealthReport report = report(Optional.empty());

        assertThat(report.healthy()).isFalse();
        assertThat(report.text()).contains("1201 s ago, more than the allowed 1200 s");
    }

    @Test
    void unhealthyWhenTheLastRunFailedEvenRightAfterASuccess() {
        record.succeeded(clock.instant());
        clock.advance(Duration.ofMinutes(10));
        record.failed(clock.instant(), "GitHub answered 502");
        record.failed(clock.instant(), "GitHub answered 502");

        HealthReport report = report(Optional.empty());

        assertThat(report.healthy()).isFalse();
        assertThat(report.text()).contains("poll: last run failed at 2026-11-27T10:10:00Z (2 consecutive): GitHub answered 502");
    }

    @Test
    void aConfiguredMaximumAgeReplacesTwoIntervals() {
        record.succeeded(clock.instant());
        clock.advance(Duration.ofMinutes(6));

        assertThat(report(Optional.of(Duration.ofMinutes(5))).healthy()).isFalse();
        assertThat(report(Optional.of(Duration.ofMinutes(7))).healthy()).isTrue();
    }

    @Test
    void aWeekdayScheduleAllowsTwiceItsLongestGapOverTheWeekend() {
        // Weekdays at 09:00: the longest gap is Friday to Monday, 3 days, so 6 days are allowed.
        ScheduledJob weekdays = new ScheduledJob("digest", "0 0 9 ? * MON-FRI", "the test", ZoneOffset.UTC, () -> { });
        JobRecord digest = new JobRecord(weekdays);
        digest.succeeded(clock.instant());
        clock.advance(Duration.ofDays(5));

        HealthReport report = new HealthCheck(List.of(digest), START,
                Optional.empty(), clock).report();

        assertThat(report.healthy()).isTrue();
        clock.advance(Duration.ofDays(1).plusSeconds(1));
        assertThat(new HealthCheck(List.of(digest), START,
                Optional.empty(), clock).report().healthy()).isFalse();
    }

    private HealthReport report(Optional<Duration> maxAge) {
        return new HealthCheck(List.of(record), START, maxAge, clock).report();
    }
}
