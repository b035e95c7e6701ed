package dev.rsvpbot.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rsvpbot.config.RsvpConfig;
import dev.rsvpbot.github.GithubJsonMapper;
import dev.rsvpbot.testing.EdgeText;
import dev.rsvpbot.thread.IssueThread;
import java.util.List;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Fuzz of the renderer through the whole pipeline (the GitHub JSON mapper, the real classifier, the ledger, the
 * renderer): threads whose replies, issue body and logins are generated Markdown, HTML and Unicode edge cases,
 * deeply nested and huge. No exception escapes, the summary stays within GitHub's limit, and member text never
 * yields a mention, a marker, a table with another number of columns ({@link OutputInvariants}), raw HTML or a
 * link to where a member pointed.
 */
class PipelineFuzzTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final SummaryPipeline PIPELINE = new SummaryPipeline(RsvpConfig.defaults());
    /** HTML a member wrote, live outside code: the renderer's own {@code <details>} is not a member's. */
    private static final Pattern RAW_HTML = Pattern.compile("(?i)<(script|img|b|div)[\\s>/]");
    /** A link or image to the address the generated text points at, or an autolink to it. */
    private static final Pattern MEMBER_LINK = Pattern.compile("\\]\\(https://e\\.vil|<https://e\\.vil|(?m)^\\s*\\[ref]:");

    @Provide
    Arbitrary<String> login() {
        return Arbitraries.oneOf(Arbitraries.of("alice", "bob", "chair", "dependabot[bot]", "a-b-c"),
                EdgeText.text().filter(s -> s.length() < 100));
    }

    @Provide
    Arbitrary<List<String[]>> replies() {
        return Combinators.combine(login(), EdgeText.text(), Arbitraries.of("OWNER", "MEMBER", "NONE"))
                .as((who, body, association) -> new String[] {who, body, association}).list().ofMinSize(1).ofMaxSize(8);
    }

    @Property(tries = 120, seed = "12005")
    void noGeneratedThreadBreaksTheSummary(@ForAll("replies") List<String[]> replies,
                                           @ForAll("issueBody") String issueBody) {
        ObjectNode issue = JSON.createObjectNode();
        issue.put("url", "https://api.github.com/repos/club/seminars/issues/12").put("number", 12)
                .put("title", "Season 3, seminar 7: minutes and RSVP").put("state", "open").put("body", issueBody)
                .put("created_at", "2026-11-01T10:00:00Z").put("updated_at", "2026-11-02T10:00:00Z");
        issue.putObject("user").put("login", "chair").put("type", "User");
        issue.putArray("labels").addObject().put("name", "seminar");
        ArrayNode comments = JSON.createArrayNode();
        for (int i = 0; i < replies.size(); i++) {
            ObjectNode c = comments.addObject();
            c.put("id", 900_001 + i).put("body", replies.get(i)[1]).put("author_association", replies.get(i)[2])
                    .put("created_at", "2026-11-20T10:" + String.format("%02d", i) + ":00Z")
                    .put("updated_at", "2026-11-20T10:" + String.format("%02d", i) + ":00Z");
            c.putObject("user").put("login", replies.get(i)[0]).put("type", "User");
        }
        GithubJsonMapper mapper = new GithubJsonMapper();
        IssueThread thread = new IssueThread(mapper.issueFrom(issue), mapper.repliesFrom(comments));

        Summary summary = PIPELINE.summarize(thread, "rsvp-bot");

        OutputInvariants.check(summary);
        String content = OutputInvariants.withoutCode(summary.body().substring(summary.body().indexOf('\n') + 1));
        assertThat(RAW_HTML.matcher(content).find()).as("raw HTML from member text in:\n%s", content).isFalse();
        assertThat(MEMBER_LINK.matcher(content).find()).as("a member's link in:\n%s", content).isFalse();
    }

    @Provide
    Arbitrary<String> issueBody() {
        return Arbitraries.oneOf(Arbitraries.just("- 日期：2026年11月22日"), EdgeText.text());
    }
}
