package dev.rsvpbot.classify;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Experiment (not a test): how different ways of combining the rules and the model score. */
public final class CombinationExperiment {
    public static void main(String[] args) throws Exception {
        IntentModel model;
        try (BufferedReader in = Files.newBufferedReader(Path.of(args[0]), StandardCharsets.UTF_8)) {
            model = IntentModel.read(in);
        }
        ReplyClassifier rules = ReplyClassifier.rulesOnly(Lexicon.defaults());
        for (int a = 1; a < args.length; a++) {
            List<JsonNode> corpus = IntentModelTrainer.read(Path.of(args[a]));
            int[] ok = new int[6];
            java.util.Map<String, int[]> byKind = new java.util.TreeMap<>();
            for (JsonNode n : corpus) {
                ThreadAsk ask = IntentModelTrainer.threadOf(rules, n);
                String body = n.get("body").asText();
                String author = n.path("author").asText("");
                Classification r = rules.classify(body, ask, author);
                List<String> f = rules.featuresOf(body, ask, author);
                Set<Label> m = model.decide(r, f, "").labels();
                Set<Label> gold = EnumSet.noneOf(Label.class);
                n.get("labels").forEach(l -> gold.add(Label.valueOf(l.asText())));
                boolean rare = r.labels().stream().anyMatch(l -> l != Label.ATTEND && l != Label.OTHER);
                Set<Label> p2 = !r.has(Label.OTHER) && !r.unsure() ? r.labels() : m;
                Set<Label> p3 = rare && !r.unsure() ? r.labels() : m;
                boolean clubLike = ask.kind() == ThreadAsk.Kind.UNKNOWN || ask.kind() == ThreadAsk.Kind.TALKS;
                Set<Label> p4 = clubLike ? p2 : m;
                boolean explicitOther = r.has(Label.OTHER) && r.evidence().stream().noneMatch(e -> e.cue().startsWith("rule:no-cue") || e.cue().startsWith("rule:no-author-text"));
                Set<Label> p7 = !r.unsure() && (!r.has(Label.OTHER) || explicitOther) ? r.labels() : m;
                boolean anyCue = r.evidence().stream().noneMatch(e -> e.cue().startsWith("rule:no-cue") || e.cue().startsWith("rule:no-author-text"));
                Set<Label> p8 = anyCue ? r.labels() : m;
                Set<Label> p5 = clubLike ? p8 : m;
                if (System.getenv("SHOW") != null && !p5.equals(gold)) System.out.println("  miss " + n.get("id").asText() + " gold " + gold + " got " + p5 + " rules " + r.labels() + (r.unsure() ? "?" : "") + " | " + body.replace('\n', ' ').substring(0, Math.min(80, body.length())));
                int[] k = byKind.computeIfAbsent(ask.kind().name(), x -> new int[4]);
                k[0]++; k[1] += r.labels().equals(gold) ? 1 : 0; k[2] += m.equals(gold) ? 1 : 0; k[3] += p8.equals(gold) ? 1 : 0;
                ok[0] += r.labels().equals(gold) ? 1 : 0;
                ok[1] += m.equals(gold) ? 1 : 0;
                ok[2] += p2.equals(gold) ? 1 : 0;
                ok[3] += p3.equals(gold) ? 1 : 0;
                ok[4] += p4.equals(gold) ? 1 : 0;
                ok[5] += p5.equals(gold) ? 1 : 0;
            }
            byKind.forEach((kk, v) -> System.out.printf("   %s n=%d rules %d model %d p8 %d%n", kk, v[0], v[1], v[2], v[3]));
            System.out.printf("%s (%d): rules %.3f model %.3f p2 %.3f p3 %.3f p4 %.3f p5(p7 clublike) %.3f%n", args[a], corpus.size(),
                    ok[0] / (double) corpus.size(), ok[1] / (double) corpus.size(), ok[2] / (double) corpus.size(),
                    ok[3] / (double) corpus.size(), ok[4] / (double) corpus.size(), ok[5] / (double) corpus.size());
        }
    }
}
