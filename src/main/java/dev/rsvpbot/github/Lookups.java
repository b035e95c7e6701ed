package dev.rsvpbot.github;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.rsvpbot.render.SummaryMarker;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import okhttp3.HttpUrl;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.kohsuke.github.GHEventPayload;
import org.kohsuke.github.GHRepository;
import org.kohsuke.github.HttpException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The token's login ({@code GET /user}) and each repository's lookup ({@code GET /repos/{owner}/{repo}}), kept in
 * {@code cacheDir/lookups} so a quiet poll asks neither: both change next to never. Each is asked again once it is
 * a day old, and at once after GitHub answered 401 (the token changed) or 404 (the repository moved) to a request
 * that relied on it. The file is per API URL and token (named by a hash of both), so another token starts afresh.
 *
 * <p>A repository is kept as the few fields github-api needs to build its routes; {@link #repository} turns them
 * back into a {@link GHRepository} bound to the client, without a request.
 */
final class Lookups {
    private static final Logger LOG = LoggerFactory.getLogger(Lookups.class);
    static final Duration MAX_AGE = Duration.ofDays(1);
    private static final List<String> REPOSITORY_FIELDS = List.of("id", "node_id", "name", "full_name", "private",
            "url", "html_url", "default_branch");
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /** What the file holds; {@code login} is null when unknown. */
    record Saved(String login, Instant loginCheckedAt, Map<String, Repo> repositories) {
        Saved {
            repositories = repositories == null ? Map.of() : Map.copyOf(repositories);
        }
    }

    record Repo(JsonNode json, Instant checkedAt) {
    }

    private final GithubConnection connection;
    private final Clock clock;
    private final Path file;
    private Saved saved;

    Lookups(GithubConnection connection, Path cacheDir, URI apiUrl, GithubToken token, Clock clock) {
        this.connection = connection;
        this.clock = clock;
        this.file = cacheDir.resolve("lookups").resolve("lookups-"
                + SummaryMarker.sha256(apiUrl + " " + token.value()).substring(0, 16) + ".json");
        this.saved = load();
    }

    private Saved load() {
        if (Files.exists(file)) {
            try {
                return JSON.readValue(file.toFile(), Saved.class);
            } catch (IOException | RuntimeException e) {
                LOG.warn("Ignoring the lookups file {} ({}): the login and the repositories are looked up again", file,
                        e.getClass().getSimpleName());
            }
        }
        return new Saved(null, null, Map.of());
    }

    private boolean fresh(Instant checkedAt) {
        return checkedAt != null && !checkedAt.isAfter(clock.instant())
                && Duration.between(checkedAt, clock.instant()).compareTo(MAX_AGE) < 0;
    }

    /** The token's login: kept for a day, else {@code GET /user}. */
    synchronized String login() throws IOException {
        if (saved.login() != null && !saved.login().isBlank() && fresh(saved.loginCheckedAt())) {
            return saved.login();
        }
        String login = connection.github().getMyself().getLogin();
        saved = new Saved(login, clock.instant(), saved.repositories());
        trySave();
        return login;
    }

    /** The repository, from the kept lookup when under a day old, else from {@code GET /repos/{owner}/{repo}}. */
    synchronized GHRepository repository(String repo) throws IOException {
        Repo kept = saved.repositories().get(repo);
        if (kept == null || !fresh(kept.checkedAt())) {
            kept = new Repo(fetch(repo), clock.instant());
            Map<String, Repo> repositories = new HashMap<>(saved.repositories());
            repositories.put(repo, kept);
            saved = new Saved(saved.login(), saved.loginCheckedAt(), repositories);
            trySave();
        }
        return bind(kept.json());
    }

    /** Whether the repository's lookup was kept from an earlier run (so a 404 may mean it is stale). */
    synchronized boolean kept(String repo) {
        return saved.repositories().containsKey(repo);
    }

    /** GitHub answered 401 or 404 to a request that relied on the kept lookups: drop them, so they are asked again. */
    synchronized void forget(String repo, boolean login) {
        Map<String, Repo> repositories = new HashMap<>(saved.repositories());
        repositories.remove(repo);
        saved = new Saved(login ? null : saved.login(), login ? null : saved.loginCheckedAt(), repositories);
        trySave();
    }

    /** A lookup that cannot be kept is only asked again next run. */
    private void trySave() {
        try {
            save();
        } catch (IOException | RuntimeException e) {
            LOG.debug("Could not save {}", file, e);
        }
    }

    private JsonNode fetch(String repo) throws IOException {
        HttpUrl url = HttpUrl.get(connection.apiRoot() + "/repos/" + repo);
        try (Response response = connection.get(url)) {
            ResponseBody body = response.body();
            String text = body == null ? "" : body.string();
            if (!response.isSuccessful()) {
                throw new HttpException(text, response.code(), response.message(), url.toString());
            }
            JsonNode full = JSON.readTree(text);
            if (full == null || !full.path("name").isTextual() || !full.path("owner").path("login").isTextual()) {
                throw new IOException("GitHub's answer to GET /repos/" + repo + " is not a repository");
            }
            ObjectNode kept = JSON.createObjectNode();
            for (String field : REPOSITORY_FIELDS) {
                if (full.has(field)) {
                    kept.set(field, full.get(field));
                }
            }
            ObjectNode owner = kept.putObject("owner");
            for (String field : List.of("login", "id", "type", "url")) {
                if (full.path("owner").has(field)) {
                    owner.set(field, full.path("owner").get(field));
                }
            }
            return kept;
        }
    }

    private GHRepository bind(JsonNode json) throws IOException {
        // github-api binds what it parses to its client; an event payload is its public way to parse a repository.
        ObjectNode payload = JSON.createObjectNode();
        payload.set("repository", json);
        GHEventPayload.Ping ping = connection.github().parseEventPayload(new StringReader(JSON.writeValueAsString(payload)),
                GHEventPayload.Ping.class);
        return Optional.ofNullable(ping.getRepository())
                .orElseThrow(() -> new IOException("the kept lookup of a repository could not be read"));
    }

    private void save() throws IOException {
        AtomicJsonFile.write(JSON, file, saved);
    }
}
