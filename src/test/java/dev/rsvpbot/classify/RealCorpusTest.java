package dev.rsvpbot.classify;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The figure that counts: real replies from public GitHub threads the classifier was never tuned on (the test
 * split of src/test/resources/classify/real, split by thread; docs/understanding.md). The bars are the figures
 * reached with the classifier as shipped (566 of 699 in thread, 525 alone), so any change that reads real replies
 * worse fails the build. They are below what issue 8 asks (0.90 and 0.80): docs/understanding.md says where the
 * rest is lost.
 */
class RealCorpusTest {
    /** Exact label-set accuracy on the test split, read in the thread: 1,372/1,651 as shipped. */
    private static final double MIN_EXACT_IN_THREAD = 0.831;
    /** The same replies read alone, without their thread: 1,323/1,651 as shipped. */
    private static final double MIN_EXACT_ALONE = 0.801;
    /** A wrong talk sign-up puts a talk on the agenda: POSTER precision as shipped (0.70); no ORAL wrongly given. */
    private static final double MIN_POSTER_PRECISION = 0.69;
    private static final int MAX_WRONG_ORALS = 0;

    private static final ReplyClassifier CLASSIFIER = new ReplyClassifier(Lexicon.defaults());
    private static List<JsonNode> train;
    private static List<JsonNode> dev;
    private static List<JsonNode> test;
    /** The shipped reader on the test split, each reply in its thread: scored once, asserted on twice. */
    private static CorpusScore shippedInThread;

    @BeforeAll
    static void load() throws IOException, URISyntaxException {
        train = split("train");
        dev = split("dev");
        test = split("test");
        shippedInThread = CorpusScore.of(CLASSIFIER, test, true);
    }

    static List<JsonNode> split(String name) throws IOException, URISyntaxException {
        return IntentModelTrainer.read(Path.of(Objects.requireNonNull(
                RealCorpusTest.class.getResource("/classify/real/" + name + ".jsonl")).toURI()));
    }

    @Test
    @DisplayName("the real corpus is large, from many threads, and its splits share no thread")
    void theCorpusIsLargeAndSplitByThread() {
        assertThat(train.size() + dev.size() + test.size()).isGreaterThanOrEqualTo(1500);
        Set<String> trainThreads = threads(train);
        Set<String> devThreads = threads(dev);
        Set<String> testThreads = threads(test);
        assertThat(trainThreads.size() + devThreads.size() + testThreads.size()).isGreaterThanOrEqualTo(120);
        assertThat(testThreads).doesNotContainAnyElementsOf(trainThreads).doesNotContainAnyElementsOf(devThreads);
        assertThat(devThreads).doesNotContainAnyElementsOf(trainThreads);
    }

    @Test
    @DisplayName("read in their threads, the test split's replies get their label sets")
    void readInTheThread() {
        CorpusScore score = shippedInThread;
        String report = score.report("real test split, in thread");
        System.out.print(report);
        assertThat(score.accuracy()).as(report).isGreaterThanOrEqualTo(MIN_EXACT_IN_THREAD);
        assertThat(score.counts().get(Label.ORAL)[1]).as("wrong ORALs\n" + report).isLessThanOrEqualTo(MAX_WRONG_ORALS);
        assertThat(score.precision(Label.POSTER)).as(report).isGreaterThanOrEqualTo(MIN_POSTER_PRECISION);
    }

    @Test
    @DisplayName("in their threads, the shipped classifier reads real replies better than the rules alone")
    void theModelBeatsTheRulesAlone() {
        CorpusScore shipped = shippedInThread;
        CorpusScore rules = CorpusScore.of(ReplyClassifier.rulesOnly(Lexicon.defaults()), test, true);
        assertThat(shipped.accuracy()).as(rules.report("rules alone") + shipped.report("shipped")).isGreaterThan(rules.accuracy());
    }

    @Test
    @DisplayName("read alone, without their threads, most of the test split's replies still get their label sets")
    void readAlone() {
        CorpusScore score = CorpusScore.of(CLASSIFIER, test, false);
        String report = score.report("real test split, alone");
        System.out.print(report);
        assertThat(score.accuracy()).as(report).isGreaterThanOrEqualTo(MIN_EXACT_ALONE);
    }

    @Test
    @DisplayName("every reply has an id, a body, labels by labels.md and the thread it answers")
    void everyReplyIsComplete() {
        Set<String> ids = new HashSet<>();
        for (List<JsonNode> split : List.of(train, dev, test)) {
            for (JsonNode n : split) {
                assertThat(ids.add(n.get("id").asText())).as("duplicate id " + n.get("id")).isTrue();
                assertThat(n.get("body").asText()).as(n.get("id").asText()).isNotBlank();
                assertThat(n.get("url").asText()).startsWith("https://github.com/");
                assertThat(n.get("issue").get("title").isTextual()).isTrue();
                Set<String> labels = new HashSet<>();
                n.get("labels").forEach(l -> labels.add(Label.valueOf(l.asText()).name()));
                assertThat(labels).as(n.get("id").asText()).isNotEmpty();
                if (labels.contains("OTHER")) {
                    assertThat(labels).as(n.get("id").asText()).containsExactly("OTHER");
                }
            }
        }
    }

    @Test
    @DisplayName("no reply comes from, and no issue names, a thread held out for evaluation (shared/corpus)")
    void noHeldOutThreadIsUsed() throws IOException {
        Path holdout = Path.of("..", "shared", "corpus", "holdout-threads.txt");
        Assumptions.assumeTrue(Files.exists(holdout), "the held-out list lies beside the project: " + holdout.toAbsolutePath());
        List<String> held = Files.readAllLines(holdout).stream().map(String::strip)
                .filter(l -> l.startsWith("https://github.com/")).toList();
        assertThat(held).isNotEmpty();
        for (List<JsonNode> split : List.of(train, dev, test)) {
            for (JsonNode n : split) {
                String text = n.get("url").asText() + "\n" + n.get("body").asText() + "\n" + n.get("issue").get("body").asText();
                for (String h : held) {
                    String path = h.substring("https://github.com/".length());
                    int at = text.indexOf(path);
                    while (at >= 0) {
                        int end = at + path.length();
                        boolean whole = end == text.length() || !Character.isLetterOrDigit(text.charAt(end));
                        assertThat(whole).as(n.get("id").asText() + " names the held-out thread " + h).isFalse();
                        at = text.indexOf(path, at + 1);
                    }
                }
            }
        }
    }

    private static Set<String> threads(List<JsonNode> split) {
        Set<String> out = new HashSet<>();
        split.forEach(n -> out.add(n.get("url").asText()));
        return out;
    }
}
