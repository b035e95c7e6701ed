package dev.rsvpbot.github;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import okhttp3.Cache;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.kohsuke.github.GitHub;
import org.kohsuke.github.GitHubAbuseLimitHandler;
import org.kohsuke.github.GitHubBuilder;
import org.kohsuke.github.GitHubRateLimitHandler;
import org.kohsuke.github.extras.okhttp3.OkHttpGitHubConnector;

/**
 * One github-api client over one OkHttp client with a disk cache in {@code cacheDir/http}.
 *
 * <p>{@link OkHttpGitHubConnector} sends {@code Cache-Control: max-age=0}, so every cached answer is revalidated
 * with its ETag on every run: unchanged lists come back 304 Not Modified, which GitHub does not charge.
 * Retries and rate limits are handled by {@link PoliteInterceptor}; github-api's own handlers are set to fail
 * rather than sleep until the limit resets.
 */
final class GithubConnection implements AutoCloseable {
    private static final long CACHE_BYTES = 64L * 1024 * 1024;
    static final Duration READ_TIMEOUT = Duration.ofSeconds(60);

    private final OkHttpClient http;
    private final GitHub github;
    private final HttpStats stats;
    private final GithubToken token;
    private final String apiRoot;

    private GithubConnection(OkHttpClient http, GitHub github, HttpStats stats, GithubToken token, String apiRoot) {
        this.http = http;
        this.github = github;
        this.stats = stats;
        this.token = token;
        this.apiRoot = apiRoot;
    }

    static GithubConnection open(URI apiUrl, GithubToken token, Path cacheDir, int retries, Duration backoffBase,
                                 Duration maxRateLimitWait, Duration readTimeout, Sleeper sleeper, Clock clock) {
        Path httpCache = cacheDir.resolve("http");
        try {
            Files.createDirectories(httpCache);
        } catch (IOException e) {
            throw new GithubSetupException("Cannot create the HTTP cache directory " + httpCache + " ("
                    + e.getClass().getSimpleName() + "): set github.cache-dir or --cache-dir to a writable directory.");
        }
        HttpStats stats = new HttpStats();
        OkHttpClient http = new OkHttpClient.Builder()
                .cache(new Cache(httpCache.toFile(), CACHE_BYTES))
                .addInterceptor(new PoliteInterceptor(retries, backoffBase, maxRateLimitWait, sleeper, clock))
                .addInterceptor(new CredentialShield())
                .addNetworkInterceptor(new NetworkAccounting(stats))
                .retryOnConnectionFailure(false)
                .connectTimeout(Duration.ofSeconds(20))
                .readTimeout(readTimeout)
                .build();
        try {
            GitHub github = new GitHubBuilder()
                    .withEndpoint(stripTrailingSlash(apiUrl.toString()))
                    // A plain provider, not withOAuthToken: that one fetches GET /user as soon as it is built.
                    .withAuthorizationProvider(() -> "token " + token.value())
                    .withConnector(new OkHttpGitHubConnector(http))
                    .withRateLimitHandler(GitHubRateLimitHandler.FAIL)
                    .withAbuseLimitHandler(GitHubAbuseLimitHandler.FAIL)
                    .build();
            return new GithubConnection(http, github, stats, token, stripTrailingSlash(apiUrl.toString()));
        } catch (IOException e) {
            throw new GithubSetupException("Cannot set up the GitHub client for " + apiUrl + ": " + e.getMessage());
        }
    }

    private static String stripTrailingSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    GitHub github() {
        return github;
    }

    /** The API root without a trailing slash, e.g. {@code https://api.github.com}. */
    String apiRoot() {
        return apiRoot;
    }

    /**
     * A GET that github-api has no wrapper for, sent through the same client (cache, retries, accounting) with
     * the same headers github-api sends, including {@code max-age=0} so a cached answer is revalidated.
     */
    Response get(HttpUrl url) throws IOException {
        Request request = new Request.Builder().url(url)
                .header("Authorization", "token " + token.value())
                .header("Accept", "application/vnd.github+json")
                .header("X-GitHub-Api-Version", "2022-11-28")
                .header("Cache-Control", "max-age=0")
                .build();
        return http.newCall(request).execute();
    }

    HttpCounts counts() {
        return stats.snapshot();
    }

    @Override
    public void close() {
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
        Cache cache = http.cache();
        if (cache != null) {
            try {
                cache.close();
            } catch (IOException ignored) {
                // Closing only flushes the journal; a lost journal entry costs one uncached request next run.
            }
        }
    }
}
