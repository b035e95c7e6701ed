package dev.rsvpbot.github;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.request;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The fault campaign: every request of a poll, in turn, fails in each way WireMock can make it fail, once and
 * then more times than the retries allow. After each, one clean poll leaves exactly one summary per seminar issue,
 * equal to a from-scratch render, a further poll writes nothing, and no write whose answer was lost is duplicated.
 * The polls start from three states: fresh (no cache, the summaries are created), after a new reply (the warm
 * scan finds it, one issue is read and its summary edited) and warm and quiet (the repository-wide scan only).
 */
class FaultCampaignTest {
    /** Cases run, for docs/reliability.md (printed once at the end). */
    private static final AtomicInteger CASES = new AtomicInteger();
    private static final List<String> POSITIONS = new java.util.concurrent.CopyOnWriteArrayList<>();

    enum Start {
        FRESH, AFTER_NEW_REPLY, WARM
    }

    /** One way to fail; {@code lostAnswer}: a write answered this way was done by GitHub (the answer is lost). */
    enum Mode {
        CONNECTION_RESET(true, body -> aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)),
        EMPTY_RESPONSE(true, body -> aResponse().withFault(Fault.EMPTY_RESPONSE)),
        GARBAGE_THEN_CLOSE(true, body -> aResponse().withFault(Fault.RANDOM_DATA_THEN_CLOSE)),
        MALFORMED_CHUNK(true, body -> aResponse().withFault(Fault.MALFORMED_RESPONSE_CHUNK)),
        EMPTY_BODY(true, body -> ok("")),
        MALFORMED_JSON(true, body -> ok("{\"id\": 1, oops")),
        TRUNCATED_JSON(true, body -> ok(body.substring(0, body.length() / 2))),
        DELAY_PAST_TIMEOUT(true, body -> ok(body).withFixedDelay((int) Campaigns.FAULT_TIMEOUT.toMillis() + 60)),
        HTTP_500(false, body -> status(500, "{\"message\":\"Server Error\"}")),
        HTTP_502(false, body -> status(502, "Bad Gateway")),
        HTTP_503(false, body -> status(503, "Service Unavailable")),
        SECONDARY_LIMIT_403(false, body -> status(403, "{\"message\":\"You have exceeded a secondary rate limit.\"}")
                .withHeader("Retry-After", "1")),
        TOO_MANY_REQUESTS_429(false, body -> status(429, "{\"message\":\"You have exceeded a secondary rate limit.\"}")
                .withHeader("Retry-After", "1"));

        final boolean lostAnswer;
        final Function<String, ResponseDefinitionBuilder> answer;

        Mode(boolean lostAnswer, Function<String, ResponseDefinitionBuilder> answer) {
            this.lostAnswer = lostAnswer;
            this.answer = answer;
        }

        private static ResponseDefinitionBuilder ok(String body) {
            return status(200, body);
        }

        private static ResponseDefinitionBuilder status(int status, String body) {
            return aResponse().withStatus(status).withHeader("Content-Type", "application/json; charset=utf-8")
                    .withBody(body);
        }
    }

    /** One request of a poll: its method, path, and the body of the clean answer (for truncating). */
    record Position(int index, String method, String path, String cleanBody) {
        @Override
        public String toString() {
            return "#" + index + " " + method + " " + path;
        }
    }

    @AfterAll
    static void report() {
        System.out.println("FaultCampaignTest: " + CASES.get() + " fault cases survived; request positions: " + POSITIONS);
    }

    @TestFactory
    Stream<DynamicNode> everyRequestOfAPollFailsInEveryWayOnceAndPastTheRetries() {
        List<DynamicNode> starts = new ArrayList<>();
        for (Start start : Start.values()) {
            List<Position> positions = pilot(start);
            positions.forEach(p -> POSITIONS.add(start + " " + p));
            List<DynamicNode> cases = new ArrayList<>();
            for (Position position : positions) {
                for (Mode mode : Mode.values()) {
                    for (boolean persistent : new boolean[] {false, true}) {
                        cases.add(DynamicTest.dynamicTest(position + " " + mode + (persistent ? " every time" : " once"),
                                () -> runCase(start, position, mode, persistent)));
                    }
                }
            }
            starts.add(DynamicContainer.dynamicContainer(start + " (" + positions.size() + " requests)", cases));
        }
        return starts.stream();
    }

    /** Brings a fresh GitHub and cache to the start state; returns the cache directory. */
    private static Path prepare(FakeGithub github, Start start) throws IOException {
        Path cache = Files.createTempDirectory("fault-campaign");
        if (start != Start.FRESH) {
            Campaigns.poll(github, cache);
            github.clearJournal();
            Campaigns.poll(github, cache);
            github.clearJournal();
        }
        if (start == Start.AFTER_NEW_REPLY) {
            github.addComment(12, "erin", "Poster: diffusion models for weather");
            github.publish();
        }
        return cache;
    }

    /** The requests of a clean poll from {@code start}, in order, each (method, path) once. */
    private static List<Position> pilot(Start start) {
        try (FakeGithub github = FakeGithub.start("seminar")) {
            Path cache = prepare(github, start);
            github.server.resetRequests();
            PollReport report = Campaigns.poll(github, cache);
            assertThat(report.problems()).as("the pilot poll").isEmpty();
            List<ServeEvent> events = new ArrayList<>(github.server.getAllServeEvents());
            events.sort(Comparator.comparing(e -> e.getRequest().getLoggedDate()));
            Map<String, Position> positions = new LinkedHashMap<>();
            for (ServeEvent e : events) {
                String method = e.getRequest().getMethod().getName();
                String path = URI.create(e.getRequest().getUrl()).getPath();
                String body = e.getResponse().getBodyAsString();
                positions.putIfAbsent(method + " " + path, new Position(positions.size() + 1, method, path,
                        body == null || body.isEmpty() ? "[{\"id\": 5001, \"body\": \"Oral\"}]" : body));
            }
            return List.copyOf(positions.values());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void runCase(Start start, Position position, Mode mode, boolean persistent) throws IOException {
        try (FakeGithub github = FakeGithub.start("seminar")) {
            Path cache = prepare(github, start);
            github.clearJournal();
            MappingBuilder fault = request(position.method(), urlPathEqualTo(position.path())).atPriority(1);
            if (!persistent) {
                fault = fault.inScenario("fault").whenScenarioStateIs(Scenario.STARTED).willSetStateTo("spent");
            }
            ResponseDefinitionBuilder answer = mode.answer.apply(position.cleanBody());
            if (!position.method().equals("GET")) {
                // A write that fails on the way back: GitHub did it (201/200); one refused: GitHub did nothing.
                answer = mode.lostAnswer ? answer.withStatus(position.method().equals("POST") ? 201 : 200) : answer;
            }
            var stub = github.server.stubFor(fault.willReturn(answer));

            PollReport faulted = Campaigns.poll(github, cache, PollServiceTest.LIST_REPLIES, Campaigns.FAULT_TIMEOUT);
            github.server.removeStubMapping(stub);
            github.applyWrites();
            assertThat(faulted).as("the faulted poll returns a report").isNotNull();
            assertThat(faulted.problems()).as("problems are said in words").allSatisfy(p ->
                    assertThat(p).doesNotContain("Exception:"));

            PollReport clean = Campaigns.poll(github, cache);
            github.applyWrites();
            assertThat(clean.problems()).as("the clean poll").isEmpty();
            assertThat(clean.deletedDuplicates()).as("a lost answer never leads to a duplicate").isZero();
            Campaigns.assertOneCurrentSummaryPerIssue(github, "after one clean poll");
            if (!position.method().equals("GET") && mode.lostAnswer) {
                // GitHub did the write; only its answer was lost: the clean poll finds it and writes it no more.
                assertThat(clean.created() + clean.edited()).as("writes of the clean poll after a lost answer").isZero();
            }

            github.clearJournal();
            PollReport further = Campaigns.poll(github, cache);
            assertThat(further.problems()).as("the further poll").isEmpty();
            assertThat(github.writes()).as("the further poll writes nothing").isEmpty();
            CASES.incrementAndGet();
        }
    }
}
