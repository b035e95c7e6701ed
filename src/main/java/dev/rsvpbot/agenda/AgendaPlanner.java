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
 * Poster sign-ups, as long as the meeting still ends by the hard limit; the rest wait, in order. Talks come first:
 * the opening, the newcomers' introductions and the feedback round take what the talks leave, shrinking to fit
 * ({@link TimeBudget}); each shortened slot keeps what it asked for, so the summary can say so. The feedback round
 * counts everyone expected, waitlisted presenters included ({@link Headcount}): they said they would come, and a
 * full room is what the chair must plan for.
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

        int newcomers = ledger.newcomers().size();
        int openingAsked = rules.openingMinutes();
        int introductionsAsked = newcomers * rules.newcomerMinutes();
        // Who comes is known before who presents: every sign-up comes, slot or waitlist alike.
        int everyone = headcount(ledger, List.of()).total();
        int feedbackAsked = rules.closingMinutesPerPerson() > 0 ? everyone * rules.closingMinutesPerPerson() : 0;

        // Talks come first: each is weighed against what the parts around the talks need at least, not what they
        // ask, so a crowd's feedback round never pushes the talks out (it shrinks instead, below).
        List<SignUp> orals = new ArrayList<>();
        List<SignUp> posters = new ArrayList<>();
        List<Waitlisted> waitlist = new ArrayList<>();
        int used = TimeBudget.floors(openingAsked, introductionsAsked, feedbackAsked);
        int talkMinutes = 0;
        for (SignUp s : ledger.signUps(TalkKind.ORAL)) {
            if (orals.size() >= rules.orals()) {
                waitlist.add(new Waitlisted(s, WaitReason.ORALS_TAKEN));
            } else if (used + rules.oralMinutes() > rules.hardLimitMinutes()) {
                waitlist.add(new Waitlisted(s, WaitReason.PAST_HARD_LIMIT));
            } else {
                orals.add(s);
                used += rules.oralMinutes();
                talkMinutes += rules.oralMinutes();
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
                talkMinutes += need;
            }
        }
        Headcount headcount = headcount(ledger, waitlist);
        int[] around = TimeBudget.share(rules.hardLimitMinutes() - talkMinutes, openingAsked, introductionsAsked,
                feedbackAsked);
        // The ledger's order: first come first, unless a chair fixed the Posters' order.
        Map<SignUp, Integer> queue = new IdentityHashMap<>();
        ledger.signUps().forEach(s -> queue.put(s, queue.size()));
        waitlist.sort(Comparator.comparingInt(w -> queue.get(w.signUp())));

        List<Slot> slots = new ArrayList<>();
        LocalTime at = start;
        at = add(slots, at, around[0], openingAsked, SlotKind.OPENING, Optional.empty(), 0);
        if (newcomers > 0) {
            at = add(slots, at, around[1], introductionsAsked, SlotKind.NEWCOMERS, Optional.empty(), newcomers);
        }
        for (SignUp s : orals) {
            at = add(slots, at, rules.oralMinutes(), rules.oralMinutes(), SlotKind.ORAL, Optional.of(s), 0);
        }
        if (!orals.isEmpty() && !posters.isEmpty() && rules.breakMinutes() > 0) {
            at = add(slots, at, rules.breakMinutes(), rules.breakMinutes(), SlotKind.BREAK, Optional.empty(), 0);
        }
        for (SignUp s : posters) {
            at = add(slots, at, rules.posterMinutes(), rules.posterMinutes(), SlotKind.POSTER, Optional.of(s), 0);
        }
        if (feedbackAsked > 0) {
            add(slots, at, around[2], feedbackAsked, SlotKind.CLOSING, Optional.empty(), headcount.total());
        }
        int total = slots.stream().mapToInt(Slot::minutes).sum();
        return new Agenda(episode, date, start, room, track, officers(track, minutes.body()),
                orals, posters, waitlist, slots, total, headcount, rules.softLimitMinutes(), rules.hardLimitMinutes());
    }

    private static LocalTime add(List<Slot> slots, LocalTime at, int minutes, int asked, SlotKind kind,
                                 Optional<SignUp> talk, int people) {
        slots.add(new Slot(at, minutes, kind, talk, people, asked));
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

    /**
     * Everyone expected, each person once, counted in the first of these that holds them: presenters with a slot,
     * waitlisted presenters, attendees, newcomers. Before talks are chosen ({@code waitlist} empty) every
     * presenter counts as one with a slot; the total is the same.
     */
    private static Headcount headcount(Ledger ledger, List<Waitlisted> waitlist) {
        Set<String> seen = new HashSet<>();
        Set<String> waiting = new HashSet<>();
        waitlist.forEach(w -> waiting.add(w.signUp().login().toLowerCase(Locale.ROOT)));
        int presenters = 0;
        int waitlisted = 0;
        for (SignUp s : ledger.signUps()) {
            String login = s.login().toLowerCase(Locale.ROOT);
            if (seen.add(login)) {
                if (waiting.contains(login)) {
                    waitlisted++;
                } else {
                    presenters++;
                }
            }
        }
        int attendees = 0;
        for (Attendee a : ledger.attendees()) {
            attendees += seen.add(a.login().toLowerCase(Locale.ROOT)) ? 1 : 0;
        }
        int newcomers = 0;
        for (Newcomer n : ledger.newcomers()) {
            newcomers += seen.add(n.identity()) ? 1 : 0;
        }
        return new Headcount(presenters, waitlisted, attendees, newcomers);
    }
}
