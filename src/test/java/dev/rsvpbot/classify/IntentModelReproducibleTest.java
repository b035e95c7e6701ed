package dev.rsvpbot.classify;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shipped model is exactly what training on the real corpus's train and dev splits gives (scripts/train-model.sh):
 * no hand-edited weight, no test reply in it, and a change to the rules or features that is not followed by
 * retraining fails here.
 */
class IntentModelReproducibleTest {
    @Test
    @DisplayName("retraining on the train and dev splits gives the shipped model, byte for byte")
    void theShippedModelIsTheTrainedOne() throws Exception {
        List<Path> corpora = List.of(real("train"), real("dev"));
        IntentModel trained = IntentModelTrainer.train(IntentModelTrainer.examples(corpora), IntentModelTrainer.Settings.CHOSEN);
        StringWriter written = new StringWriter();
        trained.write(written);
        String shipped;
        try (InputStream in = Objects.requireNonNull(IntentModel.class.getResourceAsStream("intent-model.tsv"))) {
            shipped = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(written.toString()).as("run scripts/train-model.sh after changing the rules, features or corpus").isEqualTo(shipped);
    }

    private static Path real(String split) throws Exception {
        return Path.of(Objects.requireNonNull(IntentModelReproducibleTest.class.getResource("/classify/real/" + split + ".jsonl")).toURI());
    }
}
