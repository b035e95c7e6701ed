package dev.rsvpbot.agenda;

import dev.rsvpbot.classify.Track;
import dev.rsvpbot.ledger.SignUp;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The draft agenda of the next meeting.
 *
 * @param episode       the next episode ({@code S3E7}) when the minutes name theirs
 * @param date          the next meeting's date
 * @param start         when it starts
 * @param room          where
 * @param track         the week's track, when the club alternates tracks
 * @param officers      chair and vice-chair
 * @param orals         the Orals that fit, first come first
 * @param posters       the Posters that fit, first come first
 * @param waitlist      talks for a later seminar, first come first, with the reason
 * @param slots         the timeline
 * @param totalMinutes  the length of the whole timeline
 * @param headcount     everyone expected (presenters, waitlisted presenters, attendees, newcomers), each once
 * @param softLimitMinutes the club's soft limit, for the warning
 * @param hardLimitMinutes the club's hard limit
 */
public record Agenda(Optional<Episode> episode, LocalDate date, LocalTime start, String room, Optional<Track> track,
                     Officers officers, List<SignUp> orals, List<SignUp> posters, List<Waitlisted> waitlist,
                     List<Slot> slots, int totalMinutes, Headcount headcount, int softLimitMinutes, int hardLimitMinutes) {
    public Agenda {
        orals = List.copyOf(orals);
        posters = List.copyOf(posters);
        waitlist = List.copyOf(waitlist);
        slots = List.copyOf(slots);
    }

    /** Everyone expected, each once: the feedback round's count. */
    public int peoplePresent() {
        return headcount.total();
    }

    /** The parts shortened so the talks fit the hard limit, in timeline order. */
    public List<Slot> shortened() {
        return slots.stream().filter(Slot::shortened).toList();
    }

    public LocalTime end() {
        return start.plusMinutes(totalMinutes);
    }

    public boolean pastSoftLimit() {
        return totalMinutes > softLimitMinutes;
    }

    public boolean pastHardLimit() {
        return totalMinutes > hardLimitMinutes;
    }

    /**
     * Tells whether a presenter's talk waits for a later seminar (a companion then has nobody to speak with).
     * Logins compare case-insensitively, as GitHub's do. Build it once and ask it for each companion.
     */
    public Predicate<String> waitingPresenters() {
        Set<String> waiting = waitlist.stream()
                .map(w -> w.signUp().login().toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        return login -> waiting.contains(login.toLowerCase(Locale.ROOT));
    }
}
