package dev.rsvpbot.github;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GithubTokenTest {
    @Test
    void noTokenAtAllNamesBothVariables() {
        assertThatThrownBy(() -> GithubToken.fromEnvironment(Map.of("HOME", "/root")))
                .isInstanceOf(GithubSetupException.class)
                .hasMessage("No GitHub token: set GITHUB_TOKEN to a token, or GITHUB_TOKEN_FILE to the path of a file that holds one.");
    }

    @Test
    void theVariableWinsOverTheFile(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("token"), "from-file\n");
        GithubToken token = GithubToken.fromEnvironment(Map.of("GITHUB_TOKEN", " direct ", "GITHUB_TOKEN_FILE", file.toString()));
        assertThat(token.value()).isEqualTo("direct");
    }

    @Test
    void theFileIsReadAndItsNewlineDropped(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("token"), "ghs_fromfile\n");
        assertThat(GithubToken.fromEnvironment(Map.of("GITHUB_TOKEN_FILE", file.toString())).value()).isEqualTo("ghs_fromfile");
    }

    @Test
    void aMissingOrEmptyFileIsNamed(@TempDir Path dir) throws Exception {
        Path missing = dir.resolve("nope");
        assertThatThrownBy(() -> GithubToken.fromEnvironment(Map.of("GITHUB_TOKEN_FILE", missing.toString())))
                .hasMessageContaining("Cannot read GITHUB_TOKEN_FILE=" + missing);
        Path empty = Files.writeString(dir.resolve("empty"), "  \n");
        assertThatThrownBy(() -> GithubToken.fromEnvironment(Map.of("GITHUB_TOKEN_FILE", empty.toString())))
                .hasMessageContaining("is empty");
    }

    @Test
    void aTokenPutInTheFileVariableByMistakeIsNotEchoedInTheError() {
        String token = "ghp_R3alTokenPastedIntoTheWrongVariable0123";

        assertThatThrownBy(() -> GithubToken.fromEnvironment(Map.of("GITHUB_TOKEN_FILE", token)))
                .isInstanceOf(GithubSetupException.class)
                .hasMessageNotContaining(token)
                .hasMessageContaining("GITHUB_TOKEN_FILE")
                .hasMessageContaining("GITHUB_TOKEN");
    }

    @Test
    void itsTextNeverShowsTheValue() {
        assertThat(GithubToken.of("ghp_secret").toString()).doesNotContain("ghp_secret");
    }
}
