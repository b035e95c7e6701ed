package dev.rsvpbot.github;

/** The GitHub connection cannot even start (no token, unreadable token file, bad cache directory). Exit code 2. */
public final class GithubSetupException extends RuntimeException {
    public GithubSetupException(String message) {
        super(message);
    }
}
