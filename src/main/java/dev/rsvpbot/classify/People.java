package dev.rsvpbot.classify;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Who a reply names and where its sentences end: {@code @mentions}, a bare login after a cue (挂靠 alice), a
 * friend's name (带一个新朋友 徐魁). Positions index the author text; lookups are binary searches.
 */
final class People {
    record Mention(int start, int end, String login) {
    }

    /** Characters that end a Han name: particles and verbs that follow a name in a sentence. */
    private static final String NAME_STOPS = "来会也是和跟一参的过去要将想同在了，,。 ";

    private final String text;
    private final String folded;
    private final List<Mention> mentions;
    private final int[] mentionStarts;
    private final int[] sentenceEnds;

    People(String text, String folded) {
        this.text = text;
        this.folded = folded;
        this.mentions = findMentions(text);
        this.mentionStarts = mentions.stream().mapToInt(Mention::start).toArray();
        this.sentenceEnds = sentenceEnds(folded);
    }

    /** Every login the text @-mentions, in order. */
    List<String> logins() {
        return mentions.stream().map(Mention::login).toList();
    }

    /** {@code s} (the text, or its folded form: same length) with every {@code @mention} cut out. */
    String withoutMentions(String s) {
        StringBuilder b = new StringBuilder(s.length());
        int from = 0;
        for (Mention m : mentions) {
            b.append(s, from, m.start());
            from = m.end();
        }
        return b.append(s, from, s.length()).toString();
    }

    /** The login a reply opens with ({@code @alice 欢迎…}): the reply speaks to that person. */
    Optional<String> addresseeAtStart() {
        if (mentions.isEmpty() || !text.substring(0, mentions.get(0).start()).isBlank()) {
            return Optional.empty();
        }
        return Optional.of(mentions.get(0).login());
    }

    /** The start of the last mention that ends at or before pos, or pos when there is none. */
    int lastMentionStartBefore(int pos) {
        for (int i = mentions.size() - 1; i >= 0; i--) {
            if (mentions.get(i).end() <= pos) {
                return mentions.get(i).start();
            }
        }
        return pos;
    }

    private static int[] sentenceEnds(String f) {
        List<Integer> ends = new ArrayList<>();
        for (int i = 0; i < f.length(); i++) {
            char c = f.charAt(i);
            if (c == '\n' || c == '。' || c == '!' || c == '?' || (c == '.' && (i + 1 == f.length() || f.charAt(i + 1) == ' '))) {
                ends.add(i);
            }
        }
        ends.add(f.length());
        return ends.stream().mapToInt(Integer::intValue).toArray();
    }

    /** [start, end) of the sentence holding pos. */
    int[] sentenceOf(int pos) {
        int idx = java.util.Arrays.binarySearch(sentenceEnds, pos);
        if (idx < 0) {
            idx = -idx - 1;
        }
        int end = sentenceEnds[Math.min(idx, sentenceEnds.length - 1)];
        int start = idx == 0 ? 0 : sentenceEnds[idx - 1] + 1;
        return new int[]{Math.min(start, end), end};
    }

    /** {@code @login} and {@code @[login](https://github.com/login)}; not e-mail addresses. */
    private static List<Mention> findMentions(String t) {
        List<Mention> out = new ArrayList<>();
        for (int i = 0; i < t.length(); i++) {
            if (t.charAt(i) != '@' && t.charAt(i) != '\uFF20') {
                continue;
            }
            if (i > 0 && Fold.isLoginChar(t.charAt(i - 1))) {
                continue;
            }
            int s = i + 1;
            boolean bracket = s < t.length() && t.charAt(s) == '[';
            if (bracket) {
                s++;
            }
            int e = s;
            while (e < t.length() && Fold.isLoginChar(t.charAt(e)) && e - s < 39) {
                e++;
            }
            if (e > s && Fold.isAsciiWordChar(t.charAt(s))) {
                out.add(new Mention(i, bracket && e < t.length() && t.charAt(e) == ']' ? e + 1 : e, t.substring(s, e)));
                i = e - 1;
            }
        }
        return out;
    }

    Optional<Mention> mentionIn(int from, int to) {
        int at = SortedInts.firstIn(mentionStarts, from, to);
        if (at < 0) {
            return Optional.empty();
        }
        return Optional.of(mentions.get(java.util.Arrays.binarySearch(mentionStarts, at)));
    }

    /** The login named after a cue: an {@code @mention} in the same sentence, else a bare login-shaped word. */
    Optional<String> loginAfter(int from) {
        int[] sentence = sentenceOf(Math.min(from, Math.max(0, text.length() - 1)));
        Optional<Mention> m = mentionIn(from, Math.max(from, sentence[1]));
        if (m.isPresent()) {
            return m.map(Mention::login);
        }
        int i = from;
        while (i < text.length() && i - from < 6 && (folded.charAt(i) == ' ' || folded.charAt(i) == ':'
                || folded.charAt(i) == '是' || folded.charAt(i) == '在' || folded.charAt(i) == '给')) {
            i++;
        }
        int e = i;
        while (e < text.length() && Fold.isLoginChar(text.charAt(e)) && e - i < 39) {
            e++;
        }
        if (e > i && Fold.isAsciiWordChar(text.charAt(i))) {
            return Optional.of(text.substring(i, e));
        }
        return Optional.empty();
    }

    /** The {@code @mention} ending just before pos (up to three spaces between). */
    Optional<String> mentionBefore(int pos) {
        int i = java.util.Arrays.binarySearch(mentionStarts, pos);
        int last = (i < 0 ? -i - 1 : i) - 1; // mentions start in increasing order and do not overlap
        if (last < 0) {
            return Optional.empty();
        }
        Mention m = mentions.get(last);
        if (m.end() <= pos && pos - m.end() <= 3 && folded.substring(m.end(), pos).isBlank()) {
            return Optional.of(m.login());
        }
        return Optional.empty();
    }

    /** A friend's name after a cue: 2-4 Han characters, or up to three capitalised Latin words. */
    String nameAt(int from, int to) {
        int i = from;
        while (i < to && (Character.isWhitespace(text.charAt(i)) || folded.charAt(i) == ':' || folded.charAt(i) == ','
                || text.charAt(i) == '，' || text.charAt(i) == '、')) {
            i++;
        }
        if (i >= to) {
            return null;
        }
        if (Fold.isCjk(text.charAt(i))) {
            int e = i;
            while (e < to && Fold.isCjk(text.charAt(e)) && NAME_STOPS.indexOf(text.charAt(e)) < 0 && e - i < 4) {
                e++;
            }
            return e - i >= 2 ? text.substring(i, e) : null;
        }
        if (Character.isUpperCase(text.charAt(i)) && text.charAt(i) < 128) {
            int e = i;
            int words = 0;
            while (e < to && words < 3 && Character.isUpperCase(text.charAt(e)) && text.charAt(e) < 128) {
                while (e < to && Character.isLetter(text.charAt(e)) && text.charAt(e) < 128) {
                    e++;
                }
                words++;
                if (e < to && text.charAt(e) == ' ' && e + 1 < to && Character.isUpperCase(text.charAt(e + 1))) {
                    e++;
                } else {
                    break;
                }
            }
            return text.substring(i, e).strip();
        }
        return null;
    }
}
