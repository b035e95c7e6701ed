package dev.rsvpbot.schedule;

/** The schedule cannot start as configured (bad cron expression, duplicate job name, port in use); the message says why and where. */
public class ScheduleException extends RuntimeException {
    public ScheduleException(String message) {
        super(message);
    }

    public ScheduleException(String message, Throwable cause) {
        super(message, cause);
    }
}
