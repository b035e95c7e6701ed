package dev.rsvpbot.config;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The chair's weekly digest ({@code digest}, and {@code serve} on {@code schedule.digest-cron}).
 *
 * @param issue              where {@code --post} keeps the digest, as {@code OWNER/NAME#NUMBER}; empty: on the
 *                           latest seminar issue
 * @param days               the default window: seminar issues updated in the last this many days
 * @param returningAfter     a member who speaks up again after at least this long in silence "came back"
 * @param topPresenters      how many of the members who presented most the season table lists
 * @param announcementBefore the meeting announcement is due this long before the seminar (domain.md: 48 h);
 *                           empty when the club has no such rule
 * @param minutesAfter       the minutes are due this long after the seminar (domain.md: 48 h); empty for none
 * @param announcementTitles title patterns (regular expressions) of the seminar issues that are announcements,
 *                           not minutes: they settle the announcement's deadline
 */
public record DigestConfig(String issue, int days, Duration returningAfter, int topPresenters,
                           Optional<Duration> announcementBefore, Optional<Duration> minutesAfter,
                           List<String> announcementTitles) {
    public DigestConfig {
        issue = issue == null ? "" : issue.strip();
        announcementTitles = List.copyOf(announcementTitles);
    }

    public static DigestConfig defaults() {
        return new DigestConfig("", 7, Duration.ofDays(28), 5, Optional.of(Duration.ofHours(48)),
                Optional.of(Duration.ofHours(48)), List.of("沙龙通知", "(?i)meeting announcement"));
    }

    /** The configured digest issue's repository, or empty. */
    public Optional<String> issueRepo() {
        int hash = issue.indexOf('#');
        return hash < 0 ? Optional.empty() : Optional.of(issue.substring(0, hash));
    }

    /** The configured digest issue's number, or empty. */
    public Optional<Integer> issueNumber() {
        int hash = issue.indexOf('#');
        return hash < 0 ? Optional.empty() : Optional.of(Integer.parseInt(issue.substring(hash + 1)));
    }
}
