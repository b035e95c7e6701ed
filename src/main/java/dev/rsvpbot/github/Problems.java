package dev.rsvpbot.github;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.util.Optional;
import org.kohsuke.github.HttpException;

/** Turns what went wrong into a sentence that names the repository, the cause and what to do next. */
final class Problems {
    private Problems() {
    }

    /** The rate-limit stop hidden in the cause chain, if that is what happened: it ends the whole run. */
    static Optional<RateLimitedException> rateLimit(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof RateLimitedException r) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    /** A rate limit or a wrong bot login: the rest of the run would fail (or post) the same way. */
    static boolean stopsRun(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof WrongBotLoginException) {
                return true;
            }
        }
        return rateLimit(t).isPresent();
    }

    static String describe(String where, Throwable t) {
        Optional<RateLimitedException> limit = rateLimit(t);
        if (limit.isPresent()) {
            return where + ": " + limit.get().getMessage();
        }
        if (t instanceof WrongBotLoginException) {
            return where + ": " + t.getMessage();
        }
        int status = status(t);
        return switch (status) {
            case 401 -> where + ": GitHub rejected the token (401 Bad credentials). Check GITHUB_TOKEN or"
                    + " GITHUB_TOKEN_FILE: the token may be mistyped, expired or revoked.";
            case 403 -> where + ": the token has no access (403" + gitHubMessage(t) + "). Give it read and write"
                    + " access to issues of this repository (fine-grained: Issues read/write; classic: repo scope).";
            case 404 -> where + ": not found (404). Check the name in --repo or github.repos, and that the token"
                    + " can see the repository (private repositories answer 404 to tokens without access).";
            case 410 -> where + ": issues are disabled or the issue was deleted (410).";
            case 422 -> where + ": GitHub refused the write (422" + gitHubMessage(t) + ").";
            default -> status > 0
                    ? where + ": GitHub answered HTTP " + status + gitHubMessage(t) + "."
                    : where + ": " + networkCause(t) + (rootCause(t) instanceof IOException
                    ? ". Check github.api-url and the network; the next run retries."
                    : ". This is a bug in rsvp-bot: run with --verbose for the stack trace and report it.");
        };
    }

    static int status(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof HttpException h && h.getResponseCode() > 0) {
                return h.getResponseCode();
            }
            if (c instanceof FileNotFoundException) {
                return 404;
            }
        }
        return -1;
    }

    /** GitHub's own "message" field, when the error carries one; never request headers. */
    private static String gitHubMessage(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            String text = c.getMessage() == null ? "" : c.getMessage();
            int at = text.indexOf("\"message\"");
            if (at < 0) {
                continue;
            }
            int open = text.indexOf('"', text.indexOf(':', at) + 1);
            int close = open < 0 ? -1 : text.indexOf('"', open + 1);
            if (open >= 0 && close >= 0) {
                return ": " + text.substring(open + 1, close);
            }
        }
        return "";
    }

    private static Throwable rootCause(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root;
    }

    /**
     * What failed, in words: the exception's class and message are for developers and appear only under
     * {@code --verbose} (the callers log the exception at debug level).
     */
    static String networkCause(Throwable t) {
        Throwable root = rootCause(t);
        if (!(root instanceof IOException)) {
            // A bug, not the network: the class is what a bug report needs first.
            return "unexpected error (" + root.getClass().getSimpleName() + ")";
        }
        String message = root.getMessage() == null ? "" : root.getMessage().toLowerCase(java.util.Locale.ROOT);
        if (root instanceof java.net.UnknownHostException) {
            return "could not reach GitHub: the host name in github.api-url was not found";
        }
        if (root instanceof java.net.ConnectException) {
            return "could not reach GitHub: nothing answered at github.api-url (connection refused)";
        }
        if (root instanceof java.net.SocketTimeoutException || root instanceof java.io.InterruptedIOException) {
            return "GitHub did not answer in time";
        }
        if (root instanceof javax.net.ssl.SSLException) {
            return "could not set up a secure connection to GitHub (TLS)";
        }
        if (root instanceof java.io.EOFException || message.contains("unexpected end of stream")) {
            return "GitHub closed the connection before the answer was complete (it was cut short)";
        }
        if (message.contains("reset")) {
            return "GitHub closed the connection (reset)";
        }
        if (root instanceof java.net.SocketException) {
            return "the connection to GitHub broke off";
        }
        if (root instanceof com.fasterxml.jackson.core.JsonProcessingException) {
            return "GitHub's answer was not readable JSON (malformed or cut short)";
        }
        if (root instanceof java.net.ProtocolException) {
            return "GitHub's answer was not valid HTTP";
        }
        return "could not reach GitHub";
    }
}
