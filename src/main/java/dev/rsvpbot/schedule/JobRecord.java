package dev.rsvpbot.schedule;

import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/** The live, thread-safe history of one job: written by its Quartz job, read by the health check. */
final class JobRecord {
    private final ScheduledJob job;
    private final AtomicReference<RunHistory> history = new AtomicReference<>(RunHistory.none());
    private final AtomicReference<Instant> runningSince = new AtomicReference<>();

    JobRecord(ScheduledJob job) {
        this.job = job;
    }

    ScheduledJob job() {
        return job;
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
