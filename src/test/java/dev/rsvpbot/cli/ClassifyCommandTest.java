package dev.rsvpbot.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ClassifyCommandTest {
    @Test
    void textIsExplainedLabelByLabelWithTheTalk() {
        CliRun run = CliRun.withStdin("", "classify", "下次 oral，讲 EMANet");
        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).contains("labels: ORAL").contains("lexicon:oral \"oral\"").contains("talk: \"EMANet\"");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void jsonLinesInGiveOneObjectPerLineOut() {
        CliRun run = CliRun.withStdin("{\"id\": \"c1\", \"body\": \"poster\"}\n{\"id\": 2, \"body\": \"这周来不了\"}\n", "classify", "--jsonl");
        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        String[] lines = run.out().split("\n");
        assertThat(lines).hasSize(2);
        assertThat(lines[0]).startsWith("{\"id\":\"c1\",\"labels\":[\"POSTER\"]");
        assertThat(lines[1]).startsWith("{\"id\":2,\"labels\":[\"WITHDRAW\"]");
    }

    @Test
    void aBadLineMeansExitOneWithTheLineNamedOnStderr() {
        CliRun run = CliRun.withStdin("{\"id\": 1, \"body\": \"oral\"}\n\n[]\n{\"id\": 3, \"body\": \"P\"}\n", "classify", "--jsonl");
        assertThat(run.exitCode()).isEqualTo(ExitCode.FAILED);
        String[] lines = run.out().split("\n");
        assertThat(lines).hasSize(3);
        assertThat(lines[1]).startsWith("{\"line\":3,\"error\":");
        assertThat(run.err()).startsWith("[ERROR] 1 input line(s) were not reply objects (line 3)");
    }

    @Test
    void withAnIssueTheTextIsReadInThatThread(@TempDir Path dir) throws Exception {
        Path issue = dir.resolve("issue.json");
        Files.writeString(issue, "{\"number\": 3, \"title\": \"课程登记\", \"body\": \"请回复：\\n1. 姓名\\n2. 是否参加【是/否】\","
                + " \"user\": {\"login\": \"teacher\"}, \"created_at\": \"2026-11-01T00:00:00Z\"}");
        CliRun run = CliRun.withStdin("", "classify", "--issue", issue.toString(), "1. 姓名：张三");
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).startsWith("thread: sign-up, questions [DETAILS, ATTENDANCE]\nlabels: ATTEND\n")
                .contains("thread:answer 1 (details)");
    }

    @Test
    void aMissingIssueFileOrIssueWithJsonLinesIsAUsageError(@TempDir Path dir) {
        CliRun missing = CliRun.withStdin("", "classify", "--issue", dir.resolve("none.json").toString(), "P");
        assertThat(missing.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(missing.err()).startsWith("[ERROR] ").contains("none.json").contains("no such file");
        CliRun both = CliRun.withStdin("{\"id\": 1, \"body\": \"P\"}\n", "classify", "--jsonl", "--issue", dir.resolve("x.json").toString());
        assertThat(both.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(both.err()).contains("--issue goes with TEXT");
        assertThat(both.out()).isEmpty();
    }

    @Test
    void extraCuesFromTheConfigAreUsed(@TempDir Path dir) throws Exception {
        Path config = dir.resolve("rsvp-bot.yml");
        Files.writeString(config, "classify:\n  extra-cues:\n    withdraw: [\"溜了\"]\n");
        CliRun run = CliRun.withStdin("", "classify", "--config", config.toString(), "溜了溜了");
        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).startsWith("labels: WITHDRAW");
    }

    @Test
    void anUnknownCueCategoryIsAConfigurationErrorListingTheValidOnes(@TempDir Path dir) throws Exception {
        Path config = dir.resolve("rsvp-bot.yml");
        Files.writeString(config, "classify:\n  extra-cues:\n    orals: [\"大讲\"]\n");
        CliRun run = CliRun.withStdin("{\"id\": 1, \"body\": \"oral\"}\n", "classify", "--jsonl", "--config", config.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).startsWith("[ERROR] ").contains(config + ":3").contains("orals").contains("oral, poster");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void aFailingStdinIsExitOneAfterTheLinesReadSoFar() {
        java.io.InputStream failing = new java.io.SequenceInputStream(
                new ByteArrayInputStream("{\"id\": 1, \"body\": \"poster\"}\n".getBytes(StandardCharsets.UTF_8)),
                new java.io.InputStream() {
                    @Override
                    public int read() throws java.io.IOException {
                        throw new java.io.IOException("connection reset");
                    }
                });
        CliRun run = CliRun.run(failing, Map.of(), "classify", "--jsonl");
        assertThat(run.exitCode()).isEqualTo(ExitCode.FAILED);
        assertThat(run.out()).startsWith("{\"id\":1,\"labels\":[\"POSTER\"]");
        assertThat(run.err()).startsWith("[ERROR] cannot read the JSON Lines on stdin: connection reset");
    }

    @Test
    void nothingToClassifyIsAUsageError() {
        CliRun run = CliRun.withStdin("", "classify");
        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).startsWith("[ERROR] nothing to classify");
    }

    @Test
    void helpListsTheLexiconCategories() {
        CliRun run = CliRun.withStdin("", "classify", "--help");
        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).contains("--jsonl").contains("Lexicon categories").contains("withdraw");
    }
}
