package dev.rsvpbot.github;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * The GitHub token, read from {@code GITHUB_TOKEN} or from the file named by {@code GITHUB_TOKEN_FILE}.
 *
 * <p>Its {@link #toString()} never shows the value, so a token that slips into a log line or an error
 * message stays hidden.
 */
public final class GithubToken {
    static final String VARIABLE = "GITHUB_TOKEN";
    static final String FILE_VARIABLE = "GITHUB_TOKEN_FILE";

    private final String value;

    private GithubToken(String value) {
        this.value = value;
    }

    /**
     * Reads the token from the given environment: {@code GITHUB_TOKEN} wins over {@code GITHUB_TOKEN_FILE}.
     *
     * @throws GithubSetupException naming the variable to set when neither gives a token
     */
    public static GithubToken fromEnvironment(Map<String, String> env) {
        String direct = env.getOrDefault(VARIABLE, "").strip();
        if (!direct.isEmpty()) {
            return new GithubToken(direct);
        }
        String file = env.getOrDefault(FILE_VARIABLE, "").strip();
        if (file.isEmpty()) {
            throw new GithubSetupException("No GitHub token: set " + VARIABLE + " to a token, or "
                    + FILE_VARIABLE + " to the path of a file that holds one.");
        }
        String content;
        try {
            content = Files.readString(Path.of(file)).strip();
        } catch (IOException e) {
            throw new GithubSetupException("Cannot read " + FILE_VARIABLE + "=" + shownPath(file) + " ("
                    + e.getClass().getSimpleName() + "): point it at a readable file that holds the token"
                    + " (a token itself goes in " + VARIABLE + ").");
        }
        if (content.isEmpty()) {
            throw new GithubSetupException(FILE_VARIABLE + "=" + file + " is empty: put the token in it.");
        }
        return new GithubToken(content);
    }

    /**
     * The path as given when it looks like one; a value without any path separator may be the token itself, pasted
     * into the wrong variable, so it is not echoed.
     */
    private static String shownPath(String file) {
        return file.contains("/") || file.contains("\\") ? file : "(a value without '/', not shown)";
    }

    /** For tests and embedding: a token given directly. */
    public static GithubToken of(String value) {
        if (value == null || value.isBlank()) {
            throw new GithubSetupException("The GitHub token is empty: set " + VARIABLE + ".");
        }
        return new GithubToken(value.strip());
    }

    String value() {
        return value;
    }

    @Override
    public String toString() {
        return "GithubToken[hidden]";
    }
}
