package dev.rsvpbot.github;

import dev.rsvpbot.config.DigestConfig;
import dev.rsvpbot.config.GithubConfig;
import dev.rsvpbot.digest.Season;
import dev.rsvpbot.render.DigestMarker;
import dev.rsvpbot.thread.Bots;
import dev.rsvpbot.thread.SeasonIssue;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kohsuke.github.GHFileNotFoundException;
import org.kohsuke.github.GHIssue;
import org.kohsuke.github.GHIssueComment;
import org.kohsuke.github.GHIssueState;
import org.kohsuke.github.GitHub;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One digest: reads the season's seminar issues of every configured repository, open and closed, has the
 * pipeline compose the digest, and with {@code post} keeps one digest comment per week on the digest issue (the
 * configured one, else the latest seminar issue): created when absent, edited only when its hash changed, the
 * newer of racing duplicates deleted; a week with nothing new writes nothing.
 *
 * <p>Cheap to repeat: every list is a conditional request on the HTTP cache, so a closed issue is read once and
 * then answered 304 (no rate limit). Its cache lives in {@code cache-dir/digest}, apart from poll's, because
 * OkHttp's cache must not be shared by two clients, and {@code serve} holds both.
 */
public final class DigestService implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(DigestService.class);
    private static final Duration BACKOFF_BASE = Duration.ofSeconds(1);

    private final GithubConfig config;
    private final DigestConfig digestConfig;
    private final DigestComposer composer;
    private final GithubConnection connection;
    private final SeminarIssueFilter filter;
    private final WriteThrottle throttle;
    private final ThreadReader reader = new ThreadReader();
    private final Clock clock;

    public DigestService(GithubConfig config, DigestConfig digestConfig, GithubToken token, DigestComposer composer,
                         Sleeper sleeper, Clock clock) {
        if (config.repos().isEmpty()) {
            throw new GithubSetupException("No repository to read: list at least one OWNER/NAME in github.repos,"
                    + " or give --repo OWNER/NAME.");
        }
        this.config = config;
        this.digestConfig = digestConfig;
        this.composer = composer;
        this.filter = new SeminarIssueFilter(config.issues());
        this.throttle = new WriteThrottle(config.writeInterval(), sleeper, clock);
        this.clock = clock;
        this.connection = GithubConnection.open(config.apiUrl(), token, config.cacheDir().resolve("digest"),
                config.retries(), BACKOFF_BASE, config.maxRateLimitWait(), GithubConnection.READ_TIMEOUT, sleeper, clock);
    }

    /** One issue as read, with what posting needs. */
    private record Issue(String repo, GHIssue handle, ThreadReader.Read read, SeasonIssue season) {
        String ref() {
            return repo + "#" + handle.getNumber();
        }
    }

    /** Reads, composes and, with {@code post}, keeps the week's comment. Never throws for GitHub's failures. */
    public DigestReport run(boolean post) {
        HttpCounts before = connection.counts();
        List<String> problems = new ArrayList<>();
        GitHub github = connection.github();
        String botLogin;
        try {
            botLogin = config.botLogin().isBlank() ? github.getMyself().getLogin() : config.botLogin().strip();
        } catch (IOException | RuntimeException e) {
            problems.add(Problems.describe("Looking up the bot's login (GET /user)", e)
                    + " Or set github.bot-login to skip this lookup.");
            return report(Optional.empty(), DigestReport.Action.FAILED, "", problems, before);
        }
        List<Issue> issues = new ArrayList<>();
        for (String repo : config.repos()) {
            try {
                readRepository(github, repo, botLogin, issues, problems);
            } catch (IOException | RuntimeException e) {
                problems.add(Problems.describe(repo, e));
                if (Problems.stopsRun(e)) {
                    break;
                }
            }
        }
        ComposedDigest digest = composer.compose(issues.stream().map(Issue::season).toList(), botLogin, clock.instant());
        if (!post) {
            return report(Optional.of(digest), DigestReport.Action.NOT_POSTED, "", problems, before);
        }
        if (!problems.isEmpty()) {
            // A digest missing an issue would tell the chair less than the truth: post nothing this time.
            return report(Optional.of(digest), DigestReport.Action.FAILED, "", problems, before);
        }
        if (digest.nothingNew()) {
            LOG.info("digest {}: no seminar issue changed in the window; nothing posted", digest.week());
            return report(Optional.of(digest), DigestReport.Action.NOTHING_NEW, "", problems, before);
        }
        Optional<Issue> target;
        try {
            target = target(github, botLogin, issues);
        } catch (IOException | RuntimeException e) {
            problems.add(Problems.describe("digest issue " + digestConfig.issue(), e));
            return report(Optional.of(digest), DigestReport.Action.FAILED, digestConfig.issue(), problems, before);
        }
        if (target.isEmpty()) {
            problems.add("No seminar issue to post the digest on: set digest.issue to OWNER/NAME#NUMBER.");
            return report(Optional.of(digest), DigestReport.Action.FAILED, "", problems, before);
        }
        try {
            DigestReport.Action action = keep(target.get(), digest, botLogin);
            return report(Optional.of(digest), action, target.get().ref(), problems, before);
        } catch (IOException | RuntimeException e) {
            problems.add(Problems.describe(target.get().ref(), e));
            return report(Optional.of(digest), DigestReport.Action.FAILED, target.get().ref(), problems, before);
        }
    }

    private DigestReport report(Optional<ComposedDigest> digest, DigestReport.Action action, String target,
                                List<String> problems, HttpCounts before) {
        DigestReport report = new DigestReport(digest, action, target, problems, connection.counts().minus(before));
        LOG.info("{}", report.summaryLine());
        return report;
    }

    /** The seminar issues of the current season, open and closed; issues of earlier seasons are not read. */
    private void readRepository(GitHub github, String repo, String botLogin, List<Issue> out, List<String> problems)
            throws IOException {
        List<GHIssue> seminar = new ArrayList<>();
        for (GHIssue issue : github.getRepository(repo).queryIssues().state(GHIssueState.ALL)
                .pageSize(ThreadReader.PAGE_SIZE).list()) {
            if (!issue.isPullRequest() && filter.matches(issue.getTitle(), ThreadReader.labels(issue))) {
                seminar.add(issue);
            }
        }
        List<GHIssue> season = Season.current(seminar, GHIssue::getTitle, GHIssue::getBody, DigestService::created);
        LOG.debug("{}: {} seminar issues, {} of this season", repo, seminar.size(), season.size());
        for (GHIssue issue : season) {
            try {
                ThreadReader.Read read = reader.read(repo, issue, botLogin);
                String summaryUrl = read.botSummaries().stream().min(Comparator.comparing(CommentView::createdAt)
                        .thenComparingLong(CommentView::id)).map(CommentView::htmlUrl).orElse("");
                out.add(new Issue(repo, issue, read, new SeasonIssue(read.thread(), issue.getState() == GHIssueState.OPEN,
                        updatedByOthers(issue, read.comments(), botLogin), summaryUrl)));
            } catch (IOException | RuntimeException e) {
                problems.add(Problems.describe(repo + "#" + issue.getNumber(), e));
                if (Problems.stopsRun(e)) {
                    throw e;
                }
            }
        }
    }

    /**
     * When anyone but the bot last changed the issue: the bot's own summary and digest comments move GitHub's
     * {@code updated_at} too, and would otherwise make every week look busy.
     */
    private static Instant updatedByOthers(GHIssue issue, List<CommentView> comments, String botLogin) throws IOException {
        Instant updated = instant(issue.getUpdatedAt());
        Instant lastComment = comments.stream().map(CommentView::updatedAt).max(Comparator.naturalOrder()).orElse(Instant.EPOCH);
        if (updated.isAfter(lastComment.plusSeconds(5))) {
            return updated; // the issue itself changed (edited, closed, labelled) after its last comment
        }
        Instant lastOther = comments.stream().filter(c -> !c.writtenBy(botLogin)).map(CommentView::updatedAt)
                .max(Comparator.naturalOrder()).orElse(Instant.EPOCH);
        Instant created = created(issue);
        return lastOther.isAfter(created) ? lastOther : created;
    }

    /** The configured digest issue, else the latest seminar issue (open ones first). */
    private Optional<Issue> target(GitHub github, String botLogin, List<Issue> issues) throws IOException {
        if (digestConfig.issue().isEmpty()) {
            return issues.stream().max(Comparator.comparing((Issue i) -> i.season().open())
                    .thenComparing(i -> i.season().issue().createdAt()).thenComparing(Issue::ref));
        }
        String repo = digestConfig.issueRepo().orElseThrow();
        int number = digestConfig.issueNumber().orElseThrow();
        for (Issue i : issues) {
            if (i.repo().equalsIgnoreCase(repo) && i.handle().getNumber() == number) {
                return Optional.of(i);
            }
        }
        GHIssue handle = github.getRepository(repo).getIssue(number);
        ThreadReader.Read read = reader.read(repo, handle, botLogin);
        return Optional.of(new Issue(repo, handle, read, new SeasonIssue(read.thread(), true, created(handle), "")));
    }

    /** One comment per week: the bot's digests of this week on the target, planned as the summary is. */
    private DigestReport.Action keep(Issue target, ComposedDigest digest, String botLogin) throws IOException {
        List<CommentView> thisWeek = target.read().comments().stream()
                .filter(c -> c.writtenBy(botLogin) && DigestMarker.weekOf(c.body()).filter(digest.week()::equals).isPresent())
                .toList();
        SummaryPlan plan = SummaryPlan.decide(thisWeek, digest.body(), DigestService::isCurrent);
        Map<Long, GHIssueComment> handles = new LinkedHashMap<>(target.read().handles());
        switch (plan.action()) {
            case CREATE -> {
                throttle.awaitTurn();
                GHIssueComment created = target.handle().comment(plan.body());
                String author = ThreadReader.login(created);
                if (!Bots.isSelf(author, botLogin)) {
                    throttle.awaitTurn();
                    created.delete();
                    throw new WrongBotLoginException("the token posts as '" + author + "', but github.bot-login is '"
                            + botLogin + "', so the bot would not recognise its own digest and would post one more on "
                            + "every run. The comment just posted was deleted again; set github.bot-login to '" + author + "'.");
                }
            }
            case EDIT -> {
                throttle.awaitTurn();
                handles.get(plan.keep().orElseThrow().id()).update(plan.body());
            }
            case UNCHANGED -> {
                // The week's digest is current.
            }
        }
        for (CommentView duplicate : plan.duplicates()) {
            throttle.awaitTurn();
            try {
                handles.get(duplicate.id()).delete();
            } catch (GHFileNotFoundException alreadyGone) {
                LOG.info("{}: duplicate digest {} was already deleted", target.ref(), duplicate.id());
            }
        }
        return switch (plan.action()) {
            case CREATE -> DigestReport.Action.CREATED;
            case EDIT -> DigestReport.Action.EDITED;
            case UNCHANGED -> DigestReport.Action.UNCHANGED;
        };
    }

    /** Same hash in both markers, and the existing comment not edited by hand since. */
    static boolean isCurrent(String existing, String wanted) {
        Optional<String> have = DigestMarker.hashOf(existing);
        return have.isPresent() && have.equals(DigestMarker.hashOf(wanted)) && DigestMarker.isIntact(existing);
    }

    private static Instant created(GHIssue issue) {
        try {
            return instant(issue.getCreatedAt());
        } catch (IOException e) {
            return Instant.EPOCH;
        }
    }

    private static Instant instant(Date date) {
        return date == null ? Instant.EPOCH : date.toInstant();
    }

    public HttpCounts httpCounts() {
        return connection.counts();
    }

    @Override
    public void close() {
        connection.close();
    }
}
