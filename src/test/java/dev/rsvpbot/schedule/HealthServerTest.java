package dev.rsvpbot.schedule;

import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The endpoint on loopback, answering from a health check whose clock the test moves. */
class HealthServerTest {
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void answers200WhileThePollIsFreshAnd503OnceItIsStale() throws Exception {
        MutableClock clock = new MutableClock(Instant.parse("2026-11-27T10:00:00Z"));
        ScheduledJob poll = new ScheduledJob("poll", "0 */10 * * * ?", "the test", ZoneOffset.UTC, () -> { });
        JobRecord record = new JobRecord(poll);
        HealthCheck check = new HealthCheck(List.of(record), clock.instant(),
                Optional.empty(), clock);
        record.succeeded(clock.instant());

        try (HealthServer server = HealthServer.start(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), check::report,
                () -> new HealthReport(true, "LIVE\n"))) {
            HttpResponse<String> fresh = get(server, "/health");
            clock.advance(Duration.ofHours(1));
            HttpResponse<String> stale = get(server, "/health");

            assertThat(fresh.statusCode()).isEqualTo(200);
            assertThat(fresh.body()).startsWith("OK\npoll: last run succeeded");
            assertThat(stale.statusCode()).isEqualTo(503);
            assertThat(stale.body()).startsWith("UNHEALTHY\n").contains("3600 s ago, more than the allowed 1200 s");
            assertThat(stale.headers().firstValue("Content-Type")).hasValue("text/plain; charset=utf-8");
        }
    }

    @Test
    void otherPathsAreNotFound() throws Exception {
        try (HealthServer server = HealthServer.start(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
                () -> new HealthReport(true, "OK\n"), () -> new HealthReport(false, "NOT LIVE\n"))) {
            assertThat(get(server, "/metrics").statusCode()).isEqualTo(404);
            assertThat(get(server, "/").statusCode()).isEqualTo(200);
            assertThat(get(server, "/live").statusCode()).as("/live answers from its own check").isEqualTo(503);
            assertThat(get(server, "/live").body()).isEqualTo("NOT LIVE\n");
        }
    }

    @Test
    void aPortInUseIsAClearError() throws Exception {
        try (HealthServer first = HealthServer.start(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
                () -> new HealthReport(true, "OK\n"), () -> new HealthReport(false, "NOT LIVE\n"))) {
            InetSocketAddress taken = new InetSocketAddress(InetAddress.getLoopbackAddress(), first.port());
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> HealthServer.start(taken, () -> new HealthReport(true, ""),
                    () -> new HealthReport(true, "")))
                    .isInstanceOf(ScheduleException.class)
                    .hasMessageContaining("cannot serve health checks on")
                    .hasMessageContaining(":" + first.port());
        }
    }

    private HttpResponse<String> get(HealthServer server, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
