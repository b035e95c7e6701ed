package dev.rsvpbot.config;

import java.util.Objects;

/**
 * The whole configuration, read from one YAML file ({@code config/rsvp-bot.yml}) by {@link ConfigLoader}.
 * Immutable; every section has defaults, so an empty file (or none) is a valid configuration.
 */
public record RsvpConfig(GithubConfig github, ClassifyConfig classify, AgendaConfig agenda,
                         RenderConfig render, ScheduleConfig schedule, CommandsConfig commands, DigestConfig digest) {
    public RsvpConfig {
        Objects.requireNonNull(digest, "digest");
        Objects.requireNonNull(commands, "commands");
        Objects.requireNonNull(github, "github");
        Objects.requireNonNull(classify, "classify");
        Objects.requireNonNull(agenda, "agenda");
        Objects.requireNonNull(render, "render");
        Objects.requireNonNull(schedule, "schedule");
    }

    /** A configuration with the default {@link DigestConfig}. */
    public RsvpConfig(GithubConfig github, ClassifyConfig classify, AgendaConfig agenda,
                      RenderConfig render, ScheduleConfig schedule, CommandsConfig commands) {
        this(github, classify, agenda, render, schedule, commands, DigestConfig.defaults());
    }

    /** A configuration with the default {@link CommandsConfig}. */
    public RsvpConfig(GithubConfig github, ClassifyConfig classify, AgendaConfig agenda,
                      RenderConfig render, ScheduleConfig schedule) {
        this(github, classify, agenda, render, schedule, CommandsConfig.defaults());
    }

    /** The built-in defaults: the club of {@code shared/reference/seminar-minutes-s3e6.md}. */
    public static RsvpConfig defaults() {
        return new RsvpConfig(GithubConfig.defaults(), ClassifyConfig.defaults(), AgendaConfig.defaults(),
                RenderConfig.defaults(), ScheduleConfig.defaults(), CommandsConfig.defaults(),
                DigestConfig.defaults());
    }

    public RsvpConfig withGithub(GithubConfig replacement) {
        return new RsvpConfig(replacement, classify, agenda, render, schedule, commands, digest);
    }

    public RsvpConfig withRender(RenderConfig replacement) {
        return new RsvpConfig(github, classify, agenda, replacement, schedule, commands, digest);
    }

    public RsvpConfig withSchedule(ScheduleConfig replacement) {
        return new RsvpConfig(github, classify, agenda, render, replacement, commands, digest);
    }

    public RsvpConfig withCommands(CommandsConfig replacement) {
        return new RsvpConfig(github, classify, agenda, render, schedule, replacement, digest);
    }

    public RsvpConfig withDigest(DigestConfig replacement) {
        return new RsvpConfig(github, classify, agenda, render, schedule, commands, replacement);
    }
}
