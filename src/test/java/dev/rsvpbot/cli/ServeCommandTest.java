package dev.rsvpbot.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** serve's refusals, run in-process: each exits 2 before anything starts or is written. */
class ServeCommandTest {
    @TempDir
    Path dir;

    private static CliRun run(String... args) {
        return runWith(Map.of("GITHUB_TOKEN", "test-token"), args);
    }

    private static CliRun runWith(Map<String, String> environment, String... args) {
        return CliRun.withEnvironment(environment, args);
    }

    @Test
    void aBadCronOptionIsNamedWithItsOriginAndExitsTwo() {
        Path cache = dir.resolve("cache");

        CliRun run = run("serve", "--config", "config/rsvp-bot.yml", "--cache-dir", cache.toString(), "--cron", "*/5 * * * *");

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).startsWith("[ERROR] ").contains("'*/5 * * * *'", "from --cron", "'0 */10 * * * ?'");
        assertThat(cache).doesNotExist();
    }

    @Test
    void aBadCronInTheConfigNamesTheKeyAndFileAndExitsTwo() throws Exception {
        Path config = dir.resolve("club.yml");
        Files.writeString(config, "schedule:\n  poll-cron: \"every ten minutes\"\n");

        CliRun run = run("serve", "--config", config.toString(), "--cache-dir", dir.resolve("cache").toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).startsWith("[ERROR] ").contains("club.yml", "poll-cron", "every ten minutes");
        assertThat(dir.resolve("cache")).doesNotExist();
    }

    @Test
    void aBadCronIsReportedEvenBeforeTheMissingToken() {
        CliRun run = runWith(Map.of(), "serve", "--config", "config/rsvp-bot.yml", "--cron", "nope");

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("'nope'", "from --cron").doesNotContain("token");
    }

    @Test
    void aMissingTokenIsAUsageErrorThatSaysWhatToSet() {
        CliRun run = runWith(Map.of(), "serve", "--config", "config/rsvp-bot.yml", "--cache-dir", dir.resolve("cache").toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).startsWith("[ERROR] ").contains("GITHUB_TOKEN");
        assertThat(dir.resolve("cache")).doesNotExist();
    }

    @Test
    void aMissingTokenLeavesNoSchedulerThreadBehind() {
        java.util.Set<Thread> before = schedulerThreads();

        CliRun run = runWith(Map.of(), "serve", "--config", "config/rsvp-bot.yml", "--cache-dir", dir.resolve("cache").toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(schedulerThreads()).isSubsetOf(before);
    }

    private static java.util.Set<Thread> schedulerThreads() {
        return Thread.getAllStackTraces().keySet().stream().filter(Thread::isAlive)
                .filter(t -> t.getName().startsWith("rsvp-bot-")).collect(java.util.stream.Collectors.toSet());
    }

    @Test
    void aHealthPortOutOfRangeIsAUsageError() {
        CliRun run = run("serve", "--config", "config/rsvp-bot.yml", "--health-port", "70000");

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("[ERROR] --health-port 70000");
    }

    @Test
    void helpShowsTheScheduleOptions() {
        CliRun run = run("serve", "--help");

        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).contains("--cron=EXPR", "--health-port=PORT", "--api-url=URL", "--repo=OWNER/NAME",
                "--cache-dir=DIR", "--shutdown-timeout");
    }
}
