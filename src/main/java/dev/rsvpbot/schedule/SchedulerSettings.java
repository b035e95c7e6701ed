package dev.rsvpbot.schedule;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How {@link BotScheduler} runs its jobs.
 *
 * @param threads           worker threads: one per job is enough, since a job never overlaps itself
 * @param misfireThreshold  how late a fire time may be and still count as on time; later ones are misfires
 *                          and fire once (never as a burst)
 * @param shutdownTimeout   how long shutdown waits for a running job to finish
 * @param healthMaxAge      the oldest a last success may be and still count as healthy; empty: twice the
 *                          longest gap between the job's fire times
 */
public record SchedulerSettings(int threads, Duration misfireThreshold, Duration shutdownTimeout,
                                Optional<Duration> healthMaxAge) {
    public SchedulerSettings {
        if (threads < 1) {
            throw new IllegalArgumentException("threads (" + threads + ") must be at least 1");
        }
        Objects.requireNonNull(misfireThreshold, "misfireThreshold");
        Objects.requireNonNull(shutdownTimeout, "shutdownTimeout");
        Objects.requireNonNull(healthMaxAge, "healthMaxAge");
        if (misfireThreshold.isNegative() || shutdownTimeout.isNegative()) {
            throw new IllegalArgumentException("misfireThreshold (" + misfireThreshold + ") and shutdownTimeout ("
                    + shutdownTimeout + ") must not be negative");
        }
    }

    /** Two threads (poll and, later, the digest), Quartz's usual one-minute misfire threshold, 25 s to finish a run on shutdown. */
    public static SchedulerSettings defaults() {
        return new SchedulerSettings(2, Duration.ofMinutes(1), Duration.ofSeconds(25), Optional.empty());
    }

    public SchedulerSettings withShutdownTimeout(Duration value) {
        return new SchedulerSettings(threads, misfireThreshold, value, healthMaxAge);
    }

    public SchedulerSettings withHealthMaxAge(Optional<Duration> value) {
        return new SchedulerSettings(threads, misfireThreshold, shutdownTimeout, value);
    }
}
