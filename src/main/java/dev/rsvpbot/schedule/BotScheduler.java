package dev.rsvpbot.schedule;

import org.quartz.CronScheduleBuilder;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.impl.StdSchedulerFactory;
import org.quartz.simpl.RAMJobStore;
import org.quartz.simpl.SimpleThreadPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

/**
 * Runs {@link ScheduledJob}s on their cron expressions with Quartz (in memory, a small thread pool).
 *
 * <p>Guarantees: a job never overlaps itself (a slow run delays the next); a run that throws is logged with
 * the count of consecutive failures and the schedule goes on; a fire time missed by more than the misfire
 * threshold (the JVM was paused, the previous run was still going) fires <em>once</em> as soon as possible and
 * the schedule then proceeds: Quartz's {@code withMisfireHandlingInstructionFireAndProceed}, never a burst of
 * catch-up runs. {@link #shutdown()} stops firing and waits, bounded, for a running job to finish.
 *
 * <pre>{@code
 * BotScheduler scheduler = BotScheduler.create(
 *         List.of(new ScheduledJob("poll", "0 0/10 * * * ?", "--cron", zone, () -> pollService.run(false))),
 *         SchedulerSettings.defaults(), Clock.systemUTC());
 * scheduler.start();
 * }</pre>
 */
public final class BotScheduler implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(BotScheduler.class);
    private static final String GROUP = "rsvp-bot";

    private final Map<String, JobRecord> records;
    private final SchedulerSettings settings;
    private final Clock clock;
    /** Made by {@link #start}: Quartz starts its threads as soon as it exists, and a scheduler never started needs none. */
    private volatile Scheduler quartz;
    private volatile Instant startedAt;

    private BotScheduler(Map<String, JobRecord> records, SchedulerSettings settings, Clock clock) {
        this.records = records;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * Checks every job (cron parses, names unique) and prepares a scheduler that has not started yet.
     *
     * @throws ScheduleException naming the bad expression (or one with no fire time left) and where it came
     *                           from, or the duplicate name
     */
    public static BotScheduler create(List<ScheduledJob> jobs, SchedulerSettings settings, Clock clock) {
        Map<String, JobRecord> records = new LinkedHashMap<>();
        for (ScheduledJob job : jobs) {
            if (records.containsKey(job.name())) {
                throw new ScheduleException("job name '" + job.name() + "' is used twice (" + records.get(job.name()).job().origin()
                        + " and " + job.origin() + "); each scheduled job needs its own name");
            }
            JobRecord record = new JobRecord(job);
            if (record.cron().getNextValidTimeAfter(Date.from(clock.instant())) == null) {
                throw new ScheduleException("cron expression '" + job.cron() + "' for job '" + job.name() + "' (from "
                        + job.origin() + ") has no fire time left; give one that repeats, e.g. '0 */10 * * * ?'");
            }
            records.put(job.name(), record);
        }
        if (records.isEmpty()) {
            throw new ScheduleException("no job to schedule");
        }
        return new BotScheduler(Map.copyOf(records), settings, clock);
    }

    /** Schedules every job from now on and starts firing. */
    public void start() {
        start(clock.instant());
    }

    /** Schedules every job from {@code from} (in the past means missed fire times, which tests use) and starts firing. */
    void start(Instant from) {
        quartz = newQuartz(settings, new TrackedJobFactory(records, clock));
        try {
            for (JobRecord record : records.values()) {
                ScheduledJob job = record.job();
                JobDetail detail = JobBuilder.newJob(TrackedJob.class).withIdentity(job.name(), GROUP)
                        .withDescription(job.cron() + " from " + job.origin()).build();
                Trigger trigger = TriggerBuilder.newTrigger().withIdentity(job.name(), GROUP).forJob(detail)
                        .startAt(Date.from(from))
                        .withSchedule(CronScheduleBuilder.cronSchedule(record.cron())
                                .withMisfireHandlingInstructionFireAndProceed())
                        .build();
                Date first = quartz.scheduleJob(detail, trigger);
                LOG.info("{}: scheduled '{}' ({}); first run at {}", job.name(), job.cron(), job.origin(), first.toInstant());
            }
            startedAt = clock.instant();
            quartz.start();
        } catch (SchedulerException e) {
            throw new ScheduleException("could not start the scheduler: " + e.getMessage(), e);
        }
    }

    /** Runs a job now, outside its schedule (still never alongside itself). */
    void runNow(String name) {
        if (quartz == null) {
            throw new ScheduleException("could not run '" + name + "' now: the scheduler has not started");
        }
        try {
            quartz.triggerJob(new JobKey(name, GROUP));
        } catch (SchedulerException e) {
            throw new ScheduleException("could not run '" + name + "' now: " + e.getMessage(), e);
        }
    }

    /** Each job's history so far, by job name. */
    public Map<String, RunHistory> histories() {
        Map<String, RunHistory> result = new LinkedHashMap<>();
        records.forEach((name, record) -> result.put(name, record.history()));
        return result;
    }

    /** Whether every job succeeded recently; see {@link HealthCheck}. */
    public HealthReport health() {
        return healthCheck().report();
    }

    /**
     * Live while the scheduler fires (started, not stopped) and no run is stuck (running for longer than the
     * health check's allowed age). Failed polls do not count against it (that is what {@link #health()} is for):
     * restarting the process cannot fix a rejected token or GitHub being down.
     */
    public HealthReport liveness() {
        Scheduler q = quartz;
        boolean running;
        try {
            running = q != null && q.isStarted() && !q.isShutdown() && !q.isInStandbyMode();
        } catch (SchedulerException e) {
            return new HealthReport(false, "NOT LIVE\nscheduler state unknown: " + e.getMessage() + "\n");
        }
        if (!running) {
            return new HealthReport(false, "NOT LIVE\nscheduler not running\n");
        }
        return healthCheck().liveness("scheduler running since " + startedAt + "\n");
    }

    private HealthCheck healthCheck() {
        Instant since = startedAt == null ? clock.instant() : startedAt;
        return new HealthCheck(List.copyOf(records.values()), since, settings.healthMaxAge(), clock);
    }

    /**
     * Stops firing and waits for running jobs to finish, at most {@link SchedulerSettings#shutdownTimeout()}.
     *
     * @return true when every job had finished in time
     */
    public boolean shutdown() {
        Scheduler q = quartz;
        if (q == null) {
            return true; // never started: no thread to stop, no job to wait for
        }
        Thread waiter = new Thread(() -> {
            try {
                q.shutdown(true);
            } catch (SchedulerException e) {
                LOG.warn("scheduler shutdown failed: {}", e.getMessage());
            }
        }, "rsvp-bot-shutdown");
        waiter.setDaemon(true);
        waiter.start();
        try {
            waiter.join(settings.shutdownTimeout().toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (waiter.isAlive()) {
            LOG.warn("a job was still running {} ms after shutdown began; exiting without waiting for it",
                    settings.shutdownTimeout().toMillis());
            return false;
        }
        LOG.info("scheduler stopped");
        return true;
    }

    @Override
    public void close() {
        shutdown();
    }

    private static Scheduler newQuartz(SchedulerSettings settings, TrackedJobFactory jobFactory) {
        // Configured in code so the jar needs no quartz.properties; a unique name because Quartz keeps a JVM-wide registry.
        Properties properties = new Properties();
        properties.setProperty(StdSchedulerFactory.PROP_SCHED_INSTANCE_NAME, "rsvp-bot-" + UUID.randomUUID());
        properties.setProperty(StdSchedulerFactory.PROP_THREAD_POOL_CLASS, SimpleThreadPool.class.getName());
        properties.setProperty("org.quartz.threadPool.threadCount", Integer.toString(settings.threads()));
        // Daemon threads: a job still running when the shutdown timeout ends must not keep the JVM alive.
        properties.setProperty("org.quartz.threadPool.makeThreadsDaemons", "true");
        properties.setProperty(StdSchedulerFactory.PROP_SCHED_MAKE_SCHEDULER_THREAD_DAEMON, "true");
        properties.setProperty(StdSchedulerFactory.PROP_JOB_STORE_CLASS, RAMJobStore.class.getName());
        properties.setProperty("org.quartz.jobStore.misfireThreshold", Long.toString(settings.misfireThreshold().toMillis()));
        try {
            Scheduler scheduler = new StdSchedulerFactory(properties).getScheduler();
            scheduler.setJobFactory(jobFactory);
            return scheduler;
        } catch (SchedulerException e) {
            throw new ScheduleException("could not create the Quartz scheduler: " + e.getMessage(), e);
        }
    }
}
