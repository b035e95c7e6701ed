package dev.rsvpbot.classify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiConsumer;

/**
 * Trains {@link IntentModel} on labelled real replies: one logistic regression per label, plain stochastic gradient
 * descent with L2, a fixed seed and a fixed order, so the same corpus always gives the same model file.
 *
 * <pre>
 * scripts/train-model.sh   # = IntentModelTrainer OUT.tsv train.jsonl dev.jsonl
 * </pre>
 */
public final class IntentModelTrainer {
    /** One labelled reply, as features. */
    record Example(List<String> features, Set<Label> labels) {
    }

    /** What training may vary; chosen on the dev split (docs/understanding.md). */
    record Settings(int epochs, double learningRate, double l2, int minCount, double rulePrior, double rareWeight, long seed) {
        static final Settings CHOSEN = new Settings(30, 0.2, 1e-4, 2, 2.0, 0.5, 20261201L);

        /** CHOSEN, with any of -Depochs, -Drate, -Dl2, -DminCount, -Dprior overriding it (experiments only). */
        static Settings fromSystemProperties() {
            return new Settings(Integer.getInteger("epochs", CHOSEN.epochs()),
                    Double.parseDouble(System.getProperty("rate", String.valueOf(CHOSEN.learningRate()))),
                    Double.parseDouble(System.getProperty("l2", String.valueOf(CHOSEN.l2()))),
                    Integer.getInteger("minCount", CHOSEN.minCount()),
                    Double.parseDouble(System.getProperty("prior", String.valueOf(CHOSEN.rulePrior()))),
                    Double.parseDouble(System.getProperty("rare", String.valueOf(CHOSEN.rareWeight()))), CHOSEN.seed());
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private IntentModelTrainer() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: IntentModelTrainer OUT.tsv CORPUS.jsonl...");
            System.exit(2);
        }
        List<Path> corpora = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            corpora.add(Path.of(args[i]));
        }
        List<Example> examples = examples(corpora);
        IntentModel model = train(examples, Settings.fromSystemProperties());
        try (Writer out = Files.newBufferedWriter(Path.of(args[0]), StandardCharsets.UTF_8)) {
            model.write(out);
        }
        System.out.println("trained on " + examples.size() + " replies: " + model.size() + " features -> " + args[0]);
    }

    /** The replies of these corpus files as training examples. */
    static List<Example> examples(List<Path> corpora) throws IOException {
        List<JsonNode> replies = new ArrayList<>();
        for (Path corpus : corpora) {
            replies.addAll(read(corpus));
        }
        return examples(ReplyClassifier.rulesOnly(Lexicon.defaults()), replies);
    }

    /**
     * Each labelled reply twice: read in its thread, after the thread's earlier replies (the corpus keeps each
     * thread's replies together and in order), and read alone, as classify TEXT reads it: the model must guess
     * then too.
     */
    static List<Example> examples(ReplyClassifier rules, List<JsonNode> replies) {
        List<Example> out = new ArrayList<>();
        forEachInThread(rules, replies, (n, context) -> {
            Set<Label> labels = EnumSet.noneOf(Label.class);
            n.get("labels").forEach(l -> labels.add(Label.valueOf(l.asText())));
            String body = n.get("body").asText();
            out.add(new Example(rules.featuresOf(body, threadOf(rules, n), n.path("author").asText(""), context), labels));
            out.add(new Example(rules.featuresOf(body, ThreadAsk.UNKNOWN, "", ReplyContext.NONE), labels));
        });
        return out;
    }

    /** Walks the replies in corpus order, giving each what its thread's earlier replies said of its author. */
    static void forEachInThread(ReplyClassifier classifier, List<JsonNode> replies, BiConsumer<JsonNode, ReplyContext> action) {
        Map<String, ThreadHistory> threads = new HashMap<>();
        for (JsonNode n : replies) {
            String url = n.path("url").asText(n.path("issue").path("url").asText(""));
            ThreadHistory history = threads.computeIfAbsent(url, u -> new ThreadHistory(classifier));
            action.accept(n, history.next(n.get("body").asText(), n.path("author").asText("")));
        }
    }

    static ThreadAsk threadOf(ReplyClassifier classifier, JsonNode reply) {
        JsonNode issue = reply.get("issue");
        if (issue == null || issue.isNull()) {
            return ThreadAsk.UNKNOWN;
        }
        return classifier.readThread(issue.path("title").asText(""), issue.path("body").asText(""), issue.path("author").asText(""));
    }

    static List<JsonNode> read(Path corpus) throws IOException {
        List<JsonNode> out = new ArrayList<>();
        for (String line : Files.readAllLines(corpus, StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                out.add(JSON.readTree(line));
            }
        }
        return out;
    }

    static IntentModel train(List<Example> examples, Settings s) {
        Map<String, Integer> counts = new HashMap<>();
        for (Example e : examples) {
            for (String f : e.features()) {
                counts.merge(f, 1, Integer::sum);
            }
        }
        Map<String, Integer> index = new TreeMap<>();
        for (Map.Entry<String, Integer> c : new TreeMap<>(counts).entrySet()) {
            if (c.getValue() >= s.minCount() || c.getKey().equals("bias")) {
                index.put(c.getKey(), index.size());
            }
        }
        int labels = Label.values().length;
        double[][] w = new double[index.size()][labels];
        // The rules' verdict is the prior: "rule=ORAL" starts at, and is pulled towards, a positive weight for ORAL,
        // so a label with few real examples is not unlearned from the rules by the common labels' noise.
        double[][] prior = new double[index.size()][labels];
        for (Label l : Label.values()) {
            Integer f = index.get("rule=" + l.name());
            if (f != null) {
                prior[f][l.ordinal()] = s.rulePrior();
                w[f][l.ordinal()] = s.rulePrior();
            }
        }
        List<int[]> rows = new ArrayList<>();
        List<boolean[]> targets = new ArrayList<>();
        for (Example e : examples) {
            rows.add(e.features().stream().filter(index::containsKey).mapToInt(index::get).toArray());
            boolean[] t = new boolean[labels];
            e.labels().forEach(l -> t[l.ordinal()] = true);
            targets.add(t);
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            order.add(i);
        }
        // A label seen in few replies weighs its positive examples more, (replies / (2 × positives)) ^ rareWeight,
        // so that the model does not learn to never give it.
        double[] positiveWeight = new double[labels];
        for (int l = 0; l < labels; l++) {
            int positives = 0;
            for (boolean[] t : targets) {
                positives += t[l] ? 1 : 0;
            }
            positiveWeight[l] = positives == 0 ? 1 : Math.max(1, Math.pow(targets.size() / (2.0 * positives), s.rareWeight()));
        }
        Random random = new Random(s.seed());
        for (int epoch = 0; epoch < s.epochs(); epoch++) {
            Collections.shuffle(order, random);
            double rate = s.learningRate() / (1 + epoch * 0.2);
            for (int i : order) {
                int[] x = rows.get(i);
                boolean[] t = targets.get(i);
                for (int l = 0; l < labels; l++) {
                    double z = 0;
                    for (int f : x) {
                        z += w[f][l];
                    }
                    double gradient = ((1 / (1 + Math.exp(-z))) - (t[l] ? 1 : 0)) * (t[l] ? positiveWeight[l] : 1);
                    for (int f : x) {
                        w[f][l] -= rate * (gradient + s.l2() * (w[f][l] - prior[f][l]));
                    }
                }
            }
        }
        Map<String, float[]> weights = new HashMap<>();
        for (Map.Entry<String, Integer> e : index.entrySet()) {
            float[] ws = new float[labels];
            boolean any = false;
            for (int l = 0; l < labels; l++) {
                ws[l] = Math.round(w[e.getValue()][l] * 10_000) / 10_000f; // as written: the model in memory is the file
                any |= ws[l] != 0;
            }
            if (any) {
                weights.put(e.getKey(), ws);
            }
        }
        return new IntentModel(weights);
    }
}
