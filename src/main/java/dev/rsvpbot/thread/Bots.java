package dev.rsvpbot.thread;

import java.util.Locale;

/**
 * The one place that decides whether an account is a bot, or is this bot. GitHub logins are case-insensitive
 * ({@code RSVP-Bot} and {@code rsvp-bot} are one account), so every comparison here ignores case; GitHub Apps
 * post as {@code name[bot]}.
 */
public final class Bots {
    private static final String APP_SUFFIX = "[bot]";

    private Bots() {
    }

    /** Whether {@code login} is the bot's own {@code botLogin}; an empty or missing bot login matches no one. */
    public static boolean isSelf(String login, String botLogin) {
        if (login == null || botLogin == null) {
            return false;
        }
        String bot = botLogin.strip();
        return !bot.isEmpty() && login.strip().equalsIgnoreCase(bot);
    }

    /**
     * Whether an author is a bot: GitHub says so ({@code "type": "Bot"}), the login is a GitHub App's
     * ({@code …[bot]}, any case), or it is this bot's own login.
     */
    public static boolean isBot(String login, boolean githubSaysBot, String botLogin) {
        return githubSaysBot || isAppLogin(login) || isSelf(login, botLogin);
    }

    /** Whether a reply's author is a bot (see {@link #isBot(String, boolean, String)}): no member's reply. */
    public static boolean isBot(Reply reply, String botLogin) {
        return isBot(reply.author(), reply.authorIsBot(), botLogin);
    }

    /** Whether the login has a GitHub App's {@code [bot]} suffix. */
    public static boolean isAppLogin(String login) {
        return login != null && login.strip().toLowerCase(Locale.ROOT).endsWith(APP_SUFFIX);
    }
}
