package dev.rsvpbot.github;

import java.io.IOException;

/** GitHub asked us to wait longer than {@code github.max-rate-limit-wait}: the run stops and the next one continues. */
final class RateLimitedException extends IOException {
    RateLimitedException(String message) {
        super(message);
    }
}
