package dev.rsvpbot.github;

import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The last step before the network: restores the token that {@link CredentialShield} lifted, counts the request
 * and its rate-limit cost, and keeps error answers out of the cache, so a cached 404 can never be served again.
 */
final class NetworkAccounting implements Interceptor {
    private static final Logger LOG = LoggerFactory.getLogger(NetworkAccounting.class);

    private final HttpStats stats;

    NetworkAccounting(HttpStats stats) {
        this.stats = stats;
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        Request withoutToken = chain.request();
        Request request = withoutToken;
        CredentialShield.HiddenAuthorization hidden = request.tag(CredentialShield.HiddenAuthorization.class);
        if (hidden != null && hidden.isFor(request.url())) {
            request = request.newBuilder().header("Authorization", hidden.value()).build();
        }
        // The cache stores the request headers named by Vary (Authorization among them) from the response's
        // request: hand it the request without the token, so the token is neither written to disk nor compared.
        Response response;
        try {
            response = chain.proceed(request).newBuilder().request(withoutToken).build();
        } catch (IOException e) {
            stats.recordUnanswered(request.method());
            LOG.debug("{} {} -> no answer ({})", request.method(), request.url().encodedPath(), Problems.networkCause(e));
            throw e;
        }
        int remaining = intHeader(response, "x-ratelimit-remaining");
        stats.record(request.method(), response.code(), remaining);
        LOG.debug("{} {} -> {}{}{}", request.method(), request.url().encodedPath()
                        + (request.url().encodedQuery() == null ? "" : "?" + request.url().encodedQuery()),
                response.code(), response.code() == 304 ? " (not modified, free)" : "",
                remaining >= 0 ? "; rate limit remaining " + remaining : "");
        if (response.code() >= 400) {
            return response.newBuilder()
                    .header("Cache-Control", "no-store")
                    .removeHeader("ETag")
                    .build();
        }
        return response;
    }

    static int intHeader(Response response, String name) {
        String value = response.header(name);
        if (value == null) {
            return -1;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
