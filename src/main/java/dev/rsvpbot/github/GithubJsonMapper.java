package dev.rsvpbot.github;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rsvpbot.thread.Association;
import dev.rsvpbot.thread.Bots;
import dev.rsvpbot.thread.Reply;
import dev.rsvpbot.thread.SeminarIssue;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Maps GitHub REST answers (issue object, issue comment objects) to the pipeline's records. Reads only the fields
 * the pipeline needs; anything else in the JSON is ignored, so recorded answers of any API version work.
 *
 * <pre>{@code
 * GithubJsonMapper mapper = new GithubJsonMapper();
 * SeminarIssue issue = mapper.issueFrom(objectMapper.readTree(issueJson));
 * List<Reply> replies = mapper.repliesFrom(objectMapper.readTree(commentsJson));
 * }</pre>
 */
public final class GithubJsonMapper {
    private static final String REPOS = "/repos/";

    /** An issue as {@code GET /repos/{owner}/{repo}/issues/{number}} returns it. */
    public SeminarIssue issueFrom(JsonNode issue) {
        if (issue == null || !issue.isObject()) {
            throw new IllegalArgumentException("expected an issue object, found " + kind(issue));
        }
        int number = requiredInt(issue, "number", "the issue");
        List<String> labels = new ArrayList<>();
        for (JsonNode label : issue.path("labels")) {
            String name = label.isTextual() ? label.asText() : label.path("name").asText("");
            if (!name.isEmpty()) {
                labels.add(name);
            }
        }
        return new SeminarIssue(repoOf(issue), number, text(issue, "title"), text(issue, "body"),
                issue.path("user").path("login").asText(""), instant(issue, "created_at", "the issue"),
                text(issue, "html_url"), labels);
    }

    /** One issue comment as {@code GET /repos/{owner}/{repo}/issues/{number}/comments} lists it. */
    public Reply replyFrom(JsonNode comment) {
        if (comment == null || !comment.isObject()) {
            throw new IllegalArgumentException("expected a comment object, found " + kind(comment));
        }
        JsonNode id = comment.get("id");
        if (id == null || !id.canConvertToLong() || !id.isIntegralNumber()) {
            throw new IllegalArgumentException("a comment has no numeric \"id\"");
        }
        String where = "comment " + id.asLong();
        JsonNode user = comment.path("user");
        // A deleted account shows as GitHub's "ghost" user; a missing user means the same.
        String login = user.path("login").asText("");
        if (login.isEmpty()) {
            login = "ghost";
        }
        boolean bot = Bots.isBot(login, "Bot".equalsIgnoreCase(user.path("type").asText("")), "");
        Instant created = instant(comment, "created_at", where);
        Instant updated = comment.hasNonNull("updated_at") ? instant(comment, "updated_at", where) : created;
        return new Reply(id.asLong(), login, bot, text(comment, "body"), created, updated, text(comment, "html_url"),
                Association.of(text(comment, "author_association")));
    }

    /** A comments array (all pages concatenated). */
    public List<Reply> repliesFrom(JsonNode comments) {
        if (comments == null || !comments.isArray()) {
            throw new IllegalArgumentException("expected an array of comments, found " + kind(comments));
        }
        List<Reply> replies = new ArrayList<>(comments.size());
        for (int i = 0; i < comments.size(); i++) {
            try {
                replies.add(replyFrom(comments.get(i)));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("entry " + i + " of the array: " + e.getMessage(), e);
            }
        }
        return replies;
    }

    /** {@code owner/name} from {@code repository_url} ({@code https://api.github.com/repos/owner/name}), else from {@code html_url}. */
    private static String repoOf(JsonNode issue) {
        String api = text(issue, "repository_url");
        int at = api.indexOf(REPOS);
        if (at >= 0) {
            return api.substring(at + REPOS.length());
        }
        String html = text(issue, "html_url");
        int issues = html.indexOf("/issues/");
        int host = html.indexOf("://");
        if (issues > 0 && host > 0) {
            String path = html.substring(html.indexOf('/', host + 3) + 1, issues);
            return path;
        }
        return "";
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? "" : value.asText();
    }

    private static int requiredInt(JsonNode node, String field, String where) {
        JsonNode value = node.get(field);
        if (value == null || !value.isIntegralNumber() || !value.canConvertToInt()) {
            throw new IllegalArgumentException(where + " has no numeric \"" + field + "\"");
        }
        return value.asInt();
    }

    private static Instant instant(JsonNode node, String field, String where) {
        String value = text(node, field);
        if (value.isEmpty()) {
            throw new IllegalArgumentException(where + " has no \"" + field + "\" (an ISO-8601 time like 2019-09-16T04:00:00Z)");
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(where + " has \"" + field + "\": \"" + value
                    + "\", which is not an ISO-8601 time like 2019-09-16T04:00:00Z", e);
        }
    }

    private static String kind(JsonNode node) {
        return node == null || node.isMissingNode() ? "nothing" : node.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
    }
}
