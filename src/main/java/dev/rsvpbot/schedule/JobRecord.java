package dev.rsvpbot.schedule;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;

/** The live, thread-safe history of one job: written by its Quartz job, read by the health check. */
final class JobRecord {
    private final ScheduledJob job;
    private final AtomicReference<RunHistory> history = new AtomicReference<>(RunHistory.none());

    JobRecord(ScheduledJob job) {
        this.job = job;
    }

    ScheduledJob job() {
        return job;
    }

    RunHistory history() {
        return history.get();
    }

    RunHistory succeeded(Instant at) {
        return history.updateAndGet(h -> h.succeeded(at));
    }

    RunHistory failed(Instant at, String error) {
        return history.updateAndGet(h -> h.failed(at, error));
    }
}
