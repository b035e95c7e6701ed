package dev.rsvpbot.schedule;

/**
 * One answer of the health endpoint ({@code /health} or {@code /live}).
 *
 * @param healthy true while the check passes: every job's last run succeeded recently (health), or the scheduler
 *                runs (liveness)
 * @param text    one line per job saying why, for people and probes' logs
 */
public record HealthReport(boolean healthy, String text) {
}
