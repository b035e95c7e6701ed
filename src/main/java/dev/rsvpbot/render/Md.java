package dev.rsvpbot.render;

import dev.rsvpbot.ledger.TextCut;
import dev.rsvpbot.thread.Bots;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Markdown the bot writes around text it did not write. Member text becomes one inert line: it cannot break a
 * table, start a heading, link or image, open an HTML comment (and so forge the summary marker), or notify anyone.
 */
final class Md {
    /** Longest member text shown in one place, in code points; the rest is cut with an ellipsis. */
    static final int MAX_TEXT = 200;
    /** Zero-width space: {@code @\u200Balice} reads as {@code @alice} but is no mention. Never put inside a URL. */
    static final char ZWSP = '\u200B';

    private static final Pattern LOGIN = Pattern.compile("[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}(?:\\[bot])?");
    private static final Pattern URL = Pattern.compile("https?://[^\\s<>\"'`|\\\\()\\[\\]{}]+", Pattern.CASE_INSENSITIVE);
    private static final String SPECIAL = "\\*_{}[]()#!|~";

    private Md() {
    }

    /**
     * Member text as one inert line for a table cell or a list item. Its web addresses show whole, as inline code:
     * the chair sees and copies them exactly, yet they are no links (GitHub links no URL inside a code span), and
     * nothing is ever inserted inside one. The rest is escaped; an {@code @} gets a zero-width space after it so it
     * notifies nobody.
     */
    static String text(String raw) {
        if (raw == null || raw.isEmpty()) {
            return "";
        }
        String line = cut(oneLine(raw), MAX_TEXT);
        StringBuilder out = new StringBuilder(line.length() + 16);
        Matcher url = TextCut.URL.matcher(line);
        int at = 0;
        while (url.find()) {
            escape(line, at, url.start(), out);
            // The URL pattern admits no backtick, pipe, bracket or space: one backtick each side always holds it.
            out.append('`').append(url.group()).append('`');
            at = url.end();
        }
        escape(line, at, line.length(), out);
        return out.toString();
    }

    private static void escape(String line, int from, int to, StringBuilder out) {
        for (int i = from; i < to; i++) {
            char c = line.charAt(i);
            if (c == '<') {
                out.append("&lt;");
            } else if (c == '>') {
                out.append("&gt;");
            } else if (c == '&') {
                out.append("&amp;");
            } else if (c == '`') {
                // An entity, not a backslash: "\`" right before a URL's code span would read as its opening.
                out.append("&#96;");
            } else if (c == '@' || c == '＠') {
                out.append(c).append(ZWSP);
            } else if (SPECIAL.indexOf(c) >= 0) {
                out.append('\\').append(c);
            } else {
                out.append(c);
            }
        }
    }

    /** Collapses line breaks and invisible controls (including bidi overrides) into single spaces. */
    static String oneLine(String raw) {
        StringBuilder out = new StringBuilder(raw.length());
        boolean space = false;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            boolean blank = Character.isWhitespace(c) || Character.isISOControl(c) || c == '\u2028' || c == '\u2029'
                    || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069') || c == '\u00A0';
            if (blank) {
                space = out.length() > 0;
                continue;
            }
            if (space) {
                out.append(' ');
                space = false;
            }
            out.append(c);
        }
        return out.toString();
    }

    /** Cut as {@link TextCut} cuts: never inside a URL, not mid-word where avoidable, ending with {@code …}. */
    static String cut(String text, int maxCodePoints) {
        return TextCut.cut(text, maxCodePoints);
    }

    static boolean isLogin(String login) {
        return login != null && LOGIN.matcher(login).matches();
    }

    /**
     * A login that links to the profile without notifying: the club's own {@code @[login](url)} style, used for
     * every person the summary names (GitHub gave us these logins; member text never reaches here unescaped).
     */
    static String person(String login) {
        if (isLogin(login) && !Bots.isAppLogin(login)) {
            return "@[" + login + "](https://github.com/" + login + ")";
        }
        return text(login);
    }

    /** A link the bot may write: http(s) only, and nothing in it that could end the link or a table cell. */
    static boolean isSafeUrl(String url) {
        return url != null && url.length() <= 500 && URL.matcher(url).matches();
    }

    /** A safe url as a link target: {@code %40} keeps {@code https://x/@alice} from reading as a mention. */
    static String href(String url) {
        return url.replace("@", "%40");
    }

    /** {@code [label](url)} when the url is safe, else the label followed by the url as inert text. */
    static String link(String escapedLabel, String url) {
        if (isSafeUrl(url)) {
            return "[" + escapedLabel + "](" + href(url) + ")";
        }
        return url == null || url.isEmpty() ? escapedLabel : escapedLabel + " " + text(url);
    }

    /** A code fence longer than any backtick run in the text, so the text shows as source. */
    static String fence(String text) {
        int longest = 0;
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            run = text.charAt(i) == '`' ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        return "`".repeat(Math.max(3, longest + 1));
    }
}
