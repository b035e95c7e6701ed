package dev.rsvpbot.github;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Retries transient failures with bounded backoff and waits out rate limits, but only as long as
 * {@code github.max-rate-limit-wait} allows: beyond that it throws {@link RateLimitedException} instead of
 * sleeping as long as GitHub asks (github-api's default).
 *
 * <p>A POST is never retried after a reset or a 5xx, because GitHub may have created the comment already:
 * the next run finds it and keeps it. Rate-limit refusals are retried for every method, since GitHub did nothing.
 */
final class PoliteInterceptor implements Interceptor {
    private static final Logger LOG = LoggerFactory.getLogger(PoliteInterceptor.class);
    private static final Set<Integer> TRANSIENT = Set.of(502, 503, 504);
    private static final Set<String> IDEMPOTENT = Set.of("GET", "HEAD", "PUT", "PATCH", "DELETE");
    /** GitHub's advice for a secondary limit that names no time: wait at least a minute. */
    private static final Duration SECONDARY_DEFAULT_WAIT = Duration.ofSeconds(60);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(30);
    private static final int MAX_RATE_LIMIT_WAITS = 3;

    private final int retries;
    private final Duration backoffBase;
    private final Duration maxRateLimitWait;
    private final Sleeper sleeper;
    private final Clock clock;

    PoliteInterceptor(int retries, Duration backoffBase, Duration maxRateLimitWait, Sleeper sleeper, Clock clock) {
        this.retries = retries;
        this.backoffBase = backoffBase;
        this.maxRateLimitWait = maxRateLimitWait;
        this.sleeper = sleeper;
        this.clock = clock;
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        Request request = chain.request();
        boolean idempotent = IDEMPOTENT.contains(request.method());
        int failures = 0;
        int rateLimitWaits = 0;
        while (true) {
            Response response;
            try {
                response = readFully(chain.proceed(request));
            } catch (IOException e) {
                if (e instanceof InterruptedIOException && Thread.currentThread().isInterrupted()) {
                    throw e;
                }
                if (!idempotent || failures >= retries) {
                    throw new GithubUnreachableException(request.method() + " " + request.url().encodedPath()
                            + (idempotent ? " failed after " + failures + " retries" : " failed and is not retried,"
                            + " since GitHub may have done it"), e);
                }
                failures++;
                backOff(request, failures, e.getClass().getSimpleName());
                continue;
            }
            if (TRANSIENT.contains(response.code()) && idempotent && failures < retries) {
                response.close();
                failures++;
                backOff(request, failures, "HTTP " + response.code());
                continue;
            }
            Optional<RateLimit> limit = RateLimit.of(response, clock.instant());
            if (limit.isEmpty()) {
                return response;
            }
            response.close();
            RateLimit hit = limit.get();
            String runAgain = " Stopped here; run again after "
                    + clock.instant().plus(hit.delay()).truncatedTo(java.time.temporal.ChronoUnit.SECONDS) + ".";
            if (hit.delay().compareTo(maxRateLimitWait) > 0) {
                throw new RateLimitedException("GitHub's " + hit.kind() + " rate limit stopped "
                        + request.method() + " " + request.url().encodedPath() + ": it asks to wait "
                        + hit.delay().toSeconds() + " s, more than github.max-rate-limit-wait ("
                        + maxRateLimitWait.toSeconds() + " s)." + runAgain);
            }
            if (rateLimitWaits >= MAX_RATE_LIMIT_WAITS) {
                // Each wait was short enough, but the limit persists: say so, not that the last wait was too long.
                throw new RateLimitedException("GitHub's " + hit.kind() + " rate limit stopped "
                        + request.method() + " " + request.url().encodedPath() + ": waited and retried "
                        + rateLimitWaits + " times, as GitHub asked, and it still refuses." + runAgain);
            }
            rateLimitWaits++;
            LOG.info("GitHub's {} rate limit: waiting {} s before retrying {} {}", hit.kind(),
                    hit.delay().toSeconds(), request.method(), request.url().encodedPath());
            sleeper.sleepOrStop(hit.delay(), "waiting to retry");
        }
    }

    /**
     * Reads the whole answer here, inside our retry rules. Left to github-api, a connection that breaks off in the
     * middle of a body would be retried by github-api itself (it resends on any SocketException or timeout, a POST
     * too), so a comment whose 201 answer was cut off would be posted again.
     */
    private static Response readFully(Response response) throws IOException {
        ResponseBody body = response.body();
        if (body == null) {
            return response;
        }
        byte[] bytes;
        try (body) {
            bytes = body.bytes();
        }
        return response.newBuilder().body(ResponseBody.create(bytes, body.contentType())).build();
    }

    private void backOff(Request request, int attempt, String why) throws IOException {
        Duration wait = backoffBase.multipliedBy(1L << Math.min(attempt - 1, 10));
        if (wait.compareTo(MAX_BACKOFF) > 0) {
            wait = MAX_BACKOFF;
        }
        LOG.info("{} on {} {}: retry {} of {} in {} ms", why, request.method(), request.url().encodedPath(),
                attempt, retries, wait.toMillis());
        sleeper.sleepOrStop(wait, "waiting to retry");
    }

    /** A primary or secondary rate-limit refusal and how long GitHub wants us to wait. */
    record RateLimit(String kind, Duration delay) {
        static Optional<RateLimit> of(Response response, Instant now) throws IOException {
            int code = response.code();
            if (code != 403 && code != 429) {
                return Optional.empty();
            }
            String retryAfter = response.header("retry-after");
            int remaining = NetworkAccounting.intHeader(response, "x-ratelimit-remaining");
            boolean saysSo = retryAfter != null || remaining == 0 || code == 429
                    || response.peekBody(64 * 1024).string().toLowerCase(Locale.ROOT).contains("rate limit");
            if (!saysSo) {
                return Optional.empty();
            }
            String kind = remaining == 0 && retryAfter == null ? "primary" : "secondary";
            return Optional.of(new RateLimit(kind, waitFor(response, retryAfter, remaining, now)));
        }

        private static Duration waitFor(Response response, String retryAfter, int remaining, Instant now) {
            if (retryAfter != null) {
                try {
                    return Duration.ofSeconds(Math.max(0, Long.parseLong(retryAfter.strip())));
                } catch (NumberFormatException ignored) {
                    // An HTTP date is allowed too, but GitHub sends seconds; fall through to the reset header.
                }
            }
            int reset = NetworkAccounting.intHeader(response, "x-ratelimit-reset");
            if (remaining == 0 && reset > 0) {
                // One extra second: the reset instant is rounded down to whole seconds.
                Duration untilReset = Duration.between(now, Instant.ofEpochSecond(reset)).plusSeconds(1);
                return untilReset.isNegative() ? Duration.ZERO : untilReset;
            }
            return SECONDARY_DEFAULT_WAIT;
        }
    }
}
