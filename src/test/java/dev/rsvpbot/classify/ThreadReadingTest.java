package dev.rsvpbot.classify;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hard cases of reading a reply in its thread (labels.md, "Rules that need the thread"), written by the team as
 * regression tests: how threads are read (classify/threads.jsonl) and what replies mean in them
 * (classify/replies-in-thread.jsonl, written by "member"; a null thread reads the reply alone, "before" lists the
 * thread's earlier replies). The accuracy figure is real replies'.
 */
class ThreadReadingTest {
    private static final ReplyClassifier CLASSIFIER = new ReplyClassifier(Lexicon.defaults());

    static List<JsonNode> threads() throws IOException, URISyntaxException {
        return cases("threads");
    }

    static List<JsonNode> replies() throws IOException, URISyntaxException {
        return cases("replies-in-thread");
    }

    private static List<JsonNode> cases(String name) throws IOException, URISyntaxException {
        return IntentModelTrainer.read(Path.of(Objects.requireNonNull(
                ThreadReadingTest.class.getResource("/classify/" + name + ".jsonl")).toURI()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("threads")
    void aThreadIsReadForWhatItAsks(JsonNode c) {
        ThreadAsk ask = CLASSIFIER.readThread(c.get("title").asText(), c.get("body").asText(), "chair");
        assertThat(ask.kind().name()).as(c.get("case").asText()).isEqualTo(c.get("kind").asText());
        List<String> questions = ask.questions().stream().map(Enum::name).toList();
        List<String> expected = listOf(c.get("questions"));
        assertThat(questions).as(c.get("case").asText()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("replies")
    void aReplyMeansWhatItsThreadMakesIt(JsonNode c) throws IOException, URISyntaxException {
        Map<String, JsonNode> byTitle = threads().stream().collect(Collectors.toMap(t -> t.get("title").asText(), Function.identity()));
        JsonNode thread = c.get("thread");
        ThreadAsk ask = thread.isNull() ? ThreadAsk.UNKNOWN
                : CLASSIFIER.readThread(thread.asText(), byTitle.get(thread.asText()).get("body").asText(), "chair");
        ThreadHistory history = new ThreadHistory(CLASSIFIER, ask);
        for (JsonNode earlier : c.path("before")) {
            history.next(earlier.get("body").asText(), earlier.get("author").asText());
        }
        Classification got = history.read(c.get("body").asText(), "member");
        Set<Label> expected = EnumSet.noneOf(Label.class);
        c.get("labels").forEach(l -> expected.add(Label.valueOf(l.asText())));
        assertThat(got.labels()).as(c.get("case").asText() + ": " + Explanation.of(got)).isEqualTo(expected);
    }

    private static List<String> listOf(JsonNode array) {
        return java.util.stream.StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
    }
}
