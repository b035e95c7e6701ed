package dev.rsvpbot.schedule;

import org.quartz.CronExpression;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;

/**
 * Healthy means: for every job, the last run succeeded and ended at most the allowed age ago (or, before the
 * first run, the scheduler started at most that long ago). The allowed age is the configured maximum, or else
 * twice the longest gap between the job's coming fire times, so one late or slow run is tolerated but a
 * missed one is not.
 */
final class HealthCheck {
    /** Enough upcoming fire times to see the longest gap of any ordinary (daily, weekly) schedule. */
    private static final int FIRE_TIMES_SAMPLED = 16;

    private final List<JobRecord> records;
    private final Instant startedAt;
    private final Optional<Duration> maxAge;
    private final Clock clock;

    HealthCheck(List<JobRecord> records, Instant startedAt, Optional<Duration> maxAge, Clock clock) {
        this.records = List.copyOf(records);
        this.startedAt = startedAt;
        this.maxAge = maxAge;
        this.clock = clock;
    }

    HealthReport report() {
        Instant now = clock.instant();
        boolean healthy = true;
        StringBuilder text = new StringBuilder();
        for (JobRecord record : records) {
            String name = record.job().name();
            RunHistory history = record.history();
            Duration allowed = allowedAge(record, now);
            String line;
            if (history.lastRunFailed()) {
                healthy = false;
                line = name + ": last run failed at " + history.lastFailure().orElseThrow() + " ("
                        + history.consecutiveFailures() + " consecutive): " + history.lastError();
            } else if (history.lastSuccess().isPresent()) {
                Instant success = history.lastSuccess().get();
                Duration age = Duration.between(success, now);
                boolean recent = age.compareTo(allowed) <= 0;
                healthy &= recent;
                line = name + ": last run succeeded at " + success + ", " + age.toSeconds() + " s ago"
                        + (recent ? "" : ", more than the allowed " + allowed.toSeconds() + " s");
            } else {
                Duration waiting = Duration.between(startedAt, now);
                boolean young = waiting.compareTo(allowed) <= 0;
                healthy &= young;
                line = name + (young ? ": no run yet; started at " + startedAt
                        : ": no successful run since the start at " + startedAt + ", more than the allowed "
                        + allowed.toSeconds() + " s ago");
            }
            text.append(line).append('\n');
        }
        return new HealthReport(healthy, (healthy ? "OK\n" : "UNHEALTHY\n") + text);
    }

    /** The oldest a job's last success may be: the configured maximum, else twice its longest gap. */
    Duration allowedAge(JobRecord job, Instant now) {
        return maxAge.orElseGet(() -> longestGap(job.cron(), now).multipliedBy(2));
    }

    /**
     * Live unless a run has gone on for longer than the allowed age: such a poll is stuck (every request has a
     * timeout and bounded retries), and only a restart frees it. Failed runs do not count here.
     */
    HealthReport liveness(String header) {
        Instant now = clock.instant();
        boolean live = true;
        StringBuilder text = new StringBuilder();
        for (JobRecord record : records) {
            RunHistory history = record.history();
            Optional<Instant> running = record.runningSince();
            String state = "";
            if (running.isPresent()) {
                Duration allowed = allowedAge(record, now);
                Duration age = Duration.between(running.get(), now);
                boolean stuck = age.compareTo(allowed) > 0;
                live &= !stuck;
                state = "running for " + age.toSeconds() + " s"
                        + (stuck ? ", more than the allowed " + allowed.toSeconds() + " s: stuck" : "") + "; ";
            }
            text.append(record.job().name()).append(": ").append(state).append(history.runs()).append(" run(s), ")
                    .append(history.consecutiveFailures()).append(" consecutive failure(s)\n");
        }
        return new HealthReport(live, (live ? "LIVE\n" : "NOT LIVE\n") + header + text);
    }

    private static Duration longestGap(CronExpression cron, Instant now) {
        Date previous = cron.getNextValidTimeAfter(Date.from(now));
        Duration longest = Duration.ZERO;
        for (int i = 0; i < FIRE_TIMES_SAMPLED && previous != null; i++) {
            Date next = cron.getNextValidTimeAfter(previous);
            if (next == null) {
                break;
            }
            Duration gap = Duration.between(previous.toInstant(), next.toInstant());
            longest = gap.compareTo(longest) > 0 ? gap : longest;
            previous = next;
        }
        // A schedule with one fire time left has no gap; any age is then too old once it has run.
        return longest;
    }
}
