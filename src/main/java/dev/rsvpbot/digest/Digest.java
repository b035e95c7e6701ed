package dev.rsvpbot.digest;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The chair's week at a glance: what {@code digest} prints and posts. Built by {@link DigestBuilder} from the
 * season's summarised seminar issues; worded by the renderers.
 *
 * @param week          the ISO week of {@code now} in the club's time zone ({@code 2019-W38}): one comment per week
 * @param windowStart   the start of the window: what happened since then is new
 * @param now           when the digest was made
 * @param next          the next seminar, from the latest minutes' agenda
 * @param waiting       what waits on the chair, oldest first
 * @param deadlines     the announcement and minutes deadlines that matter now
 * @param newcomers     newcomers who introduced themselves (or were introduced) in the window
 * @param returning     members who spoke up in the window after a long silence
 * @param season        per seminar of the season, in date order
 * @param topPresenters the members who presented most this season
 * @param issuesRead    seminar issues of the season read
 * @param issuesUpdated of those, updated in the window: none means a week with nothing new
 */
public record Digest(String week, Instant windowStart, Instant now, Optional<NextSeminar> next, List<ChairItem> waiting,
                     List<Deadline> deadlines, List<Welcome> newcomers, List<Welcome> returning, List<SeasonPoint> season,
                     List<Presenter> topPresenters, int issuesRead, int issuesUpdated) {
    public Digest {
        waiting = List.copyOf(waiting);
        deadlines = List.copyOf(deadlines);
        newcomers = List.copyOf(newcomers);
        returning = List.copyOf(returning);
        season = List.copyOf(season);
        topPresenters = List.copyOf(topPresenters);
    }

    /** No seminar issue changed in the window: {@code --post} then writes nothing. */
    public boolean nothingNew() {
        return issuesUpdated == 0;
    }

    /** A member and how many talks they gave this season. */
    public record Presenter(String who, int talks) {
    }
}
