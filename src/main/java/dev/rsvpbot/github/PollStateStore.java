package dev.rsvpbot.github;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.rsvpbot.render.SummaryMarker;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps one {@link PollState} per API URL and repository as JSON in {@code cacheDir/poll-state}. A missing or
 * unreadable file only means the next poll reads every seminar issue, so read errors are logged, not thrown.
 */
final class PollStateStore {
    private static final Logger LOG = LoggerFactory.getLogger(PollStateStore.class);
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private final Path directory;
    private final URI apiUrl;

    PollStateStore(Path cacheDir, URI apiUrl) {
        this.directory = cacheDir.resolve("poll-state");
        this.apiUrl = apiUrl;
    }

    Optional<PollState> load(String repo) {
        Path file = file(repo);
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(JSON.readValue(file.toFile(), PollState.class));
        } catch (IOException e) {
            LOG.warn("Ignoring the poll state {} ({}): every seminar issue of {} is read again", file,
                    e.getClass().getSimpleName(), repo);
            return Optional.empty();
        }
    }

    /** Writes atomically, so a crash mid-write leaves the previous state. */
    void save(PollState state) throws IOException {
        AtomicJsonFile.write(JSON, file(state.repo()), state);
    }

    private Path file(String repo) {
        String name = repo.replaceAll("[^A-Za-z0-9_.-]", "_");
        return directory.resolve(name + "-" + SummaryMarker.sha256(apiUrl + " " + repo).substring(0, 12) + ".json");
    }
}
