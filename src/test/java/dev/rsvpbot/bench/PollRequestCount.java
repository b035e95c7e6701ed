package dev.rsvpbot.bench;

import dev.rsvpbot.config.GithubConfig;
import dev.rsvpbot.github.FakeGithub;
import dev.rsvpbot.github.GithubToken;
import dev.rsvpbot.github.PollReport;
import dev.rsvpbot.github.PollService;
import dev.rsvpbot.github.ThreadSummarizer;
import dev.rsvpbot.render.SummaryMarker;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Counts HTTP requests and rate-limit points per poll against a fake GitHub on loopback: 3 open seminar issues
 * with 250 replies each. A count, not a timing. Run: see docs/benchmarks.md, section "poll".
 */
public final class PollRequestCount {
    private static final int[] SEMINAR_ISSUES = {21, 22, 23};
    private static final int REPLIES = 250;

    private PollRequestCount() {
    }

    public static void main(String[] args) throws Exception {
        Path cache = Files.createTempDirectory("poll-bench");
        ThreadSummarizer summarizer = (thread, bot) -> SummaryMarker.mark("replies: " + thread.replies().size() + "\n"
                + thread.replies().stream().map(r -> r.author() + ": " + r.body()).collect(Collectors.joining("\n")));
        try (FakeGithub github = FakeGithub.start("bench")) {
            for (int issue : SEMINAR_ISSUES) {
                github.fillWithReplies(issue, REPLIES);
            }
            github.publish();
            // As on api.github.com, a write is seen by the next read (the run that writes refreshes what it changed).
            github.applyWritesAtOnce();
            GithubConfig config = new GithubConfig(github.apiUrl(), List.of(FakeGithub.REPO),
                    GithubConfig.defaults().issues(), FakeGithub.BOT, cache, Duration.ofSeconds(60), Duration.ofSeconds(1),
                    3, Duration.ofMinutes(10));
            System.out.printf("poll: %d open seminar issues x %d replies (%d pages each), bot-login configured%n%n",
                    SEMINAR_ISSUES.length, REPLIES, (REPLIES + 99) / 100);
            System.out.printf("| %-52s | %8s | %8s | %11s | %6s |%n", "run", "requests", "304 free", "rate points", "writes");
            System.out.printf("|%s|%s|%s|%s|%s|%n", "-".repeat(54), "-".repeat(10), "-".repeat(10), "-".repeat(13), "-".repeat(8));
            try (PollService poll = new PollService(config, GithubToken.of("bench-token"), summarizer, d -> { },
                    Clock.systemUTC())) {
                row(github, "cold cache, first run (creates 3 summaries)", poll.run(false));
                row(github, "next run (sees the 3 comments it wrote)", poll.run(false));
                row(github, "warm cache, nothing new", poll.run(false));
                github.addComment(22, "newcomer", "Poster: graph neural networks for timetables");
                github.publish();
                row(github, "one new reply (one summary edited)", poll.run(false));
                row(github, "next run (sees its own edit)", poll.run(false));
                row(github, "warm cache, nothing new again", poll.run(false));
            }
            GithubConfig noLogin = new GithubConfig(config.apiUrl(), config.repos(), config.issues(), "", cache,
                    config.maxRateLimitWait(), config.writeInterval(), config.retries(), config.sinceOverlap());
            try (PollService poll = new PollService(noLogin, GithubToken.of("bench-token"), summarizer, d -> { },
                    Clock.systemUTC())) {
                row(github, "no bot-login: first run (GET /user, kept a day)", poll.run(false));
                row(github, "no bot-login: warm cache, nothing new", poll.run(false));
            }
            int pages = (REPLIES + 99) / 100;
            int naive = 1 + 1 + SEMINAR_ISSUES.length * (pages + REPLIES);
            System.out.printf("| %-52s | %8d | %8d | %11d | %6s |%n", "naive loop, any run (no cache, per-reply GETs)",
                    naive, 0, naive, "1-3");
            int perIssue = 1 + SEMINAR_ISSUES.length * pages;
            System.out.printf("| %-52s | %8d | %8d | %11d | %6s |%n", "cache but no scan, warm, nothing new (computed)",
                    perIssue, perIssue, 0, "0");
        }
    }

    private static void row(FakeGithub github, String run, PollReport report) {
        int served = github.requestCount();
        github.clearJournal();
        if (served != report.http().requests()) {
            throw new IllegalStateException("WireMock served " + served + " requests, the client counted "
                    + report.http().requests());
        }
        System.out.printf("| %-52s | %8d | %8d | %11d | %6d |%n", run, report.http().requests(),
                report.http().notModified(), report.http().rateLimitCost(), report.http().writes());
    }
}
