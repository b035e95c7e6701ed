package dev.rsvpbot.cli;

import dev.rsvpbot.config.RsvpConfig;
import dev.rsvpbot.github.ComposedDigest;
import dev.rsvpbot.github.DigestComposer;
import dev.rsvpbot.github.DigestReport;
import dev.rsvpbot.github.DigestService;
import dev.rsvpbot.github.GithubSetupException;
import dev.rsvpbot.github.GithubToken;
import dev.rsvpbot.github.Sleeper;
import dev.rsvpbot.github.ThreadFiles;
import dev.rsvpbot.pipeline.DigestPipeline;
import dev.rsvpbot.thread.IssueThread;
import dev.rsvpbot.thread.SeasonIssue;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.UnaryOperator;

/** {@code rsvp-bot digest}: the chair's weekly digest of the season's seminar issues, printed, and kept on GitHub with {@code --post}. */
@Command(name = "digest", mixinStandardHelpOptions = true,
        description = {"Print the chair's weekly digest: the next seminar, what waits on the chair, deadlines, "
                + "newcomers and the season at a glance, from the seminar issues (open and closed) of this season.",
                "With --post, keep it as one comment per week on digest.issue (else the latest seminar issue); "
                        + "a week with nothing new writes nothing.",
                "Offline, from files saved from GitHub's REST API: --thread ISSUE.json,COMMENTS.json (repeat per issue).",
                "Example: rsvp-bot digest --days 7 --post"})
final class DigestCommand implements Callable<Integer> {
    enum Format { markdown, json }

    @Mixin
    CommonOptions common;

    @Mixin
    GithubOptions githubOptions;

    static final class Window {
        @Option(names = "--days", paramLabel = "N", description = "What is new: the last N days (default: digest.days, 7).")
        Integer days;

        @Option(names = "--since", paramLabel = "YYYY-MM-DD", description = "What is new: since this date (club time zone).")
        String since;
    }

    @ArgGroup(exclusive = true, multiplicity = "0..1")
    Window window;

    @Option(names = "--post", description = "Keep the digest as this week's comment on GitHub (created once, edited only on change).")
    boolean post;

    @Option(names = "--format", defaultValue = "markdown", paramLabel = "FORMAT",
            description = "markdown (the comment, default) or json (the same data).")
    Format format;

    @Option(names = "--thread", paramLabel = "ISSUE.json,COMMENTS.json",
            description = "Offline: read this issue and its comments from files instead of GitHub (repeat per issue); "
                    + "each issue's \"state\" and \"updated_at\" are read as GitHub writes them.")
    List<String> threads;

    @Option(names = "--now", paramLabel = "INSTANT",
            description = "Make the digest as of this time (ISO-8601, e.g. 2019-09-18T12:00:00Z) instead of the clock's: "
                    + "for rendering saved threads of the past.")
    String nowOption;

    @Option(names = "--bot-login", paramLabel = "LOGIN",
            description = "With --thread: the bot's login, whose comments are ignored (default: github.bot-login).")
    String botLogin;

    @Spec
    CommandSpec spec;

    private final CliEnvironment environment;

    DigestCommand(CliEnvironment environment) {
        this.environment = environment;
    }

    @Override
    public Integer call() {
        RsvpConfig config = githubOptions.applyTo(common.loadConfig());
        UnaryOperator<Instant> windowStart = windowStart(config, window);
        Instant now = nowOption == null ? null : parseInstant(nowOption);
        if (threads != null && !threads.isEmpty()) {
            if (post) {
                throw UserError.usage("--post and --thread do not go together: --thread reads saved files and writes nowhere.");
            }
            return offline(config, windowStart, now == null ? environment.clock().instant() : now);
        }
        if (now != null && post) {
            throw UserError.usage("--now and --post do not go together: a posted digest is always of the present week.");
        }
        java.time.Clock clock = now == null ? environment.clock() : java.time.Clock.fixed(now, java.time.ZoneOffset.UTC);
        DigestReport report;
        try (DigestService service = new DigestService(config.github(), config.digest(),
                GithubToken.fromEnvironment(environment.variables()), composer(config, windowStart), Sleeper.REAL, clock)) {
            report = service.run(post);
        } catch (GithubSetupException e) {
            throw UserError.usage(e.getMessage());
        }
        report.digest().ifPresent(this::print);
        PrintWriter err = spec.commandLine().getErr();
        if (post) {
            err.println(report.summaryLine());
        }
        report.problems().forEach(p -> err.println("[ERROR] " + p));
        err.flush();
        return report.ok() ? ExitCode.OK : ExitCode.FAILED;
    }

    private int offline(RsvpConfig config, UnaryOperator<Instant> windowStart, Instant now) {
        List<SeasonIssue> issues = new ArrayList<>();
        ThreadFiles files = new ThreadFiles();
        for (String pair : threads) {
            String[] parts = pair.split(",", -1);
            if (parts.length != 2 || parts[0].isBlank() || parts[1].isBlank()) {
                throw UserError.usage("--thread " + pair + ": give ISSUE.json,COMMENTS.json, e.g. "
                        + "--thread examples/issue.json,examples/comments.json");
            }
            try {
                IssueThread thread = files.read(Path.of(parts[0]), Path.of(parts[1]));
                ThreadFiles.IssueState state = files.readState(Path.of(parts[0]));
                issues.add(new SeasonIssue(thread, state.open(), state.updatedAt(), ""));
            } catch (ThreadFiles.BadFileException e) {
                throw UserError.usage(e.getMessage());
            }
        }
        String bot = botLogin != null ? botLogin : config.github().botLogin();
        print(composer(config, windowStart).compose(issues, bot, now));
        return ExitCode.OK;
    }

    private void print(ComposedDigest digest) {
        PrintWriter out = spec.commandLine().getOut();
        out.print(format == Format.json ? digest.json() : digest.body());
        out.flush();
    }

    /** The real pipeline, with the window computed from each run's time (serve makes one digest a week). */
    static DigestComposer composer(RsvpConfig config, UnaryOperator<Instant> windowStart) {
        DigestPipeline pipeline = new DigestPipeline(config);
        return (issues, bot, now) -> {
            DigestPipeline.Result r = pipeline.digest(issues, bot, windowStart.apply(now), now);
            return new ComposedDigest(r.digest().week(), r.body(), r.json(), r.digest().nothingNew());
        };
    }

    /** {@code --since} (the start of that day in the club's time zone), else the last {@code --days} or digest.days days. */
    static UnaryOperator<Instant> windowStart(RsvpConfig config, Window window) {
        ZoneId zone = config.agenda().timeZone();
        if (window != null && window.since != null) {
            try {
                Instant since = LocalDate.parse(window.since).atStartOfDay(zone).toInstant();
                return now -> since;
            } catch (DateTimeParseException e) {
                throw UserError.usage("--since " + window.since + ": give a date as YYYY-MM-DD, e.g. --since 2019-09-15.");
            }
        }
        int days = window != null && window.days != null ? window.days : config.digest().days();
        if (days < 1 || days > 366) {
            throw UserError.usage("--days " + days + ": give a number of days from 1 to 366.");
        }
        return now -> now.minus(Duration.ofDays(days));
    }

    private static Instant parseInstant(String value) {
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw UserError.usage("--now " + value + ": give an ISO-8601 instant, e.g. 2019-09-18T12:00:00Z.");
        }
    }
}
