package dev.rsvpbot.classify;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shipped model is exactly what training on the real corpus's train and dev splits gives (scripts/train-model.sh):
 * no hand-edited weight, no test reply in it, and a change to the rules or features that is not followed by
 * retraining fails here.
 */
class IntentModelReproducibleTest {
    @Test
    @DisplayName("retraining on the train and dev splits gives the shipped models, byte for byte")
    void theShippedModelsAreTheTrainedOnes() throws Exception {
        List<JsonNode> replies = new ArrayList<>(IntentModelTrainer.read(real("train")));
        replies.addAll(IntentModelTrainer.read(real("dev")));
        IntentModels trained = IntentModelTrainer.train(replies, IntentModelTrainer.Settings.CHOSEN);
        assertThat(written(trained.firstLook())).as("run scripts/train-model.sh after changing the rules, features or corpus")
                .isEqualTo(shipped(IntentModels.FIRST_LOOK));
        assertThat(written(trained.decider())).as("run scripts/train-model.sh after changing the rules, features or corpus")
                .isEqualTo(shipped(IntentModels.DECIDER));
    }

    @Test
    @DisplayName("the shipped models read back exactly: every weight as Float.parseFloat reads it")
    void theShippedModelsReadBackExactly() throws Exception {
        for (String name : List.of(IntentModels.FIRST_LOOK, IntentModels.DECIDER)) {
            String text = shipped(name);
            IntentModel model = IntentModel.read(new java.io.BufferedReader(new java.io.StringReader(text)));
            String[] lines = text.split("\n");
            for (int i = 1; i < lines.length; i++) {
                String[] cols = lines[i].split("\t");
                float[] expected = new float[cols.length - 1];
                for (int l = 0; l < expected.length; l++) {
                    expected[l] = Float.parseFloat(cols[l + 1]);
                }
                assertThat(model.weightsOf(cols[0])).as(name + " line " + (i + 1)).containsExactly(expected);
            }
        }
    }

    private static String written(IntentModel model) throws Exception {
        StringWriter out = new StringWriter();
        model.write(out);
        return out.toString();
    }

    private static String shipped(String name) throws Exception {
        try (InputStream in = Objects.requireNonNull(IntentModel.class.getResourceAsStream(name), name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static Path real(String split) throws Exception {
        return Path.of(Objects.requireNonNull(IntentModelReproducibleTest.class.getResource("/classify/real/" + split + ".jsonl")).toURI());
    }
}
