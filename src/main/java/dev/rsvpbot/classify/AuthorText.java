package dev.rsvpbot.classify;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Keeps only the author's own words of a Markdown reply: drops {@code >} quotes, fenced code, inline code,
 * HTML comments, unticked checkboxes and everything from an e-mail footer down. One forward pass with
 * hand-written scanners (no regular expressions), so any input costs time linear in its length.
 *
 * <p>Simplifications, on purpose: a line after a quote is the author's even without a blank line between
 * (CommonMark would continue the quote lazily, but people mean their answer); an unclosed fence or HTML
 * comment hides everything after it, as GitHub renders it; indented code blocks are not recognised because
 * replies indent list continuations far more often than code.
 */
final class AuthorText {
    private final List<String> footerStarts;

    AuthorText(List<String> footerPhrases) {
        List<String> folded = new ArrayList<>();
        for (String p : footerPhrases) {
            folded.add(Fold.fold(p).strip());
        }
        this.footerStarts = List.copyOf(folded);
    }

    String of(String body) {
        StringBuilder out = new StringBuilder(Math.min(body.length(), 1 << 16));
        char fenceChar = 0;
        int fenceLen = 0;
        boolean inComment = false;
        int lineStart = 0;
        int n = body.length();
        while (lineStart <= n) {
            int nl = body.indexOf('\n', lineStart);
            int lineEnd = nl < 0 ? n : nl;
            String line = body.substring(lineStart, lineEnd);
            int nextStart = lineEnd + 1;
            if (fenceChar != 0) {
                if (closesFence(line, fenceChar, fenceLen)) {
                    fenceChar = 0;
                }
            } else {
                if (inComment) {
                    int close = line.indexOf("-->");
                    if (close < 0) {
                        lineStart = nextStart;
                        continue;
                    }
                    inComment = false;
                    line = line.substring(close + 3);
                }
                int indent = leadingSpaces(line);
                String rest = line.substring(indent);
                int run = runOf(rest, 0);
                if (rest.startsWith(">")) {
                    lineStart = nextStart;
                    continue;
                }
                if (run >= 3 && (rest.charAt(0) == '`' || rest.charAt(0) == '~')
                        && !(rest.charAt(0) == '`' && rest.indexOf('`', run) >= 0)) {
                    fenceChar = rest.charAt(0);
                    fenceLen = run;
                    lineStart = nextStart;
                    continue;
                }
                if (startsFooter(rest, body, nl < 0 ? -1 : nextStart)) {
                    break;
                }
                if (line.indexOf('`') < 0 && line.indexOf('<') < 0) {
                    out.append(ticked(line)).append('\n'); // the common line: nothing inline to hide
                } else {
                    StringBuilder kept = new StringBuilder(line.length());
                    inComment = inline(line, kept);
                    out.append(ticked(kept.toString())).append('\n');
                }
            }
            lineStart = nextStart;
        }
        return out.toString();
    }

    private static int leadingSpaces(String line) {
        int i = 0;
        while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t' || line.charAt(i) == '\u3000')) {
            i++;
        }
        return i;
    }

    private static int runOf(String s, int from) {
        if (from >= s.length()) {
            return 0;
        }
        char c = s.charAt(from);
        int i = from;
        while (i < s.length() && s.charAt(i) == c) {
            i++;
        }
        return i - from;
    }

    private static boolean closesFence(String line, char fenceChar, int fenceLen) {
        String rest = line.strip();
        if (rest.isEmpty() || rest.charAt(0) != fenceChar) {
            return false;
        }
        int run = runOf(rest, 0);
        return run >= fenceLen && run == rest.length();
    }

    /** Footer phrases are short: only a line's head needs folding to compare with them. */
    private static final int FOOTER_HEAD = 64;

    private boolean startsFooter(String rest, String body, int nextStart) {
        String head = Fold.fold(rest.length() > FOOTER_HEAD ? rest.substring(0, FOOTER_HEAD) : rest).strip();
        if (head.equals("--") || rest.equals("-- ") || (head.length() >= 10 && head.chars().allMatch(c -> c == '_'))) {
            return true; // signature delimiter, Outlook separator
        }
        for (String start : footerStarts) {
            if (head.startsWith(start)) {
                return true;
            }
        }
        boolean english = head.startsWith("on ");
        boolean chinese = head.startsWith("在") || head.startsWith("于");
        if (!english && !chinese) {
            return false;
        }
        // "On Mon, 16 Sep 2019, Bob <bob@x> wrote:", possibly wrapped over two lines; 在 … 写道：
        String line = rest.strip();
        String next = "";
        if (nextStart >= 0 && line.length() < 200) {
            int end = body.indexOf('\n', nextStart);
            next = body.substring(nextStart, end < 0 ? body.length() : Math.min(end, nextStart + 400)).strip();
        }
        if (english) {
            return endsWithIgnoreCase(line, "wrote:") || endsWithIgnoreCase(next, "wrote:");
        }
        return line.contains("写道") || next.contains("写道");
    }

    private static boolean endsWithIgnoreCase(String s, String suffix) {
        return s.regionMatches(true, s.length() - suffix.length(), suffix, 0, suffix.length());
    }

    /**
     * Copies one line without inline code spans and HTML comments into {@code kept}; returns true when an HTML
     * comment opened and did not close on this line. Code spans pair a backtick run with the next run of the
     * same length (CommonMark); a run without partner is literal. Each length keeps a cursor into its own list
     * of runs, so finding partners is linear in the line.
     */
    private static boolean inline(String line, StringBuilder kept) {
        List<int[]> runs = new ArrayList<>(); // {start, length}
        Map<Integer, List<Integer>> runsByLength = new HashMap<>();
        for (int i = 0; i < line.length(); ) {
            if (line.charAt(i) == '`') {
                int len = runOf(line, i);
                runsByLength.computeIfAbsent(len, k -> new ArrayList<>()).add(runs.size());
                runs.add(new int[]{i, len});
                i += len;
            } else {
                i++;
            }
        }
        Map<Integer, Integer> cursor = new HashMap<>();
        int runIndex = 0;
        int i = 0;
        while (i < line.length()) {
            char c = line.charAt(i);
            if (c == '<' && line.startsWith("<!--", i)) {
                int close = line.indexOf("-->", i + 4);
                if (close < 0) {
                    return true;
                }
                kept.append(' ');
                i = close + 3;
                continue;
            }
            if (c == '`') {
                while (runIndex < runs.size() && runs.get(runIndex)[0] < i) {
                    runIndex++;
                }
                int len = runs.get(runIndex)[1];
                List<Integer> same = runsByLength.get(len);
                int k = cursor.getOrDefault(len, 0);
                while (k < same.size() && same.get(k) <= runIndex) {
                    k++;
                }
                cursor.put(len, k);
                if (k < same.size()) {
                    int[] closer = runs.get(same.get(k));
                    kept.append(' ');
                    i = closer[0] + closer[1];
                } else {
                    kept.append(line, i, i + len);
                    i += len;
                }
                continue;
            }
            kept.append(c);
            i++;
        }
        return false;
    }

    /** Drops the parts of a line that follow an unticked box ({@code [ ]}, ☐); keeps ticked ones without the box. */
    private static String ticked(String s) {
        if (s.indexOf('[') < 0 && s.indexOf('\u2610') < 0 && s.indexOf('\u2611') < 0 && s.indexOf('\u2612') < 0) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length());
        boolean keep = true;
        int i = 0;
        while (i < s.length()) {
            int box = boxAt(s, i);
            if (box != 0) {
                keep = box > 0;
                out.append(' ');
                i += (s.charAt(i) == '[') ? 3 : 1;
                continue;
            }
            if (keep) {
                out.append(s.charAt(i));
            }
            i++;
        }
        return out.toString();
    }

    /** +1 for a ticked box at i, -1 for an unticked one, 0 for none; {@code [x](url)} is a link, not a box. */
    private static int boxAt(String s, int i) {
        char c = s.charAt(i);
        if (c == '\u2610') {
            return -1;
        }
        if (c == '\u2611' || c == '\u2612') {
            return 1;
        }
        if (c != '[' || i + 2 >= s.length() || s.charAt(i + 2) != ']') {
            return 0;
        }
        if (i + 3 < s.length() && s.charAt(i + 3) == '(') {
            return 0;
        }
        char mark = s.charAt(i + 1);
        if (mark == ' ') {
            return -1;
        }
        return (mark == 'x' || mark == 'X') ? 1 : 0;
    }
}
