package dev.rsvpbot.github;

import dev.rsvpbot.thread.IssueThread;

/**
 * What {@code poll} needs from the pipeline: the full body of the summary comment for one thread,
 * starting with its {@link dev.rsvpbot.render.SummaryMarker} line.
 */
@FunctionalInterface
public interface ThreadSummarizer {
    String summaryBody(IssueThread thread, String botLogin);
}
