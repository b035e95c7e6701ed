package dev.rsvpbot.github;

import java.io.InterruptedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/** Spaces writes at least {@code github.write-interval} apart, as GitHub's secondary rate limits ask. */
final class WriteThrottle {
    private final Duration interval;
    private final Sleeper sleeper;
    private final Clock clock;
    private Instant lastWrite;

    WriteThrottle(Duration interval, Sleeper sleeper, Clock clock) {
        this.interval = interval;
        this.sleeper = sleeper;
        this.clock = clock;
    }

    /** Call right before each write; waits until the interval since the previous write has passed. */
    synchronized void awaitTurn() throws InterruptedIOException {
        if (lastWrite != null) {
            Duration left = Duration.between(clock.instant(), lastWrite.plus(interval));
            if (!left.isNegative() && !left.isZero()) {
                sleeper.sleepOrStop(left, "spacing writes");
            }
        }
        lastWrite = clock.instant();
    }
}
