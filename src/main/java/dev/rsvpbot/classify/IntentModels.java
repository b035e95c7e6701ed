package dev.rsvpbot.classify;

/**
 * The two learned readers that ship (docs/understanding.md). The first look reads a reply by its own words, its
 * thread's ask and its author's place in the thread; {@link ThreadHistory} keeps what it made of each reply. The
 * decider reads the same, plus what the first look made of the thread's earlier replies, and decides.
 *
 * @param firstLook {@code first-look-model.tsv}
 * @param decider   {@code intent-model.tsv}
 */
public record IntentModels(IntentModel firstLook, IntentModel decider) {
    static final String FIRST_LOOK = "first-look-model.tsv";
    static final String DECIDER = "intent-model.tsv";

    /** The models shipped with rsvp-bot, read once. */
    public static IntentModels shipped() {
        if (Shipped.FAILURE != null) {
            throw Shipped.FAILURE;
        }
        return Shipped.MODELS;
    }

    /** The JVM's lazy holder: read on first use, once, without a lock or mutable static state. */
    private static final class Shipped {
        private static final IntentModels MODELS;
        private static final RuntimeException FAILURE;

        static {
            IntentModels models = null;
            RuntimeException failure = null;
            try {
                models = new IntentModels(IntentModel.resource(FIRST_LOOK), IntentModel.resource(DECIDER));
            } catch (RuntimeException e) {
                failure = e;
            }
            MODELS = models;
            FAILURE = failure;
        }
    }
}
