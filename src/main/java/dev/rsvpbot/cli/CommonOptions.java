package dev.rsvpbot.cli;

import dev.rsvpbot.config.ConfigException;
import dev.rsvpbot.config.ConfigLoader;
import dev.rsvpbot.config.RsvpConfig;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/** Options every command takes: {@code --config FILE} and {@code --verbose}. Mixed into each command. */
public final class CommonOptions {
    @Option(names = "--config", paramLabel = "FILE",
            description = "YAML configuration (default: ${DEFAULT-VALUE} if present, else built-in defaults).",
            defaultValue = ConfigLoader.DEFAULT_FILE, showDefaultValue = picocli.CommandLine.Help.Visibility.NEVER)
    Path config;

    /** Read from the parse result ({@link VerboseLogging#isVerbose}) before the command runs and by the error handler after it fails. */
    @Option(names = {"-v", "--verbose"}, description = "Log debug detail and show stack traces of errors.")
    boolean verbose;

    /**
     * Loads the configuration named by {@code --config}. The default file may be absent (built-in defaults
     * apply); a file named explicitly must exist.
     *
     * @throws UserError with exit code 2 listing every problem in the file
     */
    public RsvpConfig loadConfig() {
        try {
            return ConfigLoader.loadDefaultOrFile(config);
        } catch (ConfigException e) {
            throw new UserError(ExitCode.USAGE, e.getMessage(), e);
        }
    }
}
