package dev.rsvpbot.classify;

import dev.rsvpbot.classify.PhraseMatcher.Match;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The cues of one clause, indexed once so that every rule question ("is a negation before this word?") costs
 * a binary search: a clause of thousands of cues (hostile input) then stays near-linear instead of cubic.
 */
final class ClauseCues {
    static final Set<String> SIGN_UP = Set.of("oral", "poster", "oral-duration", "poster-duration", "talk", "attend", "attach");
    static final Set<String> KINDS = Set.of("oral", "poster", "oral-duration", "poster-duration");

    final List<Match> all;
    private final Map<String, int[]> starts = new HashMap<>();
    private final int[] signUpStarts;
    private final int[] kindStarts;

    ClauseCues(List<Match> matches) {
        this.all = matches;
        Map<String, List<Integer>> byCategory = new HashMap<>();
        List<Integer> signUps = new ArrayList<>();
        List<Integer> kinds = new ArrayList<>();
        for (Match m : matches) { // matches come sorted by start, so every list below is sorted too
            byCategory.computeIfAbsent(m.category(), k -> new ArrayList<>(2)).add(m.start());
            if (SIGN_UP.contains(m.category())) {
                signUps.add(m.start());
            }
            if (KINDS.contains(m.category())) {
                kinds.add(m.start());
            }
        }
        byCategory.forEach((k, list) -> starts.put(k, ints(list)));
        signUpStarts = ints(signUps);
        kindStarts = ints(kinds);
    }

    private static int[] ints(List<Integer> sorted) {
        int[] a = new int[sorted.size()];
        for (int i = 0; i < a.length; i++) {
            a[i] = sorted.get(i);
        }
        return a;
    }

    boolean has(String category) {
        return starts.containsKey(category);
    }

    /** A cue of this category starts before pos. */
    boolean before(String category, int pos) {
        int[] a = starts.get(category);
        return a != null && a[0] < pos;
    }

    /** A cue of this category starts at or after pos. */
    boolean from(String category, int pos) {
        int[] a = starts.get(category);
        return a != null && a[a.length - 1] >= pos;
    }

    boolean kindFrom(int pos) {
        return kindStarts.length > 0 && kindStarts[kindStarts.length - 1] >= pos;
    }

    /** A negation (不, not, 不讲…) stands before the word at pos in this clause. */
    boolean negatedBefore(int pos) {
        return before("negation", pos) || before("no-talk", pos);
    }

    /**
     * A change of mind names its new choice last: in a clause with a change cue ("Change my oral to a poster",
     * "取消 oral 改成 poster"), the last sign-up word after the cue is the new choice and the others are the old
     * one; "a poster instead" marks its choice just before the cue.
     */
    boolean changedTo(Match m) {
        if (before("change", m.start()) && signUpStarts[signUpStarts.length - 1] <= m.start()) {
            return true;
        }
        int[] after = starts.get("change-after");
        if (after == null) {
            return false;
        }
        int c = SortedInts.firstFrom(after, m.end());
        if (c < 0) {
            return false;
        }
        int next = SortedInts.firstFrom(signUpStarts, m.start() + 1);
        return next < 0 || next >= c;
    }

    /**
     * "oral 名额满了的话我就 poster": a talk named inside a condition (after 如果/if, before 的话) is not offered
     * when the words after the condition offer a talk of their own.
     */
    boolean conditionOfAnotherOffer(Match m) {
        int[] ends = starts.get("conditional-end");
        if (ends == null || !KINDS.contains(m.category())) {
            return false;
        }
        int end = ends[ends.length - 1];
        if (m.start() >= end || !kindFrom(end)) {
            return false;
        }
        int[] ifs = starts.get("conditional");
        int conditionStart = Integer.MIN_VALUE;
        if (ifs != null) {
            for (int start : ifs) {
                if (start < end) {
                    conditionStart = start;
                }
            }
        }
        return m.start() > conditionStart;
    }

    boolean anyChange() {
        return has("change") || has("change-after");
    }
}
