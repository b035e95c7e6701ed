package dev.rsvpbot.schedule;

import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What the SIGTERM hook does, run in-process: the running poll finishes, the health endpoint goes away. */
class ServeTest {

    @Test
    void afterAFailedPollHealthIs503ButLiveStays200UntilTheSchedulerStops() throws Exception {
        BotScheduler scheduler = pollOnlyWhenAsked(() -> {
            throw new IllegalStateException("GitHub answered 502");
        });
        Serve serve = startedWithHealth(scheduler);
        int port = serve.healthPort().orElseThrow();
        HttpClient http = HttpClient.newHttpClient();
        try {
            scheduler.runNow("poll");
            Await.until(() -> scheduler.histories().get("poll").runs() >= 1, Duration.ofSeconds(10), "poll did not run");

            HttpResponse<String> health = http.send(request(port, "/health"), HttpResponse.BodyHandlers.ofString());
            HttpResponse<String> live = http.send(request(port, "/live"), HttpResponse.BodyHandlers.ofString());

            assertThat(health.statusCode()).isEqualTo(503);
            assertThat(health.body()).contains("GitHub answered 502");
            assertThat(live.statusCode()).isEqualTo(200);
            assertThat(live.body()).startsWith("LIVE\n").contains("1 consecutive failure");
        } finally {
            scheduler.shutdown();
        }
        HttpResponse<String> stopped = http.send(request(port, "/live"), HttpResponse.BodyHandlers.ofString());
        assertThat(stopped.statusCode()).isEqualTo(503);
        assertThat(stopped.body()).startsWith("NOT LIVE\n");
        serve.stop();
    }

    private static HttpRequest request(int port, String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build();
    }

    /** A scheduler whose poll fires only on {@code runNow} (its cron's next fire time is next New Year). */
    private static BotScheduler pollOnlyWhenAsked(ScheduledRun poll) {
        return BotScheduler.create(List.of(new ScheduledJob("poll", "0 0 0 1 1 ?", "the test", ZoneOffset.UTC, poll)),
                new SchedulerSettings(1, Duration.ofSeconds(1), Duration.ofSeconds(5), Optional.empty()), Clock.systemUTC());
    }

    private static Serve startedWithHealth(BotScheduler scheduler) {
        Serve serve = new Serve(scheduler, Optional.of(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0)));
        serve.start();
        return serve;
    }

    @Test
    void stoppingLetsTheRunningPollFinishAndClosesTheHealthEndpoint() throws Exception {
        CountDownLatch entered = new CountDownLatch(1);
        AtomicBoolean finished = new AtomicBoolean();
        BotScheduler scheduler = pollOnlyWhenAsked(() -> {
            entered.countDown();
            Thread.sleep(200);
            finished.set(true);
        });
        Serve serve = startedWithHealth(scheduler);
        int port = serve.healthPort().orElseThrow();
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest health = request(port, "/health");
        assertThat(http.send(health, HttpResponse.BodyHandlers.ofString()).body()).contains("poll: no run yet");

        scheduler.runNow("poll");
        assertThat(entered.await(5, TimeUnit.SECONDS)).isTrue();
        serve.stop();

        assertThat(finished).isTrue();
        assertThatThrownBy(() -> http.send(health, HttpResponse.BodyHandlers.ofString())).isInstanceOf(java.io.IOException.class);
    }
}
