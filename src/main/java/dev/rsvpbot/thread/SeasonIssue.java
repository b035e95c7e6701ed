package dev.rsvpbot.thread;

import java.time.Instant;
import java.util.Objects;

/**
 * One seminar issue of the season as the digest reads it: the thread, and what GitHub says about the issue
 * beyond it.
 *
 * @param thread     the issue and its replies (the bot's own comments marked as a bot's)
 * @param open       false once the issue is closed
 * @param updatedAt  GitHub's {@code updated_at}: a new reply or an edit moves it
 * @param summaryUrl the link to the bot's summary comment on the issue, or empty when there is none yet
 */
public record SeasonIssue(IssueThread thread, boolean open, Instant updatedAt, String summaryUrl) {
    public SeasonIssue {
        Objects.requireNonNull(thread, "thread");
        updatedAt = updatedAt == null ? thread.issue().createdAt() : updatedAt;
        summaryUrl = summaryUrl == null ? "" : summaryUrl;
    }

    public SeminarIssue issue() {
        return thread.issue();
    }
}
