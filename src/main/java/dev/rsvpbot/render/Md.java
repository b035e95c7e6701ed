package dev.rsvpbot.render;

import java.util.regex.Pattern;

/**
 * Markdown the bot writes around text it did not write. Member text becomes one inert line: it cannot break a
 * table, start a heading, link or image, open an HTML comment (and so forge the summary marker), or notify anyone.
 */
final class Md {
    /** Longest member text shown in one place, in code points; the rest is cut with an ellipsis. */
    static final int MAX_TEXT = 200;
    /** Zero-width space: {@code @\u200Balice} reads as {@code @alice} but is no mention. */
    static final char ZWSP = '\u200B';

    private static final Pattern LOGIN = Pattern.compile("[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}(?:\\[bot])?");
    private static final Pattern URL = Pattern.compile("https?://[^\\s<>\"'`|\\\\()\\[\\]{}]+", Pattern.CASE_INSENSITIVE);
    private static final String SPECIAL = "\\`*_{}[]()#!|~";

    private Md() {
    }

    /** Member text as one inert line for a table cell or a list item. */
    static String text(String raw) {
        if (raw == null || raw.isEmpty()) {
            return "";
        }
        // Break autolinks (http://, www.) so member text cannot become a link.
        String line = cut(oneLine(raw), MAX_TEXT).replace("://", ":" + ZWSP + "//").replace("www.", "www" + ZWSP + ".")
                .replace("WWW.", "WWW" + ZWSP + ".");
        StringBuilder out = new StringBuilder(line.length() + 16);
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '<') {
                out.append("&lt;");
            } else if (c == '>') {
                out.append("&gt;");
            } else if (c == '&') {
                out.append("&amp;");
            } else if (c == '@' || c == '＠') {
                out.append(c).append(ZWSP);
            } else if (SPECIAL.indexOf(c) >= 0) {
                out.append('\\').append(c);
            } else {
                out.append(c);
            }
        }
        return out.toString();
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

    static String cut(String text, int maxCodePoints) {
        if (text.codePointCount(0, text.length()) <= maxCodePoints) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, maxCodePoints)) + "…";
    }

    static boolean isLogin(String login) {
        return login != null && LOGIN.matcher(login).matches();
    }

    /** A login that notifies its owner: only for presenters, whose logins GitHub itself gave us. */
    static String mention(String login) {
        return isLogin(login) ? "@" + login : text(login);
    }

    /** A login that links to the profile without notifying: the club's own {@code @[login](url)} style. */
    static String person(String login) {
        if (isLogin(login) && !login.endsWith("[bot]")) {
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
