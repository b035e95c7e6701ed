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
        subcommands = {CommandLine.HelpCommand.class, ConfigCommand.class})
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
        int code = commandLine(CliEnvironment.system()).execute(args);
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
