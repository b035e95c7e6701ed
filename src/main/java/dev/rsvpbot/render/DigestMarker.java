package dev.rsvpbot.render;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The hidden first line of a digest comment: which week it is for, and a hash of the rest. The same rules as
 * {@link SummaryMarker}: only the bot's own comment counts, and one whose text no longer matches its hash was
 * edited by hand and is rewritten. A digest is never mistaken for a summary, nor a summary for a digest.
 *
 * <pre>{@code
 * String body = DigestMarker.mark("2019-W38", markdown);  // "<!-- rsvp-bot:digest week=2019-W38 sha256=… -->\n" + markdown
 * }</pre>
 */
public final class DigestMarker {
    private static final Pattern FIRST_LINE =
            Pattern.compile("\\A<!-- rsvp-bot:digest week=(\\d{4}-W\\d{2}) sha256=([0-9a-f]{64}) -->\\r?\\n");

    private DigestMarker() {
    }

    public static String mark(String week, String content) {
        if (!week.matches("\\d{4}-W\\d{2}")) {
            throw new IllegalArgumentException("week must look like 2019-W38, got " + week);
        }
        return "<!-- rsvp-bot:digest week=" + week + " sha256=" + SummaryMarker.sha256(content) + " -->\n" + content;
    }

    /** The week a body's marker names, or empty when the body does not start with a digest marker. */
    public static Optional<String> weekOf(String body) {
        Matcher m = matcher(body);
        return m == null ? Optional.empty() : Optional.of(m.group(1));
    }

    public static Optional<String> hashOf(String body) {
        Matcher m = matcher(body);
        return m == null ? Optional.empty() : Optional.of(m.group(2));
    }

    /** True when the marker's hash matches what follows it: nobody edited the comment since the bot wrote it. */
    public static boolean isIntact(String body) {
        return hashOf(body).filter(h -> h.equals(SummaryMarker.sha256(body.substring(body.indexOf('\n') + 1)))).isPresent();
    }

    private static Matcher matcher(String body) {
        if (body == null) {
            return null;
        }
        Matcher m = FIRST_LINE.matcher(body);
        return m.lookingAt() ? m : null;
    }
}
