package dev.rsvpbot.github;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** GitHub Enterprise serves the API under a path ({@code https://HOST/api/v3}): every request must keep it. */
class EnterpriseApiUrlTest {
    private static final String ROOT = "/api/v3";

    @TempDir
    Path cache;

    @Test
    void anApiUrlWithAPathIsKeptForTheUserListsPagesScanAndEveryWrite() {
        try (FakeGithub github = FakeGithub.start("seminar", ROOT)) {
            github.fillWithReplies(12, 150);
            github.publish();

            PollReport first = poll(github);
            List<String> firstUrls = urls(github);
            github.addComment(12, "erin", "Poster: diffusion models for weather");
            github.clearJournal();
            PollReport second = poll(github);
            List<String> secondUrls = urls(github);

            assertThat(first.problems()).isEmpty();
            assertThat(first.created()).isEqualTo(2);
            assertThat(firstUrls).contains(ROOT + "/user", ROOT + "/repos/club/seminars/issues/12/comments?per_page=100&page=2")
                    .allSatisfy(url -> assertThat(url).startsWith(ROOT + "/"));
            assertThat(github.requests("POST")).as("the second run edits, it never creates again").isEmpty();
            assertThat(second.problems()).isEmpty();
            assertThat(second.edited()).isEqualTo(1);
            assertThat(secondUrls).allSatisfy(url -> assertThat(url).startsWith(ROOT + "/"))
                    .anySatisfy(url -> assertThat(url).startsWith(ROOT + "/repos/club/seminars/issues/comments?since="));
            assertThat(github.requests("PATCH")).singleElement()
                    .satisfies(r -> assertThat(r.getUrl()).startsWith(ROOT + "/repos/club/seminars/issues/comments/"));
        }
    }

    private PollReport poll(FakeGithub github) {
        try (PollService poll = new PollService(PollServiceTest.config(github, cache, "", List.of(FakeGithub.REPO)),
                GithubToken.of("ghp_enterprise"), PollServiceTest.LIST_REPLIES, d -> { }, Clock.systemUTC())) {
            return poll.run(false);
        }
    }

    private static List<String> urls(FakeGithub github) {
        return github.server.getAllServeEvents().stream().map(ServeEvent::getRequest).map(LoggedRequest::getUrl).toList();
    }
}
