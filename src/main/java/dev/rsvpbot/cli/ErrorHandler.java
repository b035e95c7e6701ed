package dev.rsvpbot.cli;

import picocli.CommandLine;
import picocli.CommandLine.ParseResult;

import java.io.PrintWriter;

/**
 * The one place errors reach the user: {@code [ERROR] message} on stderr, a stack trace only with
 * {@code --verbose}, and the exit code the error carries.
 */
final class ErrorHandler implements CommandLine.IExecutionExceptionHandler, CommandLine.IParameterExceptionHandler {

    @Override
    public int handleExecutionException(Exception ex, CommandLine commandLine, ParseResult parseResult) {
        PrintWriter err = commandLine.getErr();
        boolean verbose = VerboseLogging.isVerbose(parseResult);
        int code;
        if (ex instanceof UserError userError) {
            err.println("[ERROR] " + userError.getMessage());
            code = userError.exitCode();
        } else {
            err.println("[ERROR] " + describe(ex));
            if (!verbose) {
                err.println("[ERROR] This is a bug in rsvp-bot; run again with --verbose for the stack trace and report it.");
            }
            code = ExitCode.FAILED;
        }
        if (verbose) {
            ex.printStackTrace(err);
        }
        err.flush();
        return code;
    }

    @Override
    public int handleParseException(CommandLine.ParameterException ex, String[] args) {
        CommandLine commandLine = ex.getCommandLine();
        PrintWriter err = commandLine.getErr();
        err.println("[ERROR] " + ex.getMessage());
        err.println("[ERROR] See '" + commandLine.getCommandSpec().qualifiedName() + " --help'.");
        err.flush();
        return ExitCode.USAGE;
    }

    private static String describe(Exception ex) {
        String message = ex.getMessage();
        return message == null || message.isBlank() ? ex.getClass().getSimpleName() : message;
    }
}
