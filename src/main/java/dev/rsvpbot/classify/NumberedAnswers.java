package dev.rsvpbot.classify;

import java.util.ArrayList;
import java.util.List;

/** Splits a reply into its answers to the RSVP's numbered questions, when it is written that way. */
final class NumberedAnswers {
    /** Part of the text; {@code question} is the RSVP question a numbered answer answers (0: none). */
    record Region(int start, int end, int question) {
        boolean answer() {
            return question > 0;
        }
    }

    private NumberedAnswers() {
    }

    /**
     * {@code 1. 无 2. Poster 3. 无}: markers 1, 2, 3 in order (or a single leading marker) turn their text into
     * answers to the thread's numbered questions. A list longer than the thread asks is an ordinary list, not
     * answers, and so is every list in a thread that asks no numbered questions.
     *
     * @param questions how many numbered questions the thread asks
     */
    static List<Region> of(String folded, int questions) {
        List<int[]> markers = new ArrayList<>(); // {digitPos, number, contentStart}
        for (int i = 0; i + 1 < folded.length(); i++) {
            char c = folded.charAt(i);
            if (c < '1' || c > '9') {
                continue;
            }
            char prev = i > 0 ? folded.charAt(i - 1) : '\n';
            char next = folded.charAt(i + 1);
            char after = i + 2 < folded.length() ? folded.charAt(i + 2) : ' ';
            boolean prevOk = Character.isWhitespace(prev) || ",;。、".indexOf(prev) >= 0;
            boolean nextOk = ".、):".indexOf(next) >= 0;
            if (prevOk && nextOk && !ArxivId.isDigit(after)) {
                markers.add(new int[]{i, c - '0', i + 2});
            }
        }
        List<Region> whole = List.of(new Region(0, folded.length(), 0));
        if (markers.isEmpty() || questions == 0) {
            return whole;
        }
        List<int[]> answers = new ArrayList<>();
        int expected = 1;
        for (int[] m : markers) {
            if (m[1] == expected && expected <= questions) {
                answers.add(m);
                expected++;
            } else if (m[1] > questions && !answers.isEmpty()) {
                return whole;
            }
        }
        if (answers.size() < 2) {
            int[] first = markers.get(0);
            boolean leading = folded.substring(0, first[0]).isBlank();
            if (!(leading && first[1] <= questions && markers.size() == 1)) {
                return whole;
            }
            answers = List.of(first);
        }
        List<Region> out = new ArrayList<>();
        if (answers.get(0)[0] > 0) {
            out.add(new Region(0, answers.get(0)[0], 0));
        }
        for (int k = 0; k < answers.size(); k++) {
            int[] a = answers.get(k);
            int end;
            if (k + 1 < answers.size()) {
                end = answers.get(k + 1)[0];
            } else {
                int nl = folded.indexOf('\n', a[2]);
                end = nl < 0 ? folded.length() : nl;
            }
            out.add(new Region(a[2], end, a[1]));
            if (k + 1 == answers.size() && end < folded.length()) {
                out.add(new Region(end, folded.length(), 0));
            }
        }
        return out;
    }
}
