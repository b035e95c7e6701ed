package dev.rsvpbot.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;

/** Runs the command, first turning on debug logging for rsvp-bot's own packages when {@code --verbose} is given. */
final class VerboseLogging implements CommandLine.IExecutionStrategy {
    private final CommandLine.IExecutionStrategy delegate = new CommandLine.RunLast();

    @Override
    public int execute(CommandLine.ParseResult parseResult) {
        if (isVerbose(parseResult) && LoggerFactory.getLogger("dev.rsvpbot") instanceof Logger logger) {
            logger.setLevel(Level.DEBUG);
        }
        return delegate.execute(parseResult);
    }

    /** Whether {@code --verbose} was given to the top command or to any subcommand. */
    static boolean isVerbose(CommandLine.ParseResult result) {
        for (CommandLine.ParseResult level = result; level != null; level = level.subcommand()) {
            if (level.hasMatchedOption("--verbose")) {
                return true;
            }
        }
        return false;
    }
}
