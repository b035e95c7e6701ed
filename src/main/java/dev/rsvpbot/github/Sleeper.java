package dev.rsvpbot.github;

import java.io.InterruptedIOException;
import java.time.Duration;

/** Waits. Injected so tests never really sleep. */
@FunctionalInterface
public interface Sleeper {
    Sleeper REAL = d -> Thread.sleep(d.toMillis());

    void sleep(Duration duration) throws InterruptedException;

    /**
     * As {@link #sleep}, for code on the HTTP path: an interrupt keeps the thread's interrupt flag and ends the
     * wait as an {@link InterruptedIOException}, which stops the request like any other I/O failure.
     */
    default void sleepOrStop(Duration duration, String waitingFor) throws InterruptedIOException {
        try {
            sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while " + waitingFor);
        }
    }
}
