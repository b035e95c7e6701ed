package dev.rsvpbot.config;

import java.util.List;

/** A configuration that cannot be used. The message lists every problem, one per line, each with file, line and key. */
public final class ConfigException extends Exception {
    private static final long serialVersionUID = 1L;
    private final List<String> problems;

    public ConfigException(List<String> problems) {
        super(String.join("\n", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
