package dev.rsvpbot.digest;

import dev.rsvpbot.agenda.Agenda;
import dev.rsvpbot.agenda.Episode;
import dev.rsvpbot.agenda.MinutesFacts;
import dev.rsvpbot.config.AgendaConfig;
import dev.rsvpbot.config.DigestConfig;
import dev.rsvpbot.ledger.Correction;
import dev.rsvpbot.ledger.GivenCommand;
import dev.rsvpbot.ledger.Ledger;
import dev.rsvpbot.ledger.Newcomer;
import dev.rsvpbot.ledger.ReplyRef;
import dev.rsvpbot.ledger.ReviewItem;
import dev.rsvpbot.ledger.ReviewReason;
import dev.rsvpbot.ledger.SignUp;
import dev.rsvpbot.thread.Reply;
import dev.rsvpbot.thread.SeasonIssue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The pure digest stage: the season's summarised seminar issues and a window in, a {@link Digest} out. No I/O
 * and no clock: {@code now} is passed in, so the same input always gives the same digest.
 *
 * <pre>{@code
 * Digest digest = new DigestBuilder(config.digest(), config.agenda()).build(issues, now.minus(Duration.ofDays(7)), now);
 * }</pre>
 */
public final class DigestBuilder {
    private final DigestConfig config;
    private final AgendaConfig rules;
    private final List<Pattern> announcementTitles;

    public DigestBuilder(DigestConfig config, AgendaConfig rules) {
        this.config = config;
        this.rules = rules;
        this.announcementTitles = config.deadlines().announcementTitles().stream().map(Pattern::compile).toList();
    }

    /** One issue with what its minutes say, read once. */
    private record Read(SummarisedIssue summarised, MinutesFacts minutes, boolean announcement) {
        SeasonIssue issue() {
            return summarised.issue();
        }

        Instant createdAt() {
            return issue().issue().createdAt();
        }
    }

    private static final Comparator<Read> OLDEST_FIRST = Comparator.comparing(Read::createdAt)
            .thenComparing(r -> r.issue().issue().repo()).thenComparingInt(r -> r.issue().issue().number());

    public Digest build(List<SummarisedIssue> issues, Instant windowStart, Instant now) {
        List<Read> all = issues.stream()
                .map(s -> new Read(s, MinutesFacts.read(s.issue().issue().title(), s.issue().issue().body()),
                        isAnnouncement(s.issue().issue().title())))
                .sorted(OLDEST_FIRST).toList();
        List<Read> season = thisSeason(all);
        List<Read> minutes = season.stream().filter(r -> !r.announcement()).toList();
        List<Read> updated = season.stream().filter(r -> !r.issue().updatedAt().isBefore(windowStart)).toList();
        Optional<Read> latest = latestMinutes(minutes);
        List<SeasonPoint> points = seasonPoints(minutes);
        return new Digest(week(now), windowStart, now, latest.map(this::next),
                waiting(season, windowStart), deadlines(season, latest, now),
                newcomers(season, windowStart), returning(season, windowStart), points,
                topPresenters(points, now), season.size(), updated.size());
    }

    private boolean isAnnouncement(String title) {
        return announcementTitles.stream().anyMatch(p -> p.matcher(title).find());
    }

    private String week(Instant now) {
        ZonedDateTime local = now.atZone(rules.timeZone());
        return String.format(Locale.ROOT, "%d-W%02d", local.get(IsoFields.WEEK_BASED_YEAR), local.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    private static List<Read> thisSeason(List<Read> all) {
        return Season.current(all, r -> r.issue().issue().title(), r -> r.issue().issue().body(), Read::createdAt);
    }

    /** The latest minutes plan the next seminar: an open issue before a closed one, then the newest. */
    private static Optional<Read> latestMinutes(List<Read> minutes) {
        return minutes.stream().max(Comparator.comparing((Read r) -> r.issue().open()).thenComparing(OLDEST_FIRST));
    }

    private NextSeminar next(Read r) {
        Agenda a = r.summarised().agenda();
        Ledger l = r.summarised().ledger();
        int companions = (int) l.attendees().stream().filter(at -> at.with().isPresent()).count();
        return new NextSeminar(r.issue().issue().repo(), r.issue().issue().number(), r.issue().issue().htmlUrl(),
                r.issue().summaryUrl(), a.episode(), a.date(), a.start(), a.room(), a.track(), a.officers(),
                a.orals().size(), rules.orals(), a.posters().size(), rules.maxPosters(),
                a.waitlist().size(), l.newcomers().size(), companions, l.attendees().size());
    }

    // ---- waiting on the chair ----

    /** From open issues and those updated in the window: what is not settled, each linked to its reply. */
    private static List<ChairItem> waiting(List<Read> season, Instant windowStart) {
        List<ChairItem> items = new ArrayList<>();
        for (Read r : season) {
            if (!r.issue().open() && r.issue().updatedAt().isBefore(windowStart)) {
                continue;
            }
            String repo = r.issue().issue().repo();
            int number = r.issue().issue().number();
            Ledger l = r.summarised().ledger();
            for (ReviewItem item : l.review()) {
                if (item.settledBy().isPresent()) {
                    continue;
                }
                ChairItem.Kind kind = item.reason() == ReviewReason.COMPANION_WITHOUT_PRESENTER
                        ? ChairItem.Kind.COMPANION_WITHOUT_PRESENTER
                        : item.reason() == ReviewReason.NEWCOMER_WITHOUT_REFERRER
                        ? ChairItem.Kind.NEWCOMER_WITHOUT_REFERRER : ChairItem.Kind.REVIEW;
                items.add(new ChairItem(kind, repo, number, item.login(), item.source(), Optional.of(item), Optional.empty(), ""));
            }
            for (Correction c : l.corrections()) {
                if (c.doneBy().isEmpty()) {
                    items.add(new ChairItem(ChairItem.Kind.CORRECTION, repo, number, c.login(), c.source(),
                            Optional.empty(), Optional.empty(), c.excerpt()));
                }
            }
            List<GivenCommand> notApplied = new ArrayList<>(l.steering().refused());
            notApplied.addAll(l.steering().malformed());
            for (GivenCommand g : notApplied) {
                items.add(new ChairItem(ChairItem.Kind.COMMAND_NOT_APPLIED, repo, number, g.by(), g.source(),
                        Optional.empty(), Optional.of(g), ""));
            }
        }
        items.sort(Comparator.comparing(ChairItem::kind).thenComparing(ChairItem::source, ReplyRef.THREAD_ORDER)
                .thenComparing(ChairItem::login));
        return items;
    }

    // ---- deadlines ----

    /** A seminar as the issues date it, and the issues that announce it and record it. */
    private record Seminar(String label, Instant start, Optional<Read> announcement, Optional<Read> minutes) {
    }

    /**
     * The announcement of the next seminar and the minutes of the last one held, each only when the club has the
     * rule. The next seminar is the one the latest minutes plan; the last one held is the latest seminar whose
     * start is past, however the issues date it.
     */
    private List<Deadline> deadlines(List<Read> season, Optional<Read> latest, Instant now) {
        Map<String, Seminar> seminars = seminars(season);
        List<Deadline> deadlines = new ArrayList<>();
        Optional<Seminar> next = latest.flatMap(r -> Optional.ofNullable(seminars.get(plannedKey(r))));
        if (config.deadlines().announcementBefore().isPresent() && next.isPresent() && next.get().start().isAfter(now)) {
            Seminar s = next.get();
            deadlines.add(deadline(Deadline.Kind.ANNOUNCEMENT, s, s.start().minus(config.deadlines().announcementBefore().get()),
                    s.announcement(), now));
        }
        if (config.deadlines().minutesAfter().isPresent()) {
            seminars.values().stream().filter(s -> !s.start().isAfter(now))
                    .max(Comparator.comparing(Seminar::start))
                    .ifPresent(s -> deadlines.add(deadline(Deadline.Kind.MINUTES, s,
                            s.start().plus(config.deadlines().minutesAfter().get()), s.minutes(), now)));
        }
        return deadlines;
    }

    private static Deadline deadline(Deadline.Kind kind, Seminar s, Instant due, Optional<Read> done, Instant now) {
        if (done.isPresent()) {
            Instant at = done.get().createdAt();
            return new Deadline(kind, s.label(), due, at.isAfter(due) ? Deadline.Status.DONE_LATE : Deadline.Status.DONE,
                    at, done.get().issue().issue().htmlUrl());
        }
        return new Deadline(kind, s.label(), due, now.isAfter(due) ? Deadline.Status.LATE : Deadline.Status.OPEN, null, "");
    }

    /** Every seminar the issues date: those the minutes record, and those the minutes' agendas plan. */
    private Map<String, Seminar> seminars(List<Read> season) {
        Map<String, Instant> starts = new HashMap<>();
        Map<String, Read> announcements = new HashMap<>();
        Map<String, Read> minutes = new HashMap<>();
        for (Read r : season) {
            Optional<String> key = recordedKey(r);
            if (key.isEmpty()) {
                continue;
            }
            if (r.announcement()) {
                announcements.putIfAbsent(key.get(), r);
            } else {
                minutes.putIfAbsent(key.get(), r);
                r.minutes().date().ifPresent(d -> starts.putIfAbsent(key.get(), start(d, rules.start())));
            }
        }
        for (Read r : season) {
            if (!r.announcement()) {
                Agenda a = r.summarised().agenda();
                starts.putIfAbsent(plannedKey(r), start(a.date(), a.start()));
            }
        }
        Map<String, Seminar> seminars = new LinkedHashMap<>();
        starts.forEach((key, start) -> seminars.put(key, new Seminar(key, start, Optional.ofNullable(announcements.get(key)),
                Optional.ofNullable(minutes.get(key)))));
        return seminars;
    }

    private Instant start(LocalDate date, LocalTime time) {
        return date.atTime(time).atZone(rules.timeZone()).toInstant();
    }

    /** The seminar an issue records (minutes) or announces: its episode, else its date. */
    private static Optional<String> recordedKey(Read r) {
        return r.minutes().episode().map(Episode::toString).or(() -> r.minutes().date().map(LocalDate::toString));
    }

    /** The seminar a minutes issue's replies plan: the agenda's episode, else its date. */
    private static String plannedKey(Read r) {
        Agenda a = r.summarised().agenda();
        return a.episode().map(Episode::toString).orElse(a.date().toString());
    }

    // ---- people ----

    private static List<Welcome> newcomers(List<Read> season, Instant windowStart) {
        Map<String, Welcome> found = new LinkedHashMap<>();
        for (Read r : season) {
            for (Newcomer n : r.summarised().ledger().newcomers()) {
                if (!n.source().createdAt().isBefore(windowStart)) {
                    found.putIfAbsent(n.identity(), new Welcome(n.display(), n.referrer(), n.bio(), n.source(), Optional.empty()));
                }
            }
        }
        return found.values().stream().sorted(Comparator.comparing(Welcome::source, ReplyRef.THREAD_ORDER)).toList();
    }

    /**
     * Members whose first reply in the window comes at least {@code returning-after} after their previous reply
     * in the season. Someone never seen before is new, not back; newcomers are listed apart.
     */
    private List<Welcome> returning(List<Read> season, Instant windowStart) {
        Set<String> newcomers = new LinkedHashSet<>();
        season.forEach(r -> r.summarised().ledger().newcomers().forEach(n -> newcomers.add(n.login().toLowerCase(Locale.ROOT))));
        Map<String, List<Reply>> byAuthor = new TreeMap<>();
        for (Read r : season) {
            for (Reply reply : r.issue().thread().replies()) {
                if (!reply.authorIsBot() && !reply.author().equalsIgnoreCase(r.issue().issue().author())) {
                    byAuthor.computeIfAbsent(reply.author().toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(reply);
                }
            }
        }
        List<Welcome> back = new ArrayList<>();
        Duration silence = config.returningAfter();
        byAuthor.forEach((login, replies) -> {
            if (newcomers.contains(login)) {
                return;
            }
            replies.sort(Comparator.comparing(Reply::createdAt).thenComparingLong(Reply::id));
            Optional<Reply> firstInWindow = replies.stream().filter(x -> !x.createdAt().isBefore(windowStart)).findFirst();
            Optional<Reply> before = replies.stream().filter(x -> x.createdAt().isBefore(windowStart))
                    .reduce((a, b) -> b);
            if (firstInWindow.isPresent() && before.isPresent()
                    && !Duration.between(before.get().createdAt(), firstInWindow.get().createdAt()).minus(silence).isNegative()) {
                back.add(new Welcome(firstInWindow.get().author(), "", "", ReplyRef.of(firstInWindow.get()),
                        Optional.of(before.get().createdAt())));
            }
        });
        back.sort(Comparator.comparing(Welcome::source, ReplyRef.THREAD_ORDER));
        return back;
    }

    // ---- the season ----

    /**
     * One point per seminar: its own minutes when they list talks or participants, else the sign-ups of the
     * minutes before it (the seminar is ahead, or its minutes are not out).
     */
    private static List<SeasonPoint> seasonPoints(List<Read> minutes) {
        Map<String, SeasonPoint> points = new LinkedHashMap<>();
        for (Read r : minutes) {
            Agenda a = r.summarised().agenda();
            List<String> presenters = new ArrayList<>();
            a.orals().stream().map(SignUp::login).forEach(presenters::add);
            a.posters().stream().map(SignUp::login).forEach(presenters::add);
            points.put(plannedKey(r), new SeasonPoint(plannedKey(r), Optional.of(a.date()), a.orals().size(),
                    a.posters().size(), a.peoplePresent(), SeasonPoint.Source.SIGN_UPS, presenters));
        }
        for (Read r : minutes) {
            MinutesFacts f = r.minutes();
            Optional<String> key = recordedKey(r);
            if (key.isEmpty() || (!f.participantLines() && f.orals().isEmpty() && f.posters().isEmpty())) {
                continue;
            }
            SeasonPoint planned = points.get(key.get());
            boolean talksListed = !f.orals().isEmpty() || !f.posters().isEmpty();
            List<String> presenters = new ArrayList<>(f.orals());
            presenters.addAll(f.posters());
            int attendance = f.participantLines() ? f.attendance() : planned == null ? 0 : planned.attendance();
            points.put(key.get(), new SeasonPoint(key.get(), f.date().or(() -> planned == null ? Optional.empty() : planned.date()),
                    talksListed ? f.orals().size() : planned == null ? 0 : planned.orals(),
                    talksListed ? f.posters().size() : planned == null ? 0 : planned.posters(),
                    attendance, SeasonPoint.Source.MINUTES,
                    talksListed ? presenters : planned == null ? List.of() : planned.presenters()));
        }
        return points.values().stream()
                .sorted(Comparator.comparing((SeasonPoint p) -> p.date().orElse(LocalDate.MAX)).thenComparing(SeasonPoint::label))
                .toList();
    }

    /** Who presented most in the seminars already held (planned talks are not given yet). */
    private List<Digest.Presenter> topPresenters(List<SeasonPoint> points, Instant now) {
        LocalDate today = now.atZone(rules.timeZone()).toLocalDate();
        Map<String, Integer> talks = new HashMap<>();
        Map<String, String> spelling = new HashMap<>();
        for (SeasonPoint p : points) {
            if (p.date().map(d -> !d.isBefore(today)).orElse(true)) {
                continue;
            }
            for (String who : p.presenters()) {
                String key = who.toLowerCase(Locale.ROOT);
                spelling.putIfAbsent(key, who);
                talks.merge(key, 1, Integer::sum);
            }
        }
        return talks.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(config.topPresenters())
                .map(e -> new Digest.Presenter(spelling.get(e.getKey()), e.getValue()))
                .toList();
    }
}
