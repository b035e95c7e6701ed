package dev.rsvpbot.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.rsvpbot.config.RsvpConfig;
import dev.rsvpbot.github.GithubSetupException;
import dev.rsvpbot.github.GithubToken;
import dev.rsvpbot.github.IssueOutcome;
import dev.rsvpbot.github.PollReport;
import dev.rsvpbot.github.PollService;
import dev.rsvpbot.github.Sleeper;
import dev.rsvpbot.github.ThreadSummarizer;
import dev.rsvpbot.pipeline.SummaryPipeline;
import dev.rsvpbot.render.SummaryMarker;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code rsvp-bot poll}: one pass over the configured repositories, keeping one summary comment per seminar issue. */
@Command(name = "poll", mixinStandardHelpOptions = true,
        description = {"Read the seminar issues on GitHub and keep one summary comment per issue up to date.",
                "The token comes from GITHUB_TOKEN, or from the file named by GITHUB_TOKEN_FILE."})
final class PollCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Mixin
    GithubOptions githubOptions;

    @Option(names = "--dry-run", description = "Print what would be created or changed, with the Markdown; write nothing.")
    boolean dryRun;

    @Spec
    CommandSpec spec;

    private final CliEnvironment environment;

    PollCommand(CliEnvironment environment) {
        this.environment = environment;
    }

    @Override
    public Integer call() {
        RsvpConfig config = githubOptions.applyTo(common.loadConfig());
        PollReport report;
        try (PollService poll = new PollService(config.github(), GithubToken.fromEnvironment(environment.variables()),
                summarizer(config), Sleeper.REAL, environment.clock())) {
            report = poll.run(dryRun);
        } catch (GithubSetupException e) {
            throw UserError.usage(e.getMessage());
        }
        print(report);
        return report.ok() ? ExitCode.OK : ExitCode.FAILED;
    }

    /** The real pipeline; its fingerprint is the configuration and version, so either change re-reads every issue. */
    static ThreadSummarizer summarizer(RsvpConfig config) {
        SummaryPipeline pipeline = new SummaryPipeline(config);
        String version = String.valueOf(PollCommand.class.getPackage().getImplementationVersion());
        return ThreadSummarizer.of(SummaryMarker.sha256(version + "\n" + canonical(config)),
                (thread, bot) -> pipeline.summarize(thread, bot).body());
    }

    private static String canonical(RsvpConfig config) {
        try {
            return new ObjectMapper(new YAMLFactory()).registerModule(new JavaTimeModule())
                    .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
                    .writeValueAsString(config);
        } catch (JsonProcessingException e) {
            return config.toString();
        }
    }

    private void print(PollReport report) {
        PrintWriter out = spec.commandLine().getOut();
        for (IssueOutcome o : report.outcomes()) {
            out.printf("%s#%d %s: %s%n", o.repo(), o.number(), o.title(), describe(o, report.dryRun()));
            if (report.dryRun() && !o.body().isEmpty()) {
                out.println();
                out.println(o.body());
                out.println();
            }
        }
        out.println(report.summaryLine());
        out.flush();
        PrintWriter err = spec.commandLine().getErr();
        report.problems().forEach(p -> err.println("[ERROR] " + p));
        err.flush();
    }

    private static String describe(IssueOutcome o, boolean dryRun) {
        String duplicates = o.duplicatesDeleted() == 0 ? ""
                : (dryRun ? ", would delete " : ", deleted ") + o.duplicatesDeleted() + " duplicate summary comment(s)";
        String action = switch (o.action()) {
            case CREATED -> dryRun ? "would create the summary comment" : "created the summary comment";
            case EDITED -> dryRun ? "would edit the summary comment" : "edited the summary comment";
            case UNCHANGED -> "summary is current";
            case NOT_CHANGED_SINCE_LAST_RUN -> "nothing new since the last run";
            case FAILED -> "failed (see below)";
        };
        return action + duplicates;
    }
}
