package dev.rsvpbot.github;

import dev.rsvpbot.render.SummaryMarker;
import dev.rsvpbot.thread.Association;
import dev.rsvpbot.thread.IssueThread;
import dev.rsvpbot.thread.Reply;
import dev.rsvpbot.thread.SeminarIssue;
import java.io.IOException;
import java.net.URL;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.kohsuke.github.GHCommentAuthorAssociation;
import org.kohsuke.github.GHIssue;
import org.kohsuke.github.GHIssueComment;
import org.kohsuke.github.GHLabel;

/**
 * Reads one issue's comments (every page, 100 per page) and splits them into the thread the pipeline reads
 * and the bot's own summary comments.
 *
 * <p>Only fields present in the list answers are used: {@code GHIssueComment.getUser()} would fetch each
 * author's profile, one request per reply, so the login comes from {@code getUserName()} instead.
 */
final class ThreadReader {
    static final int PAGE_SIZE = 100;

    /** The thread for the pipeline and the bot's summaries, which the thread leaves out. */
    record Read(IssueThread thread, List<CommentView> botSummaries, List<CommentView> comments,
                Map<Long, GHIssueComment> handles) {
        /** The github-api object behind a comment, to edit or delete it. */
        GHIssueComment handle(CommentView comment) {
            return handles.get(comment.id());
        }
    }

    Read read(String repo, GHIssue issue, String botLogin) throws IOException {
        List<CommentView> comments = new ArrayList<>();
        Map<Long, GHIssueComment> handles = new HashMap<>();
        for (GHIssueComment c : issue.listComments().withPageSize(PAGE_SIZE)) {
            handles.put(c.getId(), c);
            comments.add(new CommentView(c.getId(), login(c), c.getBody(), instant(c.getCreatedAt()),
                    instant(c.getUpdatedAt()), url(c.getHtmlUrl()), association(c)));
        }
        return split(seminarIssue(repo, issue), comments, botLogin, handles);
    }

    static Read split(SeminarIssue issue, List<CommentView> comments, String botLogin,
                      Map<Long, GHIssueComment> handles) {
        List<CommentView> summaries = new ArrayList<>();
        List<Reply> replies = new ArrayList<>();
        for (CommentView c : comments) {
            if (c.writtenBy(botLogin) && SummaryMarker.isMarked(c.body())) {
                summaries.add(c);
            } else {
                replies.add(c.toReply(botLogin));
            }
        }
        return new Read(new IssueThread(issue, replies), summaries, List.copyOf(comments), Map.copyOf(handles));
    }

    /**
     * The author's login; GitHub shows a deleted account as {@code ghost}, and a comment without a user object
     * gets the same name (like {@link GithubJsonMapper}) instead of failing the whole issue.
     */
    static String login(GHIssueComment comment) {
        try {
            String login = comment.getUserName();
            return login == null || login.isEmpty() ? "ghost" : login;
        } catch (NullPointerException noUser) {
            return "ghost";
        }
    }

    /**
     * The comment's {@code author_association}, part of the list answer (no extra request); NONE when absent or
     * unknown. github-api turns the field into its enum with {@code valueOf}, which throws for a missing field (an
     * older GitHub Enterprise, a proxy, the fake GitHub of the container smoke test) or a value it does not know.
     */
    static Association association(GHIssueComment comment) {
        try {
            GHCommentAuthorAssociation value = comment.getAuthorAssociation();
            return value == null ? Association.NONE : Association.of(value.name());
        } catch (NullPointerException | IllegalArgumentException missingOrUnknown) {
            return Association.NONE;
        }
    }

    static SeminarIssue seminarIssue(String repo, GHIssue issue) throws IOException {
        String author = issue.getUser() == null ? "" : issue.getUser().getLogin();
        return new SeminarIssue(repo, issue.getNumber(), issue.getTitle(), issue.getBody(), author,
                instant(issue.getCreatedAt()), url(issue.getHtmlUrl()), labels(issue));
    }

    /** The names of the issue's labels, as the issue list answer carries them. */
    static List<String> labels(GHIssue issue) {
        return issue.getLabels().stream().map(GHLabel::getName).toList();
    }

    private static Instant instant(Date date) {
        return date == null ? Instant.EPOCH : date.toInstant();
    }

    private static String url(URL url) {
        return url == null ? "" : url.toString();
    }
}
