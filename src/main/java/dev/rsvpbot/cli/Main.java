package dev.rsvpbot.cli;

import org.slf4j.bridge.SLF4JBridgeHandler;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code rsvp-bot}: the top command. Each subcommand parses its options and calls one service; the work lives
 * in the pipeline packages. Commands print through {@code spec.commandLine().getOut()/getErr()} so that tests
 * can run them in-process with {@link #commandLine(CliEnvironment)}.
 */
@Command(name = "rsvp-bot",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Reads the RSVP replies of seminar issues and keeps one summary comment with a draft agenda.",
        subcommands = {CommandLine.HelpCommand.class, ConfigCommand.class, ClassifyCommand.class, PreviewCommand.class,
                PollCommand.class, ServeCommand.class, DigestCommand.class})
public final class Main implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing command: say which one, e.g. 'rsvp-bot preview'.");
    }

    public static void main(String[] args) {
        SLF4JBridgeHandler.removeHandlersForRootLogger();
        SLF4JBridgeHandler.install();
        CommandLine commandLine = commandLine(CliEnvironment.system());
        // Replies are Chinese and English: write UTF-8 whatever the platform's default charset is.
        commandLine.setOut(new java.io.PrintWriter(new java.io.OutputStreamWriter(System.out, java.nio.charset.StandardCharsets.UTF_8), true));
        commandLine.setErr(new java.io.PrintWriter(new java.io.OutputStreamWriter(System.err, java.nio.charset.StandardCharsets.UTF_8), true));
        int code = commandLine.execute(args);
        System.exit(code);
    }

    /** The fully configured command line: commands built with the environment, errors through {@link ErrorHandler}. */
    public static CommandLine commandLine(CliEnvironment environment) {
        ErrorHandler errors = new ErrorHandler();
        CommandLine commandLine = new CommandLine(new Main(), new CommandFactory(environment));
        commandLine.setExecutionExceptionHandler(errors);
        commandLine.setParameterExceptionHandler(errors);
        commandLine.setExecutionStrategy(new VerboseLogging());
        return commandLine;
    }
}
