package dev.rsvpbot.github;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rsvpbot.config.GithubConfig;
import dev.rsvpbot.render.SummaryMarker;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What the fault, race and soak campaigns share: a poll against a {@link FakeGithub} with short timeouts and a
 * sleeper that only counts, and the from-scratch render of an issue's summary computed from the fake's state
 * (not through the code under test), to compare the summary the bot left with.
 */
final class Campaigns {
    /** Every seminar issue of the {@code seminar} scenario. */
    static final List<Integer> SEMINAR_ISSUES = List.of(12, 15);
    static final int RETRIES = 2;
    /** The wait on a silent connection in a faulted poll: short, so a delay past it costs little. */
    static final Duration FAULT_TIMEOUT = Duration.ofMillis(150);

    private Campaigns() {
    }

    static GithubConfig config(FakeGithub github, Path cache) {
        GithubConfig d = GithubConfig.defaults();
        // An empty bot login: the poll asks GET /user, one more request to fail.
        return new GithubConfig(github.apiUrl(), List.of(FakeGithub.REPO), d.issues(), "", cache,
                Duration.ofSeconds(60), Duration.ZERO, RETRIES, d.sinceOverlap());
    }

    /** One poll with its own client (as one {@code poll} invocation), never sleeping really. */
    static PollReport poll(FakeGithub github, Path cache, ThreadSummarizer summarizer, Duration readTimeout) {
        try (PollService poll = new PollService(config(github, cache), GithubToken.of("ghp_campaigntoken"), summarizer,
                d -> { }, Clock.systemUTC(), readTimeout)) {
            return poll.run(false);
        }
    }

    /** A poll with the real wait on a silent connection: a slow machine never makes a clean poll fail. */
    static PollReport poll(FakeGithub github, Path cache) {
        return poll(github, cache, PollServiceTest.LIST_REPLIES, GithubConnection.READ_TIMEOUT);
    }

    static boolean isBotSummary(ObjectNode c) {
        return c.hasNonNull("user") && c.get("user").get("login").asText().equals(FakeGithub.BOT)
                && SummaryMarker.isMarked(c.path("body").asText());
    }

    static List<ObjectNode> summaries(FakeGithub github, int issue) {
        return github.comments(issue).stream().filter(Campaigns::isBotSummary).toList();
    }

    /** {@link PollServiceTest#LIST_REPLIES} of the thread as the fake holds it now, computed without the bot's code. */
    static String fromScratch(FakeGithub github, int issue) {
        List<ObjectNode> replies = github.comments(issue).stream().filter(c -> !isBotSummary(c))
                .sorted(java.util.Comparator.comparing((ObjectNode c) -> c.get("created_at").asText())
                        .thenComparing(c -> c.get("id").asLong()))
                .toList();
        return SummaryMarker.mark("replies: " + replies.size() + "\n"
                + replies.stream().map(c -> "- " + (c.hasNonNull("user") ? c.get("user").get("login").asText() : "ghost")
                        + ": " + c.path("body").asText("")).collect(Collectors.joining("\n"))
                + "\n");
    }

    /** Exactly one summary per seminar issue, equal to the from-scratch render. */
    static void assertOneCurrentSummaryPerIssue(FakeGithub github, String why) {
        for (int issue : SEMINAR_ISSUES) {
            assertThat(summaries(github, issue)).as("%s: summaries of #%d", why, issue).hasSize(1);
            assertThat(summaries(github, issue).get(0).get("body").asText()).as("%s: summary of #%d", why, issue)
                    .isEqualTo(fromScratch(github, issue));
        }
    }
}
