package dev.rsvpbot.config;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * How to reach GitHub and which issues are seminar issues.
 *
 * @param apiUrl           REST API root: {@code https://api.github.com} or a GitHub Enterprise {@code https://host/api/v3}
 * @param repos            {@code owner/name} of each repository to poll
 * @param issues           which issues of those repositories are seminar issues
 * @param botLogin         the bot's own login; empty means "the authenticated user" (set it for a GitHub App,
 *                         e.g. {@code my-app[bot]})
 * @param cacheDir         directory of the HTTP cache (ETags) and the poll cursor; put it on a volume
 * @param maxRateLimitWait the longest the bot waits for a rate limit to reset before it stops with exit 1
 * @param writeInterval    the least time between two writes (GitHub's secondary rate limits ask for 1 s)
 * @param retries          how often a transient failure (reset, 502, 503, 504) is retried, with backoff
 * @param sinceOverlap     how far before the saved cursor the repository-wide {@code comments?since=} scan looks
 */
public record GithubConfig(URI apiUrl, List<String> repos, IssueSelector issues, String botLogin, Path cacheDir,
                           Duration maxRateLimitWait, Duration writeInterval, int retries, Duration sinceOverlap) {
    public GithubConfig {
        repos = List.copyOf(repos);
        botLogin = botLogin == null ? "" : botLogin;
    }

    public static GithubConfig defaults() {
        return new GithubConfig(URI.create("https://api.github.com"), List.of("BUPT/ai-ml.club"),
                IssueSelector.defaults(), "", Path.of(".rsvp-bot-cache"), Duration.ofSeconds(60),
                Duration.ofSeconds(1), 3, Duration.ofMinutes(10));
    }

    public GithubConfig withApiUrl(URI value) {
        return new GithubConfig(value, repos, issues, botLogin, cacheDir, maxRateLimitWait, writeInterval, retries, sinceOverlap);
    }

    public GithubConfig withRepos(List<String> value) {
        return new GithubConfig(apiUrl, value, issues, botLogin, cacheDir, maxRateLimitWait, writeInterval, retries, sinceOverlap);
    }

    public GithubConfig withCacheDir(Path value) {
        return new GithubConfig(apiUrl, repos, issues, botLogin, value, maxRateLimitWait, writeInterval, retries, sinceOverlap);
    }

    /**
     * Which issues are seminar issues: those in {@code state} that carry any of {@code labels}
     * <em>or</em> whose title contains any of {@code titlePatterns} (regular expressions, found anywhere in the title).
     */
    public record IssueSelector(String state, List<String> labels, List<String> titlePatterns) {
        public IssueSelector {
            labels = List.copyOf(labels);
            titlePatterns = List.copyOf(titlePatterns);
        }

        public static IssueSelector defaults() {
            return new IssueSelector("open", List.of("seminar"),
                    List.of("活动纪要", "沙龙纪要", "沙龙通知", "(?i)meeting announcement", "(?i)seminar minutes"));
        }
    }
}
