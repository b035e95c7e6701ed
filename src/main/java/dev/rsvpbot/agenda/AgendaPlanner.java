package dev.rsvpbot.agenda;

import dev.rsvpbot.classify.Track;
import dev.rsvpbot.config.AgendaConfig;
import dev.rsvpbot.ledger.AgendaOverrides;
import dev.rsvpbot.ledger.Attendee;
import dev.rsvpbot.ledger.Ledger;
import dev.rsvpbot.ledger.Newcomer;
import dev.rsvpbot.ledger.SignUp;
import dev.rsvpbot.ledger.Steered;
import dev.rsvpbot.ledger.TalkKind;
import dev.rsvpbot.thread.SeminarIssue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Applies the club's rules (domain.md, {@link AgendaConfig}) to a ledger: the next date and track, who presents,
 * who waits, and a timeline within the limits.
 *
 * <p>Talks are first come, first served: the first {@code orals} Oral sign-ups and the first {@code maxPosters}
 * Poster sign-ups, as long as the meeting still ends by the hard limit; the rest wait, in order. The closing rounds
 * count everyone expected, waitlisted presenters included: they said they would come, and a full room is what
 * the chair must plan for.
 *
 * <p>What chairs set by command wins over the rules and the minutes: {@code /agenda date|time|room|track}
 * ({@link dev.rsvpbot.ledger.AgendaOverrides}), and a Poster order fixed by {@code /rsvp order}, which the
 * ledger's order of sign-ups already holds.
 *
 * <pre>{@code
 * Agenda agenda = new AgendaPlanner(config.agenda()).plan(thread.issue(), ledger);
 * }</pre>
 */
public final class AgendaPlanner {
    private final AgendaConfig rules;

    public AgendaPlanner(AgendaConfig rules) {
        this.rules = rules;
    }

    public Agenda plan(SeminarIssue minutes, Ledger ledger) {
        AgendaOverrides set = ledger.steering().agenda();
        LocalDate date = set.date().map(Steered::value).orElseGet(() -> nextMeetingDate(minutes));
        Optional<Track> track = set.track().map(Steered::value).or(() -> trackOf(date));
        LocalTime start = set.time().map(Steered::value).orElse(rules.start());
        String room = set.room().map(Steered::value).orElse(rules.room());
        Optional<Episode> episode = MinutesReader.episode(minutes.title(), minutes.body()).map(Episode::next);

        int people = peoplePresent(ledger);
        int newcomers = ledger.newcomers().size();
        int fixed = rules.openingMinutes() + newcomers * rules.newcomerMinutes() + people * rules.closingMinutesPerPerson();

        List<SignUp> orals = new ArrayList<>();
        List<SignUp> posters = new ArrayList<>();
        List<Waitlisted> waitlist = new ArrayList<>();
        int used = fixed;
        for (SignUp s : ledger.signUps(TalkKind.ORAL)) {
            if (orals.size() >= rules.orals()) {
                waitlist.add(new Waitlisted(s, WaitReason.ORALS_TAKEN));
            } else if (used + rules.oralMinutes() > rules.hardLimitMinutes()) {
                waitlist.add(new Waitlisted(s, WaitReason.PAST_HARD_LIMIT));
            } else {
                orals.add(s);
                used += rules.oralMinutes();
            }
        }
        for (SignUp s : ledger.signUps(TalkKind.POSTER)) {
            int need = rules.posterMinutes() + (posters.isEmpty() && !orals.isEmpty() ? rules.breakMinutes() : 0);
            if (posters.size() >= rules.maxPosters()) {
                waitlist.add(new Waitlisted(s, WaitReason.POSTERS_FULL));
            } else if (used + need > rules.hardLimitMinutes()) {
                waitlist.add(new Waitlisted(s, WaitReason.PAST_HARD_LIMIT));
            } else {
                posters.add(s);
                used += need;
            }
        }
        // The ledger's order: first come first, unless a chair fixed the Posters' order.
        Map<SignUp, Integer> queue = new IdentityHashMap<>();
        ledger.signUps().forEach(s -> queue.put(s, queue.size()));
        waitlist.sort(Comparator.comparingInt(w -> queue.get(w.signUp())));

        List<Slot> slots = new ArrayList<>();
        LocalTime at = start;
        at = add(slots, at, rules.openingMinutes(), SlotKind.OPENING, Optional.empty(), 0);
        if (newcomers > 0) {
            at = add(slots, at, newcomers * rules.newcomerMinutes(), SlotKind.NEWCOMERS, Optional.empty(), newcomers);
        }
        for (SignUp s : orals) {
            at = add(slots, at, rules.oralMinutes(), SlotKind.ORAL, Optional.of(s), 0);
        }
        if (!orals.isEmpty() && !posters.isEmpty() && rules.breakMinutes() > 0) {
            at = add(slots, at, rules.breakMinutes(), SlotKind.BREAK, Optional.empty(), 0);
        }
        for (SignUp s : posters) {
            at = add(slots, at, rules.posterMinutes(), SlotKind.POSTER, Optional.of(s), 0);
        }
        if (people > 0 && rules.closingMinutesPerPerson() > 0) {
            add(slots, at, people * rules.closingMinutesPerPerson(), SlotKind.CLOSING, Optional.empty(), people);
        }
        int total = slots.stream().mapToInt(Slot::minutes).sum();
        return new Agenda(episode, date, start, room, track, officers(track, minutes.body()),
                orals, posters, waitlist, slots, total, people, rules.softLimitMinutes(), rules.hardLimitMinutes());
    }

    private static LocalTime add(List<Slot> slots, LocalTime at, int minutes, SlotKind kind,
                                 Optional<SignUp> talk, int people) {
        slots.add(new Slot(at, minutes, kind, talk, people));
        return at.plusMinutes(minutes);
    }

    /** The configured weekday strictly after the meeting the minutes record (or after the day the issue opened). */
    LocalDate nextMeetingDate(SeminarIssue minutes) {
        LocalDate last = MinutesReader.meetingDate(minutes.body())
                .orElseGet(() -> minutes.createdAt().atZone(rules.timeZone()).toLocalDate());
        return last.with(TemporalAdjusters.next(rules.weekday()));
    }

    /**
     * The week's track by the alternation: calendar weeks (Monday to Sunday) from the anchor date's week, cycling
     * through the order. Counting whole weeks of days instead would shift the parity for a club whose meeting
     * day is not the anchor's weekday.
     */
    Optional<Track> trackOf(LocalDate date) {
        AgendaConfig.Tracks tracks = rules.tracks();
        if (!tracks.enabled()) {
            return Optional.empty();
        }
        long weeks = ChronoUnit.DAYS.between(mondayOf(tracks.anchorDate()), mondayOf(date)) / 7;
        int anchor = Math.max(tracks.order().indexOf(tracks.anchorTrack()), 0);
        return Optional.of(tracks.order().get((int) Math.floorMod(anchor + weeks, (long) tracks.order().size())));
    }

    private static LocalDate mondayOf(LocalDate date) {
        return date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    private Officers officers(Optional<Track> track, String minutesBody) {
        if (track.isPresent()) {
            AgendaConfig.Chairs configured = rules.tracks().chairs().get(track.get());
            if (configured != null && !configured.chair().isBlank()) {
                return new Officers(configured.chair(), configured.viceChair(), true);
            }
        }
        if (!rules.chair().isBlank()) {
            return new Officers(rules.chair(), rules.viceChair(), true);
        }
        if (track.isPresent()) {
            AgendaConfig.Chairs announced = MinutesReader.chairs(minutesBody).get(track.get());
            if (announced != null) {
                return new Officers(announced.chair(), announced.viceChair(), false);
            }
        }
        return Officers.unknown();
    }

    /** Everyone expected, each person once: presenters (waitlisted too), attendees, newcomers. */
    private static int peoplePresent(Ledger ledger) {
        Set<String> people = new HashSet<>();
        for (SignUp s : ledger.signUps()) {
            people.add(s.login().toLowerCase(Locale.ROOT));
        }
        for (Attendee a : ledger.attendees()) {
            people.add(a.login().toLowerCase(Locale.ROOT));
        }
        for (Newcomer n : ledger.newcomers()) {
            people.add(n.identity());
        }
        return people.size();
    }
}
