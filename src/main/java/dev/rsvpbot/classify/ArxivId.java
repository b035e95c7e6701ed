package dev.rsvpbot.classify;

import java.util.Optional;
import java.util.Set;

/**
 * Reads arXiv identifiers in the forms people paste ({@code arXiv:1801.07698}, {@code 1801.07698v2},
 * {@code arxiv.org/pdf/1812.00500.pdf}, {@code cs/0112017}) and writes them as {@code https://arxiv.org/abs/ID},
 * without version. Hand-written scanning: no regular expressions, linear time.
 */
final class ArxivId {
    /** Archives of old-style identifiers (before April 2007): archive[.SUBJECT-CLASS]/YYMMNNN. */
    private static final Set<String> OLD_ARCHIVES = Set.of("cs", "math", "physics", "hep-th", "hep-ph", "hep-ex",
            "hep-lat", "quant-ph", "cond-mat", "astro-ph", "gr-qc", "nucl-th", "nucl-ex", "math-ph", "nlin",
            "q-bio", "q-fin", "stat", "econ", "eess", "chao-dyn", "solv-int", "patt-sol", "adap-org", "cmp-lg",
            "comp-gas", "alg-geom", "dg-ga", "funct-an", "q-alg", "acc-phys", "chem-ph", "supr-con", "mtrl-th",
            "bayes-an", "plasm-ph", "ao-sci", "atom-ph");

    private ArxivId() {
    }

    static String url(String id) {
        return "https://arxiv.org/abs/" + id;
    }

    /** A new-style id (YYMM.NNNN[N]) starting exactly at {@code at}, version dropped; empty when none. */
    static Optional<String> newStyleAt(String s, int at) {
        int i = at;
        int digits = 0;
        while (i < s.length() && isDigit(s.charAt(i)) && digits < 5) {
            i++;
            digits++;
        }
        if (digits != 4 || i >= s.length() || s.charAt(i) != '.') {
            return Optional.empty();
        }
        int month = (s.charAt(at + 2) - '0') * 10 + (s.charAt(at + 3) - '0');
        if (month < 1 || month > 12) {
            return Optional.empty();
        }
        int j = i + 1;
        int tail = 0;
        while (j < s.length() && isDigit(s.charAt(j)) && tail < 6) {
            j++;
            tail++;
        }
        if (tail < 4 || tail > 5) {
            return Optional.empty();
        }
        j = skipVersion(s, j);
        if (j < s.length() && (isDigit(s.charAt(j)) || Character.isLetter(s.charAt(j)))) {
            return Optional.empty();
        }
        return Optional.of(s.substring(at, i + 1 + tail));
    }

    /** An old-style id (cs/0112017, math.GT/0309136) starting exactly at {@code at}; empty when none. */
    static Optional<String> oldStyleAt(String s, int at) {
        int slash = -1;
        for (int i = at; i < s.length() && i - at <= 16; i++) {
            char c = s.charAt(i);
            if (c == '/') {
                slash = i;
                break;
            }
            if (!(Character.isLetter(c) && c < 128) && c != '-' && c != '.') {
                return Optional.empty();
            }
        }
        if (slash <= at) {
            return Optional.empty();
        }
        String archive = s.substring(at, slash);
        int dot = archive.indexOf('.');
        String base = (dot < 0 ? archive : archive.substring(0, dot)).toLowerCase(java.util.Locale.ROOT);
        if (!OLD_ARCHIVES.contains(base)) {
            return Optional.empty();
        }
        int j = slash + 1;
        int digits = 0;
        while (j < s.length() && isDigit(s.charAt(j)) && digits < 8) {
            j++;
            digits++;
        }
        if (digits != 7) {
            return Optional.empty();
        }
        int end = skipVersion(s, j);
        if (end < s.length() && (isDigit(s.charAt(end)) || Character.isLetter(s.charAt(end)))) {
            return Optional.empty();
        }
        String subject = dot < 0 ? "" : archive.substring(dot);
        return Optional.of(base + subject + s.substring(slash, j));
    }

    /** The id in the path of an arxiv.org URL ({@code /abs/ID}, {@code /pdf/ID.pdf}, {@code /html/IDv2}). */
    static Optional<String> fromUrl(String url) {
        String lower = url.toLowerCase(java.util.Locale.ROOT);
        int host = lower.indexOf("arxiv.org/");
        if (host < 0) {
            return Optional.empty();
        }
        int p = host + "arxiv.org/".length();
        for (String kind : new String[]{"abs/", "pdf/", "html/", "format/"}) {
            if (lower.startsWith(kind, p)) {
                int at = p + kind.length();
                Optional<String> id = newStyleAt(url, at);
                return id.isPresent() ? id : oldStyleAt(url, at);
            }
        }
        return Optional.empty();
    }

    private static int skipVersion(String s, int j) {
        if (j + 1 < s.length() && (s.charAt(j) == 'v' || s.charAt(j) == 'V') && isDigit(s.charAt(j + 1))) {
            j++;
            while (j < s.length() && isDigit(s.charAt(j))) {
                j++;
            }
        }
        return j;
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
