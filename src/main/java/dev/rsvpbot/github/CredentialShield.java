package dev.rsvpbot.github;

import java.io.IOException;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Keeps the token out of the disk cache. GitHub answers {@code Vary: Authorization}, so OkHttp's cache would
 * write the header's value into its files; this interceptor lifts the header off before the cache sees the
 * request and {@link NetworkAccounting} puts it back just before the request leaves.
 *
 * <p>Consequence: cache entries are shared between tokens, but GitHub's ETags differ per token, so a rotated
 * token (a GitHub App's hourly one) simply gets 200s again until its own ETags are cached: it starts cold.
 */
final class CredentialShield implements Interceptor {
    /**
     * Carries the lifted header from the application side to the network side of OkHttp, with the host it was
     * meant for: OkHttp drops {@code Authorization} when a redirect leaves the host, and so must we.
     */
    record HiddenAuthorization(String value, String host, int port) {
        boolean isFor(HttpUrl url) {
            return url.host().equalsIgnoreCase(host) && url.port() == port;
        }

        @Override
        public String toString() {
            return "HiddenAuthorization[hidden]";
        }
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        Request request = chain.request();
        String authorization = request.header("Authorization");
        if (authorization == null) {
            return chain.proceed(request);
        }
        Request lifted = request.newBuilder()
                .removeHeader("Authorization")
                .tag(HiddenAuthorization.class, new HiddenAuthorization(authorization, request.url().host(), request.url().port()))
                .build();
        return chain.proceed(lifted);
    }
}
