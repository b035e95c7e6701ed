package dev.rsvpbot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@code digest} in-process: offline from the bundled example, and the usage errors (exit 2, nothing written). */
class DigestCommandTest {
    private static final String THREAD = "examples/issue.json,examples/comments.json";

    @Test
    void theExampleThreadGivesTheDigestOfItsWeekOffline() {
        CliRun run = CliRun.run("digest", "--thread", THREAD, "--since", "2019-09-15", "--now", "2019-09-18T12:00:00Z");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("<!-- rsvp-bot:digest week=2019-W38 sha256=")
                .contains("### 下次沙龙：S3E7", "```mermaid\nxychart-beta", "| S3E6 | 2019-09-15（周日） |");
    }

    @Test
    void jsonCarriesTheSameData() {
        CliRun run = CliRun.run("digest", "--thread", THREAD, "--days", "3", "--now", "2019-09-18T12:00:00Z",
                "--format", "json");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("\"week\" : \"2019-W38\"", "\"episode\" : \"S3E7\"", "\"season\" : [");
    }

    @Test
    void usageErrorsExitTwo() {
        assertThat(CliRun.run("digest", "--thread", THREAD, "--post").exitCode()).isEqualTo(2);
        assertThat(CliRun.run("digest", "--thread", "examples/issue.json").exitCode()).isEqualTo(2);
        assertThat(CliRun.run("digest", "--thread", THREAD, "--since", "2019-13-01").exitCode()).isEqualTo(2);
        assertThat(CliRun.run("digest", "--days", "3", "--since", "2019-09-15").exitCode()).isEqualTo(2);
        assertThat(CliRun.run("digest", "--thread", THREAD, "--now", "yesterday").exitCode()).isEqualTo(2);
    }
}
