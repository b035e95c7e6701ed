package dev.rsvpbot.classify;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the talk a reply offers: its link (arXiv first, normalised) and its title (Markdown link text, text in
 * quotes or 《》, or the words after a title cue such as {@code 题目：} or {@code 讲}).
 */
final class TalkFinder {
    /** Link texts that name the link, not the paper. */
    private static final Set<String> GENERIC_LINK_TEXT = Set.of("paper", "link", "pdf", "arxiv", "github", "code",
            "here", "this", "slides", "论文", "链接", "这里", "这篇", "地址", "原文", "项目");
    private static final String OPEN_QUOTES = "《“\"「『";
    private static final String CLOSE_QUOTES = "》”\"」』";

    private record Link(int start, int end, String url, String text, boolean image) {
    }

    /** A title follows one of the first few talk cues; bounding the tries keeps hostile text linear. */
    private static final int MAX_TITLE_CUES = 16;
    private static final int MAX_TITLE_CHARS = 200;

    private final PhraseMatcher matcher;

    TalkFinder(PhraseMatcher matcher) {
        this.matcher = matcher;
    }

    /** The talk named in text[from, to), or failing that (when allowed) anywhere in text. */
    Optional<Talk> find(String text, String folded, List<PhraseMatcher.Match> matches, int from, int to, boolean anywhere) {
        Optional<Talk> inScope = findIn(text, folded, matches, from, to);
        if (inScope.isPresent() || !anywhere || (from == 0 && to == text.length())) {
            return inScope;
        }
        return findIn(text, folded, matches, 0, text.length());
    }

    private Optional<Talk> findIn(String text, String folded, List<PhraseMatcher.Match> matches, int from, int to) {
        List<Link> links = links(text, from, to);
        String url = "";
        Link chosen = null;
        for (Link l : links) {
            Optional<String> id = ArxivId.fromUrl(l.url());
            if (id.isPresent()) {
                url = ArxivId.url(id.get());
                chosen = l;
                break;
            }
        }
        if (url.isEmpty()) {
            url = bareArxiv(text, links, from, to).map(ArxivId::url).orElse("");
        }
        if (url.isEmpty()) {
            for (Link l : links) {
                if (!l.image() && !isProfileOrImage(l.url())) {
                    url = l.url();
                    chosen = l;
                    break;
                }
            }
        }
        String title = "";
        if (chosen != null && !chosen.text().isEmpty() && !isGeneric(chosen.text())) {
            title = clean(chosen.text());
        }
        if (title.isEmpty()) {
            title = quoted(text, from, to);
        }
        if (title.isEmpty()) {
            title = afterCue(text, folded, matches, links, from, to);
        }
        if (title.isEmpty() && url.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Talk(title, url));
    }

    private static boolean isGeneric(String linkText) {
        String t = linkText.strip().toLowerCase(java.util.Locale.ROOT);
        return GENERIC_LINK_TEXT.contains(t) || t.startsWith("http") || t.startsWith("arxiv.org") || t.startsWith("www.");
    }

    private static boolean isProfileOrImage(String url) {
        String u = url.toLowerCase(java.util.Locale.ROOT);
        if (u.endsWith(".png") || u.endsWith(".jpg") || u.endsWith(".jpeg") || u.endsWith(".gif")) {
            return true;
        }
        int gh = u.indexOf("github.com/");
        if (gh < 0) {
            return false;
        }
        String path = u.substring(gh + "github.com/".length());
        return !path.isEmpty() && path.indexOf('/') < 0; // https://github.com/login: a person, not a paper
    }

    /** URLs (with or without scheme for arxiv.org and www.) in text[from, to); Markdown link text when given. */
    private static List<Link> links(String text, int from, int to) {
        List<Link> out = new ArrayList<>();
        int i = from;
        while (i < to) {
            int start = urlStartAt(text, i);
            if (start < 0) {
                i++;
                continue;
            }
            int end = start;
            while (end < to && !endsUrl(text.charAt(end))) {
                end++;
            }
            while (end > start && ".,;:!?'\"".indexOf(text.charAt(end - 1)) >= 0) {
                end--;
            }
            String linkText = "";
            boolean image = false;
            if (start >= 2 && text.charAt(start - 1) == '(' && text.charAt(start - 2) == ']') {
                int open = start - 3;
                while (open >= 0 && start - 3 - open < 300 && text.charAt(open) != '[' && text.charAt(open) != '\n') {
                    open--; // bounded look-back: a link text is short and on one line
                }
                if (open >= 0 && text.charAt(open) == '[') {
                    linkText = text.substring(open + 1, start - 2);
                    image = open > 0 && text.charAt(open - 1) == '!';
                }
            }
            out.add(new Link(start, end, text.substring(start, end), linkText, image));
            i = Math.max(end, i + 1);
        }
        return out;
    }

    private static int urlStartAt(String text, int i) {
        char c = text.charAt(i);
        if (c != 'h' && c != 'H' && c != 'a' && c != 'A' && c != 'w' && c != 'W') {
            return -1;
        }
        if (i > 0 && (Fold.isAsciiWordChar(text.charAt(i - 1)) || text.charAt(i - 1) == '/' || text.charAt(i - 1) == '.')) {
            return -1;
        }
        if (text.regionMatches(true, i, "http://", 0, 7) || text.regionMatches(true, i, "https://", 0, 8)
                || text.regionMatches(true, i, "arxiv.org/", 0, 10) || text.regionMatches(true, i, "www.", 0, 4)) {
            return i;
        }
        return -1;
    }

    private static boolean endsUrl(char c) {
        return Character.isWhitespace(c) || c == ')' || c == ']' || c == '>' || c == '<' || c == '"' || c == '`'
                || c == '\'' || c >= '\u2E80';
    }

    /** An arXiv id outside links: after "arXiv:", or bare (1801.07698v2, cs/0112017). */
    private static Optional<String> bareArxiv(String text, List<Link> links, int from, int to) {
        int linkIndex = 0;
        for (int i = from; i < to; i++) {
            while (linkIndex < links.size() && links.get(linkIndex).end() <= i) {
                linkIndex++;
            }
            if (linkIndex < links.size() && links.get(linkIndex).start() <= i) {
                i = links.get(linkIndex).end() - 1;
                continue;
            }
            char prev = i > 0 ? text.charAt(i - 1) : ' ';
            if (Fold.isAsciiWordChar(prev) || prev == '.' || prev == '/' || prev == '-') {
                continue;
            }
            char c = text.charAt(i);
            if (ArxivId.isDigit(c)) {
                Optional<String> id = ArxivId.newStyleAt(text, i);
                if (id.isPresent()) {
                    return id;
                }
            } else if (Character.isLetter(c) && c < 128) {
                Optional<String> id = ArxivId.oldStyleAt(text, i);
                if (id.isPresent()) {
                    return id;
                }
            }
        }
        return Optional.empty();
    }

    /** The first title in 《》, “”, "" or 「」 on one line of text[from, to). */
    private static String quoted(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            int q = OPEN_QUOTES.indexOf(text.charAt(i));
            if (q < 0) {
                continue;
            }
            char close = CLOSE_QUOTES.charAt(q);
            int end = i + 1;
            while (end < to && end - i <= 200 && text.charAt(end) != close && text.charAt(end) != '\n') {
                end++;
            }
            if (end < to && text.charAt(end) == close) {
                String t = clean(text.substring(i + 1, end));
                if (!t.isEmpty()) {
                    return t;
                }
                i = end;
            }
        }
        return "";
    }

    /** Words after 题目：, 讲, present, or a talk kind followed by a colon, up to the end of the clause. */
    private String afterCue(String text, String folded, List<PhraseMatcher.Match> matches, List<Link> links, int from, int to) {
        int tried = 0;
        for (PhraseMatcher.Match m : matches) {
            if (tried >= MAX_TITLE_CUES) {
                break;
            }
            if (m.start() < from || m.end() > to) {
                continue;
            }
            String cat = m.category();
            boolean kind = cat.equals("oral") || cat.equals("poster");
            if (!kind && !cat.equals("title") && !cat.equals("talk")) {
                continue;
            }
            int i = m.end();
            if (kind) {
                i = skipParenthetical(text, i, to); // "P（5 分钟）：Title"
            }
            boolean colon = false;
            while (i < to && (text.charAt(i) == ' ' || folded.charAt(i) == ':' || text.charAt(i) == '-' || text.charAt(i) == '—')) {
                colon |= folded.charAt(i) == ':' || text.charAt(i) == '-' || text.charAt(i) == '—';
                i++;
            }
            int lead = kind && !colon ? titleLeadEnd(matches, i) : -1;
            if (lead > 0) {
                colon = true; // "a poster on mixup", "oral 关于 EMANet"
                i = lead;
                while (i < to && text.charAt(i) == ' ') {
                    i++;
                }
            }
            if (kind && !colon && !(i < to && i > m.end() && Character.isUpperCase(text.charAt(i))
                    && i + 1 < to && Character.isLetter(text.charAt(i + 1)))) {
                continue; // "oral EMANet" names a title; "oral I can" does not
            }
            if (cat.equals("title") && !colon) {
                continue;
            }
            tried++;
            int limit = Math.min(to, i + MAX_TITLE_CHARS);
            int end = i;
            while (end < limit && ",;!?。，；！？\n".indexOf(folded.charAt(end)) < 0
                    && !(folded.charAt(end) == '.' && (end + 1 >= to || folded.charAt(end + 1) == ' ' || folded.charAt(end + 1) == '\n'))) {
                end++;
            }
            for (Link l : links) {
                if (l.start() == i && l.end() < end) {
                    i = l.end(); // "poster: https://arxiv.org/abs/1909.11942 ALBERT": the title follows the link
                    continue;
                }
                if (l.start() >= i && l.start() < end) {
                    end = l.start();
                    if (end >= 2 && text.charAt(end - 1) == '(' && text.charAt(end - 2) == ']') {
                        int open = end - 2;
                        while (open > i && text.charAt(open) != '[') {
                            open--;
                        }
                        end = open;
                    }
                    break;
                }
            }
            end = cutAtTimeWord(matches, i, end);
            end = cutAtArxivId(text, folded, i, end);
            String t = clean(text.substring(i, Math.max(i, end)));
            if (!t.isEmpty() && !onlyCues(t)) {
                return t;
            }
        }
        return "";
    }

    /** The end of a title-lead word (on, about, 关于) starting at i, or -1. */
    private static int titleLeadEnd(List<PhraseMatcher.Match> matches, int i) {
        for (int k = PhraseMatcher.firstStartingFrom(matches, i); k < matches.size() && matches.get(k).start() == i; k++) {
            if (matches.get(k).category().equals("title-lead")) {
                return matches.get(k).end();
            }
        }
        return -1;
    }

    private static int skipParenthetical(String text, int i, int to) {
        int j = i;
        while (j < to && text.charAt(j) == ' ') {
            j++;
        }
        if (j >= to || (text.charAt(j) != '(' && text.charAt(j) != '（')) {
            return i;
        }
        char close = text.charAt(j) == '(' ? ')' : '）';
        for (int k = j + 1; k < to && k - j <= 24; k++) {
            if (text.charAt(k) == close) {
                return k + 1;
            }
        }
        return i;
    }

    /** A title stops where an arXiv id starts ("Poster: ArcFace arXiv:1801.07698"). */
    private static int cutAtArxivId(String text, String folded, int from, int end) {
        for (int k = from; k < end; k++) {
            char prev = k > 0 ? folded.charAt(k - 1) : ' ';
            if (Fold.isAsciiWordChar(prev)) {
                continue;
            }
            if (folded.startsWith("arxiv", k) || ArxivId.newStyleAt(text, k).isPresent()
                    || (Character.isLetter(text.charAt(k)) && ArxivId.oldStyleAt(text, k).isPresent())) {
                return k;
            }
        }
        return end;
    }

    private static int cutAtTimeWord(List<PhraseMatcher.Match> matches, int from, int end) {
        for (PhraseMatcher.Match m : matches) {
            if (m.start() >= from && m.start() < end && (m.category().equals("time") || m.category().equals("conditional"))) {
                return m.start();
            }
        }
        return end;
    }

    /** True when the candidate title is nothing but lexicon words ("讲 poster", "present 一下"). */
    private boolean onlyCues(String title) {
        String f = Fold.fold(title);
        StringBuilder rest = new StringBuilder(f);
        for (PhraseMatcher.Match m : matcher.find(f, title)) {
            for (int k = m.start(); k < m.end(); k++) {
                rest.setCharAt(k, ' ');
            }
        }
        String letters = Fold.lettersOnly(rest.toString());
        return letters.isEmpty() || letters.equals("一下") || letters.equals("一篇") || letters.equals("吧");
    }

    static String clean(String s) {
        String t = s.strip();
        int a = 0;
        int b = t.length();
        while (a < b && ":：-—*_ 「『《“\"'".indexOf(t.charAt(a)) >= 0) {
            a++;
        }
        while (b > a && ".,;:!?。，；！？~～*_ 」』》”\"'吧哈啦([（【".indexOf(t.charAt(b - 1)) >= 0) {
            b--;
        }
        t = t.substring(a, b).strip();
        if (t.length() > 200) {
            t = t.substring(0, 200);
        }
        for (int i = 0; i < t.length(); i++) {
            if (Character.isLetter(t.charAt(i))) {
                return t;
            }
        }
        return "";
    }
}
