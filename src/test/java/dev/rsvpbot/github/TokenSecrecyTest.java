package dev.rsvpbot.github;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.core.OutputStreamAppender;
import ch.qos.logback.classic.spi.ILoggingEvent;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;
import org.slf4j.bridge.SLF4JBridgeHandler;

class TokenSecrecyTest {
    private static final List<String> CLIENT_LOGGERS = List.of("dev.rsvpbot", "org.kohsuke", "okhttp3");
    private static final String TOKEN = "ghp_s3cretTokenValue1234567890abcdefXYZ";

    @Test
    void aRedirectToAnotherHostDoesNotCarryTheToken(@TempDir Path cache) {
        WireMockServer elsewhere = new WireMockServer(WireMockConfiguration.options().bindAddress("127.0.0.1")
                .dynamicPort().jettyAcceptors(1));
        elsewhere.start();
        try (FakeGithub github = FakeGithub.start("seminar")) {
            elsewhere.stubFor(get(urlPathEqualTo("/moved")).willReturn(aResponse().withStatus(404)
                    .withBody("{\"message\":\"Not Found\"}")));
            github.server.stubFor(get(urlPathEqualTo("/repos/club/moved")).atPriority(1).willReturn(aResponse()
                    .withStatus(301).withHeader("Location", elsewhere.baseUrl() + "/moved")));
            try (PollService poll = new PollService(PollServiceTest.config(github, cache, FakeGithub.BOT,
                    List.of("club/moved")), GithubToken.of(TOKEN), PollServiceTest.LIST_REPLIES, d -> { },
                    Clock.systemUTC())) {
                poll.run(false);
            }
            assertThat(elsewhere.getAllServeEvents()).isNotEmpty()
                    .allSatisfy(e -> assertThat(e.getRequest().containsHeader("Authorization")).isFalse());
        } finally {
            elsewhere.stop();
        }
    }

    @Test
    void theTokenIsInNoLogLineNoProblemAndNoCacheFile(@TempDir Path cache) throws IOException {
        ByteArrayOutputStream logs = new ByteArrayOutputStream();
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        OutputStreamAppender<ILoggingEvent> appender = new OutputStreamAppender<>();
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern("%level %logger %msg %mdc%n%ex");
        encoder.start();
        appender.setContext(context);
        appender.setEncoder(encoder);
        appender.setOutputStream(logs);
        appender.start();
        root.addAppender(appender);
        // Everything on the client side at its most talkative; the fake server (Jetty, WireMock) is not ours.
        for (String client : CLIENT_LOGGERS) {
            context.getLogger(client).setLevel(Level.ALL);
        }
        java.util.logging.Level julRootLevel = java.util.logging.Logger.getLogger("").getLevel();
        SLF4JBridgeHandler.removeHandlersForRootLogger();
        SLF4JBridgeHandler.install();
        java.util.logging.Logger.getLogger("").setLevel(java.util.logging.Level.ALL);
        java.util.logging.Logger.getLogger("org.kohsuke.github").setLevel(java.util.logging.Level.ALL);
        try (FakeGithub github = FakeGithub.start("seminar")) {
            github.server.stubFor(get(urlPathEqualTo("/repos/club/forbidden")).atPriority(1).willReturn(aResponse()
                    .withStatus(401).withBody("{\"message\":\"Bad credentials\"}")));
            PollReport report;
            try (PollService poll = new PollService(PollServiceTest.config(github, cache, "",
                    List.of(FakeGithub.REPO, "club/forbidden")), GithubToken.of(TOKEN), PollServiceTest.LIST_REPLIES,
                    d -> { }, Clock.systemUTC())) {
                poll.run(false);
                github.applyWrites();
                report = poll.run(false);
            }
            assertThat(github.requests("GET")).allSatisfy(r ->
                    assertThat(r.getHeader("Authorization")).isEqualTo("token " + TOKEN));
            assertThat(report.problems()).hasSize(1).allSatisfy(p -> assertThat(p).doesNotContain(TOKEN));
            assertThat(report.toString()).doesNotContain(TOKEN);
        } finally {
            root.detachAppender(appender);
            for (String client : CLIENT_LOGGERS) {
                context.getLogger(client).setLevel(null);
            }
            context.getLogger("dev.rsvpbot").setLevel(Level.INFO);
            java.util.logging.Logger.getLogger("org.kohsuke.github").setLevel(null);
            java.util.logging.Logger.getLogger("").setLevel(julRootLevel);
        }

        String logged = logs.toString(StandardCharsets.UTF_8);
        assertThat(logged).contains("GET /repos/club/seminars/issues");
        assertThat(logged).contains("GitHub API request");
        assertThat(logged).doesNotContain(TOKEN);
        assertThat(GithubToken.of(TOKEN).toString()).doesNotContain(TOKEN);
        try (Stream<Path> files = Files.walk(cache)) {
            List<Path> cached = files.filter(Files::isRegularFile).toList();
            assertThat(cached).hasSizeGreaterThan(2);
            for (Path file : cached) {
                assertThat(Files.readString(file, StandardCharsets.ISO_8859_1)).as(file.toString()).doesNotContain(TOKEN);
            }
        }
    }
}
