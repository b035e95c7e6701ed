package dev.rsvpbot.ledger;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Shortens member text for the summary so that what is left still makes its point: a cut never falls inside a
 * URL (a correction's whole point is often its link), avoids ending mid-word, and always says so with {@code …}.
 * One rule for the ledger's excerpts and the renderer's cells, so both cut alike.
 */
public final class TextCut {
    /**
     * A web address as GitHub would autolink it: {@code http(s)://} or {@code www.}, ASCII only, and none of the
     * characters that end a Markdown link, a code span or a table cell. Trailing punctuation is not part of it.
     */
    public static final Pattern URL = Pattern.compile(
            "(?i)(?:https?://|www\\.)[A-Za-z0-9\\-._~:/?#@!$&*+,;=%]*[A-Za-z0-9\\-_~/#@$&*+=%]");
    /** A URL longer than this is not kept whole past the limit: it is left out instead. */
    public static final int LONGEST_URL = 500;
    /** How far back a cut may move to end between words instead of inside one. */
    private static final int WORD_BACKTRACK = 30;

    private TextCut() {
    }

    /**
     * {@code text} when it has at most {@code max} code points; otherwise its start, ended by {@code …}. A URL that
     * straddles the limit is kept whole (or left out when longer than {@link #LONGEST_URL}); a Latin word that
     * straddles it is left out when a space lies close before.
     */
    public static String cut(String text, int max) {
        if (text.codePointCount(0, text.length()) <= max) {
            return text;
        }
        int end = text.offsetByCodePoints(0, max);
        Matcher url = URL.matcher(text);
        boolean inUrl = false;
        while (url.find() && url.start() < end) {
            if (url.end() > end) {
                end = url.end() - url.start() <= LONGEST_URL ? url.end() : url.start();
                inUrl = true;
                break;
            }
        }
        if (!inUrl && end < text.length() && isWordChar(text.codePointBefore(end)) && isWordChar(text.codePointAt(end))) {
            int space = text.lastIndexOf(' ', end);
            if (space > 0 && end - space <= WORD_BACKTRACK) {
                end = space;
            }
        }
        if (end >= text.length()) {
            return text;
        }
        // A comma or colon left before the ellipsis reads as a typo: the ellipsis replaces it.
        String kept = text.substring(0, end).stripTrailing();
        while (!kept.isEmpty() && ",;:，、；：".indexOf(kept.charAt(kept.length() - 1)) >= 0 && !inUrl) {
            kept = kept.substring(0, kept.length() - 1).stripTrailing();
        }
        return kept + "…";
    }

    /** A letter or digit of a script that separates words by spaces (CJK text may be cut between any two signs). */
    private static boolean isWordChar(int cp) {
        if (!Character.isLetterOrDigit(cp)) {
            return false;
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return script != Character.UnicodeScript.HAN && script != Character.UnicodeScript.HIRAGANA
                && script != Character.UnicodeScript.KATAKANA && script != Character.UnicodeScript.HANGUL
                && script != Character.UnicodeScript.THAI;
    }
}
