package dev.rsvpbot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.rsvpbot.github.FakeGithub;
import dev.rsvpbot.render.SummaryMarker;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real command, in-process, against the fake GitHub, with the real summary pipeline. */
class PollCommandTest {
    private static final Map<String, String> WITH_TOKEN = Map.of("GITHUB_TOKEN", "ghp_cliTestToken");

    @TempDir
    Path cache;

    FakeGithub github;

    @BeforeEach
    void start() {
        github = FakeGithub.start("seminar");
    }

    @AfterEach
    void stop() {
        github.close();
    }

    CliRun poll(Map<String, String> env, String... extra) {
        Path config = cache.resolve("rsvp-bot.yml");
        try {
            // Short write spacing keeps the test fast; everything else is the built-in configuration.
            java.nio.file.Files.writeString(config, "github:\n  write-interval: 10ms\n");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        List<String> args = new ArrayList<>(List.of("poll", "--config", config.toString(),
                "--repo", FakeGithub.REPO, "--cache-dir", cache.toString()));
        List<String> more = List.of(extra);
        if (!more.contains("--api-url")) {
            args.addAll(List.of("--api-url", github.apiUrl().toString()));
        }
        args.addAll(more);
        return CliRun.withEnvironment(env, args.toArray(String[]::new));
    }

    @Test
    void withoutATokenItSaysWhichVariableToSetAndExitsTwoWithoutARequest() {
        CliRun run = poll(Map.of());

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).isEqualTo("[ERROR] No GitHub token: set GITHUB_TOKEN to a token, or GITHUB_TOKEN_FILE"
                + " to the path of a file that holds one." + System.lineSeparator());
        assertThat(github.requestCount()).isZero();
    }

    @Test
    void theRealPipelinePostsOneSummaryAndTheNextRunWritesNothing() {
        CliRun first = poll(WITH_TOKEN);

        assertThat(first.exitCode()).as(first.err()).isEqualTo(ExitCode.OK);
        assertThat(first.out()).contains("club/seminars#12 Season 3, seminar 6: minutes and RSVP: created the summary comment",
                "2 seminar issues: 2 created");
        List<LoggedRequest> posts = github.requests("POST");
        assertThat(posts).hasSize(2);
        String body = FakeGithub.bodyOf(posts.get(1));
        assertThat(SummaryMarker.isMarked(body)).isTrue();
        assertThat(body).contains("alice", "Attention Is All You Need", "bob");

        github.clearJournal();
        CliRun second = poll(WITH_TOKEN);
        assertThat(second.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(github.writes()).isEmpty();
        assertThat(second.out()).contains("nothing new since the last run");
    }

    @Test
    void aDryRunPrintsTheMarkdownItWouldPostAndWritesNothing() {
        CliRun run = poll(WITH_TOKEN, "--dry-run");

        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).contains("would create the summary comment", "<!-- rsvp-bot:summary sha256=", "dry run, 2 seminar issues");
        assertThat(github.writes()).isEmpty();
    }

    @Test
    void aMissingRepositoryIsNamedOnStderrAndExitsOne() {
        CliRun run = poll(WITH_TOKEN, "--repo", "club/gone");

        assertThat(run.exitCode()).isEqualTo(ExitCode.FAILED);
        assertThat(run.err()).contains("[ERROR] club/gone: not found (404)");
        assertThat(run.out()).contains("club/seminars#12");
    }

    @Test
    void aRepositoryNameWithoutOwnerIsAUsageError() {
        CliRun run = poll(WITH_TOKEN, "--repo", "seminars");

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("--repo seminars: write it as OWNER/NAME");
        assertThat(github.requestCount()).isZero();
    }

    @Test
    void anApiUrlThatIsNotHttpIsAUsageError() {
        CliRun run = poll(WITH_TOKEN, "--api-url", "api.github.com");

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("--api-url api.github.com: give the REST API root as an http(s) URL");
        assertThat(github.requestCount()).isZero();
    }

    @Test
    void aConfigurationWithNoRepositoryIsAUsageErrorNotAQuietSuccess() throws Exception {
        Path config = cache.resolve("no-repos.yml");
        java.nio.file.Files.writeString(config, "github:\n  repos: []\n");
        CliRun run = CliRun.withEnvironment(WITH_TOKEN, "poll", "--config", config.toString(),
                "--api-url", github.apiUrl().toString(), "--cache-dir", cache.resolve("http").toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).startsWith("[ERROR] ").contains("github.repos", "--repo");
        assertThat(github.requestCount()).isZero();
    }

    @Test
    void verboseOutputNeverShowsTheToken() {
        CliRun run = poll(WITH_TOKEN, "--verbose", "--repo", "club/gone");

        assertThat(run.out() + run.err()).doesNotContain("ghp_cliTestToken");
    }
}
