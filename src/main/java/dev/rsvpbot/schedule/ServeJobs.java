package dev.rsvpbot.schedule;

import dev.rsvpbot.config.ScheduleConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The jobs {@code serve} schedules, from the configuration: {@code poll}, and the weekly {@code digest} when
 * {@code schedule.digest-cron} is set. The two never run at the same time: each waits for the other to finish
 * (they share the cache directory and the bot's write pacing), and each never overlaps itself (Quartz).
 */
public final class ServeJobs {
    private static final Logger LOG = LoggerFactory.getLogger(ServeJobs.class);

    private ServeJobs() {
    }

    /** As {@link #of(ScheduleConfig, String, Optional, ZoneId, ScheduledRun, Optional)} without a digest job. */
    public static List<ScheduledJob> of(ScheduleConfig schedule, String configOrigin, Optional<String> cronOverride,
                                        ZoneId zone, ScheduledRun poll) {
        return of(schedule, configOrigin, cronOverride, zone, poll, Optional.empty());
    }

    /**
     * @param schedule     the {@code schedule} section of the configuration
     * @param configOrigin where the configuration came from, for messages (a file name, or "built-in defaults")
     * @param cronOverride {@code --cron}, which replaces {@code schedule.poll-cron}
     * @param zone         the club's time zone, in which cron expressions are read
     * @param poll         one {@code poll}
     * @param digest       one {@code digest --post}; scheduled only when {@code schedule.digest-cron} is set
     */
    public static List<ScheduledJob> of(ScheduleConfig schedule, String configOrigin, Optional<String> cronOverride,
                                        ZoneId zone, ScheduledRun poll, Optional<ScheduledRun> digest) {
        ReentrantLock oneAtATime = new ReentrantLock();
        List<ScheduledJob> jobs = new ArrayList<>();
        ScheduledRun exclusivePoll = exclusive(oneAtATime, poll);
        jobs.add(cronOverride
                .map(cron -> new ScheduledJob("poll", cron, "--cron", zone, exclusivePoll))
                .orElseGet(() -> new ScheduledJob("poll", schedule.pollCron(), "schedule.poll-cron in " + configOrigin, zone, exclusivePoll)));
        if (!schedule.digestCron().isBlank()) {
            if (digest.isPresent()) {
                jobs.add(new ScheduledJob("digest", schedule.digestCron(), "schedule.digest-cron in " + configOrigin, zone,
                        exclusive(oneAtATime, digest.get())));
            } else {
                LOG.warn("schedule.digest-cron ('{}' in {}) is set, but nothing runs the digest here; only poll is scheduled",
                        schedule.digestCron(), configOrigin);
            }
        }
        return List.copyOf(jobs);
    }

    /** The run, once no other job of this serve is running (they wait in turn, never skip). */
    private static ScheduledRun exclusive(ReentrantLock lock, ScheduledRun run) {
        return () -> {
            lock.lockInterruptibly();
            try {
                run.run();
            } finally {
                lock.unlock();
            }
        };
    }
}
