package dev.rsvpbot.github;

/**
 * HTTP traffic of one or more runs.
 *
 * @param requests           requests that reached the network (retries included; answers from the cache alone are not),
 *                           those that got no answer (reset, timeout, cut short) included
 * @param notModified        of those, answered 304 Not Modified: free for the rate limit
 * @param rateLimitCost      rate-limit points spent (every request that was not a 304; an unanswered one counts, since
 *                           GitHub may have served it)
 * @param writes             POST, PATCH and DELETE requests
 * @param rateLimitRemaining the last {@code x-ratelimit-remaining} GitHub reported, or -1 when none was seen
 * @param unanswered         of the requests, those that got no complete answer
 */
public record HttpCounts(int requests, int notModified, int rateLimitCost, int writes, int rateLimitRemaining,
                         int unanswered) {
    public HttpCounts(int requests, int notModified, int rateLimitCost, int writes, int rateLimitRemaining) {
        this(requests, notModified, rateLimitCost, writes, rateLimitRemaining, 0);
    }

    public HttpCounts minus(HttpCounts before) {
        return new HttpCounts(requests - before.requests, notModified - before.notModified,
                rateLimitCost - before.rateLimitCost, writes - before.writes, rateLimitRemaining,
                unanswered - before.unanswered);
    }
}
