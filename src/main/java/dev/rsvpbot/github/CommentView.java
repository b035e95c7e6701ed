package dev.rsvpbot.github;

import dev.rsvpbot.thread.Reply;
import java.time.Instant;

/** One comment as poll sees it, whoever wrote it. */
record CommentView(long id, String author, String body, Instant createdAt, Instant updatedAt, String htmlUrl) {
    CommentView {
        body = body == null ? "" : body;
        author = author == null ? "" : author;
        updatedAt = updatedAt == null ? createdAt : updatedAt;
    }

    boolean writtenBy(String login) {
        return author.equalsIgnoreCase(login);
    }

    Reply toReply(String botLogin) {
        boolean bot = author.endsWith("[bot]") || writtenBy(botLogin);
        return new Reply(id, author, bot, body, createdAt, updatedAt, htmlUrl);
    }
}
