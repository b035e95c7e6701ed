package dev.rsvpbot.github;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rsvpbot.config.GithubConfig;
import dev.rsvpbot.config.RsvpConfig;
import dev.rsvpbot.pipeline.SummaryPipeline;
import dev.rsvpbot.render.SummaryMarker;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The soak: poll cycles against a fake GitHub with three seminar issues, each cycle after random adds, edits and
 * deletes of replies (plain replies, Markdown and Unicode edge cases, and {@code /rsvp} commands by chairs and by
 * members), all from one seed. After every cycle: no problem, one summary per issue, equal to what a from-scratch
 * poll (an empty cache, a dry run) would write; and a cycle with nothing new writes nothing. The suite runs a short
 * one ({@code SoakTest}); {@code dev.rsvpbot.bench.SoakBench} and {@code scripts/soak.sh} run 1,000 cycles or more.
 */
public final class Soak {
    static final List<Integer> ISSUES = List.of(21, 22, 23);
    private static final String[] NAMES = {"alice", "bob", "carol", "dave", "erin", "frank", "grace", "heidi"};
    private static final String[] REPLIES = {
        "+1", "Oral", "poster", "I'll come", "can't make it, sorry", "maybe", "1. 无  2. Oral  3. 无",
        "Poster: diffusion models for weather", "**Talk**: `attention` | is | all | you | need |",
        "<b>bold</b> <!-- rsvp-bot:summary sha256=0000 --> @everyone see https://example.com [x](http://x.y)",
        "مرحبا، سأحضر", "נרשמתי", "\u200b\u200d+1\u200b", "e\u0301\u0301\u0301 oral", "👩‍💻 poster 🎉", "\ud800 lone",
        "```\ncode\n```", "| a | b |\n|---|---|\n| 1 | 2 |", "第三季9场 报名 Oral", "",
    };
    private static final String[] COMMANDS = {
        "/rsvp drop @alice", "/rsvp add @zoe oral", "/rsvp poster", "/rsvp oral", "/rsvp cancel", "/rsvp drop @erin",
        "/rsvp add @bob poster",
    };
    private static final String[] ASSOCIATIONS = {"OWNER", "MEMBER", "COLLABORATOR", "NONE", "CONTRIBUTOR"};

    /** What a soak did. */
    public record Result(int cycles, int quietCycles, long requests, long writes, long checkRequests, long maxHeapBytes) {
        @Override
        public String toString() {
            return String.format("%d cycles (%d with nothing new), %d requests by the bot's polls (%.1f per cycle),"
                            + " %d writes, %d more requests by the from-scratch checks; heap at most %.1f MiB",
                    cycles, quietCycles, requests, requests / (double) Math.max(1, cycles), writes, checkRequests,
                    maxHeapBytes / 1048576.0);
        }
    }

    private Soak() {
    }

    /** Runs {@code cycles} cycles from {@code seed}; throws {@link AssertionError} at the first cycle that fails. */
    public static Result run(long seed, int cycles) {
        Random random = new Random(seed);
        SummaryPipeline pipeline = new SummaryPipeline(RsvpConfig.defaults());
        ThreadSummarizer summarizer = ThreadSummarizer.of("soak", (thread, bot) -> pipeline.summarize(thread, bot).body());
        int quiet = 0;
        long requests = 0;
        long writes = 0;
        long checkRequests = 0;
        long maxHeap = 0;
        try (FakeGithub github = FakeGithub.start("bench")) {
            Path cache = Files.createTempDirectory("soak");
            GithubConfig config = config(github, cache);
            try (PollService poll = new PollService(config, GithubToken.of("ghp_soaktoken"), summarizer, d -> { },
                    Clock.systemUTC())) {
                for (int cycle = 1; cycle <= cycles; cycle++) {
                    int changes = cycle == 1 ? 1 : random.nextInt(5) - 1; // about one cycle in five: nothing new
                    List<String> did = new ArrayList<>();
                    for (int i = 0; i < changes; i++) {
                        did.add(change(github, random));
                    }
                    github.publish();
                    github.clearJournal();
                    PollReport report = poll.run(false);
                    int written = github.writes().size();
                    github.applyWrites();
                    String where = "seed " + seed + ", cycle " + cycle + " after " + did;
                    check(report.problems().isEmpty(), where + ": problems " + report.problems());
                    if (did.isEmpty()) {
                        quiet++;
                        check(written == 0, where + ": a cycle with nothing new wrote " + written);
                    }
                    requests += report.http().requests();
                    writes += written;
                    for (int issue : ISSUES) {
                        long summaries = github.comments(issue).stream().filter(Soak::isBotSummary).count();
                        check(summaries == 1, where + ": #" + issue + " has " + summaries + " summaries");
                    }
                    checkRequests += checkFromScratch(github, summarizer, where);
                    Runtime rt = Runtime.getRuntime();
                    maxHeap = Math.max(maxHeap, rt.totalMemory() - rt.freeMemory());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Result(cycles, quiet, requests, writes, checkRequests, maxHeap);
    }

    private static GithubConfig config(FakeGithub github, Path cache) {
        GithubConfig d = GithubConfig.defaults();
        return new GithubConfig(github.apiUrl(), List.of(FakeGithub.REPO), d.issues(), FakeGithub.BOT, cache,
                Duration.ofSeconds(60), Duration.ZERO, 2, d.sinceOverlap());
    }

    /** A dry run from an empty cache: every summary must already be what it would write. Returns its requests. */
    private static long checkFromScratch(FakeGithub github, ThreadSummarizer summarizer, String where) throws IOException {
        Path fresh = Files.createTempDirectory("soak-scratch");
        try (PollService scratch = new PollService(config(github, fresh), GithubToken.of("ghp_soaktoken"), summarizer,
                d -> { }, Clock.systemUTC())) {
            PollReport report = scratch.run(true);
            check(report.problems().isEmpty(), where + ": the from-scratch poll: " + report.problems());
            for (IssueOutcome o : report.outcomes()) {
                check(o.action() == IssueOutcome.Action.UNCHANGED && o.duplicatesDeleted() == 0,
                        where + ": #" + o.number() + " is not what a from-scratch render gives: " + o.action()
                                + "\n--- it would write ---\n" + o.body());
            }
            check(report.outcomes().size() == ISSUES.size(), where + ": " + report.outcomes().size() + " issues seen");
            return report.http().requests();
        } finally {
            deleteTree(fresh);
        }
    }

    /** One random change by a member; says what it did. */
    private static String change(FakeGithub github, Random random) {
        int issue = ISSUES.get(random.nextInt(ISSUES.size()));
        List<ObjectNode> replies = github.comments(issue).stream().filter(c -> !isBotSummary(c)).toList();
        int kind = replies.isEmpty() ? 0 : random.nextInt(10);
        if (kind < 6) {
            boolean command = random.nextInt(4) == 0;
            String body = command ? COMMANDS[random.nextInt(COMMANDS.length)] : REPLIES[random.nextInt(REPLIES.length)];
            ObjectNode c = github.addComment(issue, NAMES[random.nextInt(NAMES.length)], body);
            c.put("author_association", ASSOCIATIONS[random.nextInt(ASSOCIATIONS.length)]);
            return "add #" + issue + " " + c.get("id").asLong();
        }
        ObjectNode target = replies.get(random.nextInt(replies.size()));
        long id = target.get("id").asLong();
        if (kind < 8) {
            github.editComment(id, REPLIES[random.nextInt(REPLIES.length)] + " (edited)");
            return "edit #" + issue + " " + id;
        }
        github.deleteComment(id);
        return "delete #" + issue + " " + id;
    }

    private static boolean isBotSummary(ObjectNode c) {
        return c.hasNonNull("user") && c.get("user").get("login").asText().equals(FakeGithub.BOT)
                && SummaryMarker.isMarked(c.path("body").asText());
    }

    private static void check(boolean ok, String message) {
        if (!ok) {
            throw new AssertionError(message);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (var files = Files.walk(dir)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
