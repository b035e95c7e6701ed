package dev.rsvpbot.github;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Counts what reached the network: requests, how many came back 304 Not Modified, and the rate-limit points spent.
 * GitHub does not charge an authenticated conditional request that returns 304, so those are free.
 */
final class HttpStats {
    private final AtomicInteger requests = new AtomicInteger();
    private final AtomicInteger notModified = new AtomicInteger();
    private final AtomicInteger writes = new AtomicInteger();
    private final AtomicInteger unanswered = new AtomicInteger();
    private volatile int remaining = -1;

    void record(String method, int status, int rateLimitRemaining) {
        requests.incrementAndGet();
        if (status == 304) {
            notModified.incrementAndGet();
        }
        if (!"GET".equals(method) && !"HEAD".equals(method)) {
            writes.incrementAndGet();
        }
        if (rateLimitRemaining >= 0) {
            remaining = rateLimitRemaining;
        }
    }

    /** A request that went out but got no answer (reset, timeout): it counts, since GitHub may have served it. */
    void recordUnanswered(String method) {
        unanswered.incrementAndGet();
        record(method, -1, -1);
    }

    HttpCounts snapshot() {
        int all = requests.get();
        int free = notModified.get();
        return new HttpCounts(all, free, all - free, writes.get(), remaining, unanswered.get());
    }
}
