package dev.rsvpbot.schedule;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Real Quartz schedulers with one-second crons and jobs the tests control. */
class BotSchedulerTest {
    private static final String EVERY_SECOND = "* * * * * ?";
    private static final String ONCE_A_YEAR = "0 0 0 1 1 ?";

    private final List<BotScheduler> started = new ArrayList<>();

    @AfterEach
    void stopSchedulers() {
        started.forEach(BotScheduler::shutdown);
    }

    @Test
    void missedFireTimesRunOnceNotAsABurst() throws Exception {
        // Five fire times, all in the past: the scheduler "was away" for them. The cron names only those
        // seconds, so the next regular fire time is almost a minute off and every run seen here is a catch-up.
        ZonedDateTime now = ZonedDateTime.now(ZoneOffset.UTC);
        StringBuilder seconds = new StringBuilder();
        for (int back = 5; back >= 1; back--) {
            seconds.append(seconds.length() == 0 ? "" : ",").append(now.minusSeconds(back).getSecond());
        }
        AtomicInteger runs = new AtomicInteger();
        BotScheduler scheduler = scheduler(settings(Duration.ofSeconds(5)),
                job("poll", seconds + " * * * * ?", runs::incrementAndGet));

        scheduler.start(now.minusSeconds(6).toInstant());

        awaitTrue(() -> runs.get() >= 1);
        Thread.sleep(700); // a burst would show the other four runs by now
        assertThat(runs).hasValue(1);
    }

    @Test
    void aSlowRunNeverOverlapsItself() throws Exception {
        AtomicInteger inside = new AtomicInteger();
        AtomicInteger mostInside = new AtomicInteger();
        AtomicInteger runs = new AtomicInteger();
        BotScheduler scheduler = scheduler(settings(Duration.ofSeconds(5)), job("poll", ONCE_A_YEAR, () -> {
            mostInside.accumulateAndGet(inside.incrementAndGet(), Math::max);
            Thread.sleep(150);
            inside.decrementAndGet();
            runs.incrementAndGet();
        }));
        scheduler.start();

        for (int i = 0; i < 4; i++) {
            scheduler.runNow("poll");
        }

        awaitTrue(() -> runs.get() >= 4);
        assertThat(mostInside).as("runs inside the job at once (the pool has 2 threads)").hasValue(1);
    }

    @Test
    void aFailedRunIsFollowedByTheNextAndTheFailuresAreCounted() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        BotScheduler scheduler = scheduler(settings(Duration.ofSeconds(5)), job("poll", ONCE_A_YEAR, () -> {
            if (calls.incrementAndGet() <= 2) {
                throw new IllegalStateException("GitHub answered 502 (call " + calls.get() + ")");
            }
        }));
        try (LogCapture log = new LogCapture(TrackedJob.class)) {
            scheduler.start();

            scheduler.runNow("poll");
            awaitTrue(() -> scheduler.histories().get("poll").runs() == 1);
            scheduler.runNow("poll");
            awaitTrue(() -> scheduler.histories().get("poll").runs() == 2);

            RunHistory afterTwo = scheduler.histories().get("poll");
            assertThat(afterTwo.consecutiveFailures()).isEqualTo(2);
            assertThat(afterTwo.lastError()).isEqualTo("GitHub answered 502 (call 2)");
            assertThat(log.lines()).anySatisfy(line -> assertThat(line)
                    .startsWith("poll: run failed (1 consecutive failure): GitHub answered 502 (call 1)"));
            assertThat(log.lines()).anySatisfy(line -> assertThat(line)
                    .startsWith("poll: run failed (2 consecutive failures): GitHub answered 502 (call 2)"));

            scheduler.runNow("poll");
            awaitTrue(() -> scheduler.histories().get("poll").runs() == 3);
            assertThat(scheduler.histories().get("poll").consecutiveFailures()).isZero();
            assertThat(scheduler.histories().get("poll").lastSuccess()).isPresent();
        }
    }

    @Test
    void aRunEndingInAnErrorIsCountedAsAFailureLikeAnException() throws Exception {
        BotScheduler scheduler = scheduler(settings(Duration.ofSeconds(5)), job("poll", ONCE_A_YEAR, () -> {
            throw new StackOverflowError();
        }));
        scheduler.start();

        scheduler.runNow("poll");
        awaitTrue(() -> scheduler.histories().get("poll").runs() == 1);

        assertThat(scheduler.histories().get("poll").consecutiveFailures()).isEqualTo(1);
        assertThat(scheduler.histories().get("poll").lastError()).isEqualTo("StackOverflowError");
        assertThat(scheduler.health().healthy()).isFalse();
    }

    @Test
    void aRunStuckLongerThanTheAllowedAgeMakesTheSchedulerNotLive() throws Exception {
        MutableClock clock = new MutableClock(Instant.now());
        CountDownLatch entered = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        BotScheduler scheduler = BotScheduler.create(List.of(job("poll", ONCE_A_YEAR, () -> {
            entered.countDown();
            release.await();
        })), settings(Duration.ofSeconds(1)).withHealthMaxAge(Optional.of(Duration.ofMinutes(20))), clock);
        started.add(scheduler);
        scheduler.start();
        try {
            scheduler.runNow("poll");
            assertThat(entered.await(5, TimeUnit.SECONDS)).isTrue();
            clock.advance(Duration.ofMinutes(19));
            HealthReport slow = scheduler.liveness();
            clock.advance(Duration.ofMinutes(2));
            HealthReport stuck = scheduler.liveness();

            assertThat(slow.healthy()).as(slow.text()).isTrue();
            assertThat(stuck.healthy()).isFalse();
            assertThat(stuck.text()).startsWith("NOT LIVE\n").contains("poll: running for 1260 s", "more than the allowed 1200 s");
        } finally {
            release.countDown();
        }
        awaitTrue(() -> scheduler.histories().get("poll").runs() == 1);
        assertThat(scheduler.liveness().healthy()).isTrue();
    }

    @Test
    void aFailedScheduledRunKeepsTheScheduleGoing() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        BotScheduler scheduler = scheduler(settings(Duration.ofSeconds(5)), job("poll", EVERY_SECOND, () -> {
            calls.incrementAndGet();
            throw new IllegalStateException("always failing");
        }));
        scheduler.start();

        awaitTrue(() -> calls.get() >= 2);
        assertThat(scheduler.histories().get("poll").consecutiveFailures()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void shutdownWaitsForARunningJobToFinish() throws Exception {
        CountDownLatch entered = new CountDownLatch(1);
        AtomicBoolean finished = new AtomicBoolean();
        BotScheduler scheduler = scheduler(settings(Duration.ofSeconds(5)), job("poll", ONCE_A_YEAR, () -> {
            entered.countDown();
            Thread.sleep(300);
            finished.set(true);
        }));
        scheduler.start();
        scheduler.runNow("poll");
        assertThat(entered.await(5, TimeUnit.SECONDS)).isTrue();

        boolean inTime = scheduler.shutdown();

        assertThat(inTime).isTrue();
        assertThat(finished).isTrue();
        assertThat(scheduler.histories().get("poll").lastSuccess()).isPresent();
    }

    @Test
    void shutdownStopsWaitingForAHungJobAfterTheTimeout() throws Exception {
        CountDownLatch entered = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        BotScheduler scheduler = scheduler(settings(Duration.ofMillis(200)), job("poll", ONCE_A_YEAR, () -> {
            entered.countDown();
            release.await();
        }));
        scheduler.start();
        scheduler.runNow("poll");
        assertThat(entered.await(5, TimeUnit.SECONDS)).isTrue();
        try {
            assertThat(scheduler.shutdown()).as("finished in time").isFalse();
        } finally {
            release.countDown();
        }
    }

    @Test
    void aBadCronExpressionIsNamedWithWhereItCameFrom() {
        assertThatThrownBy(() -> BotScheduler.create(List.of(
                new ScheduledJob("poll", "*/10 * * * *", "--cron", ZoneOffset.UTC, () -> { })),
                settings(Duration.ofSeconds(1)), Clock.systemUTC()))
                .isInstanceOf(ScheduleException.class)
                .hasMessageContaining("'*/10 * * * *'")
                .hasMessageContaining("from --cron")
                .hasMessageContaining("'0 */10 * * * ?'");
    }

    @Test
    void aCronWithNoFireTimeLeftIsRejectedWithItsOrigin() {
        assertThatThrownBy(() -> BotScheduler.create(List.of(
                        new ScheduledJob("poll", "0 0 0 1 1 ? 2020", "schedule.poll-cron in club.yml", ZoneOffset.UTC, () -> { })),
                settings(Duration.ofSeconds(1)), Clock.systemUTC()))
                .isInstanceOf(ScheduleException.class)
                .hasMessageContaining("'0 0 0 1 1 ? 2020'")
                .hasMessageContaining("from schedule.poll-cron in club.yml")
                .hasMessageContaining("no fire time left");
    }

    @Test
    void twoJobsWithOneNameAreRejected() {
        assertThatThrownBy(() -> BotScheduler.create(List.of(
                        job("poll", EVERY_SECOND, () -> { }), job("poll", ONCE_A_YEAR, () -> { })),
                settings(Duration.ofSeconds(1)), Clock.systemUTC()))
                .isInstanceOf(ScheduleException.class)
                .hasMessageContaining("job name 'poll' is used twice");
    }

    private BotScheduler scheduler(SchedulerSettings settings, ScheduledJob... jobs) {
        BotScheduler scheduler = BotScheduler.create(List.of(jobs), settings, Clock.systemUTC());
        started.add(scheduler);
        return scheduler;
    }

    private static SchedulerSettings settings(Duration shutdownTimeout) {
        return new SchedulerSettings(2, Duration.ofMillis(100), shutdownTimeout, Optional.empty());
    }

    private static ScheduledJob job(String name, String cron, ScheduledRun run) {
        return new ScheduledJob(name, cron, "the test", ZoneOffset.UTC, run);
    }

    private static void awaitTrue(BooleanSupplier condition) throws InterruptedException {
        Await.until(condition, Duration.ofSeconds(10), "condition not met");
    }
}
