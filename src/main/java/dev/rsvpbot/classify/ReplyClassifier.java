package dev.rsvpbot.classify;

import java.util.List;
import java.util.Optional;

/**
 * Classifies one reply (its Markdown body) into the labels of {@code labels.md}, with the evidence for each.
 * Pure and deterministic; immutable after construction, so one instance serves any number of threads.
 * Never throws: a {@code null}, empty or junk body is {@link Label#OTHER}.
 *
 * <pre>{@code
 * ReplyClassifier classifier = new ReplyClassifier(Lexicon.defaults());
 * classifier.classify("下次 oral，讲 EMANet").labels();   // [ORAL]
 * }</pre>
 */
public final class ReplyClassifier {
    /**
     * GitHub refuses comments longer than 65,536 characters, so anything beyond is not a real reply's text;
     * cutting here bounds the (linear) stripping pass on hostile input such as a 1 MB body.
     */
    static final int MAX_BODY_CHARS = 65_536;
    /**
     * An RSVP is a few lines; 8,192 characters of the author's own words cover the longest self-introduction
     * with a pasted form many times over, and bound the per-clause rules on pathological text.
     */
    static final int MAX_ANALYSED_CHARS = 8_192;

    private final Vocabulary vocabulary;

    public ReplyClassifier(Lexicon lexicon) {
        this.vocabulary = new Vocabulary(lexicon);
    }

    public Classification classify(String markdownBody) {
        if (markdownBody == null || markdownBody.isBlank()) {
            return other("rule:no-author-text", false);
        }
        String body = markdownBody.length() > MAX_BODY_CHARS ? markdownBody.substring(0, MAX_BODY_CHARS) : markdownBody;
        String own = vocabulary.authorText.of(body);
        if (own.length() > MAX_ANALYSED_CHARS) {
            own = own.substring(0, MAX_ANALYSED_CHARS);
        }
        if (own.isBlank()) {
            return other("rule:no-author-text", false);
        }
        try {
            return new Analysis(vocabulary, own).run();
        } catch (RuntimeException e) {
            // A bad reply must never stop a run: the reply goes to human review instead. Tests assert this never fires.
            return other("rule:internal-error " + e.getClass().getSimpleName(), true);
        }
    }

    private static Classification other(String cue, boolean unsure) {
        return new Classification(java.util.Set.of(Label.OTHER), List.of(new Evidence(Label.OTHER, cue, "")),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), unsure, false);
    }
}
