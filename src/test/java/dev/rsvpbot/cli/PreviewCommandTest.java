package dev.rsvpbot.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rsvpbot.render.SummaryMarker;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class PreviewCommandTest {
    private static final String ISSUE = "examples/issue.json";
    private static final String COMMENTS = "examples/comments.json";

    @Test
    void printsTheMarkedCommentForTheExampleThread() {
        CliRun run = CliRun.run("preview", "--issue", ISSUE, "--comments", COMMENTS);

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.OK);
        assertThat(SummaryMarker.isMarked(run.out())).isTrue();
        assertThat(run.out()).contains("## S3E7", "| 1 | 范弘炜 @[hwfan](https://github.com/hwfan) |");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void jsonHasTheFieldsInterfaceMdPromises() throws Exception {
        CliRun run = CliRun.run("preview", "--issue", ISSUE, "--comments", COMMENTS, "--format", "json");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.OK);
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json.path("oral").get(0).fieldNames()).toIterable().contains("login", "title", "url");
        assertThat(json.path("poster").get(0).fieldNames()).toIterable().contains("login", "title", "url");
        assertThat(json.path("waitlist").get(0).fieldNames()).toIterable().contains("login", "kind");
        assertThat(json.path("attendees").get(0).fieldNames()).toIterable().contains("login", "with");
        assertThat(json.path("newcomers").get(0).fieldNames()).toIterable().contains("login", "referrer", "bio");
        assertThat(json.path("corrections").get(0).fieldNames()).toIterable().contains("login", "comment");
        assertThat(json.path("corrections").get(0).path("comment").isIntegralNumber()).isTrue();
        assertThat(json.path("review").get(0).fieldNames()).toIterable().contains("login", "comment", "reason");
        assertThat(json.path("agenda").path("date").asText()).isEqualTo("2019-09-22");
        assertThat(json.path("agenda").path("track").asText()).isEqualTo("NLP");
        assertThat(json.path("agenda").path("slots").get(0).fieldNames()).toIterable().contains("start", "minutes", "what");
        assertThat(json.path("agenda").path("slots").get(0).path("start").asText()).isEqualTo("15:00");
    }

    @Test
    void englishComesFromTheConfig(@TempDir Path dir) throws Exception {
        Path config = dir.resolve("rsvp-bot.yml");
        Files.writeString(config, "render:\n  language: en\n");

        CliRun run = CliRun.run("preview", "--config", config.toString(), "--issue", ISSUE, "--comments", COMMENTS);

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).contains("## Seminar S3E7 sign-ups (draft)");
    }

    @Test
    void brokenJsonExitsTwoNamingTheFile(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("comments.json");
        Files.writeString(bad, "[{\"id\": 1,");

        CliRun run = CliRun.run("preview", "--issue", ISSUE, "--comments", bad.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).startsWith("[ERROR] " + bad + ": not valid JSON at line 1");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void swappedFilesExitTwoSayingWhatWasExpected() {
        CliRun run = CliRun.run("preview", "--issue", COMMENTS, "--comments", ISSUE);

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("[ERROR] " + COMMENTS + ": expected an issue object, found array");
    }

    @Test
    void aMissingFileExitsTwo() {
        CliRun run = CliRun.run("preview", "--issue", "no/such/issue.json", "--comments", COMMENTS);

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("[ERROR] no/such/issue.json: no such file");
    }

    @Test
    void anUnknownFormatIsAUsageError() {
        CliRun run = CliRun.run("preview", "--issue", ISSUE, "--comments", COMMENTS, "--format", "html");

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).startsWith("[ERROR] ").contains("html");
    }
}
