package dev.rsvpbot.github;

import java.util.List;

/**
 * The result of one poll over every configured repository.
 *
 * @param dryRun   true when nothing was written (the outcomes say what would have been)
 * @param outcomes one per seminar issue looked at
 * @param problems every failure, in words for a person (repository or issue, cause, what to do)
 * @param failedRepositories repositories that could not be read at all, or were not reached because the run stopped
 *                 (their issues are in no outcome, so {@link #failed()} alone would say 0)
 * @param http     HTTP traffic of this run
 */
public record PollReport(boolean dryRun, List<IssueOutcome> outcomes, List<String> problems, int failedRepositories,
                         HttpCounts http) {
    public PollReport {
        outcomes = List.copyOf(outcomes);
        problems = List.copyOf(problems);
    }

    public int issuesSeen() {
        return outcomes.size();
    }

    public int created() {
        return count(IssueOutcome.Action.CREATED);
    }

    public int edited() {
        return count(IssueOutcome.Action.EDITED);
    }

    /** Issues left as they were: read and found current, or skipped because nothing changed since the last run. */
    public int unchanged() {
        return count(IssueOutcome.Action.UNCHANGED) + count(IssueOutcome.Action.NOT_CHANGED_SINCE_LAST_RUN);
    }

    public int deletedDuplicates() {
        return outcomes.stream().mapToInt(IssueOutcome::duplicatesDeleted).sum();
    }

    public int failed() {
        return count(IssueOutcome.Action.FAILED);
    }

    /** True when every repository and issue went through. */
    public boolean ok() {
        return problems.isEmpty();
    }

    private int count(IssueOutcome.Action action) {
        return (int) outcomes.stream().filter(o -> o.action() == action).count();
    }

    /** One line for logs: the counts and the HTTP cost. */
    public String summaryLine() {
        return String.format("%s%d seminar issues: %d created, %d edited, %d unchanged, %d duplicates deleted, %d failed;"
                        + "%s %d requests (%d not modified%s), %d rate-limit points%s",
                dryRun ? "dry run, " : "", issuesSeen(), created(), edited(), unchanged(), deletedDuplicates(),
                failed(), failedRepositories == 0 ? "" : " " + failedRepositories + (failedRepositories == 1 ? " repository" : " repositories")
                        + " could not be polled;",
                http.requests(), http.notModified(), http.unanswered() == 0 ? "" : ", " + http.unanswered() + " unanswered",
                http.rateLimitCost(),
                http.rateLimitRemaining() >= 0 ? " (" + http.rateLimitRemaining() + " left)" : "");
    }
}
