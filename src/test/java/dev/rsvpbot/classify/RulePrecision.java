package dev.rsvpbot.classify;

import com.fasterxml.jackson.databind.JsonNode;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Experiment, not a test: how often each rule's label is right on a labelled corpus, read alone and in thread;
 * what decides which rules may overrule the model (docs/understanding.md).
 *
 * <pre>RulePrecision CORPUS.jsonl...</pre>
 */
public final class RulePrecision {
    public static void main(String[] args) throws Exception {
        List<JsonNode> all = new ArrayList<>();
        for (String a : args) {
            all.addAll(IntentModelTrainer.read(Path.of(a)));
        }
        ReplyClassifier rules = ReplyClassifier.rulesOnly(Lexicon.defaults());
        Map<String, int[]> counts = new TreeMap<>();
        IntentModelTrainer.forEachInThread(rules, all, (n, context) -> {
            String body = n.get("body").asText();
            List<String> gold = new ArrayList<>();
            n.get("labels").forEach(l -> gold.add(l.asText()));
            count(counts, "in thread ", rules.classify(body, IntentModelTrainer.threadOf(rules, n), n.path("author").asText(""), context), gold);
            count(counts, "alone ", rules.classify(body), gold);
        });
        counts.forEach((k, c) -> System.out.printf(Locale.ROOT, "%-60s %4d/%4d = %.2f%n", k, c[0], c[1], (double) c[0] / c[1]));
    }

    private static void count(Map<String, int[]> counts, String how, Classification c, List<String> gold) {
        for (Evidence e : c.evidence()) {
            String cue = e.cue();
            int cut = cue.indexOf(' ');
            String key = how + e.label() + " " + (cut < 0 ? cue : cue.substring(0, cut));
            if (cue.startsWith("lexicon:")) {
                key = how + e.label() + " " + (cut < 0 ? cue : cue.substring(0, cut));
            }
            int[] x = counts.computeIfAbsent(key, k -> new int[2]);
            x[0] += gold.contains(e.label().name()) ? 1 : 0;
            x[1]++;
        }
    }
}
