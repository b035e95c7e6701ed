package dev.rsvpbot.github;

import dev.rsvpbot.config.GithubConfig;
import dev.rsvpbot.render.SummaryMarker;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.kohsuke.github.GHFileNotFoundException;
import org.kohsuke.github.GHIssue;
import org.kohsuke.github.GHIssueComment;
import org.kohsuke.github.GHIssueState;
import org.kohsuke.github.GHRepository;
import org.kohsuke.github.GitHub;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One poll: for each configured repository, find the seminar issues, read their replies, ask the pipeline for
 * the summary, and keep exactly one summary comment per issue, written by the bot.
 *
 * <p>Reusable: {@code serve} keeps one instance (one HTTP cache) and calls {@link #run} on every tick.
 * It never exits the process; the {@link PollReport} says what happened.
 *
 * <pre>{@code
 * try (PollService poll = PollService.create(config.github(), token, summarizer)) {
 *     PollReport report = poll.run(false);
 * }
 * }</pre>
 */
public final class PollService implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(PollService.class);
    private static final Duration BACKOFF_BASE = Duration.ofSeconds(1);
    /** Beyond this many pages of new comments, reading the seminar issues one by one is cheaper. */
    private static final int MAX_SCAN_PAGES = 5;

    private final GithubConfig config;
    private final ThreadSummarizer summarizer;
    private final GithubConnection connection;
    private final SeminarIssueFilter filter;
    private final GHIssueState state;
    private final WriteThrottle throttle;
    private final ThreadReader reader = new ThreadReader();
    private final PollStateStore stateStore;
    private final CommentScan scan;
    private final Lookups lookups;
    private final Clock clock;

    /**
     * @param sleeper waits between retries and writes (tests pass one that only records)
     * @param clock   tells rate-limit resets and write spacing the time
     */
    public PollService(GithubConfig config, GithubToken token, ThreadSummarizer summarizer, Sleeper sleeper, Clock clock) {
        this(config, token, summarizer, sleeper, clock, GithubConnection.READ_TIMEOUT);
    }

    /** @param readTimeout how long a silent connection is waited on (tests shorten it) */
    PollService(GithubConfig config, GithubToken token, ThreadSummarizer summarizer, Sleeper sleeper, Clock clock,
                Duration readTimeout) {
        if (config.repos().isEmpty()) {
            throw new GithubSetupException("No repository to poll: list at least one OWNER/NAME in github.repos,"
                    + " or give --repo OWNER/NAME.");
        }
        this.config = config;
        this.summarizer = summarizer;
        this.filter = new SeminarIssueFilter(config.issues());
        this.state = issueState(config.issues().state());
        this.throttle = new WriteThrottle(config.writeInterval(), sleeper, clock);
        this.clock = clock;
        this.connection = GithubConnection.open(config.apiUrl(), token, config.cacheDir(), config.retries(),
                BACKOFF_BASE, config.maxRateLimitWait(), readTimeout, sleeper, clock);
        this.stateStore = new PollStateStore(config.cacheDir(), config.apiUrl());
        this.scan = new CommentScan(connection, MAX_SCAN_PAGES);
        this.lookups = new Lookups(connection, config.cacheDir(), config.apiUrl(), token, clock);
    }

    /** With real sleeps and the system clock. */
    public static PollService create(GithubConfig config, GithubToken token, ThreadSummarizer summarizer) {
        return new PollService(config, token, summarizer, Sleeper.REAL, Clock.systemUTC());
    }

    private static GHIssueState issueState(String value) {
        try {
            return GHIssueState.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new GithubSetupException("github.issues.state: '" + value + "' is not open, closed or all.");
        }
    }

    /** Polls every repository once. With {@code dryRun} nothing is written; the outcomes say what would be. */
    public PollReport run(boolean dryRun) {
        HttpCounts before = connection.counts();
        List<IssueOutcome> outcomes = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        GitHub github = connection.github();
        String botLogin;
        try {
            botLogin = botLogin(github);
        } catch (IOException | RuntimeException e) {
            LOG.debug("Looking up the bot's login failed", e);
            problems.add(Problems.describe("Looking up the bot's login (GET /user)", e)
                    + " Or set github.bot-login to skip this lookup.");
            // No repository was reached: every one of them failed, and the count must say so.
            return new PollReport(dryRun, outcomes, problems, config.repos().size(), connection.counts().minus(before));
        }
        int failedRepositories = 0;
        List<String> repos = config.repos();
        for (int i = 0; i < repos.size(); i++) {
            String repo = repos.get(i);
            boolean goOn;
            try {
                goOn = pollRepository(github, repo, botLogin, dryRun, outcomes, problems);
            } catch (IOException | RuntimeException e) {
                LOG.debug("{} failed", repo, e);
                problems.add(Problems.describe(repo, e));
                failedRepositories++;
                goOn = !Problems.stopsRun(e);
            }
            if (!goOn) {
                // The run stopped (a rate limit, a wrong bot login): the repositories after this one were not polled.
                failedRepositories += repos.size() - i - 1;
                break;
            }
        }
        PollReport report = new PollReport(dryRun, outcomes, problems, failedRepositories,
                connection.counts().minus(before));
        LOG.info("{}", report.summaryLine());
        return report;
    }

    private String botLogin(GitHub github) throws IOException {
        if (!config.botLogin().isBlank()) {
            return config.botLogin().strip();
        }
        String login = lookups.login();
        LOG.debug("Writing as {}, the token's user", login);
        return login;
    }

    /** Polls one repository; false when a rate limit (or a wrong bot login) stopped it and the run must stop too. */
    private boolean pollRepository(GitHub github, String repo, String botLogin, boolean dryRun,
                                   List<IssueOutcome> outcomes, List<String> problems) throws IOException {
        boolean keptLookup = lookups.kept(repo);
        GHRepository repository = lookups.repository(repo);
        List<GHIssue> seminarIssues;
        try {
            seminarIssues = seminarIssues(repository);
        } catch (IOException | RuntimeException e) {
            int status = Problems.status(e);
            if (status != 401 && status != 404) {
                throw e;
            }
            // The token or the repository changed since they were looked up: ask again, at once for the repository.
            lookups.forget(repo, status == 401);
            if (!keptLookup || status == 401) {
                throw e;
            }
            LOG.info("{}: the issue list answered {}; looking the repository up again", repo, status);
            repository = lookups.repository(repo);
            seminarIssues = seminarIssues(repository);
        }
        Optional<PollState> previous = usableState(repo);
        ChangeTracker changes = changes(repo, previous, botLogin, seminarIssues.isEmpty());
        boolean readAny = false;
        LOG.debug("{}: {} seminar issues", repo, seminarIssues.size());
        for (GHIssue issue : seminarIssues) {
            String contentHash = ChangeTracker.contentHash(issue.getTitle(), issue.getBody(), ThreadReader.labels(issue));
            if (!changes.needsReading(issue.getNumber(), contentHash, issue.getCommentsCount())) {
                changes.unchanged(issue.getNumber());
                outcomes.add(new IssueOutcome(repo, issue.getNumber(), issue.getTitle(),
                        IssueOutcome.Action.NOT_CHANGED_SINCE_LAST_RUN, 0, "", ""));
                continue;
            }
            readAny = true;
            IssueResult result = pollIssue(repo, issue, botLogin, dryRun);
            outcomes.add(result.outcome());
            if (!result.outcome().problem().isEmpty()) {
                problems.add(result.outcome().problem());
                if (result.stopsRun()) {
                    return false;
                }
            } else {
                changes.read(issue.getNumber(), contentHash, result.commentsAfter(), result.comments());
            }
        }
        if (!dryRun) {
            PollState next = changes.next(repo, summarizer.fingerprint(), clock.instant());
            stateStore.save(next);
            refresh(repo, repository, previous, next, readAny, seminarIssues.isEmpty());
        }
        return true;
    }

    private List<GHIssue> seminarIssues(GHRepository repository) throws IOException {
        List<GHIssue> seminarIssues = new ArrayList<>();
        for (GHIssue issue : repository.queryIssues().state(state).pageSize(ThreadReader.PAGE_SIZE).list()) {
            if (!issue.isPullRequest() && filter.matches(issue.getTitle(), ThreadReader.labels(issue))) {
                seminarIssues.add(issue);
            }
        }
        return seminarIssues;
    }

    /**
     * After a run that read (and so may have written), asks again what the next run will ask: the issue list (our
     * writes moved its comment counts) and the scan from the new cursor, so the HTTP cache holds the answers as they
     * now are and the next quiet run gets two free 304s. Whatever changed in between is in those cached answers, which
     * the next run still reads against the saved state. Only saves rate limit: a failure here is logged, not reported.
     */
    private void refresh(String repo, GHRepository repository, Optional<PollState> previous, PollState next,
                         boolean readAny, boolean noSeminarIssues) {
        Instant nextStart = ChangeTracker.scanStart(next, config.sinceOverlap());
        boolean scanMoved = previous.isEmpty()
                || !ChangeTracker.scanStart(previous.get(), config.sinceOverlap()).equals(nextStart);
        try {
            if (readAny) {
                seminarIssues(repository);
            }
            if ((readAny || scanMoved) && !noSeminarIssues) {
                scan.since(repo, nextStart);
            }
        } catch (IOException | RuntimeException e) {
            LOG.debug("{}: refreshing the cached issue list and comment scan failed; the next run pays for them", repo, e);
        }
    }

    private Optional<PollState> usableState(String repo) {
        return stateStore.load(repo)
                .filter(s -> s.fingerprint().equals(summarizer.fingerprint()) && s.cursor() != null);
    }

    /** From the last run's state, when there is one, scans the repository's comments since then. */
    private ChangeTracker changes(String repo, Optional<PollState> previous, String botLogin, boolean noSeminarIssues)
            throws IOException {
        if (previous.isEmpty() || noSeminarIssues) {
            return ChangeTracker.readEverything(previous, config.sinceOverlap());
        }
        Instant since = ChangeTracker.scanStart(previous.get(), config.sinceOverlap());
        try {
            Optional<List<CommentScan.Seen>> scanned = scan.since(repo, since);
            if (scanned.isPresent()) {
                ChangeTracker tracker = ChangeTracker.fromScan(previous.get(), config.sinceOverlap(), scanned.get(), botLogin);
                LOG.debug("{}: {} comments since {}; issues with news: {}", repo, scanned.get().size(), since,
                        tracker.changedByScan());
                return tracker;
            }
            LOG.info("{}: more than {} pages of comments since {}; reading every seminar issue", repo, MAX_SCAN_PAGES, since);
        } catch (IOException | RuntimeException e) {
            if (Problems.rateLimit(e).isPresent()) {
                throw e;
            }
            // The scan only saves requests: whatever goes wrong with it, reading every issue is still right.
            LOG.warn("{} Reading every seminar issue instead.", Problems.describe(repo + " (comment scan)", e));
        }
        return ChangeTracker.readEverything(previous, config.sinceOverlap());
    }

    /** One issue's outcome, and what the change tracker needs to remember of it; {@code stopsRun}: write no more. */
    private record IssueResult(IssueOutcome outcome, List<CommentView> comments, int commentsAfter, boolean stopsRun) {
    }

    private IssueResult pollIssue(String repo, GHIssue issue, String botLogin, boolean dryRun) {
        String where = repo + "#" + issue.getNumber();
        try {
            ThreadReader.Read read = reader.read(repo, issue, botLogin);
            String wanted = summarizer.summaryBody(read.thread(), botLogin);
            if (!SummaryMarker.isMarked(wanted)) {
                throw new IllegalStateException("the summary pipeline returned a body without the summary marker");
            }
            SummaryPlan plan = SummaryPlan.decide(read.botSummaries(), wanted);
            if (!plan.duplicates().isEmpty()) {
                LOG.warn("{}: {} summary comments by {} (two runs raced); keeping the oldest ({}) and deleting {}",
                        where, read.botSummaries().size(), botLogin, plan.keep().map(CommentView::id).orElse(0L),
                        plan.duplicates().stream().map(CommentView::id).toList());
            }
            if (!dryRun) {
                write(issue, read, plan, botLogin);
            }
            IssueOutcome.Action action = switch (plan.action()) {
                case CREATE -> IssueOutcome.Action.CREATED;
                case EDIT -> IssueOutcome.Action.EDITED;
                case UNCHANGED -> IssueOutcome.Action.UNCHANGED;
            };
            if (plan.writes()) {
                LOG.info("{}: {}{}", where, dryRun ? "dry run, would have " : "", describe(plan));
            } else {
                LOG.debug("{}: {}", where, describe(plan));
            }
            int after = read.comments().size() + (plan.action() == SummaryPlan.Action.CREATE ? 1 : 0)
                    - plan.duplicates().size();
            return new IssueResult(new IssueOutcome(repo, issue.getNumber(), issue.getTitle(), action,
                    plan.duplicates().size(), plan.action() == SummaryPlan.Action.UNCHANGED ? "" : wanted, ""),
                    read.comments().stream().filter(c -> !read.botSummaries().contains(c)).toList(), after, false);
        } catch (IOException | RuntimeException | StackOverflowError e) {
            // A stack overflow unwinds cleanly: a pathological thread fails its own issue, not the whole run.
            String problem = Problems.describe(where, e);
            LOG.debug("{} failed", where, e);
            return new IssueResult(new IssueOutcome(repo, issue.getNumber(), issue.getTitle(),
                    IssueOutcome.Action.FAILED, 0, "", problem), List.of(), 0, Problems.stopsRun(e));
        }
    }

    private void write(GHIssue issue, ThreadReader.Read read, SummaryPlan plan, String botLogin) throws IOException {
        switch (plan.action()) {
            case CREATE -> {
                throttle.awaitTurn();
                GHIssueComment created = issue.comment(plan.body());
                checkWrittenAsBot(created, botLogin);
            }
            case EDIT -> {
                throttle.awaitTurn();
                handle(read, plan.keep().orElseThrow()).update(plan.body());
            }
            case UNCHANGED -> {
                // Nothing to write: the summary is current.
            }
        }
        for (CommentView duplicate : plan.duplicates()) {
            throttle.awaitTurn();
            try {
                handle(read, duplicate).delete();
            } catch (GHFileNotFoundException alreadyGone) {
                // Another run deleted it first (or our retried DELETE did): gone is what we wanted.
                LOG.info("#{}: duplicate summary {} was already deleted", issue.getNumber(), duplicate.id());
            }
        }
    }

    /**
     * A summary posted under another login than {@code botLogin} would never be recognised as the bot's own, so
     * every later run would post one more. Takes it back (it is ours: this token just wrote it) and stops the run.
     */
    private void checkWrittenAsBot(GHIssueComment created, String botLogin) throws IOException {
        String author = ThreadReader.login(created);
        if (author.equalsIgnoreCase(botLogin)) {
            return;
        }
        String takenBack;
        try {
            throttle.awaitTurn();
            created.delete();
            takenBack = "The comment just posted was deleted again";
        } catch (IOException | RuntimeException e) {
            takenBack = "The comment just posted (" + created.getHtmlUrl() + ") could not be deleted ("
                    + e.getClass().getSimpleName() + "): delete it by hand";
        }
        throw new WrongBotLoginException("the token posts as '" + author + "', but github.bot-login is '" + botLogin
                + "', so the bot would not recognise its own summary and would post a new one on every run. "
                + takenBack + " and the run stopped; set github.bot-login to '" + author
                + "' (or leave it empty for a personal token).");
    }

    private static GHIssueComment handle(ThreadReader.Read read, CommentView comment) {
        GHIssueComment handle = read.handle(comment);
        if (handle == null) {
            throw new IllegalStateException("comment " + comment.id() + " was read but has no github-api handle");
        }
        return handle;
    }

    private static String describe(SummaryPlan plan) {
        String main = switch (plan.action()) {
            case CREATE -> "created the summary comment";
            case EDIT -> "edited summary comment " + plan.keep().orElseThrow().id();
            case UNCHANGED -> "summary comment " + plan.keep().orElseThrow().id() + " is current";
        };
        return plan.duplicates().isEmpty() ? main : main + ", deleted " + plan.duplicates().size() + " duplicate(s)";
    }

    /** HTTP traffic since this service was created. */
    public HttpCounts httpCounts() {
        return connection.counts();
    }

    @Override
    public void close() {
        connection.close();
    }
}
