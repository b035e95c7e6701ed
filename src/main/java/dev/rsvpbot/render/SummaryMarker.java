package dev.rsvpbot.render;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The hidden first line that marks a comment as the bot's summary and carries a hash of the rest.
 *
 * <p>The marker alone does not make a comment the summary: {@code github} also checks that the bot wrote it,
 * so a member who pastes a marker only writes a reply. Member text is escaped by the renderer so it can never
 * contain {@code <!--} and so never a marker.
 *
 * <pre>{@code
 * String body = SummaryMarker.mark(markdown);     // "<!-- rsvp-bot:summary sha256=… -->\n" + markdown
 * SummaryMarker.hashOf(body);                     // Optional.of("…")
 * }</pre>
 */
public final class SummaryMarker {
    private static final String PREFIX = "<!-- rsvp-bot:summary sha256=";
    private static final Pattern FIRST_LINE = Pattern.compile("\\A<!-- rsvp-bot:summary sha256=([0-9a-f]{64}) -->\\r?\\n");

    private SummaryMarker() {
    }

    /** Prefixes the content with the marker line that holds its SHA-256. */
    public static String mark(String content) {
        return PREFIX + sha256(content) + " -->\n" + content;
    }

    /** The hash a body's marker carries, or empty when the body does not start with a marker. */
    public static Optional<String> hashOf(String body) {
        if (body == null) {
            return Optional.empty();
        }
        Matcher m = FIRST_LINE.matcher(body);
        return m.lookingAt() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /** True when the body starts with a summary marker (whoever wrote it). */
    public static boolean isMarked(String body) {
        return hashOf(body).isPresent();
    }

    /** True when the body starts with a marker whose hash matches what follows it: nobody edited it since. */
    public static boolean isIntact(String body) {
        return hashOf(body).filter(hash -> hash.equals(sha256(body.substring(body.indexOf('\n') + 1)))).isPresent();
    }

    /** Hex SHA-256 of the UTF-8 bytes of the text. */
    public static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
