package dev.rsvpbot.schedule;

import org.quartz.CronExpression;

import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/** The live, thread-safe history of one job: written by its Quartz job, read by the health check. */
final class JobRecord {
    private final ScheduledJob job;
    private final CronExpression cron;
    private final AtomicReference<RunHistory> history = new AtomicReference<>(RunHistory.none());
    private final AtomicReference<Instant> runningSince = new AtomicReference<>();

    /** @throws ScheduleException when the job's cron expression does not parse */
    JobRecord(ScheduledJob job) {
        this.job = job;
        this.cron = job.cronExpression();
    }

    ScheduledJob job() {
        return job;
    }

    /** The job's cron expression, parsed once, in the job's time zone. */
    CronExpression cron() {
        return cron;
    }

    RunHistory history() {
        return history.get();
    }

    /** When the run in progress started; empty while the job is idle. */
    Optional<Instant> runningSince() {
        return Optional.ofNullable(runningSince.get());
    }

    void started(Instant at) {
        runningSince.set(at);
    }

    RunHistory succeeded(Instant at) {
        runningSince.set(null);
        return history.updateAndGet(h -> h.succeeded(at));
    }

    RunHistory failed(Instant at, String error) {
        runningSince.set(null);
        return history.updateAndGet(h -> h.failed(at, error));
    }
}
