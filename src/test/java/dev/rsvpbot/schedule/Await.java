package dev.rsvpbot.schedule;

import java.time.Duration;
import java.time.Instant;
import java.util.function.BooleanSupplier;

/** Waits for something a scheduler thread does: checks every 10 ms, and fails the test once the timeout has passed. */
final class Await {
    private Await() {
    }

    static void until(BooleanSupplier condition, Duration timeout, String failure) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError(failure + " within " + timeout.toSeconds() + " s");
            }
            Thread.sleep(10);
        }
    }
}
