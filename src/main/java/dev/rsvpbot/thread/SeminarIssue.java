package dev.rsvpbot.thread;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A seminar issue: the minutes (its body) that the replies answer.
 *
 * @param repo      {@code owner/name}
 * @param number    the issue number
 * @param title     the issue title, e.g. {@code 第三季6场 AI ML Club 活动纪要}
 * @param body      the minutes in Markdown; never null
 * @param author    login of whoever opened the issue (the chair, usually)
 * @param createdAt when the issue was opened
 * @param htmlUrl   link to the issue
 * @param labels    the issue's label names
 */
public record SeminarIssue(String repo, int number, String title, String body, String author,
                           Instant createdAt, String htmlUrl, List<String> labels) {
    public SeminarIssue {
        Objects.requireNonNull(createdAt, "createdAt");
        repo = repo == null ? "" : repo;
        title = title == null ? "" : title;
        body = body == null ? "" : body;
        author = author == null ? "" : author;
        htmlUrl = htmlUrl == null ? "" : htmlUrl;
        labels = labels == null ? List.of() : List.copyOf(labels);
    }
}
