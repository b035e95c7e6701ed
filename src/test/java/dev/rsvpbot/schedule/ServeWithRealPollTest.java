package dev.rsvpbot.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rsvpbot.config.GithubConfig;
import dev.rsvpbot.github.FakeGithub;
import dev.rsvpbot.github.GithubToken;
import dev.rsvpbot.github.PollReport;
import dev.rsvpbot.github.PollService;
import dev.rsvpbot.github.ThreadSummarizer;
import dev.rsvpbot.render.SummaryMarker;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Quartz running the real poll (one PollService, one HTTP cache for every run) against the fake GitHub. */
class ServeWithRealPollTest {
    private static final ThreadSummarizer COUNT = (thread, bot) -> SummaryMarker.mark("replies: " + thread.replies().size() + "\n");

    @TempDir
    Path cache;

    @Test
    void scheduledPollsWriteOnceThenNothingAndAFailingRepositoryTurnsHealthButNotLivenessRed() throws Exception {
        try (FakeGithub github = FakeGithub.start("seminar")) {
            GithubConfig d = GithubConfig.defaults();
            GithubConfig config = new GithubConfig(github.apiUrl(), List.of(FakeGithub.REPO, "club/gone"), d.issues(),
                    FakeGithub.BOT, cache, Duration.ofSeconds(60), Duration.ofMillis(1), 0, d.sinceOverlap());
            try (PollService poll = PollService.create(config, GithubToken.of("ghp_serve"), COUNT)) {
                BotScheduler scheduler = BotScheduler.create(List.of(new ScheduledJob("poll", "0 0 0 1 1 ?", "the test",
                        ZoneOffset.UTC, () -> {
                            PollReport report = poll.run(false);
                            if (!report.ok()) {
                                throw new IllegalStateException(String.join("; ", report.problems()));
                            }
                        })), new SchedulerSettings(1, Duration.ofSeconds(1), Duration.ofSeconds(5), Optional.empty()),
                        Clock.systemUTC());
                scheduler.start();
                try {
                    scheduler.runNow("poll");
                    awaitRuns(scheduler, 1);
                    github.applyWrites();
                    scheduler.runNow("poll");
                    awaitRuns(scheduler, 2);

                    assertThat(github.requests("POST")).hasSize(2);
                    assertThat(github.requests("PATCH")).isEmpty();
                    assertThat(scheduler.histories().get("poll").consecutiveFailures()).isEqualTo(2);
                    assertThat(scheduler.histories().get("poll").lastError()).contains("club/gone: not found (404)");
                    assertThat(scheduler.health().healthy()).isFalse();
                    assertThat(scheduler.liveness().healthy()).isTrue();
                } finally {
                    scheduler.shutdown();
                }
            }
        }
    }

    private static void awaitRuns(BotScheduler scheduler, long runs) throws InterruptedException {
        Await.until(() -> scheduler.histories().get("poll").runs() >= runs, Duration.ofSeconds(20),
                "poll did not run " + runs + " time(s)");
    }
}
