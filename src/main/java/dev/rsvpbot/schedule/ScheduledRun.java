package dev.rsvpbot.schedule;

/**
 * One run of a scheduled job, e.g. one {@code poll}. Throwing marks the run as failed; the scheduler
 * logs it and keeps the schedule, so the next run still happens.
 */
@FunctionalInterface
public interface ScheduledRun {
    void run() throws Exception;
}
