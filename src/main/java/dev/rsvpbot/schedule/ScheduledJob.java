package dev.rsvpbot.schedule;

import org.quartz.CronExpression;

import java.text.ParseException;
import java.time.ZoneId;
import java.util.Objects;
import java.util.TimeZone;

/**
 * A job for {@link BotScheduler}: what to run and when.
 *
 * @param name   unique job name, used in logs and the health report (e.g. {@code poll})
 * @param cron   Quartz cron expression: {@code sec min hour day-of-month month day-of-week [year]}
 * @param origin where the expression came from, for error messages (e.g. {@code --cron}, or a config key and file)
 * @param zone   the time zone the expression is read in
 * @param run    the work itself
 */
public record ScheduledJob(String name, String cron, String origin, ZoneId zone, ScheduledRun run) {
    public ScheduledJob {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(cron, "cron");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(run, "run");
    }

    /**
     * The parsed expression.
     *
     * @throws ScheduleException naming the expression and its origin when it does not parse
     */
    CronExpression cronExpression() {
        try {
            CronExpression parsed = new CronExpression(cron);
            parsed.setTimeZone(TimeZone.getTimeZone(zone));
            return parsed;
        } catch (ParseException e) {
            throw new ScheduleException("invalid cron expression '" + cron + "' for job '" + name + "' (from " + origin
                    + "): " + e.getMessage() + ". Quartz cron has 6 or 7 fields: second minute hour day-of-month month"
                    + " day-of-week [year], with '?' in one of the two day fields, e.g. '0 */10 * * * ?' for every 10 minutes.");
        }
    }
}
