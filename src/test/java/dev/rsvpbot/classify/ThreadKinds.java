package dev.rsvpbot.classify;

import com.fasterxml.jackson.databind.JsonNode;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** Experiment (not a test): how each thread of a corpus is read. */
public final class ThreadKinds {
    public static void main(String[] args) throws Exception {
        ReplyClassifier c = ReplyClassifier.rulesOnly(Lexicon.defaults());
        Map<String, JsonNode> threads = new LinkedHashMap<>();
        for (String a : args) {
            for (JsonNode n : IntentModelTrainer.read(Path.of(a))) {
                threads.putIfAbsent(n.path("url").asText(n.get("issue").path("url").asText()), n);
            }
        }
        threads.forEach((url, n) -> {
            ThreadAsk ask = IntentModelTrainer.threadOf(c, n);
            String body = n.get("issue").path("body").asText().replace('\n', ' ');
            System.out.println(ask.kind() + " " + ask.questions() + " | " + n.get("issue").path("title").asText() + " | "
                    + body.substring(0, Math.min(140, body.length())));
        });
    }
}
