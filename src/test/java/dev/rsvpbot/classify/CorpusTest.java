package dev.rsvpbot.classify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import dev.rsvpbot.testing.ThreadBuilder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the hand-labelled corpus of hard cases (src/test/resources/classify/corpus.jsonl) through the classifier
 * and scores it. These replies were written by the team as answers to the club's minutes, so they are read in
 * that thread (the S3E6 minutes); read alone they must hold a lower bar. They are regression tests of hard cases,
 * not the accuracy figure: that is measured on real replies ({@link RealCorpusTest}, docs/understanding.md).
 *
 * <p>Thresholds, and why they are this high: the ledger acts on labels without a person in the loop (a wrong
 * WITHDRAW silently drops a talk from the agenda), so each label must be right at least 95 times in 100 in both
 * directions, and at least 93 in 100 replies must get exactly the set a chair would give. The corpus is written
 * to be harder than real threads (every hard case of labels.md, quotes, forms, footers, mixed scripts), so the
 * real-world rates should be higher. Labels with few examples in the corpus are still held to the same bar.
 *
 * <p>Honesty check: c001-c265 were written first and the classifier was tuned on them; c266-c315 and
 * c316-c355 were then written as held-out batches and scored before any fix (45/50 and 35/40 exact label
 * sets), c356-c365 are replies like those of examples/comments.json (9/10 exact label sets and two titles
 * missed before fixes), c366-c386 are exploratory probes (17/21) and c387-c406 a last held-out batch (16/20
 * exact and one title missed before fixes). Real replies from other threads came out far worse (about half
 * right), which is why the real corpus now decides. The misses were fixed in the classifier, never by
 * relabelling; c312 (a vice-chair's report naming other people's talks) is still misclassified and stays in as
 * a known limit.
 */
class CorpusTest {
    private static final double MIN_PRECISION = 0.95;
    private static final double MIN_RECALL = 0.95;
    private static final double MIN_EXACT = 0.93;

    record Case(String id, String body, Set<Label> labels, JsonNode raw) {
    }

    /**
     * Read alone, a hard case is read as a real reply from any thread would be: by the learned model, which knows
     * that a bare "P" or "报名 poster" in a real thread more often means being there. The club's meaning is kept where
     * it is written, in the club's minutes (above); alone, most still hold. The floor is what the shipped reader
     * reaches (docs/understanding.md).
     */
    private static final double MIN_EXACT_ALONE = 0.79;

    private static final ReplyClassifier CLASSIFIER = new ReplyClassifier(Lexicon.defaults());
    /** The club's minutes, which these replies answer. */
    private static final ThreadAsk CLUB = CLASSIFIER.readThread("第三季6场 AI ML Club 活动纪要", ThreadBuilder.s3e6Minutes(), "ArronHZG");
    private static List<Case> corpus;

    @BeforeAll
    static void load() throws IOException {
        corpus = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                Objects.requireNonNull(CorpusTest.class.getResourceAsStream("/classify/corpus.jsonl")), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode n = json.readTree(line);
                Set<Label> labels = EnumSet.noneOf(Label.class);
                n.get("labels").forEach(l -> labels.add(Label.valueOf(l.asText())));
                corpus.add(new Case(n.get("id").asText(), n.get("body").asText(), labels, n));
            }
        }
    }

    @Test
    @DisplayName("the corpus is large and covers every label")
    void corpusIsLargeAndCoversEveryLabel() {
        assertThat(corpus).hasSizeGreaterThanOrEqualTo(220);
        Set<Label> seen = EnumSet.noneOf(Label.class);
        corpus.forEach(c -> seen.addAll(c.labels()));
        assertThat(seen).containsExactlyInAnyOrder(Label.values());
    }

    @Test
    @DisplayName("every label reaches the precision and recall thresholds, and most label sets match exactly")
    void labelsMeetThresholds() {
        CorpusScore score = CorpusScore.of(CLASSIFIER, corpus.stream().map(Case::raw).toList(), CLUB);
        StringBuilder report = new StringBuilder(score.report("hard cases in the club's minutes"));
        List<String> failures = new ArrayList<>();
        for (Label l : Label.values()) {
            if (score.precision(l) < MIN_PRECISION || score.recall(l) < MIN_RECALL) {
                failures.add(l + String.format(" precision %.3f recall %.3f", score.precision(l), score.recall(l)));
            }
        }
        report.append("misclassified:\n");
        score.misses().forEach(w -> report.append("  ").append(w).append('\n'));
        System.out.println(report);
        assertThat(failures).as(report.toString()).isEmpty();
        assertThat(score.accuracy()).as(report.toString()).isGreaterThanOrEqualTo(MIN_EXACT);
    }

    @Test
    @DisplayName("one classifier shared by many threads gives the same results as one thread")
    void oneClassifierIsSafeToShareAcrossThreads() {
        List<Classification> sequential = corpus.stream().map(c -> CLASSIFIER.classify(c.body())).toList();
        for (int round = 0; round < 3; round++) {
            List<Classification> parallel = corpus.parallelStream().map(c -> CLASSIFIER.classify(c.body())).toList();
            assertThat(parallel).isEqualTo(sequential);
            parallel = corpus.parallelStream().map(c -> inClubThread(c.body())).toList();
            assertThat(parallel).isEqualTo(corpus.stream().map(c -> inClubThread(c.body())).toList());
        }
    }

    @Test
    @DisplayName("CRLF line endings, as GitHub often stores them, classify like LF")
    void crlfBodiesClassifyLikeLf() {
        for (Case c : corpus) {
            assertThat(inClubThread(c.body().replace("\n", "\r\n")).labels()).as(c.id())
                    .isEqualTo(inClubThread(c.body()).labels());
        }
    }

    @Test
    @DisplayName("talk links, titles, referrers and attach targets match where the corpus gives them")
    void detailsMatchWhereGiven() {
        List<String> mismatches = new ArrayList<>();
        int checked = 0;
        for (Case c : corpus) {
            Classification got = inClubThread(c.body());
            checked += check(mismatches, c, "talk_url", got.talk().map(Talk::url).orElse(""));
            checked += check(mismatches, c, "talk_title", got.talk().map(Talk::title).orElse(""));
            checked += check(mismatches, c, "referrer", got.referrer().orElse(""));
            checked += check(mismatches, c, "attach_to", got.attachTo().orElse(""));
        }
        assertThat(checked).isGreaterThanOrEqualTo(50);
        assertThat(mismatches).as("%d details checked", checked).isEmpty();
    }

    @Test
    @DisplayName("the club's minutes are read as a thread asking for talks, with its three numbered questions")
    void clubMinutesAreReadAsTheirRsvp() {
        assertThat(CLUB.kind()).isEqualTo(ThreadAsk.Kind.TALKS);
        assertThat(CLUB.questions()).containsExactly(ThreadAsk.Answer.CORRECTION, ThreadAsk.Answer.TALK, ThreadAsk.Answer.NEWCOMER);
    }

    @Test
    @DisplayName("read alone, without their thread, the hard cases still mostly get the club's label sets")
    void hardCasesReadAloneMostlyHold() {
        long exact = corpus.stream().filter(c -> CLASSIFIER.classify(c.body()).labels().equals(c.labels())).count();
        assertThat((double) exact / corpus.size()).isGreaterThanOrEqualTo(MIN_EXACT_ALONE);
    }

    private static Classification inClubThread(String body) {
        return CLASSIFIER.classify(body, CLUB, "");
    }

    private static int check(List<String> mismatches, Case c, String field, String actual) {
        JsonNode expected = c.raw().get(field);
        if (expected == null) {
            return 0;
        }
        if (!expected.asText().equals(actual)) {
            mismatches.add(c.id() + " " + field + ": expected '" + expected.asText() + "' got '" + actual + "'");
        }
        return 1;
    }
}
