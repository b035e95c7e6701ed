package dev.rsvpbot.cli;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;

/** One in-process run of the CLI, set up as {@link Main} sets it up: its exit code and what it printed. */
record CliRun(int exitCode, String out, String err) {

    /** With empty stdin and no environment variables. */
    static CliRun run(String... args) {
        return run(new ByteArrayInputStream(new byte[0]), Map.of(), args);
    }

    static CliRun withStdin(String stdin, String... args) {
        return run(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), Map.of(), args);
    }

    static CliRun withEnvironment(Map<String, String> variables, String... args) {
        return run(new ByteArrayInputStream(new byte[0]), variables, args);
    }

    static CliRun run(InputStream stdin, Map<String, String> variables, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        var commandLine = Main.commandLine(new CliEnvironment(stdin, variables, Clock.systemUTC()));
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        int code = commandLine.execute(args);
        return new CliRun(code, out.toString(), err.toString());
    }
}
