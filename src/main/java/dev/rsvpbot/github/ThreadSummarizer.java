package dev.rsvpbot.github;

import dev.rsvpbot.thread.IssueThread;
import java.util.function.BiFunction;

/**
 * What {@code poll} needs from the pipeline: the full body of the summary comment for one thread,
 * starting with its {@link dev.rsvpbot.render.SummaryMarker} line.
 */
@FunctionalInterface
public interface ThreadSummarizer {
    String summaryBody(IssueThread thread, String botLogin);

    /**
     * Changes whenever the same thread could give a different body (another configuration or version of the
     * pipeline). Poll skips issues with nothing new only while it stays the same.
     */
    default String fingerprint() {
        return "";
    }

    /** A summarizer with a fingerprint. */
    static ThreadSummarizer of(String fingerprint, BiFunction<IssueThread, String, String> body) {
        return new ThreadSummarizer() {
            @Override
            public String summaryBody(IssueThread thread, String botLogin) {
                return body.apply(thread, botLogin);
            }

            @Override
            public String fingerprint() {
                return fingerprint;
            }
        };
    }
}
