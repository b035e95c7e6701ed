package dev.rsvpbot.cli;

import dev.rsvpbot.config.GithubConfig;
import dev.rsvpbot.config.RsvpConfig;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import picocli.CommandLine.Option;

/**
 * Options of every command that talks to GitHub ({@code poll}, {@code serve}, {@code digest}): they override
 * the {@code github} section of the configuration file (interface.md).
 */
public final class GithubOptions {
    private static final Pattern REPO = Pattern.compile("[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+");

    @Option(names = "--api-url", paramLabel = "URL",
            description = "GitHub REST API root, e.g. https://api.github.com or https://HOST/api/v3 (overrides github.api-url).")
    String apiUrl;

    @Option(names = "--repo", paramLabel = "OWNER/NAME",
            description = "Repository to poll; repeat for several (overrides github.repos).")
    List<String> repos;

    @Option(names = "--cache-dir", paramLabel = "DIR",
            description = "Directory of the HTTP cache and poll cursor (overrides github.cache-dir).")
    Path cacheDir;

    /**
     * The configuration with these options applied.
     *
     * @throws UserError (exit 2) for a URL or repository name that cannot work
     */
    public RsvpConfig applyTo(RsvpConfig config) {
        GithubConfig github = config.github();
        if (apiUrl != null) {
            github = github.withApiUrl(parseApiUrl(apiUrl));
        }
        if (repos != null && !repos.isEmpty()) {
            for (String repo : repos) {
                if (!REPO.matcher(repo).matches()) {
                    throw UserError.usage("--repo " + repo + ": write it as OWNER/NAME, e.g. --repo BUPT/ai-ml.club.");
                }
            }
            github = github.withRepos(repos);
        }
        if (cacheDir != null) {
            github = github.withCacheDir(cacheDir);
        }
        return config.withGithub(github);
    }

    private static URI parseApiUrl(String value) {
        try {
            URI uri = new URI(value);
            if (("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null) {
                return uri;
            }
        } catch (URISyntaxException e) {
            // Reported below with an example.
        }
        throw UserError.usage("--api-url " + value + ": give the REST API root as an http(s) URL, e.g."
                + " https://api.github.com or https://github.example.com/api/v3.");
    }
}
