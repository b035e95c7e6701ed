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
import java.util.IdentityHashMap;
import java.util.Optional;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiConsumer;

/**
 * Trains the two {@link IntentModels} on labelled real replies: softmax regressions by plain stochastic gradient
 * descent with L2, a fixed seed and a fixed order, so the same corpus always gives the same model files. The
 * decider learns from what the first look made of each thread's earlier replies; in training those looks come
 * from first-look models that never saw the thread (k folds by thread), as at run time the first look has never
 * seen the thread it reads.
 *
 * <pre>
 * scripts/train-model.sh   # = IntentModelTrainer OUT_DIR train.jsonl dev.jsonl
 * </pre>
 */
public final class IntentModelTrainer {
    /** One labelled reply, as features. */
    record Example(List<String> features, Set<Label> labels) {
    }

    /**
     * One labelled reply read in its thread, before the earlier replies' looks are known, with what the first look
     * learns from it: read in its thread ({@code inThread}) and read alone. Read once, as training fits several
     * models on the same replies.
     */
    private record Reading(JsonNode node, String thread, ThreadAsk ask, Set<Label> labels, Example inThread, Example alone) {
    }

    /** What training may vary; chosen by cross-validation on train and dev (docs/understanding.md). */
    record Settings(int epochs, double learningRate, double l2, int minCount, double rulePrior, double rareWeight, int folds,
                    double prune, long seed) {
        static final Settings CHOSEN = new Settings(30, 0.05, 1e-4, 2, 2.0, 0.15, 5, 0.05, 20261201L);

        /** CHOSEN, with any of -Depochs, -Drate, -Dl2, -DminCount, -Dprior, -Drare, -Dfolds, -Dprune overriding it (experiments only). */
        static Settings fromSystemProperties() {
            return new Settings(Integer.getInteger("epochs", CHOSEN.epochs()),
                    Double.parseDouble(System.getProperty("rate", String.valueOf(CHOSEN.learningRate()))),
                    Double.parseDouble(System.getProperty("l2", String.valueOf(CHOSEN.l2()))),
                    Integer.getInteger("minCount", CHOSEN.minCount()),
                    Double.parseDouble(System.getProperty("prior", String.valueOf(CHOSEN.rulePrior()))),
                    Double.parseDouble(System.getProperty("rare", String.valueOf(CHOSEN.rareWeight()))),
                    Integer.getInteger("folds", CHOSEN.folds()),
                    Double.parseDouble(System.getProperty("prune", String.valueOf(CHOSEN.prune()))), CHOSEN.seed());
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private IntentModelTrainer() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: IntentModelTrainer OUT_DIR CORPUS.jsonl...");
            System.exit(2);
        }
        List<JsonNode> replies = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            replies.addAll(read(Path.of(args[i])));
        }
        IntentModels models = train(replies, Settings.fromSystemProperties());
        Path dir = Path.of(args[0]);
        write(models.firstLook(), dir.resolve(IntentModels.FIRST_LOOK));
        write(models.decider(), dir.resolve(IntentModels.DECIDER));
        System.out.println("trained on " + replies.size() + " replies: first look " + models.firstLook().size() + " features, decider "
                + models.decider().size() + " features -> " + dir);
    }

    private static void write(IntentModel model, Path file) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            model.write(out);
        }
    }

    /** Both models, trained on these replies (each thread's replies together and in order, as the corpus keeps them). */
    static IntentModels train(List<JsonNode> replies, Settings s) {
        ReplyClassifier rules = ReplyClassifier.rulesOnly(Lexicon.defaults());
        List<Reading> readings = new ArrayList<>();
        forEachInThread(rules, replies, (n, context) -> {
            ThreadAsk ask = threadOf(rules, n);
            Set<Label> labels = labels(n);
            String body = n.get("body").asText();
            String author = n.path("author").asText("");
            readings.add(new Reading(n, threadKey(n), ask, labels,
                    new Example(rules.featuresOf(body, ask, author, context.withoutEarlier()), labels),
                    new Example(rules.featuresOf(body, ThreadAsk.UNKNOWN, "", ReplyContext.NONE), labels)));
        });
        IntentModel firstLook = fit(firstLookExamples(readings), s);
        Map<Reading, double[]> looks = new IdentityHashMap<>();
        for (int fold = 0; fold < s.folds(); fold++) {
            List<Reading> in = new ArrayList<>();
            List<Reading> out = new ArrayList<>();
            for (Reading r : readings) {
                (foldOf(r.thread(), s.folds()) == fold ? out : in).add(r);
            }
            IntentModel model = fit(firstLookExamples(in), s);
            for (Reading r : out) {
                looks.put(r, model.probabilities(r.inThread().features()));
            }
        }
        List<Example> decider = new ArrayList<>();
        Map<String, ThreadHistory> threads = new HashMap<>();
        Reading[] current = new Reading[1];
        for (Reading r : readings) {
            current[0] = r;
            ThreadHistory history = threads.computeIfAbsent(r.thread(),
                    t -> new ThreadHistory(rules, r.ask(), (body, author, context) -> Optional.of(looks.get(current[0]))));
            ReplyContext context = history.next(body(r), author(r));
            decider.add(new Example(rules.featuresOf(body(r), r.ask(), author(r), context), r.labels()));
            decider.add(r.alone());
        }
        return new IntentModels(firstLook, fit(decider, s));
    }

    /** A thread's fold: from its URL, apart from the folds of {@link CrossValidation}, which split by the URL's own hash. */
    private static int foldOf(String thread, int folds) {
        return Math.floorMod((thread + " first-look fold").hashCode(), folds);
    }

    /**
     * Each labelled reply twice: read in its thread (its ask, author and place, without the earlier replies' looks),
     * and read alone, as classify TEXT reads it: the model must guess then too.
     */
    private static List<Example> firstLookExamples(List<Reading> readings) {
        List<Example> out = new ArrayList<>();
        for (Reading r : readings) {
            out.add(r.inThread());
            out.add(r.alone());
        }
        return out;
    }

    private static String body(Reading r) {
        return r.node().get("body").asText();
    }

    private static String author(Reading r) {
        return r.node().path("author").asText("");
    }

    private static Set<Label> labels(JsonNode n) {
        Set<Label> labels = EnumSet.noneOf(Label.class);
        n.get("labels").forEach(l -> labels.add(Label.valueOf(l.asText())));
        return labels;
    }

    static String threadKey(JsonNode n) {
        return n.path("url").asText(n.path("issue").path("url").asText(""));
    }

    /** Walks the replies in corpus order, giving each what its thread's earlier replies said of it. */
    static void forEachInThread(ReplyClassifier classifier, List<JsonNode> replies, BiConsumer<JsonNode, ReplyContext> action) {
        Map<String, ThreadHistory> threads = new HashMap<>();
        for (JsonNode n : replies) {
            ThreadHistory history = threads.computeIfAbsent(threadKey(n), u -> new ThreadHistory(classifier, threadOf(classifier, n)));
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

    /**
     * One softmax regression. The rules' verdict is the prior: "rule=ORAL" starts at, and is pulled towards, a
     * positive weight for ORAL, so a label with few real examples is not unlearned from the rules by the common
     * labels' noise. A label seen in few replies weighs its examples more, (replies / (2 × its replies)) ^
     * rareWeight, so that the model does not learn to never give it.
     */
    static IntentModel fit(List<Example> examples, Settings s) {
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
        double[][] prior = new double[index.size()][labels];
        for (Label l : Label.values()) {
            Integer f = index.get("rule=" + l.name());
            if (f != null) {
                prior[f][l.ordinal()] = s.rulePrior();
                w[f][l.ordinal()] = s.rulePrior();
            }
        }
        int[][] rows = new int[examples.size()][];
        double[][] targets = new double[examples.size()][labels];
        int[] positives = new int[labels];
        for (int i = 0; i < examples.size(); i++) {
            Example e = examples.get(i);
            rows[i] = e.features().stream().filter(index::containsKey).mapToInt(index::get).toArray();
            for (Label l : e.labels()) {
                targets[i][l.ordinal()] = 1.0 / e.labels().size(); // the rare reply with two labels gives each half
                positives[l.ordinal()]++;
            }
        }
        double[] labelWeight = new double[labels];
        for (int l = 0; l < labels; l++) {
            labelWeight[l] = positives[l] == 0 ? 1 : Math.max(1, Math.pow(examples.size() / (2.0 * positives[l]), s.rareWeight()));
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < rows.length; i++) {
            order.add(i);
        }
        Random random = new Random(s.seed());
        double[] z = new double[labels];
        for (int epoch = 0; epoch < s.epochs(); epoch++) {
            Collections.shuffle(order, random);
            double rate = s.learningRate() / (1 + epoch * 0.2);
            for (int i : order) {
                int[] x = rows[i];
                double[] t = targets[i];
                java.util.Arrays.fill(z, 0);
                for (int f : x) {
                    for (int l = 0; l < labels; l++) {
                        z[l] += w[f][l];
                    }
                }
                double max = Double.NEGATIVE_INFINITY;
                for (double v : z) {
                    max = Math.max(max, v);
                }
                double sum = 0;
                for (int l = 0; l < labels; l++) {
                    z[l] = Math.exp(z[l] - max);
                    sum += z[l];
                }
                double weight = 0;
                for (int l = 0; l < labels; l++) {
                    weight += t[l] * labelWeight[l];
                }
                for (int l = 0; l < labels; l++) {
                    double gradient = (z[l] / sum - t[l]) * weight;
                    for (int f : x) {
                        w[f][l] -= rate * (gradient + s.l2() * (w[f][l] - prior[f][l]));
                    }
                }
            }
        }
        Map<String, float[]> weights = new HashMap<>();
        for (Map.Entry<String, Integer> e : index.entrySet()) {
            float[] ws = new float[labels];
            boolean weighs = false;
            for (int l = 0; l < labels; l++) {
                ws[l] = Math.round(w[e.getValue()][l] * 10_000) / 10_000f; // as written: the model in memory is the file
                weighs |= Math.abs(ws[l]) > s.prune() || ws[l] != 0 && s.prune() == 0;
            }
            if (weighs || e.getKey().equals("bias")) {
                weights.put(e.getKey(), ws);
            }
        }
        return new IntentModel(weights);
    }
}
