package dev.rsvpbot.cli;

import dev.rsvpbot.config.RsvpConfig;
import dev.rsvpbot.github.ThreadFiles;
import dev.rsvpbot.pipeline.Summary;
import dev.rsvpbot.pipeline.SummaryPipeline;
import dev.rsvpbot.thread.IssueThread;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code rsvp-bot preview}: the summary the bot would post for a thread saved from GitHub's REST API, offline. */
@Command(name = "preview", mixinStandardHelpOptions = true,
        description = {"Print the summary comment the bot would post for an issue and its comments, saved as "
                + "GitHub's REST API returns them. Works offline; writes nothing anywhere.",
                "Example: rsvp-bot preview --issue examples/issue.json --comments examples/comments.json"})
final class PreviewCommand implements Callable<Integer> {
    enum Format { markdown, json }

    @Mixin
    CommonOptions common;

    @Spec
    CommandSpec spec;

    @Option(names = "--issue", required = true, paramLabel = "ISSUE.json",
            description = "The issue object of GET /repos/{owner}/{repo}/issues/{number}.")
    Path issue;

    @Option(names = "--comments", required = true, paramLabel = "COMMENTS.json",
            description = "The array of GET /repos/{owner}/{repo}/issues/{number}/comments, all pages in one array.")
    Path comments;

    @Option(names = "--format", defaultValue = "markdown", paramLabel = "FORMAT",
            description = "markdown (the comment, default) or json (the structured summary).")
    Format format;

    @Option(names = "--bot-login", paramLabel = "LOGIN",
            description = "The bot's login, whose comments are ignored (default: github.bot-login from the config; "
                    + "comments by any bot account are ignored anyway).")
    String botLogin;

    @Override
    public Integer call() {
        RsvpConfig config = common.loadConfig();
        IssueThread thread;
        try {
            thread = new ThreadFiles().read(issue, comments);
        } catch (ThreadFiles.BadFileException e) {
            throw UserError.usage(e.getMessage());
        }
        SummaryPipeline pipeline = new SummaryPipeline(config);
        Summary summary = pipeline.summarize(thread, botLogin != null ? botLogin : config.github().botLogin());
        PrintWriter out = spec.commandLine().getOut();
        out.print(format == Format.json ? pipeline.json(summary.data()) : summary.body());
        out.flush();
        return ExitCode.OK;
    }
}
