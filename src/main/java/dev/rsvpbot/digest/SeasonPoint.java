package dev.rsvpbot.digest;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One seminar of the season in the chart.
 *
 * @param label      {@code S3E7}, or the date when the minutes name no episode
 * @param date       the seminar's date, when known
 * @param orals      Orals given (from the minutes) or planned (from the sign-ups)
 * @param posters    Posters, the same way
 * @param attendance people present: the minutes' participant lines, else those signed up
 * @param source     where the numbers come from
 * @param presenters who presented (logins, or names as the minutes write them)
 */
public record SeasonPoint(String label, Optional<LocalDate> date, int orals, int posters, int attendance,
                          Source source, List<String> presenters) {
    public SeasonPoint {
        presenters = List.copyOf(presenters);
    }

    public enum Source {
        /** The seminar's own minutes. */
        MINUTES,
        /** The sign-ups in the previous minutes' thread: the seminar is still ahead, or has no minutes yet. */
        SIGN_UPS
    }
}
