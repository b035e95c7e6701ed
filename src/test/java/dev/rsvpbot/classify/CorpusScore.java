package dev.rsvpbot.classify;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Scores a classifier on a labelled corpus: exact-set accuracy (a reply counts when its whole label set is right,
 * or equals one of its {@code accept} sets), per-label precision and recall, the unsure rate.
 *
 * <pre>
 * CorpusScore rules|shipped|MODEL_DIR [--no-thread] CORPUS.jsonl...
 * </pre>
 */
public record CorpusScore(int replies, int exact, int unsure, int missesFlagged, Map<Label, int[]> counts, List<String> misses) {
    /** counts: per label {true positives, false positives, false negatives}. */
    public double accuracy() {
        return replies == 0 ? 0 : (double) exact / replies;
    }

    public double precision(Label l) {
        int[] c = counts.get(l);
        return c[0] + c[1] == 0 ? 1 : (double) c[0] / (c[0] + c[1]);
    }

    public double recall(Label l) {
        int[] c = counts.get(l);
        return c[0] + c[2] == 0 ? 1 : (double) c[0] / (c[0] + c[2]);
    }

    public int support(Label l) {
        int[] c = counts.get(l);
        return c[0] + c[2];
    }

    /** Each reply read in its own thread ({@code "issue"}, its author, the thread's earlier replies), or alone. */
    static CorpusScore of(ReplyClassifier classifier, List<JsonNode> corpus, boolean inThread) {
        if (!inThread) {
            return of(corpus, n -> classifier.classify(n.get("body").asText()));
        }
        // Each thread's ask is read once and its replies in order, each after the ones before it, as preview reads them.
        Map<String, ThreadHistory> threads = new java.util.HashMap<>();
        Map<JsonNode, Classification> read = new java.util.IdentityHashMap<>();
        for (JsonNode n : corpus) {
            ThreadHistory history = threads.computeIfAbsent(IntentModelTrainer.threadKey(n),
                    u -> new ThreadHistory(classifier, IntentModelTrainer.threadOf(classifier, n)));
            read.put(n, history.read(n.get("body").asText(), n.path("author").asText("")));
        }
        return of(corpus, read::get);
    }

    /** Each reply read alone in the thread {@code thread}, as a reply to it (the hard cases in the club's minutes). */
    static CorpusScore of(ReplyClassifier classifier, List<JsonNode> corpus, ThreadAsk thread) {
        return of(corpus, n -> classifier.classify(n.get("body").asText(), thread, ""));
    }

    private static CorpusScore of(List<JsonNode> corpus, Function<JsonNode, Classification> reader) {
        Map<Label, int[]> counts = new EnumMap<>(Label.class);
        for (Label l : Label.values()) {
            counts.put(l, new int[3]);
        }
        int exact = 0;
        int unsure = 0;
        int missesFlagged = 0;
        List<String> misses = new ArrayList<>();
        for (JsonNode n : corpus) {
            Classification c = reader.apply(n);
            Set<Label> gold = labels(n.get("labels"));
            List<Set<Label>> accepted = new ArrayList<>(List.of(gold));
            n.path("accept").forEach(a -> accepted.add(labels(a)));
            Set<Label> got = c.labels();
            unsure += c.unsure() ? 1 : 0;
            if (accepted.contains(got)) {
                exact++;
                gold = got;
            } else {
                missesFlagged += c.unsure() ? 1 : 0;
                misses.add(n.get("id").asText() + " gold " + gold + " got " + got + " | " + n.get("body").asText().replace('\n', ' ')
                        .substring(0, Math.min(100, n.get("body").asText().length())));
            }
            for (Label l : Label.values()) {
                boolean g = gold.contains(l);
                boolean p = got.contains(l);
                if (g && p) {
                    counts.get(l)[0]++;
                } else if (p) {
                    counts.get(l)[1]++;
                } else if (g) {
                    counts.get(l)[2]++;
                }
            }
        }
        return new CorpusScore(corpus.size(), exact, unsure, missesFlagged, counts, misses);
    }

    private static Set<Label> labels(JsonNode array) {
        Set<Label> out = EnumSet.noneOf(Label.class);
        array.forEach(l -> out.add(Label.valueOf(l.asText())));
        return out;
    }

    String report(String name) {
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "%s: exact-set %d/%d = %.3f, unsure %.3f, wrong readings flagged unsure %d/%d%n",
                name, exact, replies, accuracy(), replies == 0 ? 0 : (double) unsure / replies, missesFlagged, replies - exact));
        for (Label l : Label.values()) {
            b.append(String.format(Locale.ROOT, "  %-10s P %.2f R %.2f  (support %d)%n", l, precision(l), recall(l), support(l)));
        }
        return b.toString();
    }

    public static void main(String[] args) throws IOException {
        String which = args[0];
        boolean inThread = true;
        List<JsonNode> corpus = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            if (args[i].equals("--no-thread")) {
                inThread = false;
            } else {
                corpus.addAll(IntentModelTrainer.read(Path.of(args[i])));
            }
        }
        ReplyClassifier classifier = switch (which) {
            case "rules" -> ReplyClassifier.rulesOnly(Lexicon.defaults());
            case "shipped" -> new ReplyClassifier(Lexicon.defaults());
            default -> new ReplyClassifier(Lexicon.defaults(), Optional.of(new IntentModels(
                    readModel(Path.of(which, IntentModels.FIRST_LOOK)), readModel(Path.of(which, IntentModels.DECIDER)))));
        };
        CorpusScore score = of(classifier, corpus, inThread);
        System.out.print(score.report(which + (inThread ? " in thread" : " without thread")));
        if (System.getenv("MISSES") != null) {
            score.misses().stream().limit(Integer.parseInt(System.getenv("MISSES"))).forEach(m -> System.out.println("  " + m));
        }
    }

    private static IntentModel readModel(Path file) throws IOException {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return IntentModel.read(in);
        }
    }
}
