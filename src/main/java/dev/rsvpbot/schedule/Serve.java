package dev.rsvpbot.schedule;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.InetSocketAddress;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;

/**
 * The {@code serve} command's work: runs the scheduler (and the health endpoint, if asked) until the JVM is
 * told to stop. SIGTERM runs a shutdown hook that stops firing and lets a running job finish, bounded by
 * {@link SchedulerSettings#shutdownTimeout()}.
 */
public final class Serve {
    private static final Logger LOG = LoggerFactory.getLogger(Serve.class);

    private final BotScheduler scheduler;
    private final Optional<InetSocketAddress> healthAddress;
    private final CountDownLatch stopped = new CountDownLatch(1);
    private volatile HealthServer health;

    public Serve(BotScheduler scheduler, Optional<InetSocketAddress> healthAddress) {
        this.scheduler = scheduler;
        this.healthAddress = healthAddress;
    }

    /** Starts everything and blocks until {@link #stop()} has run (from the shutdown hook on SIGTERM). */
    public void runUntilStopped(Runtime runtime) throws InterruptedException {
        start();
        runtime.addShutdownHook(new Thread(this::stop, "rsvp-bot-stop"));
        stopped.await();
    }

    /** Binds the health endpoint first, so a port in use fails before any job runs; then starts the scheduler. */
    void start() {
        healthAddress.ifPresent(address -> {
            health = HealthServer.start(address, scheduler::health, scheduler::liveness);
            LOG.info("health endpoint on http://{}:{}/health (last poll recent) and /live (scheduler running)",
                    address.getHostString(), health.port());
        });
        try {
            scheduler.start();
        } catch (RuntimeException e) {
            if (health != null) {
                health.close();
            }
            throw e;
        }
    }

    /** Stops the health endpoint and the scheduler, waiting (bounded) for a running job. */
    void stop() {
        LOG.info("stopping: no new runs; waiting for a running one to finish");
        if (health != null) {
            health.close();
        }
        scheduler.shutdown();
        stopped.countDown();
    }

    Optional<Integer> healthPort() {
        return Optional.ofNullable(health).map(HealthServer::port);
    }
}
