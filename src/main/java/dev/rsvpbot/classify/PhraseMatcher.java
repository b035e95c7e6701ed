package dev.rsvpbot.classify;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds every lexicon phrase in a folded text in one pass (Aho-Corasick), so matching stays linear in the
 * text whatever the lexicon size. Immutable after construction, hence thread-safe.
 */
final class PhraseMatcher {
    /** One phrase of one category; {@code configured} when a config added it (the chair's own words). */
    record Entry(String category, String phrase, boolean weak, boolean configured) {
        Entry(String category, String phrase, boolean weak) {
            this(category, phrase, weak, false);
        }

        int foldedLength() {
            return phrase.length(); // folding keeps one char for one char
        }
    }

    /** A phrase found at [start, end) of the folded text. */
    record Match(Entry entry, int start, int end) {
        String category() {
            return entry.category();
        }

        int length() {
            return end - start;
        }
    }

    private final char[][] keys;     // per node: sorted edge chars
    private final int[][] targets;   // per node: edge targets, parallel to keys
    private final int[] fail;
    private final Entry[][] outputs; // per node: entries ending here, including via fail links

    PhraseMatcher(List<Entry> entries) {
        List<Map<Character, Integer>> edges = new ArrayList<>();
        List<List<Entry>> out = new ArrayList<>();
        edges.add(new HashMap<>());
        out.add(new ArrayList<>());
        for (Entry e : entries) {
            String p = Fold.fold(e.phrase());
            if (p.isEmpty()) {
                continue;
            }
            int node = 0;
            for (int i = 0; i < p.length(); i++) {
                Integer next = edges.get(node).get(p.charAt(i));
                if (next == null) {
                    next = edges.size();
                    edges.add(new HashMap<>());
                    out.add(new ArrayList<>());
                    edges.get(node).put(p.charAt(i), next);
                }
                node = next;
            }
            out.get(node).add(e);
        }
        int n = edges.size();
        keys = new char[n][];
        targets = new int[n][];
        for (int s = 0; s < n; s++) {
            Character[] cs = edges.get(s).keySet().toArray(new Character[0]);
            Arrays.sort(cs);
            keys[s] = new char[cs.length];
            targets[s] = new int[cs.length];
            for (int i = 0; i < cs.length; i++) {
                keys[s][i] = cs[i];
                targets[s][i] = edges.get(s).get(cs[i]);
            }
        }
        fail = new int[n];
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        for (int t : targets[0]) {
            queue.add(t);
        }
        while (!queue.isEmpty()) {
            int s = queue.poll();
            for (int i = 0; i < keys[s].length; i++) {
                char c = keys[s][i];
                int t = targets[s][i];
                int f = fail[s];
                while (f != 0 && step(f, c) < 0) {
                    f = fail[f];
                }
                int g = step(f, c);
                fail[t] = (g >= 0 && g != t) ? g : 0;
                out.get(t).addAll(out.get(fail[t]));
                queue.add(t);
            }
        }
        outputs = new Entry[n][];
        for (int s = 0; s < n; s++) {
            outputs[s] = out.get(s).toArray(new Entry[0]);
        }
    }

    private int step(int state, char c) {
        int i = Arrays.binarySearch(keys[state], c);
        return i >= 0 ? targets[state][i] : -1;
    }

    /**
     * All matches in {@code folded} that respect word boundaries, with matches lying strictly inside a longer
     * match removed, sorted by start. {@code original} is the unfolded text (same length), used for the case
     * of one-letter answers.
     */
    List<Match> find(String folded, String original) {
        List<Match> raw = new ArrayList<>();
        int state = 0;
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            int next;
            while ((next = step(state, c)) < 0 && state != 0) {
                state = fail[state];
            }
            state = Math.max(next, 0);
            for (Entry e : outputs[state]) {
                int len = e.foldedLength();
                int start = i + 1 - len;
                if (acceptable(e.phrase(), folded, original, start, i + 1)) {
                    raw.add(new Match(e, start, i + 1));
                }
            }
        }
        return dropContained(raw);
    }

    private static boolean acceptable(String phrase, String folded, String original, int start, int end) {
        char first = phrase.charAt(0);
        char last = phrase.charAt(phrase.length() - 1);
        if (phrase.length() == 1 && Character.isLetter(first) && first < 128) {
            return standaloneCapital(first, original, start);
        }
        if (Fold.isAsciiWordChar(first) && start > 0 && Fold.isAsciiWordChar(folded.charAt(start - 1))) {
            return false;
        }
        return !(Fold.isAsciiWordChar(last) && end < folded.length() && Fold.isAsciiWordChar(folded.charAt(end)));
    }

    /**
     * "P" as an answer: upper case, not part of a word, an abbreviation (P.S.), a hyphenated name, or a name with a
     * letter standing in for a character (黃O霖).
     */
    private static boolean standaloneCapital(char letter, String original, int at) {
        if (original.charAt(at) != Character.toUpperCase(letter)) {
            return false;
        }
        char before = at > 0 ? original.charAt(at - 1) : ' ';
        char after = at + 1 < original.length() ? original.charAt(at + 1) : ' ';
        char afterNext = at + 2 < original.length() ? original.charAt(at + 2) : ' ';
        if (Fold.isAsciiWordChar(before) || "-'.&/_)".indexOf(before) >= 0) {
            return false;
        }
        if (Fold.isAsciiWordChar(after) || "-'&/_(".indexOf(after) >= 0) {
            return false;
        }
        if (Fold.isCjk(before) && Fold.isCjk(after)) {
            return false;
        }
        if (spelledOut(original, at, -1) || spelledOut(original, at, 1)) {
            return false; // one letter of a word spelled out in capitals: "M O A B I T"
        }
        return !(after == '.' && Character.isLetter(afterNext));
    }

    /** Whether, one space from the letter at {@code at} in direction {@code dir} (±1), stands another lone capital. */
    private static boolean spelledOut(String original, int at, int dir) {
        int gap = at + dir;
        int neighbour = at + 2 * dir;
        int beyond = at + 3 * dir;
        return neighbour >= 0 && neighbour < original.length() && original.charAt(gap) == ' '
                && Character.isUpperCase(original.charAt(neighbour))
                && (beyond < 0 || beyond >= original.length() || !Character.isLetterOrDigit(original.charAt(beyond)));
    }

    /** The index of the first match starting at or after pos in a list sorted by start, as {@link #find} returns it. */
    static int firstStartingFrom(List<Match> sorted, int pos) {
        int lo = 0;
        int hi = sorted.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted.get(mid).start() < pos) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static List<Match> dropContained(List<Match> matches) {
        if (matches.size() < 2) {
            return matches;
        }
        matches.sort(Comparator.comparingInt(Match::start).thenComparing(Comparator.comparingInt(Match::end).reversed()));
        List<Match> kept = new ArrayList<>(matches.size());
        int coverEnd = -1;
        int coverStart = -1;
        for (Match m : matches) {
            boolean inside = m.end() <= coverEnd && (m.start() > coverStart || m.end() < coverEnd);
            if (!inside) {
                kept.add(m);
            }
            if (m.end() > coverEnd) {
                coverEnd = m.end();
                coverStart = m.start();
            }
        }
        return kept;
    }
}
