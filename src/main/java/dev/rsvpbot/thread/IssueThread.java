package dev.rsvpbot.thread;

import java.util.List;
import java.util.Objects;

/** An issue with all its replies, in the order GitHub returned them. The input of the pure core. */
public record IssueThread(SeminarIssue issue, List<Reply> replies) {
    public IssueThread {
        Objects.requireNonNull(issue, "issue");
        replies = replies == null ? List.of() : List.copyOf(replies);
    }
}
