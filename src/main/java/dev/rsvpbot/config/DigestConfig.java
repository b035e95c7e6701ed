package dev.rsvpbot.config;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The chair's weekly digest ({@code digest}, and {@code serve} on {@code schedule.digest-cron}).
 *
 * @param issue          where {@code --post} keeps the digest, as {@code OWNER/NAME#NUMBER}; empty: on the latest
 *                       seminar issue
 * @param days           the default window: what changed in the last this many days is new
 * @param returningAfter a member who speaks up again after at least this long in silence "came back"
 * @param topPresenters  how many of the members who presented most the season part lists
 * @param deadlines      the club's deadlines (domain.md)
 */
public record DigestConfig(String issue, int days, Duration returningAfter, int topPresenters, Deadlines deadlines) {
    public DigestConfig {
        issue = issue == null ? "" : issue.strip();
    }

    public static DigestConfig defaults() {
        return new DigestConfig("", 7, Duration.ofDays(28), 5, Deadlines.defaults());
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

    /**
     * @param announcementBefore the meeting announcement is due this long before the seminar (48 h); empty when
     *                           the club has no such rule
     * @param minutesAfter       the minutes are due this long after the seminar (48 h); empty for none
     * @param announcementTitles title patterns (regular expressions) of the seminar issues that are announcements,
     *                           not minutes: they meet the announcement's deadline
     */
    public record Deadlines(@JsonIgnore Optional<Duration> announcementBefore, @JsonIgnore Optional<Duration> minutesAfter,
                            @JsonProperty("announcement-titles") List<String> announcementTitles) {
        public Deadlines {
            announcementTitles = List.copyOf(announcementTitles);
        }

        public static Deadlines defaults() {
            return new Deadlines(Optional.of(Duration.ofHours(48)), Optional.of(Duration.ofHours(48)),
                    List.of("沙龙通知", "(?i)meeting announcement"));
        }

        /** Both rules off. */
        public static Deadlines none(List<String> announcementTitles) {
            return new Deadlines(Optional.empty(), Optional.empty(), announcementTitles);
        }

        /** As {@code config} prints it, so that the printout loads back: a duration, or {@code off}. */
        @JsonProperty("announcement-before")
        String announcementBeforeText() {
            return announcementBefore.map(Duration::toString).orElse("off");
        }

        @JsonProperty("minutes-after")
        String minutesAfterText() {
            return minutesAfter.map(Duration::toString).orElse("off");
        }
    }
}
