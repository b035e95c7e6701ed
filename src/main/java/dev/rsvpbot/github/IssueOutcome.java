package dev.rsvpbot.github;

/**
 * What one poll did (or, in a dry run, would do) to one seminar issue.
 *
 * @param repo              {@code owner/name}
 * @param number            issue number
 * @param title             issue title
 * @param action            what happened to the summary comment
 * @param duplicatesDeleted how many extra bot summaries were (or would be) deleted
 * @param body              the summary body written or wanted; empty when unchanged or failed
 * @param problem           why it failed; empty otherwise
 */
public record IssueOutcome(String repo, int number, String title, Action action, int duplicatesDeleted,
                           String body, String problem) {
    public enum Action { CREATED, EDITED, UNCHANGED, NOT_CHANGED_SINCE_LAST_RUN, FAILED }
}
