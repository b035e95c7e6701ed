package dev.rsvpbot.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Compares a whole rendered comment with its reviewed copy under {@code src/test/resources/pipeline/golden/}.
 * Run with {@code -Dgolden.update=true} to rewrite the files, then review the diff before committing.
 */
final class GoldenFiles {
    static final Path DIR = Path.of("src", "test", "resources", "pipeline", "golden");

    private GoldenFiles() {
    }

    static void assertMatches(String name, String actual) {
        Path file = DIR.resolve(name);
        try {
            if (Boolean.getBoolean("golden.update")) {
                Files.createDirectories(DIR);
                Files.writeString(file, actual, StandardCharsets.UTF_8);
            }
            assertThat(file).as("golden file %s (regenerate with -Dgolden.update=true, then review the diff)", file)
                    .exists();
            assertThat(actual).isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
