package dev.rsvpbot.github;

import dev.rsvpbot.thread.Association;
import dev.rsvpbot.thread.Bots;
import dev.rsvpbot.thread.Reply;
import java.time.Instant;

/** One comment as poll sees it, whoever wrote it. */
record CommentView(long id, String author, String body, Instant createdAt, Instant updatedAt, String htmlUrl,
                   Association association) {
    CommentView {
        body = body == null ? "" : body;
        author = author == null ? "" : author;
        updatedAt = updatedAt == null ? createdAt : updatedAt;
        association = association == null ? Association.NONE : association;
    }

    CommentView(long id, String author, String body, Instant createdAt, Instant updatedAt, String htmlUrl) {
        this(id, author, body, createdAt, updatedAt, htmlUrl, Association.NONE);
    }

    boolean writtenBy(String login) {
        return Bots.isSelf(author, login);
    }

    Reply toReply(String botLogin) {
        boolean bot = Bots.isBot(author, false, botLogin);
        return new Reply(id, author, bot, body, createdAt, updatedAt, htmlUrl, association);
    }
}
