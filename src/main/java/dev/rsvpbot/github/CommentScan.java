package dev.rsvpbot.github;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rsvpbot.render.SummaryMarker;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.HttpUrl;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.kohsuke.github.HttpException;

/**
 * One repository-wide look at the comments updated since a moment:
 * {@code GET /repos/{owner}/{repo}/issues/comments?since=…&sort=updated&direction=asc&per_page=100}.
 * It tells which issues changed without reading each issue; github-api has no wrapper for it.
 */
final class CommentScan {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern NEXT = Pattern.compile("<([^>]+)>;\\s*rel=\"next\"");
    private static final Pattern ISSUE_NUMBER = Pattern.compile("/issues/(\\d+)$");

    /**
     * A comment as the scan lists it: enough to tell whether its issue changed.
     *
     * @param intactSummary the body is a summary that still matches its own marker's hash (not edited by hand)
     */
    record Seen(long id, int issue, String author, boolean intactSummary, Instant updatedAt) {
    }

    private final GithubConnection connection;
    private final int maxPages;

    CommentScan(GithubConnection connection, int maxPages) {
        this.connection = connection;
        this.maxPages = maxPages;
    }

    /** Every comment updated at or after {@code since}, or empty when there are more than {@code maxPages} pages. */
    Optional<List<Seen>> since(String repo, Instant since) throws IOException {
        HttpUrl url = HttpUrl.get(connection.apiRoot() + "/repos/" + repo + "/issues/comments").newBuilder()
                .addQueryParameter("since", since.toString())
                .addQueryParameter("sort", "updated")
                .addQueryParameter("direction", "asc")
                .addQueryParameter("per_page", String.valueOf(ThreadReader.PAGE_SIZE))
                .build();
        List<Seen> seen = new ArrayList<>();
        for (int page = 1; url != null; page++) {
            if (page > maxPages) {
                return Optional.empty();
            }
            try (Response response = connection.get(url)) {
                ResponseBody body = response.body();
                String text = body == null ? "" : body.string();
                if (!response.isSuccessful()) {
                    throw new HttpException(text, response.code(), response.message(), url.toString());
                }
                for (JsonNode c : JSON.readTree(text)) {
                    Matcher issue = ISSUE_NUMBER.matcher(c.path("issue_url").asText());
                    if (issue.find()) {
                        String bodyText = c.path("body").asText("");
                        seen.add(new Seen(c.path("id").asLong(), Integer.parseInt(issue.group(1)),
                                c.path("user").path("login").asText(""),
                                SummaryMarker.isIntact(bodyText),
                                Instant.parse(c.path("updated_at").asText())));
                    }
                }
                url = next(response.header("Link"));
            }
        }
        return Optional.of(seen);
    }

    private static HttpUrl next(String link) {
        if (link == null) {
            return null;
        }
        Matcher m = NEXT.matcher(link);
        return m.find() ? HttpUrl.parse(m.group(1)) : null;
    }
}
