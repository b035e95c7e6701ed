package dev.rsvpbot.classify;

import dev.rsvpbot.classify.PhraseMatcher.Match;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What the learned model ({@link IntentModel}) sees of a reply: the rules' verdict and cues, the thread's ask,
 * the reply's shape, and its words (Latin words and word pairs, Han characters and character pairs). Named features, so a decision can be
 * explained by the features that weighed most. Pure and deterministic: the same reply gives the same list.
 */
final class ReplyFeatures {
    /** Longest author text read for words: a reply's intent is in its first lines. */
    private static final int MAX_WORD_CHARS = 2_000;
    private static final String LETTERS = "letters=";

    private final Vocabulary v;

    ReplyFeatures(Vocabulary v) {
        this.v = v;
    }

    /**
     * @param own    the author's own words ({@link AuthorText})
     * @param rules  what the rules concluded
     * @param ask    the thread's ask
     * @param author the reply's author login, or empty
     * @param context what the thread's earlier replies said of the author
     */
    List<String> of(String own, Classification rules, ThreadAsk ask, String author, ReplyContext context) {
        return withEarlier(base(own, rules, ask, author, context), context.earlier());
    }

    /**
     * The features of {@link #of} but what the earlier replies' first looks say: what the first look reads.
     *
     * @param names the features
     * @param size  the reply's length bucket ({@code letters=} feature), which the earlier-reply features cross with
     */
    record Base(List<String> names, String size) {
        Base {
            names = List.copyOf(names);
        }
    }

    Base base(String own, Classification rules, ThreadAsk ask, String author, ReplyContext context) {
        Set<String> f = new LinkedHashSet<>();
        String kind = "kind=" + ask.kind().name();
        f.add("bias");
        f.add(kind);
        if (context.invitedToTalk()) {
            f.add("invited-to-talk");
            f.add("invited-to-talk|" + kind);
        }
        if (context.spokeBefore()) {
            f.add("spoke-before");
            f.add("spoke-before|" + kind);
        }
        for (Label l : rules.labels()) {
            f.add("rule=" + l.name());
            f.add("rule=" + l.name() + "|" + kind);
        }
        if (rules.unsure()) {
            f.add("rule-unsure");
        }
        for (Evidence e : rules.evidence()) {
            int space = e.cue().indexOf(' ');
            String rule = space < 0 ? e.cue() : e.cue().substring(0, space);
            if (rule.startsWith("rule:") || rule.startsWith("thread:")) {
                f.add("why=" + rule);
            }
        }
        String folded = Fold.fold(own);
        String analysed = folded.length() > ReplyClassifier.MAX_ANALYSED_CHARS ? folded.substring(0, ReplyClassifier.MAX_ANALYSED_CHARS) : folded;
        for (Match m : v.matcher.find(analysed, own.substring(0, analysed.length()))) {
            f.add("cue=" + m.category());
            f.add("cue=" + m.category() + "|" + kind);
        }
        String size = size(folded);
        shape(f, own, folded, ask, author, kind, size);
        words(f, folded.length() > MAX_WORD_CHARS ? folded.substring(0, MAX_WORD_CHARS) : folded);
        return new Base(new ArrayList<>(f), size);
    }

    private static String size(String folded) {
        int letters = Fold.lettersOnly(folded).length();
        return letters == 0 ? "0" : letters <= 3 ? "1-3" : letters <= 10 ? "4-10" : letters <= 30 ? "11-30"
                : letters <= 100 ? "31-100" : "100+";
    }

    /** Labels whose share among the earlier replies is a feature: the ones real threads are made of. */
    private static final Label[] SHARED = {Label.POSTER, Label.ATTEND, Label.NEWCOMER, Label.WITHDRAW, Label.OTHER};

    /**
     * The base features and what the first look made of the thread's earlier replies: how many there are, each
     * label's share in fifths, the commonest (alone and with this reply's size: a short reply follows the thread's
     * pattern), and what the author's own earlier replies were. Nothing more for a reply read alone.
     */
    static List<String> withEarlier(Base base, EarlierReplies earlier) {
        if (!earlier.known()) {
            return base.names();
        }
        List<String> f = new ArrayList<>(base.names());
        String size = base.size();
        int n = earlier.count();
        f.add("thread-replies=" + (n == 0 ? "0" : n <= 2 ? "1-2" : n <= 9 ? "3-9" : "10+"));
        if (n > 0) {
            Label top = null;
            double topShare = -1;
            for (Label l : SHARED) {
                double share = earlier.share().getOrDefault(l, 0.0);
                f.add("thread-share-" + l.name() + "=" + (int) Math.min(4, share * 5));
                if (share > topShare) {
                    top = l;
                    topShare = share;
                }
            }
            f.add("thread-mostly=" + top.name());
            f.add("thread-mostly=" + top.name() + "|" + LETTERS + size);
        }
        for (Label l : earlier.authorSaid()) {
            f.add("author-said=" + l.name());
        }
        return f;
    }

    private static void shape(Set<String> f, String own, String folded, ThreadAsk ask, String author, String kind, String size) {
        f.add(LETTERS + size);
        f.add(LETTERS + size + "|" + kind);
        String lower = own.toLowerCase(Locale.ROOT);
        if (lower.contains("![") || lower.contains("<img")) {
            f.add("has-image");
            f.add("has-image|" + kind);
        }
        if (folded.contains("http")) {
            f.add("has-link");
            f.add("has-link|" + kind);
        }
        if (folded.contains("?")) {
            f.add("has-question-mark");
        }
        if (own.stripLeading().startsWith("@")) {
            f.add("opens-with-mention");
        }
        if (ask.byIssueAuthor(author)) {
            f.add("by-issue-author");
            f.add("by-issue-author|" + kind);
        }
        int digits = 0;
        int run = 0;
        for (int i = 0; i < folded.length(); i++) {
            run = ArxivId.isDigit(folded.charAt(i)) ? run + 1 : 0;
            digits = Math.max(digits, run);
        }
        if (digits > 0) {
            f.add(digits >= 6 ? "digits=6+" : "digits=1-5");
        }
        if (own.strip().indexOf('\n') >= 0) {
            f.add("several-lines");
        }
    }

    /**
     * Latin words (lower case) and word pairs ("count me", "can't make"), and Han characters and character pairs:
     * the words people use.
     */
    private static void words(Set<String> f, String folded) {
        StringBuilder word = new StringBuilder();
        char prevHan = 0;
        String prevWord = null;
        for (int i = 0; i <= folded.length(); i++) {
            char c = i < folded.length() ? folded.charAt(i) : ' ';
            if (c < 128 && Character.isLetterOrDigit(c) || c == '\'') {
                word.append(Character.toLowerCase(c));
            } else if (word.length() > 0) {
                String w = word.toString();
                if (w.length() <= 20 && !allDigits(w)) {
                    f.add("w=" + w);
                    if (prevWord != null) {
                        f.add("ww=" + prevWord + "_" + w);
                    }
                    prevWord = w;
                }
                word.setLength(0);
            }
            if (Fold.isCjk(c)) {
                f.add("h=" + c);
                if (prevHan != 0) {
                    f.add("hh=" + prevHan + c);
                }
                prevHan = c;
            } else {
                prevHan = 0;
            }
        }
    }

    private static boolean allDigits(String w) {
        for (int i = 0; i < w.length(); i++) {
            if (!ArxivId.isDigit(w.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
