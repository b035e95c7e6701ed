package dev.rsvpbot.classify;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Hostile bodies (the benchmark's shapes) classify without error; their speed is measured in ClassifyBenchmark. */
class AdversarialInputTest {
    private static final ReplyClassifier CLASSIFIER = new ReplyClassifier(Lexicon.defaults());

    @ParameterizedTest
    @ValueSource(strings = {"quotes", "backticks", "boxes", "comments", "dense-cues", "numbered", "mixed-scripts"})
    void a64KilobyteAdversarialBodyClassifiesWithoutError(String shape) {
        Classification c = CLASSIFIER.classify(dev.rsvpbot.bench.ClassifyBenchmark.shape(shape, 64 * 1024));
        assertThat(c.labels()).isNotEmpty();
        assertThat(c.evidence()).noneMatch(e -> e.cue().startsWith("rule:internal-error"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"mixed-scripts", "dense-cues"})
    void aMegabyteBodyClassifiesWithoutError(String shape) {
        Classification c = CLASSIFIER.classify(dev.rsvpbot.bench.ClassifyBenchmark.shape(shape, 1024 * 1024));
        assertThat(c.evidence()).noneMatch(e -> e.cue().startsWith("rule:internal-error"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"<!--", "```", ">", "[x]", "`", "1. ", "@", "《", "http://", "arxiv:"})
    void aLongRunOfOneMarkupTokenClassifiesWithoutError(String token) {
        Classification c = CLASSIFIER.classify(token.repeat(70_000 / token.length()));
        assertThat(c.evidence()).noneMatch(e -> e.cue().startsWith("rule:internal-error"));
    }
}
