package dev.rsvpbot.github;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A stateful GitHub on loopback: WireMock serves the repository, its issues and their comments from JSON files
 * under {@code src/test/resources/github/<scenario>/}, 100 per page with {@code Link} headers, ETags and 304s
 * for {@code If-None-Match}, like api.github.com. {@link #applyWrites()} replays the POST/PATCH/DELETE requests
 * the bot sent onto the state, so the next run sees what the last one wrote.
 */
public final class FakeGithub implements AutoCloseable {
    public static final String REPO = "club/seminars";
    public static final String BOT = "rsvp-bot";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern COMMENT_POST = Pattern.compile("/repos/([^/]+/[^/]+)/issues/(\\d+)/comments");
    private static final Pattern COMMENT_ONE = Pattern.compile("/repos/([^/]+/[^/]+)/issues/comments/(\\d+)");

    final WireMockServer server;
    private final String scenario;
    private final Map<String, JsonNode> repositories = new LinkedHashMap<>();
    private final Map<String, List<ObjectNode>> issues = new LinkedHashMap<>();
    /** Comments per "owner/name#number". */
    private final Map<String, List<ObjectNode>> comments = new LinkedHashMap<>();
    private final List<StubMapping> published = new ArrayList<>();
    private final Set<UUID> applied = new HashSet<>();
    private long nextId = 900_001;
    private Instant now = Instant.parse("2026-11-20T10:00:00Z");

    /** Where the API lives on the server: "" like api.github.com, or "/api/v3" like GitHub Enterprise. */
    private final String prefix;

    private FakeGithub(String scenario, String prefix) {
        this.scenario = scenario;
        this.prefix = prefix;
        this.server = new WireMockServer(WireMockConfiguration.options().bindAddress("127.0.0.1").dynamicPort()
                .jettyAcceptors(1).gzipDisabled(true).extensions(new CommentsSince(), new StallMidBody(), new WritesAtOnce()));
        server.start();
    }

    /** Starts a GitHub serving {@code github/<scenario>/} as repository {@link #REPO}. */
    public static FakeGithub start(String scenario) {
        return start(scenario, "");
    }

    /** As {@link #start(String)}, with the API under a path, as GitHub Enterprise serves it ({@code /api/v3}). */
    public static FakeGithub start(String scenario, String pathPrefix) {
        FakeGithub github = new FakeGithub(scenario, pathPrefix);
        github.addRepository(REPO);
        github.publish();
        return github;
    }

    /** Adds another repository with the same files (so tests can fail one and not the other). */
    void addRepository(String fullName) {
        ObjectNode repo = (ObjectNode) read("repo.json");
        repo.put("full_name", fullName);
        repo.put("name", fullName.substring(fullName.indexOf('/') + 1));
        ((ObjectNode) repo.get("owner")).put("login", fullName.substring(0, fullName.indexOf('/')));
        repositories.put(fullName, repo);
        List<ObjectNode> list = new ArrayList<>();
        for (JsonNode issue : read("issues.json")) {
            list.add((ObjectNode) issue);
            int number = issue.get("number").asInt();
            List<ObjectNode> thread = new ArrayList<>();
            JsonNode file = readOptional("comments-" + number + ".json");
            if (file != null) {
                file.forEach(c -> thread.add((ObjectNode) c));
            }
            comments.put(fullName + "#" + number, thread);
        }
        issues.put(fullName, list);
    }

    public URI apiUrl() {
        return URI.create(server.baseUrl() + prefix);
    }

    // ---- changing the state, as members do on github.com ----

    public ObjectNode addComment(int issue, String login, String body) {
        return addComment(REPO, issue, login, body);
    }

    ObjectNode addComment(String repo, int issue, String login, String body) {
        long id = nextId++;
        now = now.plusSeconds(60);
        ObjectNode c = (ObjectNode) read("comment-template.json");
        c.put("id", id);
        c.put("url", "https://api.github.com/repos/" + repo + "/issues/comments/" + id);
        c.put("html_url", "https://github.com/" + repo + "/issues/" + issue + "#issuecomment-" + id);
        c.put("issue_url", "https://api.github.com/repos/" + repo + "/issues/" + issue);
        ((ObjectNode) c.get("user")).put("login", login);
        c.put("created_at", now.toString());
        c.put("updated_at", now.toString());
        c.put("body", body);
        comments.get(repo + "#" + issue).add(c);
        touchIssue(repo, issue);
        return c;
    }

    void editComment(long id, String body) {
        ObjectNode c = find(id);
        now = now.plusSeconds(60);
        c.put("body", body);
        c.put("updated_at", now.toString());
    }

    void deleteComment(long id) {
        for (Map.Entry<String, List<ObjectNode>> e : comments.entrySet()) {
            if (e.getValue().removeIf(c -> c.get("id").asLong() == id)) {
                String key = e.getKey();
                touchIssue(key.substring(0, key.indexOf('#')), Integer.parseInt(key.substring(key.indexOf('#') + 1)));
            }
        }
    }

    void editIssueBody(int number, String body) {
        now = now.plusSeconds(60);
        for (ObjectNode issue : issues.get(REPO)) {
            if (issue.get("number").asInt() == number) {
                issue.put("body", body);
                issue.put("updated_at", now.toString());
            }
        }
        publish();
    }

    /** The issue as served (change it, then {@link #publish()}). */
    ObjectNode issue(int number) {
        return issues.get(REPO).stream().filter(i -> i.get("number").asInt() == number).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no issue " + number));
    }

    /** Replaces the comments of an issue with {@code count} short replies (for pagination and benchmarks). */
    public void fillWithReplies(int issue, int count) {
        comments.get(REPO + "#" + issue).clear();
        for (int i = 1; i <= count; i++) {
            addComment(issue, "member" + (i % 40), i % 3 == 0 ? "poster" : "+1, see you on Sunday (" + i + ")");
        }
    }

    List<ObjectNode> comments(int issue) {
        return comments(REPO, issue);
    }

    List<ObjectNode> comments(String repo, int issue) {
        return comments.get(repo + "#" + issue);
    }

    private ObjectNode find(long id) {
        return comments.values().stream().flatMap(List::stream).filter(c -> c.get("id").asLong() == id)
                .findFirst().orElseThrow(() -> new IllegalArgumentException("no comment " + id));
    }

    private void touchIssue(String repo, int number) {
        for (ObjectNode issue : issues.get(repo)) {
            if (issue.get("number").asInt() == number) {
                issue.put("updated_at", now.toString());
                issue.put("comments", comments.get(repo + "#" + number).size());
            }
        }
    }

    // ---- what the bot did ----

    /** Applies the bot's POST/PATCH/DELETE requests not applied yet, then serves the new state. */
    public synchronized void applyWrites() {
        List<ServeEvent> events = new ArrayList<>(server.getAllServeEvents());
        events.sort(Comparator.comparing(e -> e.getRequest().getLoggedDate()));
        for (ServeEvent event : events) {
            LoggedRequest r = event.getRequest();
            int status = event.getResponse().getStatus();
            if (!applied.add(event.getId()) || status >= 300) {
                continue;
            }
            apply(r);
        }
        publish();
    }

    /**
     * From now on, each successful write changes the state before its answer is sent, as on api.github.com (where
     * the next read sees it), instead of at the next {@link #applyWrites()}. For benches that measure what a run
     * leaves in the HTTP cache for the next one; one poll at a time.
     */
    public void applyWritesAtOnce() {
        writesAtOnce = true;
    }

    private volatile boolean writesAtOnce;

    private void applyAtOnce(ServeEvent event) {
        if (writesAtOnce) {
            applyNow(event);
        }
    }

    private synchronized void applyNow(ServeEvent event) {
        if (event.getRequest().getMethod().getName().equals("GET")
                || event.getResponseDefinition() == null || event.getResponseDefinition().getStatus() >= 300
                || !applied.add(event.getId())) {
            return;
        }
        apply(event.getRequest());
        publish();
    }

    /** Applies writes as they are answered, when {@link #applyWritesAtOnce()} asked for it. */
    private final class WritesAtOnce implements com.github.tomakehurst.wiremock.extension.ServeEventListener {
        @Override
        public void beforeResponseSent(ServeEvent serveEvent, com.github.tomakehurst.wiremock.extension.Parameters parameters) {
            applyAtOnce(serveEvent);
        }

        @Override
        public String getName() {
            return "writes-at-once";
        }
    }

    private void apply(LoggedRequest r) {
        String path = URI.create(r.getUrl()).getPath().substring(prefix.length());
        switch (r.getMethod().getName()) {
            case "POST" -> {
                Matcher m = COMMENT_POST.matcher(path);
                if (m.matches()) {
                    addComment(m.group(1), Integer.parseInt(m.group(2)), BOT, bodyOf(r));
                }
            }
            case "PATCH" -> {
                Matcher m = COMMENT_ONE.matcher(path);
                if (m.matches()) {
                    editComment(Long.parseLong(m.group(2)), bodyOf(r));
                }
            }
            case "DELETE" -> {
                Matcher m = COMMENT_ONE.matcher(path);
                if (m.matches()) {
                    deleteComment(Long.parseLong(m.group(2)));
                }
            }
            default -> {
            }
        }
    }

    /** Requests WireMock has answered since the last {@link #clearJournal()}. */
    public int requestCount() {
        return server.getAllServeEvents().size();
    }

    public List<LoggedRequest> requests(String method) {
        return server.getAllServeEvents().stream().map(ServeEvent::getRequest)
                .filter(r -> r.getMethod().getName().equals(method))
                .sorted(Comparator.comparing(LoggedRequest::getLoggedDate))
                .toList();
    }

    public List<LoggedRequest> writes() {
        return server.getAllServeEvents().stream().map(ServeEvent::getRequest)
                .filter(r -> !r.getMethod().getName().equals("GET"))
                .sorted(Comparator.comparing(LoggedRequest::getLoggedDate))
                .toList();
    }

    /** Forgets every logged request (the state stays). */
    public void clearJournal() {
        applyWrites();
        server.resetRequests();
        applied.clear();
    }

    public static String bodyOf(LoggedRequest request) {
        try {
            return JSON.readTree(request.getBodyAsString()).get("body").asText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---- serving ----

    /** Replaces the stubs with ones serving the current state. Stubs a test added itself stay. */
    public void publish() {
        published.forEach(server::removeStubMapping);
        published.clear();
        serve(() -> get(urlPathEqualTo(prefix + "/user")), read("user.json"));
        for (Map.Entry<String, JsonNode> repo : repositories.entrySet()) {
            String name = repo.getKey();
            serve(() -> get(urlPathEqualTo(prefix + "/repos/" + name)), repo.getValue());
            servePaged(prefix + "/repos/" + name + "/issues", issues.get(name));
            for (ObjectNode issue : issues.get(name)) {
                int number = issue.get("number").asInt();
                servePaged(prefix + "/repos/" + name + "/issues/" + number + "/comments", comments.get(name + "#" + number));
            }
            published.add(server.stubFor(get(urlPathEqualTo(prefix + "/repos/" + name + "/issues/comments")).atPriority(5)
                    .willReturn(aResponse().withTransformers(CommentsSince.NAME))));
            // GitHub answers a creation with the new comment, written by whoever the token belongs to: the bot.
            ObjectNode created = (ObjectNode) read("comment-template.json");
            ((ObjectNode) created.get("user")).put("login", BOT);
            published.add(server.stubFor(post(urlPathMatching(prefix + "/repos/" + name + "/issues/\\d+/comments")).atPriority(5)
                    .willReturn(json(201, created.toString()))));
            published.add(server.stubFor(patch(urlPathMatching(prefix + "/repos/" + name + "/issues/comments/\\d+")).atPriority(5)
                    .willReturn(json(200, read("comment-template.json").toString()))));
            published.add(server.stubFor(delete(urlPathMatching(prefix + "/repos/" + name + "/issues/comments/\\d+")).atPriority(5)
                    .willReturn(aResponse().withStatus(204))));
        }
    }

    private void serve(Supplier<MappingBuilder> request, JsonNode body) {
        serveText(request, localize(body.toString()), null);
    }

    private void servePaged(String path, List<ObjectNode> items) {
        int pages = Math.max(1, (items.size() + 99) / 100);
        for (int page = 1; page <= pages; page++) {
            ArrayNode slice = JSON.createArrayNode();
            items.subList((page - 1) * 100, Math.min(items.size(), page * 100)).forEach(slice::add);
            int number = page;
            Supplier<MappingBuilder> request = () -> get(urlPathEqualTo(path)).withQueryParam("per_page", equalTo("100"))
                    .withQueryParam("page", number == 1 ? absent() : equalTo(String.valueOf(number)));
            String link = null;
            if (pages > 1) {
                List<String> links = new ArrayList<>();
                String base = server.baseUrl() + path + "?per_page=100&page=";
                if (page < pages) {
                    links.add("<" + base + (page + 1) + ">; rel=\"next\"");
                    links.add("<" + base + pages + ">; rel=\"last\"");
                }
                if (page > 1) {
                    links.add("<" + base + 1 + ">; rel=\"first\"");
                    links.add("<" + base + (page - 1) + ">; rel=\"prev\"");
                }
                link = String.join(", ", links);
            }
            serveText(request, localize(slice.toString()), link);
        }
    }

    /** A 200 with an ETag, and a 304 at higher priority for a request that already has that ETag. */
    private void serveText(Supplier<MappingBuilder> request, String body, String link) {
        String etag = etagOf(body, link);
        published.add(server.stubFor(request.get().atPriority(5).willReturn(withLink(ok(body, etag), link))));
        published.add(server.stubFor(request.get().atPriority(4).withHeader("If-None-Match", equalTo(etag))
                .willReturn(notModified(etag))));
    }

    /** The same answer always gets the same ETag, as on GitHub. */
    private static String etagOf(String body, String link) {
        return "\"" + SummaryMarkerSha.sha256(body + link) + "\"";
    }

    private static ResponseDefinitionBuilder ok(String body, String etag) {
        return json(200, body).withHeader("ETag", etag);
    }

    private static ResponseDefinitionBuilder notModified(String etag) {
        return rateLimited(aResponse().withStatus(304).withHeader("ETag", etag));
    }

    private static ResponseDefinitionBuilder withLink(ResponseDefinitionBuilder response, String link) {
        return link == null ? response : response.withHeader("Link", link);
    }

    private static ResponseDefinitionBuilder json(int status, String body) {
        return rateLimited(aResponse().withStatus(status)
                .withHeader("Content-Type", "application/json; charset=utf-8")
                .withHeader("Cache-Control", "private, max-age=60, s-maxage=60")
                .withHeader("Vary", "Accept, Authorization, Cookie, X-GitHub-OTP")
                .withBody(body));
    }

    private static ResponseDefinitionBuilder rateLimited(ResponseDefinitionBuilder response) {
        return response.withHeader("x-ratelimit-limit", "5000").withHeader("x-ratelimit-remaining", "4990")
                .withHeader("x-ratelimit-reset", String.valueOf(Instant.now().plusSeconds(3600).getEpochSecond()))
                .withHeader("x-ratelimit-resource", "core");
    }

    private String localize(String body) {
        return body.replace("https://api.github.com", server.baseUrl() + prefix);
    }

    private JsonNode read(String file) {
        JsonNode node = readOptional(file);
        if (node == null) {
            throw new IllegalArgumentException("missing test file github/" + scenario + "/" + file);
        }
        return node;
    }

    private JsonNode readOptional(String file) {
        try (InputStream in = FakeGithub.class.getResourceAsStream("/github/" + scenario + "/" + file)) {
            return in == null ? null : JSON.readTree(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * {@code GET /repos/{owner}/{repo}/issues/comments?since=…&sort=updated&direction=asc}: computed from the state
     * per request, since the answer depends on {@code since}; ETags and 304s as for the static answers.
     */
    private final class CommentsSince implements ResponseDefinitionTransformerV2 {
        static final String NAME = "comments-since";

        @Override
        public String getName() {
            return NAME;
        }

        @Override
        public boolean applyGlobally() {
            return false;
        }

        @Override
        public ResponseDefinition transform(ServeEvent event) {
            LoggedRequest request = event.getRequest();
            String path = URI.create(request.getUrl()).getPath();
            String repo = path.substring(prefix.length() + "/repos/".length(), path.indexOf("/issues/comments"));
            Instant since = Instant.parse(request.queryParameter("since").firstValue());
            int page = request.queryParameter("page").isPresent()
                    ? Integer.parseInt(request.queryParameter("page").firstValue()) : 1;
            List<ObjectNode> all = comments.entrySet().stream().filter(e -> e.getKey().startsWith(repo + "#"))
                    .flatMap(e -> e.getValue().stream())
                    .filter(c -> !Instant.parse(c.get("updated_at").asText()).isBefore(since))
                    .sorted(Comparator.comparing((ObjectNode c) -> c.get("updated_at").asText())
                            .thenComparing(c -> c.get("id").asLong()))
                    .toList();
            int pages = Math.max(1, (all.size() + 99) / 100);
            ArrayNode slice = JSON.createArrayNode();
            all.subList(Math.min(all.size(), (page - 1) * 100), Math.min(all.size(), page * 100)).forEach(slice::add);
            String body = localize(slice.toString());
            String link = null;
            if (page < pages) {
                link = "<" + server.baseUrl() + path + "?since=" + since + "&sort=updated&direction=asc&per_page=100&page="
                        + (page + 1) + ">; rel=\"next\"";
            }
            String etag = etagOf(body, link);
            return withLink(etag.equals(request.getHeader("If-None-Match")) ? notModified(etag) : ok(body, etag), link)
                    .build();
        }
    }

    /**
     * Sends the status line, the headers and 64 KiB of the body (JSON whitespace), then goes silent for
     * {@link #STALL_MILLIS} before the rest: a connection that breaks off in the middle of an answer.
     * Gzip is off on this server so the first part really leaves at once.
     */
    static final class StallMidBody implements com.github.tomakehurst.wiremock.extension.ResponseTransformerV2 {
        static final String NAME = "stall-mid-body";
        static final long STALL_MILLIS = 4_000;

        private static boolean writingToTheClient() {
            return StackWalker.getInstance().walk(frames -> frames.anyMatch(f -> f.getMethodName().startsWith("writeAndTranslate")));
        }

        @Override
        public String getName() {
            return NAME;
        }

        @Override
        public boolean applyGlobally() {
            return false;
        }

        @Override
        public com.github.tomakehurst.wiremock.http.Response transform(com.github.tomakehurst.wiremock.http.Response response,
                                                                       ServeEvent event) {
            byte[] head = " ".repeat(64 * 1024).getBytes(StandardCharsets.UTF_8);
            // WireMock also reads the body to journal it; only the copy sent to the client stalls.
            byte[] rest = response.getBody();
            return com.github.tomakehurst.wiremock.http.Response.Builder.like(response).but()
                    .body(() -> new java.io.SequenceInputStream(new java.io.ByteArrayInputStream(head), new InputStream() {
                        private final InputStream tail = new java.io.ByteArrayInputStream(rest);
                        private boolean waited;

                        @Override
                        public int read() throws IOException {
                            if (!waited) {
                                waited = true;
                                if (!writingToTheClient()) {
                                    return tail.read();
                                }
                                try {
                                    Thread.sleep(STALL_MILLIS);
                                } catch (InterruptedException e) {
                                    Thread.currentThread().interrupt();
                                }
                            }
                            return tail.read();
                        }
                    }))
                    .build();
        }
    }

    @Override
    public void close() {
        server.stop();
    }

    /** Hashing for ETags, kept apart so the fake does not depend on the code under test. */
    private static final class SummaryMarkerSha {
        static String sha256(String text) {
            try {
                byte[] d = java.security.MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
                return java.util.HexFormat.of().formatHex(d, 0, 12);
            } catch (java.security.NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
