package dev.rsvpbot.config;

/**
 * When {@code serve} runs its jobs.
 *
 * @param pollCron   Quartz cron expression for {@code poll}
 * @param digestCron Quartz cron expression for the weekly digest; empty for none
 * @param healthPort port of the health endpoint; 0 for none
 */
public record ScheduleConfig(String pollCron, String digestCron, int healthPort) {
    public ScheduleConfig {
        digestCron = digestCron == null ? "" : digestCron;
    }

    public static ScheduleConfig defaults() {
        return new ScheduleConfig("0 */10 * * * ?", "", 0);
    }

    public ScheduleConfig withPollCron(String value) {
        return new ScheduleConfig(value, digestCron, healthPort);
    }
}
