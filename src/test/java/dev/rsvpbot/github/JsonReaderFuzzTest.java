package dev.rsvpbot.github;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rsvpbot.testing.EdgeText;
import dev.rsvpbot.thread.IssueThread;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Fuzz of the JSON readers ({@link ThreadFiles}, {@link GithubJsonMapper}): GitHub-shaped files with edge-case
 * text, wrong types, missing fields, truncation, deep nesting, huge values and bytes that are no UTF-8. Whatever
 * comes in, the reader returns a thread or says what is wrong with the file ({@link ThreadFiles.BadFileException});
 * no other exception escapes.
 */
class JsonReaderFuzzTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ISSUE = """
            {"url": "https://api.github.com/repos/club/seminars/issues/12", "number": 12,
             "title": "Season 3, seminar 7: minutes and RSVP", "user": {"login": "chair", "type": "User"},
             "labels": [{"name": "seminar"}], "state": "open", "body": "minutes",
             "created_at": "2026-11-01T10:00:00Z", "updated_at": "2026-11-02T10:00:00Z"}
            """;

    @Provide
    Arbitrary<JsonNode> oddValue() {
        return Arbitraries.oneOf(EdgeText.text().map(JSON.getNodeFactory()::textNode),
                Arbitraries.integers().map(JSON.getNodeFactory()::numberNode),
                Arbitraries.just(JSON.getNodeFactory().nullNode()), Arbitraries.just(JSON.getNodeFactory().booleanNode(true)),
                Arbitraries.just(JSON.createArrayNode()), Arbitraries.just(JSON.createObjectNode()),
                Arbitraries.of("2026-11-20T10:00:00Z", "yesterday", "", "2026-13-45T99:99:99Z")
                        .map(JSON.getNodeFactory()::textNode));
    }

    @Provide
    Arbitrary<String> field() {
        return Arbitraries.of("id", "body", "user", "login", "type", "created_at", "updated_at", "author_association",
                "html_url", "number", "title", "labels", "state", "url", "name");
    }

    /** A comment as GitHub sends it, then some fields replaced by odd values or removed. */
    @Provide
    Arbitrary<JsonNode> comment() {
        Arbitrary<ObjectNode> base = EdgeText.text().map(body -> {
            ObjectNode c = JSON.createObjectNode();
            c.put("id", 900_001).put("body", body).put("author_association", "MEMBER")
                    .put("created_at", "2026-11-20T10:00:00Z").put("updated_at", "2026-11-20T10:00:00Z");
            c.putObject("user").put("login", "alice").put("type", "User");
            return c;
        });
        Arbitrary<List<Object[]>> edits = Combinators.combine(field(), oddValue(), Arbitraries.integers().between(0, 3))
                .as((f, v, how) -> new Object[] {f, v, how}).list().ofMaxSize(3);
        return Combinators.combine(base, edits).as((c, list) -> {
            for (Object[] e : list) {
                String f = (String) e[0];
                switch ((Integer) e[2]) {
                    case 0 -> c.remove(f);
                    case 1 -> (c.get("user") instanceof ObjectNode u ? u : c).set(f, (JsonNode) e[1]);
                    default -> c.set(f, (JsonNode) e[1]);
                }
            }
            return (JsonNode) c;
        });
    }

    @Provide
    Arbitrary<String> commentsFile() {
        Arbitrary<String> wellShaped = comment().list().ofMaxSize(6).map(list -> {
            ArrayNode a = JSON.createArrayNode();
            list.forEach(a::add);
            return a.toString();
        });
        Arbitrary<String> truncated = Combinators.combine(wellShaped, Arbitraries.doubles().between(0, 1))
                .as((s, f) -> s.substring(0, (int) (s.length() * f)));
        Arbitrary<String> deep = Arbitraries.integers().between(100, 5_000).map(n -> "[".repeat(n) + "]".repeat(n));
        Arbitrary<String> deepObject = Arbitraries.integers().between(100, 3_000)
                .map(n -> "[{\"id\": 1, \"body\": " + "{\"a\":".repeat(n) + "1" + "}".repeat(n) + "}]");
        Arbitrary<String> pages = Combinators.combine(wellShaped, wellShaped, Arbitraries.of("", "\n", " ", "{}", "null", "1"))
                .as((a, b, sep) -> a + sep + b);
        Arbitrary<String> escapes = Arbitraries.of("[{\"id\":1,\"body\":\"\\ud800\",\"user\":{\"login\":\"\\udfff\"}}]",
                "[{\"id\":1,\"body\":\"\\u0000\"}]", "\uFEFF[]", "[{\"id\": 1e400}]", "[{\"id\": -1}]",
                "[{\"id\": 99999999999999999999999}]", "", "null", "{}", "[null]", "[[]]", "[1]", "\"text\"");
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(5, wellShaped), net.jqwik.api.Tuple.of(2, truncated),
                net.jqwik.api.Tuple.of(1, deep), net.jqwik.api.Tuple.of(1, deepObject), net.jqwik.api.Tuple.of(1, pages),
                net.jqwik.api.Tuple.of(2, escapes), net.jqwik.api.Tuple.of(1, Arbitraries.strings().all().ofMaxLength(200)));
    }

    @Property(tries = 200, seed = "12001")
    void aCommentsFileGivesAThreadOrSaysWhatIsWrong(@ForAll("commentsFile") String comments) throws Exception {
        Path dir = Files.createTempDirectory("json-fuzz");
        try {
            Path issue = Files.writeString(dir.resolve("issue.json"), ISSUE);
            Path file = Files.write(dir.resolve("comments.json"), comments.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            try {
                IssueThread thread = new ThreadFiles().read(issue, file);
                assertThat(thread.replies()).isNotNull();
            } catch (ThreadFiles.BadFileException e) {
                assertThat(e.getMessage()).startsWith(file.toString());
            }
        } finally {
            try (var files = Files.list(dir)) {
                for (Path p : files.toList()) {
                    Files.delete(p);
                }
            }
            Files.delete(dir);
        }
    }

    @Property(tries = 100, seed = "12002")
    void bytesThatAreNoUtf8AreSaidToBeSo(@ForAll byte[] bytes) throws Exception {
        Path dir = Files.createTempDirectory("json-fuzz");
        Path issue = Files.write(dir.resolve("issue.json"), bytes);
        Path comments = Files.writeString(dir.resolve("comments.json"), "[]");
        try {
            new ThreadFiles().read(issue, comments);
        } catch (ThreadFiles.BadFileException e) {
            assertThat(e.getMessage()).startsWith(issue.toString());
        } finally {
            Files.delete(issue);
            Files.delete(comments);
            Files.delete(dir);
        }
    }

    @Property(tries = 300, seed = "12003")
    void theMapperReadsAnyCommentOrIssueOrSaysWhichFieldIsWrong(@ForAll("comment") JsonNode node) {
        GithubJsonMapper mapper = new GithubJsonMapper();
        for (Runnable read : List.<Runnable>of(() -> mapper.replyFrom(node), () -> mapper.issueFrom(node),
                () -> mapper.repliesFrom(JSON.createArrayNode().add(node)))) {
            try {
                read.run();
            } catch (IllegalArgumentException e) {
                assertThat(e.getMessage()).isNotBlank();
            }
        }
    }

    /** Found by the first property: a limit Jackson enforces has no location, and reading it threw a NullPointerException. */
    @Example
    void nestingDeeperThanJacksonAllowsIsABadFile() throws Exception {
        Path dir = Files.createTempDirectory("json-fuzz");
        Path issue = Files.writeString(dir.resolve("issue.json"), ISSUE);
        Path comments = Files.writeString(dir.resolve("comments.json"), "[".repeat(1500) + "]".repeat(1500));
        try {
            new ThreadFiles().read(issue, comments);
            throw new AssertionError("read");
        } catch (ThreadFiles.BadFileException e) {
            assertThat(e.getMessage()).startsWith(comments + ": not valid JSON: ").contains("nesting depth");
        } finally {
            Files.delete(issue);
            Files.delete(comments);
            Files.delete(dir);
        }
    }
}
