package dev.rsvpbot.thread;

import java.time.Instant;
import java.util.Objects;

/**
 * One reply on a seminar issue, as GitHub returns it, reduced to what the pipeline reads.
 *
 * @param id         GitHub's comment id (stable across edits)
 * @param author     the author's login
 * @param authorIsBot true when GitHub marks the author as a bot ({@code type: Bot} or a login ending {@code [bot]})
 * @param body       the current Markdown body (after any edits); never null
 * @param createdAt  when the reply was first posted: this orders the thread
 * @param updatedAt  when it was last edited (equal to createdAt when never edited)
 * @param htmlUrl    link to the reply on GitHub, used in the summary
 * @param association the author's {@code author_association} with the repository: one way to be a chair
 */
public record Reply(long id, String author, boolean authorIsBot, String body,
                    Instant createdAt, Instant updatedAt, String htmlUrl, Association association) {
    public Reply {
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(createdAt, "createdAt");
        body = body == null ? "" : body;
        updatedAt = updatedAt == null ? createdAt : updatedAt;
        htmlUrl = htmlUrl == null ? "" : htmlUrl;
        association = association == null ? Association.NONE : association;
    }

    /** A reply whose author's association is unknown ({@link Association#NONE}): grants no chair's rights. */
    public Reply(long id, String author, boolean authorIsBot, String body,
                 Instant createdAt, Instant updatedAt, String htmlUrl) {
        this(id, author, authorIsBot, body, createdAt, updatedAt, htmlUrl, Association.NONE);
    }

    /** The same reply with another body (its command lines taken out), everything else kept. */
    public Reply withBody(String replacement) {
        return new Reply(id, author, authorIsBot, replacement, createdAt, updatedAt, htmlUrl, association);
    }

    /** The same reply marked as written by a bot. */
    public Reply asBot() {
        return new Reply(id, author, true, body, createdAt, updatedAt, htmlUrl, association);
    }
}
