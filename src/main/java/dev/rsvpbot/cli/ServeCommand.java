package dev.rsvpbot.cli;

import dev.rsvpbot.config.RsvpConfig;
import dev.rsvpbot.github.DigestReport;
import dev.rsvpbot.github.DigestService;
import dev.rsvpbot.github.GithubSetupException;
import dev.rsvpbot.github.GithubToken;
import dev.rsvpbot.github.PollReport;
import dev.rsvpbot.github.PollService;
import dev.rsvpbot.github.Sleeper;
import dev.rsvpbot.schedule.BotScheduler;
import dev.rsvpbot.schedule.ScheduleException;
import dev.rsvpbot.schedule.ScheduledJob;
import dev.rsvpbot.schedule.SchedulerSettings;
import dev.rsvpbot.schedule.Serve;
import dev.rsvpbot.schedule.ServeJobs;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code rsvp-bot serve}: runs {@code poll} on a cron schedule until SIGTERM. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Run poll on a schedule until stopped (SIGTERM lets a running poll finish), and the weekly "
                + "digest (digest --post) on schedule.digest-cron when set; the two never run at once.",
                "A run that fails is logged and the next one still happens; a run missed while the previous one "
                        + "was still going (or the machine slept) fires once, not as a burst.",
                "Example: rsvp-bot serve --cron '0 */5 * * * ?' --health-port 8080"})
final class ServeCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Mixin
    GithubOptions github;

    @Option(names = "--cron", paramLabel = "EXPR",
            description = "Quartz cron expression for poll (seconds minutes hours day-of-month month day-of-week), "
                    + "e.g. '0 */10 * * * ?'; overrides schedule.poll-cron.")
    String cron;

    @Option(names = "--health-port", paramLabel = "PORT",
            description = "Serve GET /health on this port: 200 while the last poll succeeded recently, else 503 "
                    + "(one failed poll is enough: a readiness or alerting check); and GET /live: 200 while the "
                    + "scheduler runs and no poll is stuck (for a liveness probe). Overrides schedule.health-port; 0 for none.")
    Integer healthPort;

    @Option(names = "--health-bind", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
            description = "Address the health endpoint listens on (default: ${DEFAULT-VALUE}; 0.0.0.0 in a container).")
    String healthBind;

    @Option(names = "--health-max-age", paramLabel = "MINUTES",
            description = "Oldest a last successful poll may be and still count as healthy (default: twice the "
                    + "longest gap between poll's fire times).")
    Integer healthMaxAgeMinutes;

    @Option(names = "--shutdown-timeout", paramLabel = "SECONDS", defaultValue = "25",
            description = "On SIGTERM, how long to wait for a running poll to finish (default: ${DEFAULT-VALUE}).")
    int shutdownTimeoutSeconds;

    private final CliEnvironment environment;
    private PollService poll;
    private DigestService digest;

    ServeCommand(CliEnvironment environment) {
        this.environment = environment;
    }

    @Override
    public Integer call() throws Exception {
        RsvpConfig config = github.applyTo(common.loadConfig());
        int port = healthPort != null ? healthPort : config.schedule().healthPort();
        if (port < 0 || port > 65535) {
            throw UserError.usage("--health-port " + port + ": give a port from 1 to 65535, or 0 for no health endpoint.");
        }
        if (shutdownTimeoutSeconds < 0 || (healthMaxAgeMinutes != null && healthMaxAgeMinutes < 1)) {
            throw UserError.usage("--shutdown-timeout must be 0 or more seconds and --health-max-age at least 1 minute.");
        }
        List<ScheduledJob> jobs = ServeJobs.of(config.schedule(), configOrigin(), Optional.ofNullable(cron),
                config.agenda().timeZone(), this::pollOnce, Optional.of(this::digestOnce));
        SchedulerSettings settings = SchedulerSettings.defaults()
                .withShutdownTimeout(Duration.ofSeconds(shutdownTimeoutSeconds))
                .withHealthMaxAge(Optional.ofNullable(healthMaxAgeMinutes).map(Duration::ofMinutes));
        BotScheduler scheduler;
        try {
            scheduler = BotScheduler.create(jobs, settings, environment.clock());
        } catch (ScheduleException e) {
            throw UserError.usage(e.getMessage());
        }
        GithubToken token = token();
        // Opened only now: a bad schedule above must leave nothing written (not even the cache directory).
        try (PollService service = new PollService(config.github(), token, PollCommand.summarizer(config), Sleeper.REAL,
                environment.clock());
             DigestService digestService = new DigestService(config.github(), config.digest(), token,
                     DigestCommand.composer(config, DigestCommand.windowStart(config, null)), Sleeper.REAL, environment.clock())) {
            poll = service;
            digest = digestService;
            Optional<InetSocketAddress> health = port == 0 ? Optional.empty() : Optional.of(new InetSocketAddress(healthBind, port));
            new Serve(scheduler, health).runUntilStopped(Runtime.getRuntime());
        } catch (ScheduleException | GithubSetupException e) {
            scheduler.shutdown();
            throw UserError.usage(e.getMessage());
        }
        return ExitCode.OK;
    }

    /** One scheduled poll; a report with problems is a failed run, so the scheduler counts and logs it. */
    private void pollOnce() {
        PollReport report = poll.run(false);
        if (!report.ok()) {
            throw new IllegalStateException(report.problems().size() + " problem(s): " + String.join("; ", report.problems()));
        }
    }

    /** One scheduled digest, posted; problems fail the run as for poll. */
    private void digestOnce() {
        DigestReport report = digest.run(true);
        if (!report.ok()) {
            throw new IllegalStateException(report.problems().size() + " problem(s): " + String.join("; ", report.problems()));
        }
    }

    private GithubToken token() {
        try {
            return GithubToken.fromEnvironment(environment.variables());
        } catch (GithubSetupException e) {
            throw UserError.usage(e.getMessage());
        }
    }

    private String configOrigin() {
        return common.config != null && Files.exists(common.config) ? common.config.toString() : "the built-in defaults";
    }
}
