package dev.rsvpbot.classify;

import com.fasterxml.jackson.databind.JsonNode;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Experiment, not a test: k-fold cross-validation by thread over the train and dev splits, for choices made
 * without looking at the test split (docs/understanding.md). Prints the mean exact-set accuracy in thread and
 * alone, and per-label recall pooled over the folds.
 *
 * <pre>CrossValidation K CORPUS.jsonl...</pre>
 */
public final class CrossValidation {
    public static void main(String[] args) throws Exception {
        int k = Integer.parseInt(args[0]);
        int share = Integer.getInteger("share", 100);
        List<JsonNode> all = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            all.addAll(IntentModelTrainer.read(Path.of(args[i])));
        }
        int exact = 0;
        int alone = 0;
        int unsure = 0;
        int flagged = 0;
        Map<Label, int[]> pooled = new EnumMap<>(Label.class);
        for (Label l : Label.values()) {
            pooled.put(l, new int[3]);
        }
        for (int fold = 0; fold < k; fold++) {
            List<JsonNode> train = new ArrayList<>();
            List<JsonNode> held = new ArrayList<>();
            for (JsonNode n : all) {
                if (Math.floorMod(n.get("url").asText().hashCode(), k) == fold) {
                    held.add(n);
                } else if (Math.floorMod((n.get("url").asText() + " share").hashCode(), 100) < share) {
                    train.add(n); // -Dshare=N trains on N% of the training threads: the learning curve
                }
            }
            IntentModels models = IntentModelTrainer.train(train, IntentModelTrainer.Settings.fromSystemProperties());
            ReplyClassifier classifier = new ReplyClassifier(Lexicon.defaults(), Optional.of(models));
            CorpusScore inThread = CorpusScore.of(classifier, held, true);
            CorpusScore read = CorpusScore.of(classifier, held, false);
            exact += inThread.exact();
            unsure += inThread.unsure();
            flagged += inThread.missesFlagged();
            if (System.getenv("MISSES") != null) {
                inThread.misses().forEach(m -> System.out.println("  miss " + m));
            }
            alone += read.exact();
            for (Label l : Label.values()) {
                for (int i = 0; i < 3; i++) {
                    pooled.get(l)[i] += inThread.counts().get(l)[i];
                }
            }
        }
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "%d-fold by thread over %d replies: in thread %.3f, alone %.3f; in thread unsure %.3f, wrong readings flagged %d/%d%n",
                k, all.size(), (double) exact / all.size(), (double) alone / all.size(), (double) unsure / all.size(), flagged, all.size() - exact));
        for (Label l : Label.values()) {
            int[] c = pooled.get(l);
            b.append(String.format(Locale.ROOT, "  %-10s P %.2f R %.2f (support %d)%n", l,
                    c[0] + c[1] == 0 ? 1.0 : (double) c[0] / (c[0] + c[1]), c[0] + c[2] == 0 ? 1.0 : (double) c[0] / (c[0] + c[2]), c[0] + c[2]));
        }
        System.out.print(b);
    }
}
