package dev.rsvpbot.github;

import dev.rsvpbot.thread.Association;
import dev.rsvpbot.thread.IssueThread;
import dev.rsvpbot.thread.Reply;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ThreadFilesTest {
    private static final String ISSUE = """
            {"url": "https://api.github.com/repos/BUPT/ai-ml.club/issues/326",
             "repository_url": "https://api.github.com/repos/BUPT/ai-ml.club",
             "html_url": "https://github.com/BUPT/ai-ml.club/issues/326",
             "id": 497000001, "number": 326, "title": "第三季6场 AI ML Club 活动纪要",
             "user": {"login": "ArronHZG", "type": "User"},
             "labels": [{"name": "seminar"}], "state": "open",
             "created_at": "2019-09-16T02:00:00Z", "updated_at": "2019-09-20T02:00:00Z",
             "body": "- 日期：2019年9月15日"}
            """;
    private static final String COMMENTS = """
            [{"id": 531000001, "html_url": "https://github.com/BUPT/ai-ml.club/issues/326#issuecomment-531000001",
              "user": {"login": "hwfan", "type": "User"}, "author_association": "OWNER", "body": "oral",
              "created_at": "2019-09-16T04:00:00Z", "updated_at": "2019-09-17T04:00:00Z"},
             {"id": 531000002, "html_url": "https://github.com/BUPT/ai-ml.club/issues/326#issuecomment-531000002",
              "user": {"login": "rsvp-app", "type": "Bot"}, "body": null,
              "created_at": "2019-09-16T05:00:00Z", "updated_at": "2019-09-16T05:00:00Z"},
             {"id": 531000003, "user": null, "body": "deleted account",
              "created_at": "2019-09-16T06:00:00Z"}]
            """;

    @TempDir
    Path dir;

    private IssueThread read(String issue, String comments) throws Exception {
        Path i = dir.resolve("issue.json");
        Path c = dir.resolve("comments.json");
        Files.writeString(i, issue);
        Files.writeString(c, comments);
        return new ThreadFiles().read(i, c);
    }

    @Test
    void readsTheFieldsThePipelineNeeds() throws Exception {
        IssueThread thread = read(ISSUE, COMMENTS);

        assertThat(thread.issue().repo()).isEqualTo("BUPT/ai-ml.club");
        assertThat(thread.issue().number()).isEqualTo(326);
        assertThat(thread.issue().labels()).containsExactly("seminar");
        assertThat(thread.issue().createdAt()).isEqualTo(Instant.parse("2019-09-16T02:00:00Z"));
        Reply first = thread.replies().get(0);
        assertThat(first.id()).isEqualTo(531000001L);
        assertThat(first.author()).isEqualTo("hwfan");
        assertThat(first.authorIsBot()).isFalse();
        assertThat(first.updatedAt()).isEqualTo(Instant.parse("2019-09-17T04:00:00Z"));
        assertThat(first.htmlUrl()).endsWith("#issuecomment-531000001");
        assertThat(first.association()).isEqualTo(Association.OWNER);
    }

    @Test
    void aMissingOrUnknownAuthorAssociationGrantsNothing() throws Exception {
        IssueThread thread = read(ISSUE, COMMENTS.replace("\"deleted account\",", "\"deleted account\", \"author_association\": \"SUPREME_LEADER\","));

        assertThat(thread.replies().get(1).association()).isEqualTo(Association.NONE);
        assertThat(thread.replies().get(2).association()).isEqualTo(Association.NONE);
    }

    @Test
    void botTypeNullBodyAndDeletedUsersAreRead() throws Exception {
        IssueThread thread = read(ISSUE, COMMENTS);

        assertThat(thread.replies().get(1).authorIsBot()).isTrue();
        assertThat(thread.replies().get(1).body()).isEmpty();
        assertThat(thread.replies().get(2).author()).isEqualTo("ghost");
        assertThat(thread.replies().get(2).updatedAt()).isEqualTo(thread.replies().get(2).createdAt());
    }

    @Test
    void invalidJsonNamesTheFileAndTheLine() {
        assertThatThrownBy(() -> read(ISSUE, "[\n{\"id\": }"))
                .isInstanceOf(ThreadFiles.BadFileException.class)
                .hasMessageContaining("comments.json: not valid JSON at line 2");
    }

    @Test
    void anObjectWhereTheArrayBelongsIsNamed() {
        assertThatThrownBy(() -> read(ISSUE, ISSUE))
                .hasMessageContaining("comments.json: expected an array of comments, found object");
    }

    @Test
    void aCommentWithoutTimeIsNamedByIndexAndId() {
        assertThatThrownBy(() -> read(ISSUE, "[{\"id\": 7, \"body\": \"x\", \"created_at\": \"yesterday\"}]"))
                .hasMessageContaining("comments.json: entry 0 of the array: comment 7 has \"created_at\": \"yesterday\"");
    }

    @Test
    void anIssueWithoutNumberIsNamed() {
        assertThatThrownBy(() -> read("{\"title\": \"x\"}", "[]"))
                .hasMessageContaining("issue.json: the issue has no numeric \"number\"");
    }

    @Test
    void pagesWrittenOneAfterAnotherAreReadAsOneThread() throws Exception {
        // `gh api --paginate .../comments > comments.json` writes each page's array right after the previous one.
        String page1 = "[{\"id\": 1, \"user\": {\"login\": \"a\"}, \"body\": \"P\", \"created_at\": \"2019-09-16T04:00:00Z\"}]";
        String page2 = "[{\"id\": 2, \"user\": {\"login\": \"b\"}, \"body\": \"P\", \"created_at\": \"2019-09-16T05:00:00Z\"}]";

        IssueThread thread = read(ISSUE, page1 + page2 + "\n");

        assertThat(thread.replies()).extracting(Reply::id).containsExactly(1L, 2L);
    }

    @Test
    void textAfterTheCommentsArrayIsAnErrorNotIgnored() {
        assertThatThrownBy(() -> read(ISSUE, COMMENTS + "\n{\"message\": \"API rate limit exceeded\"}\n"))
                .isInstanceOf(ThreadFiles.BadFileException.class)
                .hasMessageContaining("comments.json: ")
                .hasMessageContaining("line 10");
    }

    @Test
    void textAfterTheIssueObjectIsAnErrorNotIgnored() {
        assertThatThrownBy(() -> read(ISSUE + ISSUE, COMMENTS))
                .isInstanceOf(ThreadFiles.BadFileException.class)
                .hasMessageContaining("issue.json: ")
                .hasMessageContaining("more JSON after the issue object");
    }

    @Test
    void aByteOrderMarkIsNoError() throws Exception {
        IssueThread thread = read("\uFEFF" + ISSUE, "\uFEFF" + COMMENTS);

        assertThat(thread.issue().number()).isEqualTo(326);
        assertThat(thread.replies()).hasSize(3);
    }

    @Test
    void aMissingFileIsNamed() {
        assertThatThrownBy(() -> new ThreadFiles().read(dir.resolve("nope.json"), dir.resolve("c.json")))
                .hasMessageContaining("nope.json: no such file");
    }
}
