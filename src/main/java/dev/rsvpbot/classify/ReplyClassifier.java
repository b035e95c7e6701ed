package dev.rsvpbot.classify;

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

    /** Classifies a reply read alone, without its thread. */
    public Classification classify(String markdownBody) {
        return classify(markdownBody, ThreadAsk.UNKNOWN, "");
    }

    /** Reads what an issue asks of its readers: once per issue, then passed with each of its replies. */
    public ThreadAsk readThread(String title, String body, String author) {
        try {
            return ThreadAsk.read(vocabulary, title, body, author);
        } catch (RuntimeException e) {
            return ThreadAsk.UNKNOWN; // an unreadable issue leaves its replies read alone, never a failed run
        }
    }

    /**
     * Classifies a reply in its thread: the thread's ask decides what a bare answer means (labels.md).
     *
     * @param author the reply's author login, or empty when unknown
     */
    public Classification classify(String markdownBody, ThreadAsk thread, String author) {
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
            return new Analysis(vocabulary, own, thread, author == null ? "" : author).run();
        } catch (RuntimeException e) {
            // A bad reply must never stop a run: the reply goes to human review instead. Tests assert this never fires.
            return other("rule:internal-error " + e.getClass().getSimpleName(), true);
        }
    }

    private static Classification other(String cue, boolean unsure) {
        return Classification.other(cue, unsure, false);
    }
}
