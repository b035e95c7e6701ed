package dev.rsvpbot.schedule;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;

/**
 * Runs one {@link ScheduledRun} for Quartz and records the outcome. A failed run is logged with the
 * count of consecutive failures and never thrown back to Quartz, so the trigger keeps its schedule (only a
 * fatal JVM error, such as running out of memory, is rethrown once recorded).
 * {@link DisallowConcurrentExecution}: a slow poll delays the next one instead of overlapping it.
 */
@DisallowConcurrentExecution
final class TrackedJob implements Job {
    private static final Logger LOG = LoggerFactory.getLogger(TrackedJob.class);

    private final JobRecord record;
    private final Clock clock;

    TrackedJob(JobRecord record, Clock clock) {
        this.record = record;
        this.clock = clock;
    }

    @Override
    public void execute(JobExecutionContext context) {
        String name = record.job().name();
        Instant started = clock.instant();
        record.started(started);
        try {
            record.job().run().run();
            RunHistory after = record.succeeded(clock.instant());
            LOG.info("{}: run succeeded in {} ms (run {}){}", name, Duration.between(started, clock.instant()).toMillis(),
                    after.runs(), nextRun(context));
        } catch (Exception | Error e) {
            // An Error counts too: left to Quartz it would be logged there and the health check would never see it.
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            RunHistory after = record.failed(clock.instant(), why);
            LOG.error("{}: run failed ({} consecutive failure{}): {}{}", name, after.consecutiveFailures(),
                    after.consecutiveFailures() == 1 ? "" : "s", why, nextRun(context));
            LOG.debug("{}: failure detail", name, e);
            if (e instanceof VirtualMachineError fatal && !(e instanceof StackOverflowError)) {
                throw fatal;
            }
        }
    }

    private static String nextRun(JobExecutionContext context) {
        Date next = context.getNextFireTime();
        return next == null ? "; no further run scheduled" : "; next run at " + next.toInstant();
    }
}
