package dev.rsvpbot.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rsvpbot.config.RsvpConfig;
import dev.rsvpbot.github.ThreadFiles;
import dev.rsvpbot.pipeline.LargeThreads;
import dev.rsvpbot.pipeline.SummaryPipeline;
import dev.rsvpbot.testing.ThreadBuilder;
import dev.rsvpbot.thread.IssueThread;
import dev.rsvpbot.thread.Reply;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * {@code preview} of a big thread (2,000 long replies by default): reading GitHub-shaped JSON files and
 * summarising (the whole command minus JVM start), and summarising alone. Run with
 * {@code scripts/bench.sh -prof gc PreviewBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class PreviewBenchmark {
    @Param({"2000"})
    int replies;

    private Path dir;
    private Path issueFile;
    private Path commentsFile;
    private IssueThread thread;
    private SummaryPipeline pipeline;

    @Setup(Level.Trial)
    public void writeThread() throws IOException {
        thread = LargeThreads.of(replies, ThreadBuilder.s3e6Minutes());
        pipeline = new SummaryPipeline(RsvpConfig.defaults());
        dir = Files.createTempDirectory("preview-bench");
        issueFile = dir.resolve("issue.json");
        commentsFile = dir.resolve("comments.json");
        write(thread, issueFile, commentsFile);
    }

    /**
     * Writes the 2,000-reply thread as GitHub's JSON, to time the whole {@code preview} command, JVM start included:
     * {@code PreviewBenchmark DIR} writes DIR/issue.json and DIR/comments.json.
     */
    public static void main(String[] args) throws IOException {
        Path out = Path.of(args[0]);
        Files.createDirectories(out);
        write(LargeThreads.of(2_000, ThreadBuilder.s3e6Minutes()), out.resolve("issue.json"), out.resolve("comments.json"));
    }

    static void write(IssueThread thread, Path issueFile, Path commentsFile) throws IOException {
        ObjectMapper json = new ObjectMapper();
        ObjectNode issue = json.createObjectNode()
                .put("repository_url", "https://api.github.com/repos/" + thread.issue().repo())
                .put("number", thread.issue().number()).put("title", thread.issue().title())
                .put("body", thread.issue().body()).put("created_at", thread.issue().createdAt().toString())
                .put("html_url", thread.issue().htmlUrl());
        issue.putObject("user").put("login", thread.issue().author()).put("type", "User");
        json.writeValue(issueFile.toFile(), issue);
        ArrayNode comments = json.createArrayNode();
        for (Reply r : thread.replies()) {
            ObjectNode c = comments.addObject().put("id", r.id()).put("body", r.body())
                    .put("created_at", r.createdAt().toString()).put("updated_at", r.updatedAt().toString())
                    .put("html_url", r.htmlUrl());
            c.putObject("user").put("login", r.author()).put("type", "User");
        }
        json.writeValue(commentsFile.toFile(), comments);
    }

    @TearDown(Level.Trial)
    public void removeFiles() throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    /** What {@code preview} does after the JVM starts: read both files, classify, fold, plan, render. */
    @Benchmark
    public String readAndSummarize() throws Exception {
        return pipeline.summarize(new ThreadFiles().read(issueFile, commentsFile), "rsvp-bot").body();
    }

    /** The pure pipeline alone, on records already in memory. */
    @Benchmark
    public String summarize() {
        return pipeline.summarize(thread, "rsvp-bot").body();
    }
}
