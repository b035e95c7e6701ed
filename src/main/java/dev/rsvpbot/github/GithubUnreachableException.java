package dev.rsvpbot.github;

import java.io.IOException;

/**
 * A network failure after our own retries. Deliberately not a {@link java.net.SocketException}: github-api
 * retries those itself, even for a POST, which could post a comment twice.
 */
final class GithubUnreachableException extends IOException {
    GithubUnreachableException(String message, IOException cause) {
        super(message, cause);
    }
}
