package dev.rsvpbot.github;

/** The token writes under another login than {@code github.bot-login}: poll stops before it posts again. */
final class WrongBotLoginException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    WrongBotLoginException(String message) {
        super(message);
    }
}
