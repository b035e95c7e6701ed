package dev.rsvpbot.schedule;

/**
 * The answer of the health endpoint.
 *
 * @param healthy true while every job's last run succeeded recently
 * @param text    one line per job saying why, for people and probes' logs
 */
public record HealthReport(boolean healthy, String text) {
}
