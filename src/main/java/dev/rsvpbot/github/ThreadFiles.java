package dev.rsvpbot.github;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import dev.rsvpbot.thread.IssueThread;
import dev.rsvpbot.thread.SeminarIssue;

import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads a thread from files saved from GitHub's REST API: the issue object and the comments array. For
 * {@code preview}, which works offline.
 */
public final class ThreadFiles {
    private final ObjectMapper json = new ObjectMapper();
    private final GithubJsonMapper mapper = new GithubJsonMapper();

    /** Thrown when a file is missing or not shaped like GitHub's answer; the message names the file and the problem. */
    public static final class BadFileException extends Exception {
        private static final long serialVersionUID = 1L;

        BadFileException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private static final String ISSUE_SHAPE = "the issue object of GET /repos/{owner}/{repo}/issues/{number}";

    public IssueThread read(Path issueFile, Path commentsFile) throws BadFileException {
        String commentsShape = "the array of GET /repos/{owner}/{repo}/issues/{number}/comments (all pages in one array)";
        SeminarIssue seminar = readIssue(issueFile);
        JsonNode comments = tree(commentsFile, commentsShape, true);
        try {
            return new IssueThread(seminar, mapper.repliesFrom(comments));
        } catch (IllegalArgumentException e) {
            throw new BadFileException(commentsFile + ": " + e.getMessage() + "; expected " + commentsShape, e);
        }
    }

    /** The issue alone ({@code classify --issue}), as {@link #read} reads it. */
    public SeminarIssue readIssue(Path issueFile) throws BadFileException {
        JsonNode issue = tree(issueFile, ISSUE_SHAPE, false);
        try {
            return mapper.issueFrom(issue);
        } catch (IllegalArgumentException e) {
            throw new BadFileException(issueFile + ": " + e.getMessage() + "; expected " + ISSUE_SHAPE, e);
        }
    }

    /**
     * What the digest reads beyond the thread: whether the issue is open, and when it was last updated.
     *
     * @param open      {@code "state": "open"} (or no state at all)
     * @param updatedAt {@code updated_at}, else {@code created_at}
     */
    public record IssueState(boolean open, java.time.Instant updatedAt) {
    }

    /** The issue file's state and {@code updated_at}, for {@code digest --thread}. */
    public IssueState readState(Path issueFile) throws BadFileException {
        JsonNode issue = tree(issueFile, ISSUE_SHAPE, false);
        SeminarIssue seminar = readIssue(issueFile);
        java.time.Instant updated = seminar.createdAt();
        try {
            if (issue.hasNonNull("updated_at")) {
                updated = java.time.Instant.parse(issue.get("updated_at").asText());
            }
        } catch (java.time.format.DateTimeParseException e) {
            throw new BadFileException(issueFile + ": updated_at is not an ISO-8601 time; expected " + ISSUE_SHAPE, e);
        }
        return new IssueState(!issue.path("state").asText("open").equalsIgnoreCase("closed"), updated);
    }

    /** Jackson's message without its "(start marker at [Source: …])" tail, which names no file. */
    private static String firstClause(String message) {
        int cut = message.indexOf(" (start marker");
        String text = cut > 0 ? message.substring(0, cut) : message;
        int line = text.indexOf('\n');
        return line > 0 ? text.substring(0, line) : text;
    }

    /**
     * The one JSON value of a file. With {@code pages}, arrays written one after another (what
     * {@code gh api --paginate} prints) are read as one array. Anything else after the first value is an error:
     * ignoring it could silently drop replies.
     */
    private JsonNode tree(Path file, String expected, boolean pages) throws BadFileException {
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            // Some Windows editors start UTF-8 files with a byte order mark, which is no JSON.
            if (text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
            try (JsonParser parser = json.createParser(text)) {
                JsonNode first = json.readTree(parser);
                if (first == null || first.isMissingNode()) {
                    return MissingNode.getInstance();
                }
                ArrayNode joined = first.isArray() && pages ? (ArrayNode) first : null;
                while (parser.nextToken() != null) {
                    JsonLocation at = parser.currentTokenLocation();
                    JsonNode next = json.readTree(parser);
                    if (joined == null || !next.isArray()) {
                        String what = !pages ? "issue object" : first.isArray() ? "comments array" : "first value";
                        throw new BadFileException(file + ": more JSON after the " + what
                                + " at line " + at.getLineNr() + ", column " + at.getColumnNr() + "; expected only "
                                + expected + (pages ? " (pages one after another are fine)" : ""), null);
                    }
                    joined.addAll((ArrayNode) next);
                }
                return joined != null ? joined : first;
            }
        } catch (NoSuchFileException e) {
            throw new BadFileException(file + ": no such file; save " + expected + " there", e);
        } catch (MalformedInputException e) {
            throw new BadFileException(file + ": not UTF-8 text; save " + expected + " as UTF-8 JSON", e);
        } catch (JsonProcessingException e) {
            // A broken limit (nesting deeper than 1,000 levels, a huge number) has no location.
            JsonLocation at = e.getLocation();
            throw new BadFileException(file + ": not valid JSON" + (at == null ? "" : " at line " + at.getLineNr()
                    + ", column " + at.getColumnNr()) + ": " + firstClause(e.getOriginalMessage()), e);
        } catch (IOException e) {
            throw new BadFileException(file + ": cannot read: " + e.getMessage(), e);
        }
    }
}
