package dev.rsvpbot.render;

import dev.rsvpbot.agenda.Agenda;
import dev.rsvpbot.agenda.Headcount;
import dev.rsvpbot.agenda.Slot;
import dev.rsvpbot.agenda.WaitReason;
import dev.rsvpbot.agenda.Waitlisted;
import dev.rsvpbot.classify.Talk;
import dev.rsvpbot.command.Command;
import dev.rsvpbot.command.Verb;
import dev.rsvpbot.command.Verdict;
import dev.rsvpbot.config.AgendaConfig;
import dev.rsvpbot.config.CommandsConfig;
import dev.rsvpbot.ledger.GivenCommand;
import dev.rsvpbot.ledger.Correction;
import dev.rsvpbot.ledger.Ledger;
import dev.rsvpbot.ledger.Names;
import dev.rsvpbot.ledger.Newcomer;
import dev.rsvpbot.ledger.ReplyRef;
import dev.rsvpbot.ledger.ReviewItem;
import dev.rsvpbot.ledger.ReviewReason;
import dev.rsvpbot.ledger.SignUp;
import dev.rsvpbot.ledger.Steered;
import dev.rsvpbot.ledger.Steering;
import dev.rsvpbot.ledger.Withdrawal;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Writes the summary comment the chair would have written: the meeting heading, Oral and Poster tables,
 * newcomers, attendees, corrections, waitlist, review list, timeline, and the agenda as Markdown source.
 *
 * <p>Output depends only on its input (no clock, no hash-map order), and stays within GitHub's comment size
 * together with the marker line: long lists are cut, with a note saying how many entries were left out.
 *
 * <p>Commands show where they acted: every entry a command set carries who set it, commands that changed nothing
 * are listed with why (or what was expected), and every summary ends with a one-line hint on correcting the bot;
 * {@code /rsvp help} adds the list of commands.
 *
 * <pre>{@code
 * String markdown = new SummaryRenderer(config.agenda(), Messages.of("zh")).render(ledger, agenda);
 * }</pre>
 */
public final class SummaryRenderer {
    /**
     * GitHub rejects comment bodies longer than this many characters. Counting Java chars (UTF-16 units) stays
     * under the limit however GitHub counts: at most 65,536 code points, and at most 3 UTF-8 bytes per unit
     * (196,608 bytes, below the 262,144 bytes others measured for issue comments).
     */
    public static final int GITHUB_LIMIT = 65_536;
    private static final int BUDGET = GITHUB_LIMIT - SummaryMarker.mark("").length();

    private final AgendaConfig rules;
    private final CommandsConfig commands;
    private final Messages m;
    private final CommandMessages c;
    private final Names names;

    public SummaryRenderer(AgendaConfig rules, Messages messages) {
        this(rules, CommandsConfig.defaults(), messages);
    }

    /** @param commands who counts as a chair beyond the config's logins, for the list of commands */
    public SummaryRenderer(AgendaConfig rules, CommandsConfig commands, Messages messages) {
        this(rules, commands, messages, Names.none());
    }

    private SummaryRenderer(AgendaConfig rules, CommandsConfig commands, Messages messages, Names names) {
        this.rules = rules;
        this.commands = commands;
        this.m = messages;
        this.c = messages.commands();
        this.names = names;
    }

    /** The comment content, people written with the names the minutes and replies give ({@link Names}). */
    public String render(Ledger ledger, Agenda agenda, Names names) {
        return new SummaryRenderer(rules, commands, m, names).render(ledger, agenda);
    }

    /**
     * A person, one way everywhere (tables, timeline, paste block): the club's minutes' {@code 名字 @[login](url)}
     * when a name is known, else {@code @[login](url)}. It links the profile and notifies nobody, so an edited
     * summary never pings anyone and a pasted announcement reads like the minutes.
     */
    private String who(String login) {
        return who(login, names.of(login));
    }

    private static String who(String login, Optional<String> name) {
        String person = Md.person(login);
        if (!Md.isLogin(login) || name.isEmpty() || name.get().isBlank()) {
            return person;
        }
        return Md.text(name.get()) + " " + person;
    }

    /** The lists that may be cut to fit, each cut from its end. */
    private enum Part { ORALS, POSTERS, NEWCOMERS, ATTENDEES, CORRECTIONS, WAITLIST, REVIEW, WITHDRAWN, COMMANDS, TIMELINE }

    /** The comment content (without the marker line), at most {@link #GITHUB_LIMIT} minus the marker's length. */
    public String render(Ledger ledger, Agenda agenda) {
        Map<Part, Integer> keep = new EnumMap<>(Part.class);
        Map<Part, Integer> sizes = new EnumMap<>(Part.class);
        String body = compose(ledger, agenda, keep, sizes);
        while (body.length() > BUDGET) {
            Part biggest = null;
            for (Part part : Part.values()) {
                int size = sizes.getOrDefault(part, 0);
                if (keep.getOrDefault(part, Integer.MAX_VALUE) > 0 && size > 0
                        && (biggest == null || size > sizes.get(biggest))) {
                    biggest = part;
                }
            }
            if (biggest == null) {
                // Every list is cut to nothing and the rest is still too long: cannot happen with bounded texts.
                return body.substring(0, BUDGET - 1) + "…";
            }
            int shown = Math.min(keep.getOrDefault(biggest, Integer.MAX_VALUE), entries(biggest, ledger, agenda));
            keep.put(biggest, shown / 2);
            sizes.clear();
            body = compose(ledger, agenda, keep, sizes);
        }
        return body;
    }

    private static int entries(Part part, Ledger ledger, Agenda agenda) {
        return switch (part) {
            case ORALS -> agenda.orals().size();
            case POSTERS -> agenda.posters().size();
            case NEWCOMERS -> ledger.newcomers().size();
            case ATTENDEES -> ledger.attendees().size();
            case CORRECTIONS -> ledger.corrections().size();
            case WAITLIST -> agenda.waitlist().size();
            case REVIEW -> ledger.review().size();
            case WITHDRAWN -> ledger.withdrawals().size();
            case COMMANDS -> notApplied(ledger.steering()).size();
            case TIMELINE -> agenda.slots().size();
        };
    }

    private String compose(Ledger ledger, Agenda agenda, Map<Part, Integer> keep, Map<Part, Integer> sizes) {
        Out out = new Out(keep, sizes);
        out.line("## " + (agenda.episode().isPresent()
                ? m.format(m.titleWithEpisode(), agenda.episode().get()) : m.title()));
        out.blank();
        out.line("_" + m.intro() + "_");
        out.blank();
        heading(out, agenda, Optional.of(ledger.steering()));
        out.blank();

        out.line("### " + m.format(m.oralHeading(), rules.oralMinutes()));
        out.blank();
        talks(out, Part.ORALS, agenda.orals());
        out.line("### " + m.format(m.posterHeading(), rules.posterMinutes(), rules.maxPosters()));
        out.blank();
        talks(out, Part.POSTERS, agenda.posters());
        ledger.steering().posterOrder().ifPresent(o -> {
            out.line(m.format(c.posterOrder(), who(o.by())));
            out.blank();
        });

        if (!ledger.newcomers().isEmpty()) {
            out.line("### " + m.newcomersHeading());
            out.blank();
            out.table(m.newcomerHeaders(), Part.NEWCOMERS, ledger.newcomers(), (i, n) -> row(newcomer(n) + steered(n.steeredBy()),
                    n.referrer().isEmpty() ? "—" : who(n.referrer()), n.bio().isBlank() ? "—" : Md.text(n.bio())));
        }
        if (!ledger.attendees().isEmpty()) {
            Predicate<String> waits = agenda.waitingPresenters();
            out.line("### " + m.attendeesHeading());
            out.blank();
            out.table(m.attendeeHeaders(), Part.ATTENDEES, ledger.attendees(),
                    (i, a) -> row(who(a.login()) + steered(a.steeredBy()),
                            a.with().map(w -> companionOf(w, waits)).orElse("—")));
        }
        if (!ledger.corrections().isEmpty()) {
            out.line("### " + m.correctionsHeading());
            out.blank();
            out.list(Part.CORRECTIONS, ledger.corrections(), this::correction);
        }
        if (!agenda.waitlist().isEmpty()) {
            out.line("### " + m.waitlistHeading());
            out.blank();
            out.table(m.waitlistHeaders(), Part.WAITLIST, agenda.waitlist(), (i, w) -> row(
                    String.valueOf(i + 1), who(w.signUp().login()) + steered(w.signUp().steeredBy()),
                    kindName(w.signUp()), talk(w.signUp().talk()), waitReason(w.reason())));
        }
        if (!ledger.review().isEmpty()) {
            out.line("### " + m.reviewHeading());
            out.blank();
            out.table(m.reviewHeaders(), Part.REVIEW, ledger.review(),
                    (i, r) -> row(who(r.login()), reviewReason(r, this::who, Md::text)
                            + r.settledBy().map(by -> m.format(c.settledMark(), who(by))).orElse(""),
                            replyLink(r.source())));
        }
        if (!ledger.withdrawals().isEmpty()) {
            out.line("### " + m.withdrawalsHeading());
            out.blank();
            out.list(Part.WITHDRAWN, ledger.withdrawals(), this::withdrawal);
        }
        List<GivenCommand> notApplied = notApplied(ledger.steering());
        if (!notApplied.isEmpty()) {
            out.line("### " + c.notAppliedHeading());
            out.blank();
            out.table(c.notAppliedHeaders(), Part.COMMANDS, notApplied, (i, g) -> row(who(g.by()),
                    Md.text(g.text()), Md.text(why(g)), replyLink(g.source())));
        }
        if (ledger.steering().help()) {
            help(out);
        }

        out.line("### " + m.timelineHeading());
        out.blank();
        int[] offsets = offsets(agenda);
        out.table(m.timelineHeaders(), Part.TIMELINE, agenda.slots(),
                (i, s) -> row(clock(agenda, offsets[i]), String.valueOf(s.minutes()), slot(s, agenda.headcount(), this::who, Md::text)));
        out.line(m.format(m.endsAt(), clock(agenda, agenda.totalMinutes()), agenda.totalMinutes()));
        if (!agenda.shortened().isEmpty()) {
            out.blank();
            out.line(shortenedNote(agenda));
        }
        if (agenda.pastHardLimit()) {
            out.blank();
            out.line(m.format(m.pastHardLimit(), agenda.totalMinutes(), agenda.hardLimitMinutes()));
        } else if (agenda.pastSoftLimit()) {
            out.blank();
            out.line(m.format(m.pastSoftLimit(), agenda.totalMinutes(), agenda.softLimitMinutes()));
        }
        out.blank();
        out.line("---");
        out.blank();
        out.line(m.format(m.tally(), ledger.memberReplies(), ledger.chatter().size(), ledger.superseded().size(),
                ledger.botReplies()));
        out.blank();
        Steering steering = ledger.steering();
        if (steering.any()) {
            out.line(m.format(c.tally(), steering.applied().size(), steering.refused().size(), steering.malformed().size()));
            out.blank();
        }
        out.line(c.hint()); // every summary says how to correct the bot, so a chair finds out before a command exists
        out.blank();

        String source = source(ledger, agenda, keep);
        String fence = Md.fence(source);
        out.line("<details><summary>" + m.sourceSummary() + "</summary>");
        out.blank();
        out.line(fence + "markdown");
        out.raw(source);
        out.line(fence);
        out.blank();
        out.line("</details>");
        return out.toString();
    }

    /** The meeting's facts; with {@code steering}, each a chair set by command says who set it. */
    private void heading(Out out, Agenda agenda, Optional<Steering> steering) {
        Function<Function<Steering, Optional<? extends Steered<?>>>, String> mark = field -> steering
                .flatMap(field).map(s -> steered(Optional.of(s.by()))).orElse("");
        out.line("- " + m.dateLabel() + sep() + m.date(agenda.date()) + mark.apply(s -> s.agenda().date()));
        out.line("- " + m.timeLabel() + sep() + agenda.start() + "–" + clock(agenda, agenda.totalMinutes())
                + mark.apply(s -> s.agenda().time()));
        out.line("- " + m.roomLabel() + sep() + (agenda.room().isBlank() ? m.unknown() : Md.text(agenda.room()))
                + mark.apply(s -> s.agenda().room()));
        agenda.track().ifPresent(t -> out.line("- " + m.trackLabel() + sep() + t + mark.apply(s -> s.agenda().track())));
        out.line("- " + m.chairLabel() + sep() + officer(agenda.officers().chair(), agenda.officers().logins()));
        out.line("- " + m.viceChairLabel() + sep() + officer(agenda.officers().viceChair(), agenda.officers().logins()));
    }

    private String sep() {
        return m.colon();
    }

    private String officer(String who, boolean login) {
        if (who.isBlank()) {
            return m.unknown();
        }
        return login ? who(who) : Md.text(who);
    }

    /** The presenter a companion attaches to, marked when that presenter waits: the companion then has nobody to speak with. */
    private String companionOf(String presenter, Predicate<String> waits) {
        return waits.test(presenter) ? m.format(m.waitlistedMark(), who(presenter)) : who(presenter);
    }

    private void talks(Out out, Part part, List<SignUp> talks) {
        if (talks.isEmpty()) {
            out.line(m.noneYet());
            out.blank();
            return;
        }
        out.table(m.talkHeaders(), part, talks, (i, s) -> row(String.valueOf(i + 1),
                who(s.login()) + steered(s.steeredBy()), talk(s.talk())));
    }

    /** The mark of an entry a command set: who gave the command. Empty for an entry from the person's own reply. */
    private String steered(Optional<String> by) {
        return by.map(b -> m.format(c.steeredMark(), who(b))).orElse("");
    }

    /** Refused and malformed commands, in thread order. */
    private static List<GivenCommand> notApplied(Steering steering) {
        List<GivenCommand> all = new java.util.ArrayList<>(steering.refused());
        all.addAll(steering.malformed());
        all.sort(java.util.Comparator.comparing(GivenCommand::source, ReplyRef.THREAD_ORDER));
        return all;
    }

    /** Why a command changed nothing, as plain text (escaped by the caller). */
    private String why(GivenCommand given) {
        if (given.verdict() instanceof Verdict.Refused refused) {
            String template = c.refusals().get(refused.reason());
            return refused.command() instanceof Command.Done done ? m.format(template, "#" + done.commentId()) : template;
        }
        if (given.verdict() instanceof Verdict.Malformed malformed) {
            return m.format(c.malformed(), malformed.problem(), malformed.expected());
        }
        return "";
    }

    /** Why a command changed nothing, for the JSON form. */
    public String describe(GivenCommand given) {
        return why(given);
    }

    /** The commands, for {@code /rsvp help}. Syntax in code spans: copied as is, and no placeholder is a mention. */
    private void help(Out out) {
        out.line("### " + c.helpHeading());
        out.blank();
        String chairs = String.join(", ", commands.chairAssociations().stream().map(Enum::name).toList());
        out.line(m.format(c.helpIntro(), chairs.isEmpty() ? "—" : chairs));
        out.blank();
        out.line(c.helpHeaders());
        out.line(c.helpHeaders().replaceAll("[^|]+", " --- "));
        for (Verb verb : Verb.values()) {
            List<String> words = c.help().get(verb);
            String usage = "`" + verb.usage() + "`";
            if (verb.spellings().size() > 1) {
                usage += " (" + String.join(", ", verb.spellings().subList(1, verb.spellings().size())) + ")";
            }
            out.line(row(usage.replace("|", "\\|"), words.get(0), words.get(1)));
        }
        out.blank();
    }

    private String talk(Talk talk) {
        String title = talk.title().isBlank() ? "" : Md.text(talk.title());
        if (talk.url().isBlank()) {
            return title.isEmpty() ? m.noTalk() : title;
        }
        String label = title.isEmpty() ? Md.text(talk.url().replaceFirst("^https?://", "")) : title;
        return Md.link(label, talk.url());
    }

    private String newcomer(Newcomer n) {
        if (n.login().isEmpty() && n.name().isEmpty()) {
            return m.format(m.unnamedFriend(), who(n.referrer()));
        }
        // The name the thread gives wins; the name this entry carries stands in when the thread gives none.
        return n.login().isEmpty() ? Md.text(n.name()) : who(n.login(), names.of(n.login()).or(() -> Optional.of(n.name())));
    }

    private String correction(Correction corr) {
        return m.format(m.correctionEntry(), who(corr.login()), Md.text(corr.excerpt()), replyLink(corr.source()))
                + corr.doneBy().map(by -> m.format(c.doneMark(), who(by))).orElse("");
    }

    private String replyLink(ReplyRef ref) {
        return Md.isSafeUrl(ref.url()) ? "[" + m.replyLink() + "](" + Md.href(ref.url()) + ")" : "#" + ref.id();
    }

    private static String kindName(SignUp s) {
        return s.kind() == dev.rsvpbot.ledger.TalkKind.ORAL ? "Oral" : "Poster";
    }

    private String waitReason(WaitReason reason) {
        int limit = switch (reason) {
            case ORALS_TAKEN -> rules.orals();
            case POSTERS_FULL -> rules.maxPosters();
            case PAST_HARD_LIMIT -> rules.hardLimitMinutes();
        };
        return m.format(m.waitReasons().get(reason), limit);
    }

    private String reviewReason(ReviewItem r, Function<String, String> name, Function<String, String> text) {
        String template = m.reviewReasons().get(r.reason());
        return switch (r.reason()) {
            case UNSURE -> m.format(template, text.apply(r.subject()));
            case COMPANION_WITHOUT_PRESENTER -> m.format(template, name.apply(r.subject()));
            case COMPANION_OVER_LIMIT -> m.format(template, name.apply(r.subject()), rules.companionsPerPresenter());
            default -> template;
        };
    }

    /** Why a reply is on the review list, as plain text (member text unescaped): for the JSON form. */
    public String describe(ReviewItem item) {
        return reviewReason(item, RAW, Function.identity());
    }

    /** Why a talk waits, as plain text: for the JSON form. */
    public String describe(Waitlisted waiting) {
        return waitReason(waiting.reason());
    }

    private String withdrawal(Withdrawal w) {
        String who = who(w.login());
        return w.had().map(had -> m.format(m.withdrawalHad(), who, switch (had) {
            case ORAL -> "Oral";
            case POSTER -> "Poster";
            default -> m.attending();
        })).orElse(who) + steered(w.steeredBy());
    }

    /**
     * What a timeline slot is, in words; {@code name} writes a presenter's login and {@code text} a title,
     * escaped for Markdown or plain for JSON.
     */
    private String slot(Slot s, Headcount headcount, Function<String, String> name, Function<String, String> text) {
        TimingMessages t = m.timing();
        return switch (s.kind()) {
            case OPENING -> m.opening() + (s.shortened() ? m.format(t.shortenedAlone(), s.asked()) : "");
            case NEWCOMERS -> m.format(m.newcomerIntros(), s.people(),
                    s.shortened() ? m.format(t.shortenedSuffix(), s.asked()) : "");
            case ORAL -> m.format(m.oralSlot(), s.talk().map(p -> presenter(p, name, text)).orElse(""));
            case BREAK -> m.breakSlot();
            case POSTER -> m.format(m.posterSlot(), s.talk().map(p -> presenter(p, name, text)).orElse(""));
            case CLOSING -> m.format(t.closing(), s.people(), headcount.presenters(), headcount.waitlisted(),
                    headcount.attendees(), headcount.newcomers(), s.shortened() ? m.format(t.shortenedFrom(), s.asked())
                            : m.format(t.perPerson(), rules.closingMinutesPerPerson()));
        };
    }

    /** Which parts around the talks were shortened so the talks fit, and by how much. */
    private String shortenedNote(Agenda agenda) {
        TimingMessages t = m.timing();
        List<String> parts = agenda.shortened().stream()
                .map(s -> m.format(t.shortenedEntry(), t.partNames().get(s.kind()), s.asked(), s.minutes())).toList();
        return m.format(t.shortenedNote(), agenda.hardLimitMinutes(), String.join(t.listSeparator(), parts));
    }

    private static String presenter(SignUp s, Function<String, String> name, Function<String, String> text) {
        String title = s.talk().title().isBlank() ? "" : " — " + text.apply(s.talk().title());
        return name.apply(s.login()) + title;
    }

    private static final Function<String, String> RAW = login -> "@" + login;

    /** What a slot of {@code agenda} is, as plain text (member text unescaped): for the JSON form of the agenda. */
    public String describe(Slot slot, Agenda agenda) {
        return slot(slot, agenda.headcount(), RAW, Function.identity());
    }

    /** The agenda as the chair would paste it into the next announcement. */
    private String source(Ledger ledger, Agenda agenda, Map<Part, Integer> keep) {
        Out out = new Out(keep, new EnumMap<>(Part.class));
        out.line("## " + (agenda.episode().isPresent()
                ? m.format(m.sourceTitle(), agenda.episode().get()) : m.sourceTitleNoEpisode()));
        out.blank();
        heading(out, agenda, Optional.empty());
        out.blank();
        out.line("### Oral");
        out.blank();
        out.list(Part.ORALS, agenda.orals(), s -> who(s.login()) + " " + talk(s.talk()));
        out.line("### Poster");
        out.blank();
        out.list(Part.POSTERS, agenda.posters(), s -> who(s.login()) + " " + talk(s.talk()));
        if (!ledger.newcomers().isEmpty()) {
            out.line("### " + m.newcomersHeading());
            out.blank();
            out.list(Part.NEWCOMERS, ledger.newcomers(), n -> newcomer(n)
                    + (n.referrer().isEmpty() ? "" : m.format(m.referredBy(), who(n.referrer())))
                    + (n.bio().isBlank() ? "" : sep() + Md.text(n.bio())));
        }
        if (!ledger.attendees().isEmpty()) {
            out.line("### " + m.attendeesHeading());
            out.blank();
            out.list(Part.ATTENDEES, ledger.attendees(), a -> who(a.login())
                    + a.with().map(w -> m.format(m.attachedTo(), who(w))).orElse(""));
        }
        out.line("### " + m.sourceAgenda());
        out.blank();
        int[] offsets = offsets(agenda);
        out.list(Part.TIMELINE, agenda.slots(), (i, s) -> clock(agenda, offsets[i]) + "–"
                + clock(agenda, offsets[i] + s.minutes()) + " " + slot(s, agenda.headcount(), this::who, Md::text));
        return out.toString().stripTrailing() + "\n";
    }

    /** Minutes from the start of each slot. */
    private static int[] offsets(Agenda agenda) {
        int[] offsets = new int[agenda.slots().size()];
        int at = 0;
        for (int i = 0; i < offsets.length; i++) {
            offsets[i] = at;
            at += agenda.slots().get(i).minutes();
        }
        return offsets;
    }

    /** The clock time so many minutes after the start; a day mark when an absurd agenda runs past midnight. */
    private static String clock(Agenda agenda, int minutes) {
        long total = agenda.start().toSecondOfDay() / 60 + (long) minutes;
        String time = agenda.start().plusMinutes(minutes).toString();
        return total < 24 * 60 ? time : time + " (+" + total / (24 * 60) + "d)";
    }

    private static String row(String... cells) {
        return "| " + String.join(" | ", cells) + " |";
    }

    /** Collects lines; lists honour the cut limits and report their size so the longest can be cut first. */
    private final class Out {
        private final StringBuilder text = new StringBuilder(4096);
        private final Map<Part, Integer> keep;
        private final Map<Part, Integer> sizes;

        Out(Map<Part, Integer> keep, Map<Part, Integer> sizes) {
            this.keep = keep;
            this.sizes = sizes;
        }

        void line(String line) {
            text.append(line).append('\n');
        }

        void raw(String block) {
            text.append(block);
        }

        void blank() {
            text.append('\n');
        }

        <T> void table(String headers, Part part, List<T> items, BiFunction<Integer, T, String> row) {
            line(headers);
            line(headers.replaceAll("[^|]+", " --- "));
            entries(part, items, row, "");
            blank();
        }

        <T> void list(Part part, List<T> items, Function<T, String> entry) {
            list(part, items, (i, item) -> entry.apply(item));
        }

        <T> void list(Part part, List<T> items, BiFunction<Integer, T, String> entry) {
            if (items.isEmpty()) {
                line(m.noneYet());
            }
            entries(part, items, entry, "- ");
            blank();
        }

        private <T> void entries(Part part, List<T> items, BiFunction<Integer, T, String> format, String prefix) {
            int limit = Math.min(keep.getOrDefault(part, Integer.MAX_VALUE), items.size());
            int before = text.length();
            for (int i = 0; i < limit; i++) {
                line(prefix + format.apply(i, items.get(i)));
            }
            sizes.merge(part, text.length() - before, Integer::sum);
            if (limit < items.size()) {
                // A blank line first: a plain line right after table rows would join the table.
                blank();
                line(m.format(m.cut(), items.size() - limit));
            }
        }

        @Override
        public String toString() {
            return text.toString();
        }
    }
}
