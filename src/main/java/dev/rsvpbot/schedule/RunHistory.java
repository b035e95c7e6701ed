package dev.rsvpbot.schedule;

import java.time.Instant;
import java.util.Optional;

/**
 * What has happened to one job so far.
 *
 * @param lastSuccess         when the last successful run ended
 * @param lastFailure         when the last failed run ended
 * @param lastError           why it failed
 * @param consecutiveFailures failed runs since the last success
 * @param runs                runs finished in total
 */
public record RunHistory(Optional<Instant> lastSuccess, Optional<Instant> lastFailure, String lastError,
                         int consecutiveFailures, long runs) {

    static RunHistory none() {
        return new RunHistory(Optional.empty(), Optional.empty(), "", 0, 0);
    }

    RunHistory succeeded(Instant at) {
        return new RunHistory(Optional.of(at), lastFailure, lastError, 0, runs + 1);
    }

    RunHistory failed(Instant at, String error) {
        return new RunHistory(lastSuccess, Optional.of(at), error, consecutiveFailures + 1, runs + 1);
    }

    /** True when the most recent run failed. */
    public boolean lastRunFailed() {
        return consecutiveFailures > 0;
    }
}
