package dev.rsvpbot.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rsvpbot.classify.Classification;
import dev.rsvpbot.classify.Lexicon;
import dev.rsvpbot.classify.ReplyClassifier;
import dev.rsvpbot.classify.ThreadAsk;
import dev.rsvpbot.classify.ThreadHistory;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.concurrent.TimeUnit;

/**
 * Classifier speed: throughput over the labelled corpus, and the worst cases — 64 KB adversarial bodies built to
 * defeat naive scanners (long runs of {@code >}, backtick runs without partners, {@code [x]}, unclosed
 * {@code <!--}, dense lexicon words, numbered markers, mixed scripts) and a 1 MB body.
 * Run: {@code scripts/bench.sh ClassifyBenchmark}.
 */
@State(Scope.Benchmark)
public class ClassifyBenchmark {
    /** The corpus size, fixed so that ops/s reads as replies per second. */
    static final int CORPUS_REPLIES = 386;
    private static final int KB64 = 64 * 1024;

    /** The real replies, fixed so that ops/s reads as replies per second (the first of the real corpus's files). */
    static final int REAL_REPLIES = 1500;

    private ReplyClassifier classifier;
    private String[] corpus;
    private String megabyte;
    private String[] realBodies;
    private String[] realAuthors;
    private ThreadAsk[] realThreads;
    /** Where each real reply's thread starts: a reply whose thread is not the previous reply's. */
    private boolean[] realThreadStarts;
    /** A sign-up thread, where the learned model reads every reply (the slower path). */
    private ThreadAsk signUpThread;

    /** One 64 KB hostile body per shape; its own state so that only the worst-case benchmark runs per shape. */
    @State(Scope.Benchmark)
    public static class Hostile {
        @Param({"quotes", "backticks", "boxes", "comments", "dense-cues", "numbered", "mixed-scripts"})
        public String shape;
        String body;

        @Setup
        public void setUp() {
            body = shape(shape, KB64);
        }
    }

    @Setup
    public void setUp() throws IOException {
        classifier = new ReplyClassifier(Lexicon.defaults());
        List<String> bodies = corpusBodies();
        if (bodies.size() < CORPUS_REPLIES) {
            throw new IllegalStateException("the corpus has " + bodies.size() + " replies, the benchmark expects " + CORPUS_REPLIES);
        }
        corpus = bodies.subList(0, CORPUS_REPLIES).toArray(new String[0]);
        megabyte = shape("mixed-scripts", 1024 * 1024);
        realReplies();
        signUpThread = classifier.readThread("Attendance for June 24", "Comment below to have your attendance counted!", "organiser");
    }

    /** Real replies of the corpus (train, dev and test files), each with its thread read once, as preview does. */
    private void realReplies() throws IOException {
        List<String> bodies = new ArrayList<>();
        List<String> authors = new ArrayList<>();
        List<ThreadAsk> threads = new ArrayList<>();
        List<Boolean> starts = new ArrayList<>();
        Map<String, ThreadAsk> read = new HashMap<>();
        ObjectMapper json = new ObjectMapper();
        for (String split : List.of("train", "dev", "test")) {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(Objects.requireNonNull(
                    ClassifyBenchmark.class.getResourceAsStream("/classify/real/" + split + ".jsonl")), StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null && bodies.size() < REAL_REPLIES) {
                    JsonNode n = json.readTree(line);
                    JsonNode issue = n.get("issue");
                    starts.add(!read.containsKey(n.get("url").asText()));
                    threads.add(read.computeIfAbsent(n.get("url").asText(), u -> classifier.readThread(
                            issue.path("title").asText(), issue.path("body").asText(), issue.path("author").asText())));
                    bodies.add(n.get("body").asText());
                    authors.add(n.path("author").asText());
                }
            }
        }
        if (bodies.size() < REAL_REPLIES) {
            throw new IllegalStateException("the real corpus has " + bodies.size() + " replies, the benchmark expects " + REAL_REPLIES);
        }
        realBodies = bodies.toArray(new String[0]);
        realAuthors = authors.toArray(new String[0]);
        realThreads = threads.toArray(new ThreadAsk[0]);
        realThreadStarts = new boolean[starts.size()];
        for (int i = 0; i < starts.size(); i++) {
            realThreadStarts[i] = starts.get(i);
        }
    }

    /** The reply bodies of the labelled corpus (src/test/resources/classify/corpus.jsonl), in file order. */
    static List<String> corpusBodies() throws IOException {
        List<String> bodies = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(Objects.requireNonNull(
                ClassifyBenchmark.class.getResourceAsStream("/classify/corpus.jsonl")), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.isBlank()) {
                    bodies.add(json.readTree(line).get("body").asText());
                }
            }
        }
        return bodies;
    }

    public static String shape(String shape, int size) {
        StringBuilder b = new StringBuilder(size + 64);
        Random random = new Random(42);
        switch (shape) {
            case "quotes" -> {
                while (b.length() < size) {
                    b.append(">".repeat(1 + random.nextInt(200))).append(random.nextBoolean() ? " oral\n" : "");
                }
            }
            case "backticks" -> {
                int run = 1;
                while (b.length() < size) {
                    b.append("`".repeat(run)).append(" poster ");
                    run = run % 300 + 1; // every run length once before any repeats: no partners nearby
                }
            }
            case "boxes" -> {
                while (b.length() < size) {
                    b.append(random.nextBoolean() ? "[x]" : "[ ]").append(random.nextInt(10) == 0 ? " Oral\n" : "");
                }
            }
            case "comments" -> {
                b.append("poster ");
                while (b.length() < size) {
                    b.append(random.nextBoolean() ? "<!--" : "<!-").append(" oral ");
                }
            }
            case "dense-cues" -> {
                String[] cues = {"oral ", "poster ", "不", "改成 ", "来不了", "参加：【是】", "@bob ", "推荐人 ", "挂靠 ",
                        "if ", "?", "1. ", "《", "https://arxiv.org/abs/1801.07698 ", "讲 "};
                while (b.length() < size) {
                    b.append(cues[random.nextInt(cues.length)]);
                }
            }
            case "numbered" -> {
                while (b.length() < size) {
                    b.append(1 + random.nextInt(3)).append(". ").append(random.nextBoolean() ? "无 " : "P ");
                }
            }
            case "mixed-scripts" -> {
                String alphabet = "aoP é中文报名讲😀🎤>`[]x<!-@:：，。\n ";
                while (b.length() < size) {
                    int cp = random.nextInt(4) == 0 ? random.nextInt(0x3000) : alphabet.codePointAt(
                            alphabet.offsetByCodePoints(0, random.nextInt(alphabet.codePointCount(0, alphabet.length()))));
                    b.appendCodePoint(cp);
                }
            }
            default -> throw new IllegalArgumentException("unknown shape " + shape);
        }
        return b.toString();
    }

    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @OperationsPerInvocation(CORPUS_REPLIES)
    public void corpusReplies(Blackhole sink) {
        for (String body : corpus) {
            sink.consume(classifier.classify(body));
        }
    }

    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @OperationsPerInvocation(REAL_REPLIES)
    public void realRepliesInThread(Blackhole sink) {
        ThreadHistory history = null;
        for (int i = 0; i < REAL_REPLIES; i++) {
            if (realThreadStarts[i]) {
                history = new ThreadHistory(classifier, realThreads[i]); // as preview and poll read a thread
            }
            sink.consume(history.read(realBodies[i], realAuthors[i]));
        }
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public Classification adversarial64k(Hostile hostile) {
        return classifier.classify(hostile.body);
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public Classification adversarial64kInSignUpThread(Hostile hostile) {
        return classifier.classify(hostile.body, signUpThread, "someone");
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public Classification megabyteBody() {
        return classifier.classify(megabyte);
    }
}
