package dev.rsvpbot.classify;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** What the classifier derives once from a {@link Lexicon}: the phrase matcher and the whole-answer word sets. */
final class Vocabulary {
    /** Categories the classifier's rules read; a lexicon without one of them cannot drive it. */
    static final List<String> REQUIRED = List.of("oral", "poster", "oral-duration", "poster-duration", "talk", "attend", "checkin", "withdraw", "no-talk",
            "correction", "newcomer", "newcomer-word", "self-intro", "bio", "friend", "referrer", "referrer-after", "attach",
            "negation", "negation-after", "ignore", "hedge", "question-particle", "question", "polite-offer", "conditional", "conditional-end", "change",
            "change-after", "earlier", "later", "past", "clause-break", "none", "yes", "no", "title", "title-lead", "rsvp", "footer",
            "track-cv", "track-nlp", "weak", "time", "second-person", "cheer", "process", "chatter", "material", "greeting",
            "ask-sign-up", "ask-reply", "ask-details", "ask-minutes", "ask-talks", "ask-intro");
    /** Categories compared with a whole answer or clause, never searched inside text. */
    private static final Set<String> WHOLE_ANSWER = Set.of("none", "yes", "no", "checkin", "footer", "weak", "chatter");
    /** Categories only an issue's text is searched for (what it asks): in a reply they would hide other cues. */
    private static final Set<String> ASK_ONLY = Set.of("ask-sign-up", "ask-reply", "ask-minutes", "ask-talks", "ask-intro");
    /** Categories that say what a thread's question asks for. */
    private static final Set<String> ASK_READS = Set.of("ask-sign-up", "ask-reply", "ask-minutes", "ask-details", "ask-talks", "ask-intro",
            "oral", "poster", "talk", "correction", "newcomer", "newcomer-word", "friend", "attend");

    final PhraseMatcher matcher;
    /** Matches what an issue asks of its readers ({@link ThreadAsk}). */
    final PhraseMatcher askMatcher;
    final AuthorText authorText;
    final TalkFinder talks;
    final Set<String> none;
    final Set<String> yes;
    final Set<String> no;
    final Set<String> checkin;
    final Set<String> weakWhole;
    final Set<String> chatter;

    Vocabulary(Lexicon lexicon) {
        List<String> missing = new ArrayList<>();
        for (String c : REQUIRED) {
            if (!lexicon.categories().contains(c)) {
                missing.add(c);
            }
        }
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("the lexicon lacks the categories " + String.join(", ", missing)
                    + " that the classifier needs; start from Lexicon.defaults()");
        }
        Set<String> weak = new HashSet<>();
        for (String p : lexicon.phrases("weak")) {
            weak.add(Fold.fold(p));
        }
        List<PhraseMatcher.Entry> entries = new ArrayList<>();
        List<PhraseMatcher.Entry> askEntries = new ArrayList<>();
        for (String category : lexicon.categories()) {
            if (WHOLE_ANSWER.contains(category)) {
                continue;
            }
            for (String p : lexicon.phrases(category)) {
                PhraseMatcher.Entry entry = new PhraseMatcher.Entry(category, p, weak.contains(Fold.fold(p)),
                        lexicon.configured(category, p));
                if (!ASK_ONLY.contains(category)) {
                    entries.add(entry);
                }
                if (ASK_READS.contains(category)) {
                    askEntries.add(entry);
                }
            }
        }
        matcher = new PhraseMatcher(entries);
        askMatcher = new PhraseMatcher(askEntries);
        authorText = new AuthorText(lexicon.phrases("footer"));
        talks = new TalkFinder(matcher);
        none = lettersOf(lexicon.phrases("none"));
        yes = foldedOf(lexicon.phrases("yes"));
        no = foldedOf(lexicon.phrases("no"));
        checkin = lettersOf(lexicon.phrases("checkin"));
        weakWhole = lettersOf(lexicon.phrases("weak"));
        chatter = lettersOf(lexicon.phrases("chatter"));
    }

    private static Set<String> lettersOf(List<String> phrases) {
        Set<String> out = new HashSet<>();
        for (String p : phrases) {
            String letters = Fold.lettersOnly(Fold.fold(p));
            if (!letters.isEmpty()) {
                out.add(letters);
            }
        }
        return Set.copyOf(out);
    }

    private static Set<String> foldedOf(List<String> phrases) {
        Set<String> out = new HashSet<>();
        for (String p : phrases) {
            out.add(Fold.fold(p).strip());
        }
        return Set.copyOf(out);
    }
}
