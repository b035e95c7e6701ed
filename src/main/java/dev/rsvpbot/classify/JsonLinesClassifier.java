package dev.rsvpbot.classify;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code classify --jsonl} (interface.md): one reply object per input line in, one classification object per line
 * out, in input order. A line that is not a reply object gives {@code {"line": N, "error": "…"}} in its place and
 * processing goes on. A line may carry the thread it answers ({@code "issue"}), read as {@code preview} reads it;
 * consecutive lines of one issue are its replies in order, so each is read after the ones before it.
 * Streams: one line in memory at a time. Not thread-safe: one instance per input stream.
 */
public final class JsonLinesClassifier {
    /** What a run did: lines classified, and the 1-based numbers of the lines that were not reply objects. */
    public record Outcome(int classified, List<Integer> badLines) {
        public Outcome {
            badLines = List.copyOf(badLines);
        }
    }

    private final ReplyClassifier classifier;
    private List<String> lastIssue = List.of();
    private ThreadAsk lastAsk = ThreadAsk.UNKNOWN;
    /** The current issue's earlier lines, in input order: lines of one thread are expected together, in thread order. */
    private ThreadHistory history;
    private final ObjectMapper json = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION) // errors must not echo reply text back
            .disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .build();

    public JsonLinesClassifier(ReplyClassifier classifier) {
        this.classifier = classifier;
    }

    /**
     * Reads every line of {@code in} and writes one line per non-blank input line to {@code out}. The bytes are
     * decoded as UTF-8 line by line: a line that is not valid UTF-8 is an error for that line (it is not silently
     * repaired with U+FFFD), and the other lines go on. A UTF-8 byte order mark is skipped.
     */
    public Outcome run(InputStream in, Writer out) throws IOException {
        Utf8Lines lines = new Utf8Lines(in);
        return run(lines::next, () -> in.available() > 0, out);
    }

    private Outcome run(LineSource in, Ready ready, Writer out) throws IOException {
        int lineNumber = 0;
        int classified = 0;
        List<Integer> bad = new ArrayList<>();
        Line next;
        while ((next = in.next()) != null) {
            lineNumber++;
            String line = lineNumber == 1 && next.text().startsWith("\uFEFF") ? next.text().substring(1) : next.text();
            if (next.error() == null && line.isBlank()) {
                continue; // blank lines separate nothing: skipped, but they still count for line numbers
            }
            ObjectNode result;
            try {
                if (next.error() != null) {
                    throw new BadLine(next.error());
                }
                result = classifyLine(line, lineNumber);
                classified++;
            } catch (BadLine e) {
                result = json.createObjectNode().put("line", lineNumber).put("error", e.getMessage());
                bad.add(lineNumber);
            }
            out.write(json.writeValueAsString(result));
            out.write('\n');
            if (!ready.ready()) {
                out.flush(); // answer interactive callers at once, batch when input is queued
            }
        }
        out.flush();
        return new Outcome(classified, bad);
    }

    /** One input line: its text, or why it could not be decoded. */
    private record Line(String text, String error) {
    }

    private interface LineSource {
        Line next() throws IOException;
    }

    private interface Ready {
        boolean ready() throws IOException;
    }

    /** Splits bytes at {@code \n} (dropping a {@code \r} before it) and decodes each line strictly as UTF-8. */
    private static final class Utf8Lines {
        private final InputStream in;
        private boolean ended;

        Utf8Lines(InputStream in) {
            this.in = in;
        }

        Line next() throws IOException {
            if (ended) {
                return null;
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            int b;
            while ((b = in.read()) != -1 && b != '\n') {
                bytes.write(b);
            }
            if (b == -1) {
                ended = true;
                if (bytes.size() == 0) {
                    return null;
                }
            }
            byte[] line = bytes.toByteArray();
            int length = line.length > 0 && line[line.length - 1] == '\r' ? line.length - 1 : line.length;
            try {
                return new Line(StandardCharsets.UTF_8.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(line, 0, length)).toString(), null);
            } catch (CharacterCodingException e) {
                return new Line("", "not valid UTF-8 text: send the JSON Lines as UTF-8");
            }
        }
    }

    private ObjectNode classifyLine(String line, int lineNumber) {
        JsonNode node;
        try {
            node = json.readTree(line);
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "" : " at column " + e.getLocation().getColumnNr();
            throw new BadLine("not valid JSON" + where + ": " + e.getOriginalMessage());
        }
        if (node == null || !node.isObject()) {
            throw new BadLine("expected a JSON object like {\"id\": \"c1\", \"body\": \"reply text\"}, got "
                    + (node == null ? "nothing" : kind(node)));
        }
        JsonNode id = node.get("id");
        if (id != null && !id.isTextual() && !id.isNumber()) {
            throw new BadLine("\"id\" must be a string or a number, got " + kind(id));
        }
        JsonNode body = node.get("body");
        if (body == null) {
            throw new BadLine("missing \"body\": the reply text, a string");
        }
        if (body.isNull()) {
            // GitHub sends "body": null for a comment with no text; preview reads it as empty, and so does this.
            body = json.getNodeFactory().textNode("");
        }
        if (!body.isTextual()) {
            throw new BadLine("\"body\" must be a string, got " + kind(body));
        }
        JsonNode author = node.get("author");
        if (author != null && !author.isTextual() && !author.isNull()) {
            throw new BadLine("\"author\" must be a string (a login), got " + kind(author));
        }
        ThreadAsk ask = threadOf(node.get("issue"));
        String login = author == null ? "" : author.asText("");
        if (ask == ThreadAsk.UNKNOWN) {
            return write(id, lineNumber, classifier.classify(body.asText(), ask, login));
        }
        return write(id, lineNumber, history.read(body.asText(), login));
    }

    /**
     * The thread a line's reply answers: {@code "issue": {"title", "body", "user": {"login"}}} as GitHub writes an
     * issue (more fields are ignored). Lines of one thread usually follow each other, so the last thread read is
     * kept and read again only when the issue changes.
     */
    private ThreadAsk threadOf(JsonNode issue) {
        if (issue == null || issue.isNull()) {
            return ThreadAsk.UNKNOWN;
        }
        if (!issue.isObject()) {
            throw new BadLine("\"issue\" must be an object like {\"title\": \"…\", \"body\": \"…\"}, got " + kind(issue));
        }
        String title = textField(issue, "title");
        String body = textField(issue, "body");
        JsonNode user = issue.get("user");
        String author = user != null && user.isObject() ? textField(user, "login") : textField(issue, "author");
        List<String> key = List.of(title, body, author);
        if (!key.equals(lastIssue)) {
            lastAsk = classifier.readThread(title, body, author);
            lastIssue = key;
            history = new ThreadHistory(classifier, lastAsk);
        }
        return lastAsk;
    }

    private static String textField(JsonNode object, String field) {
        JsonNode value = object.get(field);
        if (value == null || value.isNull()) {
            return "";
        }
        if (!value.isTextual()) {
            throw new BadLine("\"issue\"." + field + " must be a string, got " + kind(value));
        }
        return value.asText();
    }

    private ObjectNode write(JsonNode id, int lineNumber, Classification c) {
        ObjectNode out = json.createObjectNode();
        if (id != null) {
            out.set("id", id);
        } else {
            out.put("line", lineNumber); // without an id, the line number is what ties the answer to its input
        }
        ArrayNode labels = out.putArray("labels");
        c.labels().forEach(l -> labels.add(l.name())); // EnumSet order: Label declaration order
        c.talk().ifPresent(t -> out.putObject("talk").put("title", t.title()).put("url", t.url()));
        c.referrer().ifPresent(r -> out.put("referrer", r));
        c.attachTo().ifPresent(a -> out.put("attachTo", a));
        c.friendLogin().ifPresent(f -> out.put("friendLogin", f));
        c.friendName().ifPresent(f -> out.put("friendName", f));
        c.bio().ifPresent(b -> out.put("bio", b));
        c.track().ifPresent(t -> out.put("track", t.name()));
        out.put("unsure", c.unsure());
        out.put("mentionsRsvpWords", c.mentionsRsvpWords());
        ArrayNode evidence = out.putArray("evidence");
        for (Evidence e : c.evidence()) {
            evidence.addObject().put("label", e.label().name()).put("cue", e.cue()).put("excerpt", e.excerpt());
        }
        return out;
    }

    private static String kind(JsonNode n) {
        return switch (n.getNodeType()) {
            case ARRAY -> "an array";
            case OBJECT -> "an object";
            case NUMBER -> "a number";
            case BOOLEAN -> "a boolean";
            case NULL -> "null";
            case STRING -> "a string";
            default -> n.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
        };
    }

    /** A line that is not a reply object; its message goes to the output in the line's place. */
    private static final class BadLine extends RuntimeException {
        private static final long serialVersionUID = 1L;

        BadLine(String message) {
            super(message, null, false, false);
        }
    }
}
