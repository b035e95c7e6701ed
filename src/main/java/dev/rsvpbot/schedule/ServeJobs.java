package dev.rsvpbot.schedule;

import dev.rsvpbot.config.ScheduleConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The jobs {@code serve} schedules, from the configuration. Only jobs that exist are scheduled: the digest has
 * a cron key ({@code schedule.digest-cron}) but no job yet, so a digest cron is reported and left out. Adding
 * the digest is one more {@code jobs.add(...)} line here with its {@link ScheduledRun}.
 */
public final class ServeJobs {
    private static final Logger LOG = LoggerFactory.getLogger(ServeJobs.class);

    private ServeJobs() {
    }

    /**
     * @param schedule     the {@code schedule} section of the configuration
     * @param configOrigin where the configuration came from, for messages (a file name, or "built-in defaults")
     * @param cronOverride {@code --cron}, which replaces {@code schedule.poll-cron}
     * @param zone         the club's time zone, in which cron expressions are read
     * @param poll         one {@code poll}
     */
    public static List<ScheduledJob> of(ScheduleConfig schedule, String configOrigin, Optional<String> cronOverride,
                                        ZoneId zone, ScheduledRun poll) {
        List<ScheduledJob> jobs = new ArrayList<>();
        jobs.add(cronOverride
                .map(cron -> new ScheduledJob("poll", cron, "--cron", zone, poll))
                .orElseGet(() -> new ScheduledJob("poll", schedule.pollCron(), "schedule.poll-cron in " + configOrigin, zone, poll)));
        if (!schedule.digestCron().isBlank()) {
            LOG.warn("schedule.digest-cron ('{}' in {}) is set, but this version has no digest job; only poll is scheduled",
                    schedule.digestCron(), configOrigin);
        }
        return List.copyOf(jobs);
    }
}
