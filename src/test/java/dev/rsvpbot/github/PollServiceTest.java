package dev.rsvpbot.github;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.rsvpbot.config.GithubConfig;
import dev.rsvpbot.render.SummaryMarker;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PollServiceTest {
    /** A real, simple summarizer: the count and every reply, so any change to a reply changes the body. */
    static final ThreadSummarizer LIST_REPLIES = (thread, bot) -> SummaryMarker.mark("replies: "
            + thread.replies().size() + "\n"
            + thread.replies().stream().map(r -> "- " + r.author() + ": " + r.body()).collect(Collectors.joining("\n"))
            + "\n");

    @TempDir
    Path cache;

    FakeGithub github;
    final List<Duration> sleeps = new CopyOnWriteArrayList<>();

    @BeforeEach
    void startGithub() {
        github = FakeGithub.start("seminar");
    }

    @AfterEach
    void stopGithub() {
        github.close();
    }

    static GithubConfig config(FakeGithub github, Path cache, String botLogin, List<String> repos) {
        GithubConfig d = GithubConfig.defaults();
        return new GithubConfig(github.apiUrl(), repos, d.issues(), botLogin, cache, Duration.ofSeconds(60),
                Duration.ofSeconds(1), 3, d.sinceOverlap());
    }

    PollService service() {
        return service(FakeGithub.BOT, List.of(FakeGithub.REPO));
    }

    PollService service(String botLogin, List<String> repos) {
        return new PollService(config(github, cache, botLogin, repos), GithubToken.of("ghp_testtoken"), LIST_REPLIES,
                sleeps::add, Clock.systemUTC());
    }

    PollReport runOnce() {
        return runOnce(LIST_REPLIES);
    }

    PollReport runOnce(ThreadSummarizer summarizer) {
        return runOnce(summarizer, GithubConnection.READ_TIMEOUT);
    }

    /** With a shorter wait on a silent connection than the real one. */
    PollReport runOnceTimingOutAfter(Duration readTimeout) {
        return runOnce(LIST_REPLIES, readTimeout);
    }

    private PollReport runOnce(ThreadSummarizer summarizer, Duration readTimeout) {
        try (PollService poll = new PollService(config(github, cache, FakeGithub.BOT, List.of(FakeGithub.REPO)),
                GithubToken.of("ghp_testtoken"), summarizer, sleeps::add, Clock.systemUTC(), readTimeout)) {
            return poll.run(false);
        }
    }

    private List<LoggedRequest> posts() {
        return github.requests("POST");
    }

    @Test
    void firstRunCreatesOneSummaryPerSeminarIssueAndSkipsOthers() {
        PollReport report = runOnce();

        assertThat(report.problems()).isEmpty();
        assertThat(report.created()).isEqualTo(2);
        assertThat(posts()).extracting(LoggedRequest::getUrl)
                .containsExactly("/repos/club/seminars/issues/15/comments", "/repos/club/seminars/issues/12/comments");
        String body12 = FakeGithub.bodyOf(posts().get(1));
        assertThat(SummaryMarker.isMarked(body12)).isTrue();
        assertThat(body12).contains("replies: 3", "alice: Oral", "dependabot[bot]: Thanks");
        assertThat(github.requests("PATCH")).isEmpty();
        assertThat(github.requests("DELETE")).isEmpty();
    }

    @Test
    void secondRunWithNothingNewWritesNothing() {
        runOnce();
        github.clearJournal();

        PollReport second = runOnce();

        assertThat(second.problems()).isEmpty();
        assertThat(second.unchanged()).isEqualTo(2);
        assertThat(github.writes()).isEmpty();
        assertThat(github.comments(12)).filteredOn(c -> c.get("user").get("login").asText().equals(FakeGithub.BOT))
                .hasSize(1);
    }

    @Test
    void aNewReplyLeadsToExactlyOneEditOfTheSummary() {
        runOnce();
        github.applyWrites();
        long summaryId = botSummaryIds(12).get(0);
        github.addComment(12, "erin", "Poster: diffusion models for weather");
        github.clearJournal();

        PollReport report = runOnce();

        assertThat(report.edited()).isEqualTo(1);
        assertThat(github.writes()).hasSize(1);
        LoggedRequest edit = github.writes().get(0);
        assertThat(edit.getMethod().getName()).isEqualTo("PATCH");
        assertThat(edit.getUrl()).isEqualTo("/repos/club/seminars/issues/comments/" + summaryId);
        assertThat(FakeGithub.bodyOf(edit)).contains("replies: 4", "erin: Poster: diffusion");
    }

    @Test
    void anEditedReplyLeadsToExactlyOneEdit() {
        runOnce();
        github.editComment(5002, "1. 无  2. Oral  3. 无");
        github.clearJournal();

        runOnce();

        assertThat(github.writes()).singleElement()
                .satisfies(w -> assertThat(w.getMethod().getName()).isEqualTo("PATCH"))
                .satisfies(w -> assertThat(FakeGithub.bodyOf(w)).contains("bob: 1. 无  2. Oral  3. 无"));
    }

    @Test
    void aDeletedReplyLeadsToExactlyOneEdit() {
        runOnce();
        github.deleteComment(5001);
        github.clearJournal();

        runOnce();

        assertThat(github.writes()).singleElement()
                .satisfies(w -> assertThat(FakeGithub.bodyOf(w)).contains("replies: 2").doesNotContain("alice"));
    }

    @Test
    void twoRacingSummariesLeaveOneTheOldestKept() {
        github.addComment(12, FakeGithub.BOT, SummaryMarker.mark("stale summary from run A\n"));
        github.addComment(12, FakeGithub.BOT, SummaryMarker.mark("stale summary from run B\n"));
        List<Long> ids = botSummaryIds(12);
        github.publish();

        PollReport report = runOnce();
        github.applyWrites();

        assertThat(report.deletedDuplicates()).isEqualTo(1);
        assertThat(github.requests("DELETE")).extracting(LoggedRequest::getUrl)
                .containsExactly("/repos/club/seminars/issues/comments/" + ids.get(1));
        assertThat(github.requests("PATCH")).extracting(LoggedRequest::getUrl)
                .containsExactly("/repos/club/seminars/issues/comments/" + ids.get(0));
        assertThat(botSummaryIds(12)).containsExactly(ids.get(0));
        assertThat(posts()).extracting(LoggedRequest::getUrl).doesNotContain("/repos/club/seminars/issues/12/comments");
    }

    @Test
    void aDuplicateThatAnotherRunDeletedFirstIsNotAFailure() {
        github.addComment(12, FakeGithub.BOT, SummaryMarker.mark("stale summary from run A\n"));
        github.addComment(12, FakeGithub.BOT, SummaryMarker.mark("stale summary from run B\n"));
        github.publish();
        github.server.stubFor(com.github.tomakehurst.wiremock.client.WireMock.delete(
                        urlPathMatching("/repos/club/seminars/issues/comments/\\d+")).atPriority(1)
                .willReturn(aResponse().withStatus(404).withHeader("Content-Type", "application/json")
                        .withBody("{\"message\":\"Not Found\"}")));

        PollReport report = runOnce();

        assertThat(report.problems()).isEmpty();
        assertThat(github.requests("DELETE")).hasSize(1);
        assertThat(github.requests("PATCH")).hasSize(1);
    }

    @Test
    void aCrashAfterTheWritesButBeforeTheStateIsSavedNeverLeadsToASecondPost() throws Exception {
        runOnce();
        github.applyWrites();
        Path state = cache.resolve("poll-state");
        Path saved = cache.resolve("state-after-first-run");
        copyTree(state, saved);
        github.addComment(12, "erin", "Poster: diffusion models for weather");
        github.publish();
        runOnce();
        copyTree(saved, state); // the second run "crashed" after its edit, before saving its state
        github.clearJournal();

        PollReport third = runOnce();
        deleteTree(state); // and a run that lost its state altogether
        github.clearJournal();
        PollReport fourth = runOnce();

        assertThat(third.problems()).isEmpty();
        assertThat(third.created() + third.edited() + third.deletedDuplicates()).as("writes of the third run").isZero();
        assertThat(fourth.problems()).isEmpty();
        assertThat(fourth.unchanged()).isEqualTo(2);
        assertThat(github.writes()).as("writes of the fourth run").isEmpty();
        assertThat(botSummaryIds(12)).hasSize(1);
        assertThat(botSummaryIds(15)).hasSize(1);
    }

    private static void copyTree(Path from, Path to) throws java.io.IOException {
        deleteTree(to);
        java.nio.file.Files.createDirectories(to);
        try (var files = java.nio.file.Files.list(from)) {
            for (Path f : files.toList()) {
                java.nio.file.Files.copy(f, to.resolve(f.getFileName()));
            }
        }
    }

    private static void deleteTree(Path dir) throws java.io.IOException {
        if (java.nio.file.Files.exists(dir)) {
            try (var files = java.nio.file.Files.list(dir)) {
                for (Path f : files.toList()) {
                    java.nio.file.Files.delete(f);
                }
            }
            java.nio.file.Files.delete(dir);
        }
    }

    @Test
    void aMarkerForgedByAMemberIsAReplyNeverEditedNorDeleted() {
        long forged = github.addComment(12, "mallory", SummaryMarker.mark("I am the summary now\n")).get("id").asLong();
        github.publish();

        runOnce();

        assertThat(github.writes()).extracting(LoggedRequest::getUrl).noneMatch(u -> u.endsWith("/" + forged));
        assertThat(posts()).extracting(LoggedRequest::getUrl).contains("/repos/club/seminars/issues/12/comments");
        assertThat(FakeGithub.bodyOf(posts().get(1))).contains("replies: 4", "mallory: <!-- rsvp-bot:summary");
    }

    @Test
    void theBotsOwnSummaryIsNotPartOfTheThread() {
        runOnce();
        github.addComment(12, "erin", "oral");
        github.clearJournal();

        runOnce();

        assertThat(FakeGithub.bodyOf(github.writes().get(0))).contains("replies: 4").doesNotContain("rsvp-bot: ");
    }

    @Test
    void aReplyFromADeletedAccountIsReadAsGhostAndBreaksNothing() {
        github.addComment(12, "x", "poster, from an account deleted since").remove("user");
        github.publish();

        PollReport report = runOnce();

        assertThat(report.problems()).isEmpty();
        assertThat(FakeGithub.bodyOf(posts().get(1))).contains("replies: 4", "ghost: poster, from an account deleted since");
    }

    @Test
    void anIssueAndAReplyWithUserNullAreReadAsGhostOnTheFullReadAndOnTheScan() {
        github.issue(12).putNull("user");
        github.addComment(12, "x", "oral, from an account deleted since").putNull("user");
        github.publish();

        PollReport first = runOnce();
        github.addComment(12, "y", "poster, also deleted since").putNull("user");
        github.clearJournal();
        PollReport second = runOnce();

        assertThat(first.problems()).isEmpty();
        assertThat(second.problems()).isEmpty();
        assertThat(second.edited()).isEqualTo(1);
        assertThat(FakeGithub.bodyOf(github.writes().get(0))).contains("replies: 5",
                "ghost: oral, from an account deleted since", "ghost: poster, also deleted since");
    }

    /** A summary listing each reply's author and author_association, to see what poll handed the pipeline. */
    private static final ThreadSummarizer ASSOCIATIONS = (thread, bot) -> SummaryMarker.mark(thread.replies().stream()
            .map(r -> r.author() + "=" + r.association()).collect(Collectors.joining("\n")) + "\n");

    @Test
    void eachReplyCarriesTheAuthorAssociationOfTheListAnswerWhichDecidesWhoIsAChair() {
        github.addComment(12, "octo", "/rsvp drop @erin").put("author_association", "OWNER");
        github.publish();
        PollReport report = runOnce(ASSOCIATIONS);

        assertThat(report.problems()).isEmpty();
        assertThat(posts()).extracting(FakeGithub::bodyOf).anySatisfy(body -> assertThat(body)
                .contains("octo=OWNER").contains("=MEMBER"));
    }

    @Test
    void aCommentWithoutAuthorAssociationOrWithAnUnknownOneIsReadAsNoAssociation() {
        github.addComment(12, "old-enterprise", "/rsvp poster").remove("author_association");
        github.addComment(12, "future", "P").put("author_association", "SOMETHING_NEW");
        github.publish();
        PollReport report = runOnce(ASSOCIATIONS);

        assertThat(report.problems()).isEmpty();
        assertThat(posts()).extracting(FakeGithub::bodyOf).anySatisfy(body -> assertThat(body)
                .contains("old-enterprise=NONE").contains("future=NONE"));
    }

    @Test
    void repliesWithANullAnEmptyAndAMaximalBodyGiveASummaryWithinGithubsLimit() {
        github.addComment(12, "nil", "x").putNull("body");
        github.addComment(12, "blank", "");
        github.addComment(12, "long", "Oral: " + "注意力机制 attention ".repeat(5000).substring(0, 65530));
        github.publish();
        dev.rsvpbot.pipeline.SummaryPipeline pipeline = new dev.rsvpbot.pipeline.SummaryPipeline(
                dev.rsvpbot.config.RsvpConfig.defaults());
        ThreadSummarizer real = ThreadSummarizer.of("real", (thread, bot) -> pipeline.summarize(thread, bot).body());

        PollReport report = runOnce(real);

        assertThat(report.problems()).isEmpty();
        assertThat(posts()).hasSize(2).allSatisfy(p -> assertThat(FakeGithub.bodyOf(p).length()).isLessThanOrEqualTo(65_536));
    }

    @Test
    void threePagesOfRepliesAreAllReadWithOneRequestPerPage() {
        github.fillWithReplies(12, 250);
        github.publish();

        runOnce();

        List<String> pages = github.requests("GET").stream().map(LoggedRequest::getUrl)
                .filter(u -> u.startsWith("/repos/club/seminars/issues/12/comments")).toList();
        assertThat(pages).containsExactly("/repos/club/seminars/issues/12/comments?per_page=100",
                "/repos/club/seminars/issues/12/comments?per_page=100&page=2",
                "/repos/club/seminars/issues/12/comments?per_page=100&page=3");
        assertThat(FakeGithub.bodyOf(posts().get(1))).contains("replies: 250", "(250)");
    }

    @Test
    void theSecondRunRevalidatesWithIfNoneMatchAndAnUnchangedRunCostsNothing() {
        runOnce();
        github.clearJournal();
        runOnce();

        List<LoggedRequest> gets = github.requests("GET");
        assertThat(gets).filteredOn(r -> !r.getUrl().contains("/issues/comments?since="))
                .isNotEmpty()
                .allSatisfy(r -> assertThat(r.getHeader("If-None-Match")).startsWith("\""));
        assertThat(gets).allSatisfy(r -> assertThat(r.getHeader("Cache-Control")).isEqualTo("max-age=0"));

        github.clearJournal();
        HttpCounts third;
        try (PollService poll = service()) {
            third = poll.run(false).http();
        }
        assertThat(github.writes()).isEmpty();
        assertThat(third.requests()).isPositive();
        assertThat(third.notModified()).isEqualTo(third.requests());
        assertThat(third.rateLimitCost()).isZero();
    }

    @Test
    void withNothingNewARunCostsOneRequestPerRepositoryListPlusOneScanAndReadsNoIssue() {
        runOnce();
        github.clearJournal();
        runOnce();
        github.clearJournal();

        PollReport quiet = runOnce();

        assertThat(quiet.outcomes()).extracting(IssueOutcome::action)
                .containsOnly(IssueOutcome.Action.NOT_CHANGED_SINCE_LAST_RUN);
        assertThat(github.requests("GET")).extracting(r -> r.getUrl().replaceAll("since=[^&]+", "since=…"))
                .containsExactlyInAnyOrder("/repos/club/seminars/issues?state=open&per_page=100",
                        "/repos/club/seminars/issues/comments?since=…&sort=updated&direction=asc&per_page=100");
        assertThat(quiet.http().rateLimitCost()).isZero();
    }

    private static final List<String> QUIET = List.of("/repos/club/seminars/issues?state=open&per_page=100",
            "/repos/club/seminars/issues/comments?since=…&sort=updated&direction=asc&per_page=100");

    private List<String> getsWithoutSince() {
        return github.requests("GET").stream().map(r -> r.getUrl().replaceAll("since=[^&]+", "since=…")).toList();
    }

    @Test
    void fromTheRunAfterItsOwnWriteAQuietRunIsTwoFree304sAndADeletedReplyIsStillNoticed() {
        github.applyWritesAtOnce(); // as on api.github.com: a write is seen by the next read
        try (PollService poll = service("", List.of(FakeGithub.REPO))) {
            assertThat(poll.run(false).created()).isEqualTo(2);
            github.clearJournal();

            PollReport next = poll.run(false);
            assertThat(getsWithoutSince()).containsExactlyInAnyOrderElementsOf(QUIET);
            assertThat(next.http().notModified()).isEqualTo(2);
            assertThat(next.http().rateLimitCost()).isZero();

            // A deleted reply is not in the scan (it lists comments that exist), but it moves the issue's count.
            github.deleteComment(5001);
            github.publish();
            github.clearJournal();
            assertThat(poll.run(false).edited()).isEqualTo(1);
            assertThat(github.writes()).singleElement()
                    .satisfies(w -> assertThat(FakeGithub.bodyOf(w)).contains("replies: 2").doesNotContain("alice"));
            github.clearJournal();

            PollReport quiet = poll.run(false);
            assertThat(getsWithoutSince()).containsExactlyInAnyOrderElementsOf(QUIET);
            assertThat(quiet.http().rateLimitCost()).isZero();
            assertThat(github.writes()).isEmpty();
        }
    }

    @Test
    void theLoginAndTheRepositoryAreLookedUpOnceADayAndAtOnceAfterA404OrA401() {
        Instant[] now = {Instant.parse("2026-12-01T08:00:00Z")};
        Clock clock = new Clock() {
            @Override
            public java.time.ZoneId getZone() {
                return java.time.ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now[0];
            }
        };
        java.util.function.Supplier<PollReport> run = () -> {
            try (PollService poll = new PollService(config(github, cache, "", List.of(FakeGithub.REPO)),
                    GithubToken.of("ghp_testtoken"), LIST_REPLIES, sleeps::add, clock)) {
                return poll.run(false);
            }
        };
        assertThat(run.get().problems()).isEmpty();
        assertThat(getsWithoutSince()).contains("/user", "/repos/club/seminars");
        github.clearJournal();

        now[0] = now[0].plus(Duration.ofHours(23));
        assertThat(run.get().problems()).isEmpty();
        assertThat(getsWithoutSince()).doesNotContain("/user", "/repos/club/seminars");
        github.clearJournal();

        now[0] = now[0].plus(Duration.ofHours(2));
        assertThat(run.get().problems()).isEmpty();
        assertThat(getsWithoutSince()).filteredOn(u -> u.equals("/user") || u.equals("/repos/club/seminars"))
                .containsExactlyInAnyOrder("/user", "/repos/club/seminars");
        github.clearJournal();

        // The repository moved (a 404 to the issue list once): looked up again and listed again, in the same run.
        github.server.stubFor(get(urlPathEqualTo("/repos/club/seminars/issues")).atPriority(1)
                .inScenario("moved").whenScenarioStateIs(Scenario.STARTED).willSetStateTo("found")
                .willReturn(aResponse().withStatus(404).withHeader("Content-Type", "application/json")
                        .withBody("{\"message\":\"Not Found\"}")));
        assertThat(run.get().problems()).isEmpty();
        assertThat(getsWithoutSince()).filteredOn(u -> u.startsWith("/repos/club/seminars/issues?")).hasSize(2);
        assertThat(getsWithoutSince()).filteredOn(u -> u.equals("/repos/club/seminars")).hasSize(1);
        github.clearJournal();

        // The token changed (a 401 once): the run fails, and the next one asks who the token is again.
        github.server.stubFor(get(urlPathEqualTo("/repos/club/seminars/issues")).atPriority(1)
                .inScenario("token").whenScenarioStateIs(Scenario.STARTED).willSetStateTo("valid")
                .willReturn(aResponse().withStatus(401).withHeader("Content-Type", "application/json")
                        .withBody("{\"message\":\"Bad credentials\"}")));
        assertThat(run.get().problems()).singleElement().asString().contains("401");
        github.clearJournal();
        assertThat(run.get().problems()).isEmpty();
        assertThat(getsWithoutSince()).contains("/user", "/repos/club/seminars");
    }

    @Test
    void aCommentScanAnswerItCannotReadFallsBackToReadingEveryIssue() {
        runOnce();
        github.addComment(12, "erin", "Poster: diffusion models for weather");
        github.clearJournal();
        github.server.stubFor(get(urlPathEqualTo("/repos/club/seminars/issues/comments")).atPriority(1)
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withBody("[{\"id\": 1, \"issue_url\": \"https://api.github.com/repos/club/seminars/issues/12\","
                                + " \"updated_at\": \"yesterday\"}]")));

        PollReport report = runOnce();

        assertThat(report.problems()).isEmpty();
        assertThat(report.edited()).isEqualTo(1);
        assertThat(report.unchanged()).isEqualTo(1);
    }

    @Test
    void anEditedIssueBodyIsReadAgainAndOnlyThatIssue() {
        runOnce();
        github.clearJournal();
        runOnce();
        github.editIssueBody(15, "## 活动纪要（更正版）");
        github.clearJournal();

        PollReport report = runOnce();

        assertThat(report.outcomes()).filteredOn(o -> o.number() == 15).extracting(IssueOutcome::action)
                .containsExactly(IssueOutcome.Action.UNCHANGED);
        assertThat(report.outcomes()).filteredOn(o -> o.number() == 12).extracting(IssueOutcome::action)
                .containsExactly(IssueOutcome.Action.NOT_CHANGED_SINCE_LAST_RUN);
    }

    @Test
    void aSummaryEditedByHandIsRewrittenOnTheNextRun() {
        runOnce();
        github.clearJournal();
        runOnce();
        long summaryId = botSummaryIds(12).get(0);
        String body = github.comments(12).stream().filter(c -> c.get("id").asLong() == summaryId).findFirst()
                .orElseThrow().get("body").asText();
        github.editComment(summaryId, body + "\nP.S. edited by a maintainer");
        github.publish();
        github.clearJournal();

        runOnce();

        assertThat(github.writes()).singleElement().satisfies(w -> {
            assertThat(w.getUrl()).endsWith("/issues/comments/" + summaryId);
            assertThat(FakeGithub.bodyOf(w)).isEqualTo(body);
        });
    }

    @Test
    void anotherSummarizerFingerprintReadsEveryIssueAgain() {
        runOnce();
        github.clearJournal();
        ThreadSummarizer v2 = ThreadSummarizer.of("v2", (t, bot) -> SummaryMarker.mark("v2 replies: " + t.replies().size()));

        PollReport report = runOnce(v2);

        assertThat(report.edited()).isEqualTo(2);
    }

    @Test
    void aDryRunLeavesNoStateBehindSoTheRealRunStillWrites() {
        try (PollService poll = service()) {
            poll.run(true);
        }
        assertThat(runOnce().created()).isEqualTo(2);
    }

    @Test
    void aDryRunWritesNothingAndSaysWhatItWouldDo() {
        PollReport report;
        try (PollService poll = service()) {
            report = poll.run(true);
        }

        assertThat(github.writes()).isEmpty();
        assertThat(report.dryRun()).isTrue();
        assertThat(report.created()).isEqualTo(2);
        assertThat(report.outcomes()).allSatisfy(o -> assertThat(SummaryMarker.isMarked(o.body())).isTrue());
    }

    @Test
    void writesAreSpacedByTheWriteInterval() {
        runOnce();

        assertThat(posts()).hasSize(2);
        assertThat(sleeps).hasSize(1);
        assertThat(sleeps.get(0)).isPositive().isLessThanOrEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void withoutABotLoginTheTokensUserIsAskedOncePerRun() {
        github.addRepository("club/other");
        github.publish();
        try (PollService poll = service("", List.of(FakeGithub.REPO, "club/other"))) {
            PollReport report = poll.run(false);
            assertThat(report.problems()).isEmpty();
        }

        assertThat(github.requests("GET")).filteredOn(r -> r.getUrl().equals("/user")).hasSize(1);
        assertThat(posts()).hasSize(4);
    }

    // ---- failures ----

    @Test
    void aRejectedTokenNamesTheRepositoryAndTheVariable() {
        github.server.stubFor(any(urlPathMatching("/.*")).atPriority(1).willReturn(aResponse().withStatus(401)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"message\":\"Bad credentials\",\"documentation_url\":\"https://docs.github.com/rest\"}")));

        PollReport report = runOnce();

        assertThat(report.ok()).isFalse();
        assertThat(report.problems()).singleElement().asString()
                .startsWith("club/seminars: ").contains("401", "GITHUB_TOKEN");
        assertThat(github.writes()).isEmpty();
    }

    @Test
    void aMissingRepositoryIsNamedAndTheOthersStillRun() {
        github.addRepository("club/other");
        github.publish();
        github.server.stubFor(get(urlPathEqualTo("/repos/club/gone")).atPriority(1).willReturn(aResponse()
                .withStatus(404).withHeader("Content-Type", "application/json")
                .withBody("{\"message\":\"Not Found\",\"documentation_url\":\"https://docs.github.com/rest\"}")));

        PollReport report;
        try (PollService poll = service(FakeGithub.BOT, List.of("club/gone", "club/other"))) {
            report = poll.run(false);
        }

        assertThat(report.problems()).singleElement().asString().startsWith("club/gone: ").contains("not found (404)");
        assertThat(report.created()).isEqualTo(2);
        assertThat(posts()).allSatisfy(p -> assertThat(p.getUrl()).startsWith("/repos/club/other/"));
    }

    @Test
    void aTokenWithoutAccessIsNamedWithGithubsMessage() {
        github.server.stubFor(get(urlPathEqualTo("/repos/club/seminars/issues")).atPriority(1).willReturn(aResponse()
                .withStatus(403).withHeader("Content-Type", "application/json")
                .withBody("{\"message\":\"Resource not accessible by personal access token\"}")));

        PollReport report = runOnce();

        assertThat(report.problems()).singleElement().asString().startsWith("club/seminars: ")
                .contains("no access (403: Resource not accessible by personal access token)");
        assertThat(sleeps).isEmpty();
    }

    @Test
    void oneFailingIssueDoesNotStopTheOthers() {
        github.server.stubFor(get(urlPathEqualTo("/repos/club/seminars/issues/15/comments")).atPriority(1)
                .willReturn(aResponse().withStatus(500).withBody("{\"message\":\"Server Error\"}")));

        PollReport report = runOnce();

        assertThat(report.failed()).isEqualTo(1);
        assertThat(report.created()).isEqualTo(1);
        assertThat(report.problems()).singleElement().asString().startsWith("club/seminars#15: ").contains("500");
        assertThat(posts()).extracting(LoggedRequest::getUrl).containsExactly("/repos/club/seminars/issues/12/comments");

        github.server.resetMappings();
        github.publish();
        github.clearJournal();
        PollReport next = runOnce();
        assertThat(next.created()).as("the failed issue is read again next run").isEqualTo(1);
        assertThat(posts()).extracting(LoggedRequest::getUrl).containsExactly("/repos/club/seminars/issues/15/comments");
    }

    @Test
    void aThreadThatOverflowsTheStackFailsOnlyItsOwnIssue() {
        ThreadSummarizer overflowsOn15 = (thread, bot) -> thread.issue().number() == 15
                ? descend(0) : LIST_REPLIES.summaryBody(thread, bot);

        PollReport report = runOnce(overflowsOn15);

        assertThat(report.failed()).isEqualTo(1);
        assertThat(report.problems()).singleElement().asString().startsWith("club/seminars#15: ").contains("StackOverflowError", "a bug in rsvp-bot")
                .doesNotContain("the network");
        assertThat(posts()).extracting(LoggedRequest::getUrl).containsExactly("/repos/club/seminars/issues/12/comments");
    }

    private static String descend(int depth) {
        return descend(depth + 1) + depth;
    }

    @Test
    void aSecondaryLimitWithinTheMaximumWaitIsWaitedOutAndRetried() {
        String path = "/repos/club/seminars/issues";
        github.server.stubFor(get(urlPathEqualTo(path)).atPriority(1).inScenario("limit")
                .whenScenarioStateIs(Scenario.STARTED).willSetStateTo("waited")
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "7")
                        .withBody("{\"message\":\"You have exceeded a secondary rate limit.\"}")));

        PollReport report = runOnce();

        assertThat(report.problems()).isEmpty();
        assertThat(sleeps).contains(Duration.ofSeconds(7));
        assertThat(report.created()).isEqualTo(2);
    }

    @Test
    void aPrimaryLimitResettingTooLateStopsTheRunWithAClearMessage() {
        github.addRepository("club/other");
        github.publish();
        long reset = Instant.now().plusSeconds(1800).getEpochSecond();
        github.server.stubFor(get(urlPathEqualTo("/repos/club/seminars/issues")).atPriority(1).willReturn(aResponse()
                .withStatus(403).withHeader("x-ratelimit-remaining", "0").withHeader("x-ratelimit-limit", "5000")
                .withHeader("x-ratelimit-reset", String.valueOf(reset))
                .withBody("{\"message\":\"API rate limit exceeded for user ID 1.\"}")));

        PollReport report;
        try (PollService poll = service(FakeGithub.BOT, List.of(FakeGithub.REPO, "club/other"))) {
            report = poll.run(false);
        }

        assertThat(report.problems()).singleElement().asString().startsWith("club/seminars: ")
                .contains("primary rate limit", "more than github.max-rate-limit-wait (60 s)", "run again after");
        assertThat(github.requests("GET")).noneMatch(r -> r.getUrl().startsWith("/repos/club/other"));
        assertThat(sleeps).isEmpty();
    }

    @Test
    void aSecondaryLimitThatPersistsSaysItWasRetriedNotThatTheWaitWasTooLong() {
        github.server.stubFor(get(urlPathEqualTo("/repos/club/seminars/issues")).atPriority(1).willReturn(aResponse()
                .withStatus(429).withHeader("Retry-After", "1")
                .withBody("{\"message\":\"You have exceeded a secondary rate limit.\"}")));

        PollReport report = runOnce();

        assertThat(report.problems()).singleElement().asString().startsWith("club/seminars: ")
                .contains("retried 3 times", "still refuses", "run again after")
                .doesNotContain("more than github.max-rate-limit-wait");
        assertThat(sleeps).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ofSeconds(1));
    }

    @Test
    void aRepositoryThatCannotBeReadIsCountedAsFailed() {
        github.publish();
        PollReport report;
        try (PollService poll = service(FakeGithub.BOT, List.of(FakeGithub.REPO, "club/missing"))) {
            report = poll.run(false);
        }

        assertThat(report.failedRepositories()).isEqualTo(1);
        assertThat(report.summaryLine()).contains("1 repository could not be polled");
        assertThat(report.problems()).singleElement().asString().startsWith("club/missing: ").contains("404");
    }

    @Test
    void aRequestThatGotNoAnswerIsCountedAmongTheRequests() {
        github.server.stubFor(com.github.tomakehurst.wiremock.client.WireMock.post(
                        urlPathEqualTo("/repos/club/seminars/issues/12/comments")).atPriority(1)
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

        PollReport report = runOnce();

        assertThat(report.http().unanswered()).isEqualTo(1);
        assertThat(report.http().requests()).isEqualTo(github.server.getAllServeEvents().size());
        assertThat(report.summaryLine()).contains("1 unanswered");
    }

    @Test
    void aForbiddenAnswerThatSaysRateLimitOnlyInItsBodyIsARateLimit() {
        github.server.stubFor(get(urlPathEqualTo("/repos/club/seminars/issues")).atPriority(1).inScenario("limit")
                .whenScenarioStateIs(Scenario.STARTED).willSetStateTo("waited")
                .willReturn(aResponse().withStatus(403).withHeader("Content-Type", "application/json")
                        .withBody("{\"message\":\"You have exceeded a secondary rate limit. Please wait a few minutes before you try again.\"}")));

        PollReport report = runOnce();

        assertThat(report.problems()).isEmpty();
        assertThat(sleeps).contains(Duration.ofSeconds(60));
    }

    @ParameterizedTest(name = "HTTP {0} once, then fine")
    @ValueSource(ints = {502, 503, 504})
    void aGatewayErrorIsRetriedWithBackoff(int status) {
        github.server.stubFor(get(urlPathEqualTo("/repos/club/seminars/issues/12/comments")).atPriority(1)
                .inScenario("flaky").whenScenarioStateIs(Scenario.STARTED).willSetStateTo("recovered")
                .willReturn(aResponse().withStatus(status).withBody("unavailable")));

        PollReport report = runOnce();

        assertThat(report.problems()).isEmpty();
        assertThat(report.created()).isEqualTo(2);
        assertThat(sleeps).contains(Duration.ofSeconds(1));
    }

    @Test
    void aRateLimitedCreateIsRetriedAfterTheWaitAndPostsOnce() {
        github.server.stubFor(com.github.tomakehurst.wiremock.client.WireMock.post(
                        urlPathEqualTo("/repos/club/seminars/issues/12/comments")).atPriority(1)
                .inScenario("write limit").whenScenarioStateIs(Scenario.STARTED).willSetStateTo("waited")
                .willReturn(aResponse().withStatus(403).withHeader("Retry-After", "30")
                        .withBody("{\"message\":\"You have exceeded a secondary rate limit.\"}")));

        PollReport report = runOnce();
        github.applyWrites();

        assertThat(report.problems()).isEmpty();
        assertThat(sleeps).contains(Duration.ofSeconds(30));
        assertThat(posts()).filteredOn(p -> p.getUrl().endsWith("/12/comments")).hasSize(2);
        assertThat(botSummaryIds(12)).hasSize(1);
    }

    @Test
    void a502ThatPersistsFailsTheIssueAfterTheConfiguredRetries() {
        github.server.stubFor(get(urlPathEqualTo("/repos/club/seminars/issues/12/comments")).atPriority(1)
                .willReturn(aResponse().withStatus(502).withBody("Bad Gateway")));

        PollReport report = runOnce();

        assertThat(report.problems()).singleElement().asString().startsWith("club/seminars#12: ").contains("502");
        assertThat(github.requests("GET")).filteredOn(r -> r.getUrl().startsWith("/repos/club/seminars/issues/12/comments"))
                .hasSize(4);
        assertThat(sleeps).contains(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4));
    }

    @Test
    void aConnectionResetIsRetried() {
        github.server.stubFor(get(urlPathEqualTo("/repos/club/seminars/issues")).atPriority(1)
                .inScenario("reset").whenScenarioStateIs(Scenario.STARTED).willSetStateTo("fine")
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

        PollReport report = runOnce();

        assertThat(report.problems()).isEmpty();
        assertThat(report.created()).isEqualTo(2);
    }

    @Test
    void aResetDuringACreateIsNotRetriedSoNothingIsPostedTwice() {
        github.server.stubFor(com.github.tomakehurst.wiremock.client.WireMock.post(
                        urlPathEqualTo("/repos/club/seminars/issues/12/comments")).atPriority(1)
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

        PollReport report = runOnce();

        assertThat(github.requests("POST")).filteredOn(r -> r.getUrl().endsWith("/12/comments")).hasSize(1);
        assertThat(report.problems()).singleElement().asString().startsWith("club/seminars#12: ")
                .contains("connection").doesNotContain("Exception");
    }

    @Test
    void aCreateWhoseAnswerBreaksOffMidBodyIsNotSentAgainByTheClientLibrary() {
        // GitHub took the POST (201 and headers sent), then the answer stalls longer than the read timeout:
        // github-api retries a SocketTimeoutException itself, for every method, unless we have read the body.
        github.server.stubFor(com.github.tomakehurst.wiremock.client.WireMock.post(
                        urlPathEqualTo("/repos/club/seminars/issues/12/comments")).atPriority(1)
                .willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json")
                        .withBody("{\"id\": 900777, \"body\": \"posted\"}")
                        .withTransformers(FakeGithub.StallMidBody.NAME)));

        PollReport report = runOnceTimingOutAfter(Duration.ofMillis(1500));

        assertThat(github.requests("POST")).filteredOn(r -> r.getUrl().endsWith("/12/comments")).hasSize(1);
        // A stalled body ends in a read timeout or in the connection closing, whichever the machine's timing makes
        // first: both are said in words, never as an exception class.
        assertThat(report.problems()).singleElement().asString().startsWith("club/seminars#12: ")
                .containsAnyOf("did not answer in time", "connection").doesNotContain("Exception");
        assertThat(report.created()).isEqualTo(1);
    }

    @Test
    void aListWhoseAnswerBreaksOffMidBodyIsRetriedByOurOwnBoundedBackoff() {
        github.server.stubFor(get(urlPathEqualTo("/repos/club/seminars/issues/12/comments")).atPriority(1)
                .inScenario("slow body").whenScenarioStateIs(Scenario.STARTED).willSetStateTo("fast again")
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withBody("[]").withTransformers(FakeGithub.StallMidBody.NAME)));

        PollReport report = runOnceTimingOutAfter(Duration.ofMillis(1500));

        assertThat(report.problems()).isEmpty();
        assertThat(report.created()).isEqualTo(2);
        assertThat(sleeps).contains(Duration.ofSeconds(1));
    }

    @Test
    void aBotLoginThatIsNotTheTokensAccountStopsAfterOneCreateAndTakesItBack() {
        // github.bot-login says "rsvp-app" but the token writes as "rsvp-bot": the bot would never recognise its
        // own summary and would post a new one on every run, forever.
        github.server.stubFor(com.github.tomakehurst.wiremock.client.WireMock.post(
                        urlPathMatching("/repos/club/seminars/issues/\\d+/comments")).atPriority(1)
                .willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json")
                        .withBody("{\"id\": 900555, \"body\": \"x\", \"user\": {\"login\": \"rsvp-bot\", \"type\": \"User\"},"
                                + " \"created_at\": \"2026-11-20T10:00:00Z\", \"updated_at\": \"2026-11-20T10:00:00Z\"}")));

        PollReport report;
        try (PollService poll = service("rsvp-app", List.of(FakeGithub.REPO))) {
            report = poll.run(false);
        }

        assertThat(posts()).hasSize(1);
        assertThat(github.requests("DELETE")).extracting(LoggedRequest::getUrl)
                .containsExactly("/repos/club/seminars/issues/comments/900555");
        assertThat(github.requests("PATCH")).isEmpty();
        assertThat(report.ok()).isFalse();
        assertThat(report.problems()).singleElement().asString()
                .contains("'rsvp-bot'", "github.bot-login is 'rsvp-app'", "set github.bot-login to 'rsvp-bot'");
    }

    @Test
    void aBotLoginMismatchStillStopsTheRunWhenTakingTheCommentBackFails() {
        github.server.stubFor(com.github.tomakehurst.wiremock.client.WireMock.delete(
                        urlPathMatching("/repos/club/seminars/issues/comments/\\d+")).atPriority(1)
                .willReturn(aResponse().withStatus(403).withHeader("Content-Type", "application/json")
                        .withBody("{\"message\":\"Resource not accessible by integration\"}")));

        PollReport report;
        try (PollService poll = service("rsvp-app", List.of(FakeGithub.REPO))) {
            report = poll.run(false);
        }

        assertThat(posts()).hasSize(1);
        assertThat(report.problems()).singleElement().asString()
                .contains("set github.bot-login to 'rsvp-bot'", "could not be deleted", "delete it by hand");
    }

    @Test
    void aNotFoundIsNeverServedFromTheCacheOnceTheRepositoryAppears() {
        var missing = github.server.stubFor(get(urlPathEqualTo("/repos/club/seminars")).atPriority(1)
                .willReturn(aResponse().withStatus(404).withHeader("ETag", "\"gone\"")
                        .withHeader("Cache-Control", "private, max-age=60").withBody("{\"message\":\"Not Found\"}")));
        assertThat(runOnce().problems()).singleElement().asString().contains("404");
        github.server.removeStubMapping(missing);
        github.clearJournal();

        PollReport report = runOnce();

        assertThat(report.problems()).isEmpty();
        assertThat(report.created()).isEqualTo(2);
        assertThat(github.requests("GET")).filteredOn(r -> r.getUrl().equals("/repos/club/seminars"))
                .singleElement().satisfies(r -> assertThat(r.containsHeader("If-None-Match")).as("404 was cached").isFalse());
    }

    private List<Long> botSummaryIds(int issue) {
        return github.comments(issue).stream()
                .filter(c -> c.get("user").get("login").asText().equals(FakeGithub.BOT))
                .filter(c -> SummaryMarker.isMarked(c.get("body").asText()))
                .map(c -> c.get("id").asLong()).toList();
    }
}
