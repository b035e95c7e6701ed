package dev.rsvpbot.bench;

import dev.rsvpbot.config.GithubConfig;
import dev.rsvpbot.config.RsvpConfig;
import dev.rsvpbot.github.ComposedDigest;
import dev.rsvpbot.github.DigestComposer;
import dev.rsvpbot.github.DigestReport;
import dev.rsvpbot.github.DigestService;
import dev.rsvpbot.github.FakeGithub;
import dev.rsvpbot.github.GithubToken;
import dev.rsvpbot.pipeline.DigestPipeline;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Counts HTTP requests and rate-limit points per weekly {@code digest} against the fake GitHub on loopback: the
 * season of {@code src/test/resources/github/season/} (three seminar issues of season 3, two of them closed, and one
 * of season 2 whose comments are never read), each issue's 100-reply pages filled to 250 replies. A count, not a
 * timing. Run: see docs/benchmarks.md, section "digest".
 */
public final class DigestRequestCount {
    private static final int[] SEASON = {20, 21, 23};
    private static final int REPLIES = 250;
    private static final Instant MONDAY = Instant.parse("2026-11-23T01:00:00Z");

    private DigestRequestCount() {
    }

    public static void main(String[] args) throws Exception {
        Path cache = Files.createTempDirectory("digest-bench");
        try (FakeGithub github = FakeGithub.start("season")) {
            for (int issue : SEASON) {
                github.fillWithReplies(issue, REPLIES);
            }
            github.publish();
            GithubConfig g = new GithubConfig(github.apiUrl(), List.of(FakeGithub.REPO), GithubConfig.defaults().issues(),
                    FakeGithub.BOT, cache, Duration.ofSeconds(60), Duration.ofSeconds(1), 3, Duration.ofMinutes(10));
            RsvpConfig config = RsvpConfig.defaults().withGithub(g);
            System.out.printf("digest: %d seminar issues of the season (2 closed) x %d replies (%d pages each), "
                    + "bot-login configured%n%n", SEASON.length, REPLIES, (REPLIES + 99) / 100);
            System.out.printf("| %-58s | %8s | %8s | %11s | %6s |%n", "run", "requests", "304 free", "rate points", "writes");
            System.out.printf("|%s|%s|%s|%s|%s|%n", "-".repeat(60), "-".repeat(10), "-".repeat(10), "-".repeat(13), "-".repeat(8));
            row(github, "cold cache, first weekly run (creates the digest)", run(config, MONDAY));
            row(github, "same week again (sees its own comment; unchanged)", run(config, MONDAY.plusSeconds(3600)));
            row(github, "same week, warm cache, nothing new", run(config, MONDAY.plusSeconds(7200)));
            github.addComment(23, "newcomer", "Poster: graph neural networks for timetables");
            github.publish();
            row(github, "same week, one new reply on the open issue (edited)", run(config, MONDAY.plus(Duration.ofDays(1))));
            row(github, "next day: S3E8's minutes now late (edited)", run(config, MONDAY.plus(Duration.ofDays(2))));
            row(github, "two weeks on, nothing new in the window (nothing posted)", run(config, MONDAY.plus(Duration.ofDays(14))));
        }
    }

    private static DigestReport run(RsvpConfig config, Instant now) {
        DigestPipeline pipeline = new DigestPipeline(config);
        DigestComposer composer = (issues, bot, at) -> {
            DigestPipeline.Result r = pipeline.digest(issues, bot, at.minus(Duration.ofDays(7)), at);
            return new ComposedDigest(r.digest().week(), r.body(), r.json(), r.digest().nothingNew());
        };
        try (DigestService service = new DigestService(config.github(), config.digest(), GithubToken.of("bench-token"),
                composer, d -> { }, Clock.fixed(now, ZoneOffset.UTC))) {
            return service.run(true);
        }
    }

    private static void row(FakeGithub github, String run, DigestReport report) {
        int served = github.requestCount();
        github.clearJournal();
        if (served != report.http().requests()) {
            throw new IllegalStateException("WireMock served " + served + " requests, the client counted "
                    + report.http().requests());
        }
        if (!report.ok()) {
            throw new IllegalStateException(String.join("; ", report.problems()));
        }
        System.out.printf("| %-58s | %8d | %8d | %11d | %6d |  %s%n", run, report.http().requests(),
                report.http().notModified(), report.http().rateLimitCost(), report.http().writes(), report.action());
    }
}
