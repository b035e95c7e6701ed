package dev.rsvpbot.github;

import java.time.Duration;

/** Waits. Injected so tests never really sleep. */
@FunctionalInterface
public interface Sleeper {
    Sleeper REAL = d -> Thread.sleep(d.toMillis());

    void sleep(Duration duration) throws InterruptedException;
}
