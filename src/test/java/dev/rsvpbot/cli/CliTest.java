package dev.rsvpbot.cli;

import dev.rsvpbot.config.ConfigLoader;
import dev.rsvpbot.config.RsvpConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class CliTest {

    @Test
    void helpListsTheCommandsAndExitsZero() {
        CliRun run = CliRun.run("--help");
        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).contains("rsvp-bot", "config");
    }

    @Test
    void versionNamesTheProgram() {
        CliRun run = CliRun.run("--version");
        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).startsWith("rsvp-bot ");
    }

    @Test
    void anUnknownCommandIsAUsageErrorWithOneErrorLine() {
        CliRun run = CliRun.run("frobnicate");
        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).startsWith("[ERROR] ").contains("frobnicate");
    }

    @Test
    void noCommandAtAllIsAUsageError() {
        CliRun run = CliRun.run();
        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("[ERROR] Missing command");
    }

    @Test
    void aBadConfigListsEveryProblemAndExitsTwoWithoutStackTrace(@TempDir Path dir) throws Exception {
        Path config = dir.resolve("rsvp-bot.yml");
        Files.writeString(config, "agenda:\n  orals: many\nrender:\n  language: fr\n");
        CliRun run = CliRun.run("config", "--config", config.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err())
                .contains("[ERROR] " + config + ":2: agenda.orals: must be a whole number")
                .contains(config + ":4: render.language: must be zh or en")
                .doesNotContain("at dev.rsvpbot");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void verboseShowsTheStackTraceOfAnError(@TempDir Path dir) throws Exception {
        Path config = dir.resolve("rsvp-bot.yml");
        Files.writeString(config, "agenda:\n  orals: many\n");
        CliRun run = CliRun.run("config", "--verbose", "--config", config.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("[ERROR] ").contains("at dev.rsvpbot.config.ConfigLoader");
    }

    @Test
    void configPrintsTheConfigurationInEffectAsYamlThatLoadsBack(@TempDir Path dir) throws Exception {
        Path custom = dir.resolve("custom.yml");
        Files.writeString(custom, "agenda:\n  orals: 2\n  room: A-101\ngithub:\n  cache-dir: /var/cache/rsvp\n");
        CliRun run = CliRun.run("config", "--config", custom.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).contains("BUPT/ai-ml.club", "Asia/Shanghai", "A-101");
        RsvpConfig reloaded = ConfigLoader.parse(run.out(), "printed.yml");
        assertThat(reloaded).isEqualTo(ConfigLoader.load(custom));
    }
}
