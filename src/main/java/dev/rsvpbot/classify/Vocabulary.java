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
            "track-cv", "track-nlp", "weak", "time");
    /** Categories compared with a whole answer or clause, never searched inside text. */
    private static final Set<String> WHOLE_ANSWER = Set.of("none", "yes", "no", "checkin", "footer", "weak");

    final PhraseMatcher matcher;
    final AuthorText authorText;
    final TalkFinder talks;
    final Set<String> none;
    final Set<String> yes;
    final Set<String> no;
    final Set<String> checkin;
    final Set<String> weakWhole;

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
        for (String category : lexicon.categories()) {
            if (WHOLE_ANSWER.contains(category)) {
                continue;
            }
            for (String p : lexicon.phrases(category)) {
                entries.add(new PhraseMatcher.Entry(category, p, weak.contains(Fold.fold(p))));
            }
        }
        matcher = new PhraseMatcher(entries);
        authorText = new AuthorText(lexicon.phrases("footer"));
        talks = new TalkFinder(matcher);
        none = lettersOf(lexicon.phrases("none"));
        yes = foldedOf(lexicon.phrases("yes"));
        no = foldedOf(lexicon.phrases("no"));
        checkin = lettersOf(lexicon.phrases("checkin"));
        weakWhole = lettersOf(lexicon.phrases("weak"));
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
