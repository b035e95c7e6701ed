package dev.rsvpbot.digest;

import dev.rsvpbot.agenda.Episode;
import dev.rsvpbot.agenda.Officers;
import dev.rsvpbot.classify.Track;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;

/**
 * The next seminar and how full its agenda is, from the draft agenda of the latest minutes.
 *
 * @param repo        the repository of the minutes whose replies plan it
 * @param issue       their issue number
 * @param issueUrl    link to the issue
 * @param summaryUrl  link to the bot's summary comment there, or empty
 * @param oralSeats   Orals per seminar (the club's rule)
 * @param posterSeats Posters per seminar
 * @param waitlist    talks waiting for a later seminar
 * @param companions  members attached (挂靠) to a presenter
 * @param attendees   members coming without a talk (companions included)
 */
public record NextSeminar(String repo, int issue, String issueUrl, String summaryUrl, Optional<Episode> episode,
                          LocalDate date, LocalTime start, String room, Optional<Track> track, Officers officers,
                          int orals, int oralSeats, int posters, int posterSeats, int waitlist, int newcomers,
                          int companions, int attendees) {
}
