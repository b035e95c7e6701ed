package dev.rsvpbot.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.rsvpbot.config.RsvpConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code rsvp-bot config}: checks the configuration file and prints the configuration in effect. */
@Command(name = "config", mixinStandardHelpOptions = true,
        description = "Check the configuration file (every problem is listed) and print the configuration in effect, as YAML that loads back.")
final class ConfigCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        RsvpConfig config = common.loadConfig();
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory())
                .registerModule(new JavaTimeModule())
                .registerModule(new SimpleModule().addSerializer(Path.class, new ToStringSerializer(Path.class)))
                .setPropertyNamingStrategy(PropertyNamingStrategies.KEBAB_CASE)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
                // Map.copyOf has no stable order; sorted keys make the printout the same every run.
                .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);
        spec.commandLine().getOut().print(yaml.writeValueAsString(config));
        spec.commandLine().getOut().flush();
        return ExitCode.OK;
    }
}
