package dev.rsvpbot.github;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.rsvpbot.config.DigestConfig;
import dev.rsvpbot.config.GithubConfig;
import dev.rsvpbot.config.RenderConfig;
import dev.rsvpbot.config.RsvpConfig;
import dev.rsvpbot.pipeline.DigestPipeline;
import dev.rsvpbot.render.DigestMarker;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code digest} against the fake GitHub: a season of seminar issues, open and closed, with replies
 * ({@code src/test/resources/github/season/README.md}); the whole output is compared with golden files under
 * {@code src/test/resources/digest/} (regenerate with {@code -Dgolden.update=true}, then review the diff).
 */
class DigestServiceTest {
    /** A Thursday: S3E7 was on Sunday the 15th, S3E8 is on Sunday the 22nd. */
    static final Instant NOW = Instant.parse("2026-11-19T12:00:00Z");
    private static final Path GOLDEN = Path.of("src/test/resources/digest");

    @TempDir
    Path cache;

    FakeGithub github;

    @BeforeEach
    void startGithub() {
        github = FakeGithub.start("season");
    }

    @AfterEach
    void stopGithub() {
        github.close();
    }

    static RsvpConfig config(FakeGithub github, Path cache, String language) {
        RsvpConfig d = RsvpConfig.defaults();
        DigestConfig dd = d.digest();
        return d.withGithub(PollServiceTest.config(github, cache, FakeGithub.BOT, List.of(FakeGithub.REPO)))
                .withRender(new RenderConfig(language))
                .withDigest(new DigestConfig("", 7, Duration.ofDays(14), 5, dd.deadlines()));
    }

    DigestService service(RsvpConfig config, Instant now) {
        DigestPipeline pipeline = new DigestPipeline(config);
        DigestComposer composer = (issues, bot, at) -> {
            DigestPipeline.Result r = pipeline.digest(issues, bot, at.minus(Duration.ofDays(config.digest().days())), at);
            return new ComposedDigest(r.digest().week(), r.body(), r.json(), r.digest().nothingNew());
        };
        return new DigestService(config.github(), config.digest(), GithubToken.of("ghp_testtoken"), composer, d -> { },
                Clock.fixed(now, ZoneOffset.UTC));
    }

    DigestReport run(String language, boolean post, Instant now) {
        try (DigestService service = service(config(github, cache, language), now)) {
            DigestReport report = service.run(post);
            github.applyWrites();
            return report;
        }
    }

    @Test
    void eachSectionTellsTheChairTheWeek() {
        DigestReport report = run("en", false, NOW);

        assertThat(report.problems()).isEmpty();
        ComposedDigest digest = report.digest().orElseThrow();
        String body = digest.body();
        assertThat(digest.week()).isEqualTo("2026-W47");
        assertThat(DigestMarker.isIntact(body)).isTrue();
        // The next seminar, planned by the open minutes of S3E7, with a link to its summary.
        assertThat(body).contains("### Next seminar: S3E8", "2026-11-22 (Sun) | 15:00",
                "Oral 1/1 · Posters 2/4", "[the summary](https://github.com/club/seminars/issues/23#issuecomment-7008)");
        // Waiting on the chair: the correction, the companion without a presenter, the refused command, each linked.
        assertThat(body).contains("**Correction to the minutes** @[carol](https://github.com/carol)",
                "**Companion without a presenter** @[erin](https://github.com/erin)",
                "**Command not applied** @[dave](https://github.com/dave)",
                "issues/23#issuecomment-7003", "issues/23#issuecomment-7005", "issues/23#issuecomment-7007");
        // Deadlines: S3E7's minutes came out in time; S3E8's announcement is due Friday 15:00 (club time).
        assertThat(body).contains("- Minutes of S3E7: done 2026-11-16 20:00 (due 2026-11-17 15:00)",
                "- Announcement of S3E8: due 2026-11-20 15:00");
        // People: grace is new (referred by bob); frank is back after two weeks.
        assertThat(body).contains("@[grace](https://github.com/grace), referred by @[bob](https://github.com/bob)",
                "### Back after a while", "@[frank](https://github.com/frank) (last reply before this: 2026-11-02)");
        // The season: the minutes of S3E5-S3E7 (closed ones too) and S3E8's sign-ups; chart and table.
        assertThat(body).contains("```mermaid\nxychart-beta", "x-axis [\"S3E5\", \"S3E6\", \"S3E7\", \"S3E8\"]",
                "| S3E5 | 2026-11-01 (Sun) | 1 | 2 | 8 | minutes |", "| S3E7 | 2026-11-15 (Sun) | 1 | 3 | 6 | minutes |",
                "| S3E8 | 2026-11-22 (Sun) | 1 | 2 |", "sign-ups |",
                "**Presented most this season**: @[alice](https://github.com/alice) (3)");
        // Nobody is notified by the digest.
        assertThat(body).doesNotContainPattern("(?<!\\[)@[a-z]");
        // Season 2's issue is listed, but its comments are never read.
        assertThat(github.requests("GET")).extracting(LoggedRequest::getUrl).noneMatch(u -> u.contains("/issues/10/"));
        assertThat(github.writes()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"zh, season-zh.md, season-zh.json", "en, season-en.md, season-en.json"})
    void goldenFilesInBothLanguages(String language, String markdown, String json) {
        ComposedDigest digest = run(language, false, NOW).digest().orElseThrow();

        assertGolden(markdown, digest.body());
        assertGolden(json, digest.json());
    }

    @Test
    void postCreatesTheWeeksCommentOnceAndEditsOnlyOnChange() {
        DigestReport first = run("en", true, NOW);
        assertThat(first.action()).isEqualTo(DigestReport.Action.CREATED);
        assertThat(first.target()).isEqualTo("club/seminars#23");
        assertThat(digestsOn(23)).hasSize(1);

        github.clearJournal();
        DigestReport again = run("en", true, NOW.plusSeconds(3600));
        assertThat(again.action()).isEqualTo(DigestReport.Action.UNCHANGED);
        assertThat(github.writes()).isEmpty();

        github.clearJournal();
        github.addComment(23, "heidi", "Poster: Graph networks for timetables https://arxiv.org/abs/1806.01261");
        github.publish();
        DigestReport changed = run("en", true, NOW.plusSeconds(7200));
        assertThat(changed.action()).isEqualTo(DigestReport.Action.EDITED);
        assertThat(github.writes()).extracting(r -> r.getMethod().getName()).containsExactly("PATCH");
        assertThat(digestsOn(23)).hasSize(1).first().asString().contains("Posters 3/4");
    }

    @Test
    void twoRacingDigestsOfOneWeekLeaveTheOldest() {
        run("en", true, NOW);
        String body = digestsOn(23).get(0);
        github.addComment(23, FakeGithub.BOT, body);
        github.publish();
        github.clearJournal();

        run("en", true, NOW);

        assertThat(github.writes()).extracting(r -> r.getMethod().getName()).containsExactly("DELETE");
        assertThat(digestsOn(23)).hasSize(1);
    }

    @Test
    void aNewWeekGetsItsOwnCommentAndAQuietWeekWritesNothing() {
        run("en", true, NOW);
        github.clearJournal();

        // Ten days later, in week 49, nothing changed since the 19th: nothing is posted.
        DigestReport quiet = run("en", true, NOW.plus(Duration.ofDays(10)));
        assertThat(quiet.action()).isEqualTo(DigestReport.Action.NOTHING_NEW);
        assertThat(github.writes()).isEmpty();

        // A reply in week 48: that week's digest is a new comment beside week 47's.
        github.addComment(23, "ivan", "Poster: Diffusion models https://arxiv.org/abs/2006.11239");
        github.publish();
        DigestReport next = run("en", true, Instant.parse("2026-11-24T12:00:00Z"));
        assertThat(next.action()).isEqualTo(DigestReport.Action.CREATED);
        assertThat(digestsOn(23)).extracting(b -> DigestMarker.weekOf(b).orElseThrow())
                .containsExactly("2026-W47", "2026-W48");
    }

    @Test
    void aConfiguredDigestIssueHoldsTheDigest() {
        RsvpConfig config = config(github, cache, "en");
        config = config.withDigest(new DigestConfig(FakeGithub.REPO + "#21", 7, Duration.ofDays(14), 5,
                DigestConfig.Deadlines.none(config.digest().deadlines().announcementTitles())));
        DigestReport report;
        try (DigestService service = service(config, NOW)) {
            report = service.run(true);
        }
        github.applyWrites();

        assertThat(report.target()).isEqualTo("club/seminars#21");
        assertThat(digestsOn(21)).hasSize(1).first().asString().contains("No deadline to watch");
        assertThat(digestsOn(23)).isEmpty();
    }

    @Test
    void aWarmWeeklyRunIsServedFromTheCache() {
        DigestReport cold = run("en", false, NOW);
        github.clearJournal();
        DigestReport warm = run("en", false, NOW);

        assertThat(cold.http().rateLimitCost()).isPositive();
        assertThat(warm.http().requests()).isEqualTo(cold.http().requests());
        assertThat(warm.http().rateLimitCost()).isZero();
        assertThat(warm.digest().orElseThrow().body()).isEqualTo(cold.digest().orElseThrow().body());
    }

    private List<String> digestsOn(int issue) {
        return github.comments(issue).stream()
                .filter(c -> c.get("user").get("login").asText().equals(FakeGithub.BOT))
                .map(c -> c.get("body").asText())
                .filter(b -> DigestMarker.weekOf(b).isPresent())
                .toList();
    }

    private static void assertGolden(String name, String actual) {
        Path file = GOLDEN.resolve(name);
        try {
            if (Boolean.getBoolean("golden.update")) {
                Files.writeString(file, actual, StandardCharsets.UTF_8);
            }
            assertThat(file).as("golden file %s (regenerate with -Dgolden.update=true, then review the diff)", file).exists();
            assertThat(actual).isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
