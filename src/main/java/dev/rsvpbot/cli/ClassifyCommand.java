package dev.rsvpbot.cli;

import dev.rsvpbot.classify.Explanation;
import dev.rsvpbot.classify.JsonLinesClassifier;
import dev.rsvpbot.classify.Lexicon;
import dev.rsvpbot.classify.ReplyClassifier;
import dev.rsvpbot.classify.ThreadAsk;
import dev.rsvpbot.github.ThreadFiles;
import dev.rsvpbot.thread.SeminarIssue;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

/** {@code rsvp-bot classify}: explains the labels of a text, or classifies JSON Lines from stdin (interface.md). */
@Command(name = "classify", mixinStandardHelpOptions = true,
        description = {"Explain which labels a reply gets and why, or classify JSON Lines from stdin.",
                "  classify 下次 oral，讲 EMANet",
                "  classify --issue issue.json 1. 姓名：张三 2. 参加：【是】",
                "  classify --jsonl < replies.jsonl   (one {\"id\", \"body\", \"author\", \"issue\"} object per line)"})
final class ClassifyCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Spec
    CommandSpec spec;

    @Option(names = "--jsonl", description = "Read one JSON object per line on stdin and write one classification per line on stdout.")
    boolean jsonl;

    @Option(names = "--issue", paramLabel = "ISSUE.json",
            description = "Read TEXT as a reply in this issue's thread (GitHub's issue JSON: title, body, user.login).")
    Path issue;

    @Parameters(paramLabel = "TEXT", arity = "0..*", description = "The reply text; several words are joined with spaces.")
    List<String> text = List.of();

    private final CliEnvironment environment;
    /** The charset the JVM decoded the command-line arguments with: the locale's, fixed at JVM start. */
    private final String argumentCharset;

    ClassifyCommand(CliEnvironment environment) {
        this(environment, System.getProperty("sun.jnu.encoding", Charset.defaultCharset().name()));
    }

    ClassifyCommand(CliEnvironment environment, String argumentCharset) {
        this.environment = environment;
        this.argumentCharset = argumentCharset;
    }

    @Spec
    void listCategories(CommandSpec self) {
        self.usageMessage().footer("", "Lexicon categories for classify.extra-cues in the config: "
                + String.join(", ", Lexicon.defaults().categories()));
    }

    @Override
    public Integer call() {
        if (jsonl == !text.isEmpty()) {
            throw UserError.usage(jsonl ? "give either TEXT or --jsonl, not both" : "nothing to classify: give the reply TEXT, or --jsonl to read JSON Lines on stdin");
        }
        // loadConfig has already refused unknown categories and blank phrases, naming the file and line.
        ReplyClassifier classifier = new ReplyClassifier(Lexicon.defaults().extendedWith(common.loadConfig().classify().extraCues()));
        PrintWriter out = spec.commandLine().getOut();
        if (issue != null && jsonl) {
            throw UserError.usage("--issue goes with TEXT; with --jsonl give each line its \"issue\" object");
        }
        if (!jsonl) {
            warnIfMisdecoded(String.join(" ", text));
            ThreadAsk ask = issue == null ? ThreadAsk.UNKNOWN : readIssue(classifier, issue);
            if (ask.known()) {
                out.println("thread: " + ask.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-')
                        + (ask.questions().isEmpty() ? "" : ", questions " + ask.questions()));
            }
            out.print(Explanation.of(classifier.classify(String.join(" ", text), ask, "")));
            out.flush();
            return ExitCode.OK;
        }
        // Raw bytes, buffered: the classifier decodes each line as UTF-8 itself, so a bad line is named, not repaired.
        InputStream in = new BufferedInputStream(environment.stdin());
        JsonLinesClassifier.Outcome outcome;
        try {
            outcome = new JsonLinesClassifier(classifier).run(in, out);
        } catch (IOException e) {
            throw UserError.failed("cannot read the JSON Lines on stdin: " + e.getMessage() + "; lines before it were classified");
        }
        if (!outcome.badLines().isEmpty()) {
            List<Integer> bad = outcome.badLines();
            String lines = bad.stream().limit(20).map(String::valueOf).collect(Collectors.joining(", "))
                    + (bad.size() > 20 ? ", …" : "");
            throw UserError.failed(bad.size() + " input line(s) were not reply objects (line " + lines
                    + "); their {\"line\", \"error\"} objects are on stdout in their place, the other "
                    + outcome.classified() + " were classified");
        }
        return ExitCode.OK;
    }

    /**
     * Under a non-UTF-8 locale the JVM has already turned TEXT's non-ASCII bytes into U+FFFD (or other letters)
     * before we see them; nothing can undo that, so say so rather than print {@code ����} as if it were the reply.
     */
    private void warnIfMisdecoded(String joined) {
        boolean utf8 = argumentCharset.equalsIgnoreCase("UTF-8") || argumentCharset.equalsIgnoreCase("UTF8");
        if (utf8 || joined.chars().allMatch(c -> c < 0x80)) {
            return;
        }
        PrintWriter err = spec.commandLine().getErr();
        err.println("[WARNING] TEXT was decoded in the locale's charset, " + argumentCharset + ", not UTF-8, so its"
                + " non-ASCII characters may be lost (shown as \uFFFD). Run with a UTF-8 locale (LANG=C.UTF-8), or"
                + " send the text as JSON Lines through classify --jsonl, which always reads UTF-8.");
        err.flush();
    }

    private static ThreadAsk readIssue(ReplyClassifier classifier, Path file) {
        SeminarIssue issue;
        try {
            issue = new ThreadFiles().readIssue(file);
        } catch (ThreadFiles.BadFileException e) {
            throw UserError.usage(e.getMessage());
        }
        return classifier.readThread(issue.title(), issue.body(), issue.author());
    }
}
