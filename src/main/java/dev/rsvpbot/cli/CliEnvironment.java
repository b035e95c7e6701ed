package dev.rsvpbot.cli;

import java.io.InputStream;
import java.time.Clock;
import java.util.Map;
import java.util.Objects;

/**
 * What a command may take from the process: standard input, environment variables and the clock.
 * Commands receive it through their constructor, so tests run them in-process with their own values
 * and nothing below the CLI ever reads {@code System.getenv} or the system clock.
 */
public record CliEnvironment(InputStream stdin, Map<String, String> variables, Clock clock) {
    public CliEnvironment {
        Objects.requireNonNull(stdin, "stdin");
        Objects.requireNonNull(clock, "clock");
        variables = Map.copyOf(variables);
    }

    public static CliEnvironment system() {
        return new CliEnvironment(System.in, System.getenv(), Clock.systemUTC());
    }
}
