package dev.rsvpbot.ledger;

import dev.rsvpbot.classify.Classification;
import dev.rsvpbot.classify.Label;
import dev.rsvpbot.classify.Talk;
import dev.rsvpbot.command.Command;
import dev.rsvpbot.command.Refusal;
import dev.rsvpbot.command.Verdict;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads ledger events in thread order (time, then comment id; never input order) and keeps one truth per person.
 *
 * <p>Rules: a person's latest statement wins; {@code WITHDRAW} cancels what they had; an unsure reply changes
 * nothing and goes to review. A talk keeps its place in the queue while its author only updates it (same kind,
 * new title); a change of kind takes the time of the change, because the queue for the new kind is first come,
 * first served and switching into the Oral must not jump ahead of members who asked for it earlier.
 * A presenter who says only that they will come ({@code ATTEND} without naming a presenter) keeps their talk;
 * attaching to another presenter replaces it.
 *
 * <p>Commands ({@link LedgerEvent.Steer}) join the same fold: a command sets what its target stands for as a
 * reply of theirs would (a command to attend or drop replaces a talk outright), and the entry it sets remembers
 * who gave it; a later reply by that person, or a later command, wins. Refused and malformed commands change
 * nothing and are kept for the summary.
 *
 * <pre>{@code
 * Ledger ledger = new LedgerFold(1).fold(new LedgerEvents(botLogin, classifier::classify).of(thread));
 * }</pre>
 */
public final class LedgerFold {
    private final int companionsPerPresenter;

    /** @param companionsPerPresenter how many companions ({@code 挂靠}) one presenter takes */
    public LedgerFold(int companionsPerPresenter) {
        if (companionsPerPresenter < 0) {
            throw new IllegalArgumentException("companionsPerPresenter (" + companionsPerPresenter + ") must not be negative");
        }
        this.companionsPerPresenter = companionsPerPresenter;
    }

    public Ledger fold(List<LedgerEvent> events) {
        List<LedgerEvent> ordered = new ArrayList<>(events);
        ordered.sort(LedgerEvent.THREAD_ORDER);
        Book book = new Book();
        for (LedgerEvent event : ordered) {
            book.apply(event);
        }
        return book.close(companionsPerPresenter);
    }

    private enum Stance { TALK, ATTEND, WITHDRAWN }

    /** What one person currently stands for. */
    private static final class Person {
        final String login;
        Stance stance;
        ReplyRef source;
        TalkKind kind;
        Talk talk = new Talk("", "");
        Instant signedUpAt;
        Optional<String> attachTo = Optional.empty();
        Optional<Label> had = Optional.empty();
        /** Who set the current stance by a command; empty when the person's own reply did. */
        Optional<String> steeredBy = Optional.empty();

        Person(String login) {
            this.login = login;
        }
    }

    /** The mutable accumulator of one fold; lives only inside {@link #fold}. */
    private static final class Book {
        final Map<String, Person> people = new LinkedHashMap<>();
        final Map<String, Newcomer> newcomers = new LinkedHashMap<>();
        final List<Correction> corrections = new ArrayList<>();
        final List<ReviewItem> review = new ArrayList<>();
        final List<ReplyRef> superseded = new ArrayList<>();
        final List<ReplyRef> chatter = new ArrayList<>();
        final Set<Long> memberReplies = new HashSet<>();
        final List<GivenCommand> applied = new ArrayList<>();
        final List<GivenCommand> refused = new ArrayList<>();
        final List<GivenCommand> malformed = new ArrayList<>();
        /** Comment id to the latest {@code /rsvp done} naming it; matched to corrections and review items at close. */
        final Map<Long, GivenCommand> done = new LinkedHashMap<>();
        Optional<Steered<List<String>>> posterOrder = Optional.empty();
        AgendaOverrides agenda = AgendaOverrides.none();
        boolean help;
        int botReplies;

        void apply(LedgerEvent event) {
            if (event instanceof LedgerEvent.BotReply) {
                botReplies++;
            } else if (event instanceof LedgerEvent.MemberReply member) {
                memberReplies.add(member.reply().id());
                apply(member.source(), member.classification(), member.reply().body());
            } else if (event instanceof LedgerEvent.Steer steer) {
                memberReplies.add(steer.reply().id());
                steer(steer);
            }
        }

        private void steer(LedgerEvent.Steer steer) {
            ReplyRef ref = steer.source();
            GivenCommand given = new GivenCommand(ref.author(), steer.issued().text(), steer.issued().verdict(), ref);
            Verdict verdict = given.verdict();
            if (verdict instanceof Verdict.Malformed) {
                malformed.add(given);
            } else if (verdict instanceof Verdict.Refused) {
                refused.add(given);
            } else if (verdict instanceof Verdict.Accepted accepted) {
                applied.add(given);
                execute(accepted.command(), given);
            }
        }

        private void execute(Command command, GivenCommand given) {
            ReplyRef ref = given.source();
            String by = given.by();
            Optional<String> steered = Optional.of(by);
            if (command instanceof Command.SignUp s) {
                signUp(s.who().orElse(by), ref, s.kind() == Label.ORAL ? TalkKind.ORAL : TalkKind.POSTER,
                        Optional.of(s.talk()), steered);
            } else if (command instanceof Command.Attend a) {
                attend(a.who().orElse(by), ref, a.with(), steered);
            } else if (command instanceof Command.Drop d) {
                withdraw(d.who().orElse(by), ref, steered);
            } else if (command instanceof Command.Newcomer n) {
                Newcomer newcomer = new Newcomer(n.login(), "", n.referrer().orElse(by), "", ref, steered);
                claimFriendWithoutLogin(newcomer);
                record(newcomer, ref);
            } else if (command instanceof Command.PosterOrder o) {
                posterOrder = Optional.of(new Steered<>(o.logins(), by, ref));
            } else if (command instanceof Command.Done d) {
                done.remove(d.commentId());
                done.put(d.commentId(), given);
            } else if (command instanceof Command.AgendaDate d) {
                agenda = agenda.withDate(new Steered<>(d.date(), by, ref));
            } else if (command instanceof Command.AgendaTime t) {
                agenda = agenda.withTime(new Steered<>(t.time(), by, ref));
            } else if (command instanceof Command.AgendaRoom r) {
                agenda = agenda.withRoom(new Steered<>(r.room(), by, ref));
            } else if (command instanceof Command.AgendaTrack t) {
                agenda = agenda.withTrack(new Steered<>(t.track(), by, ref));
            } else if (command instanceof Command.Help) {
                help = true;
            }
        }

        private void apply(ReplyRef ref, Classification c, String body) {
            String author = ref.author();
            if (c.unsure()) {
                String leaning = c.labels().stream().map(Label::name).collect(Collectors.joining(", "));
                review.add(new ReviewItem(author, ReviewReason.UNSURE, leaning, ref));
                return;
            }
            boolean oral = c.has(Label.ORAL);
            boolean poster = c.has(Label.POSTER);
            boolean talk = oral || poster;
            if (c.has(Label.WITHDRAW) && (talk || c.has(Label.ATTEND))) {
                review.add(new ReviewItem(author, ReviewReason.WITHDRAWS_AND_SIGNS_UP, "", ref));
                return;
            }
            if (c.has(Label.CORRECTION)) {
                corrections.add(new Correction(author, Excerpt.of(body), ref));
            }
            if (c.has(Label.NEWCOMER)) {
                introduce(ref, c);
            }
            if (talk) {
                TalkKind kind = oral && !poster ? TalkKind.ORAL : TalkKind.POSTER;
                if (oral && poster) {
                    review.add(new ReviewItem(author, ReviewReason.OFFERS_BOTH_KINDS, "", ref));
                }
                signUp(author, ref, kind, c.talk(), Optional.empty());
            } else if (c.has(Label.ATTEND)) {
                attend(author, ref, c.attachTo().map(LedgerFold::login).filter(s -> !s.isEmpty()), Optional.empty());
            } else if (c.has(Label.WITHDRAW)) {
                withdraw(author, ref, Optional.empty());
            }
            if (c.labels().equals(Set.of(Label.OTHER))) {
                if (c.mentionsRsvpWords()) {
                    review.add(new ReviewItem(author, ReviewReason.RSVP_WORDS_WITHOUT_SIGN_UP, "", ref));
                } else {
                    chatter.add(ref);
                }
            }
        }

        private Person person(String login) {
            return people.computeIfAbsent(key(login), k -> new Person(login(login)));
        }

        /** An earlier statement replaced by a later reply; a reply that says two things never replaces itself. */
        private void supersede(ReplyRef earlier, ReplyRef by) {
            if (earlier.id() != by.id()) {
                superseded.add(earlier);
            }
        }

        /**
         * A command's reply is no statement of the person it set, so it is never counted as their replaced reply;
         * a person's own earlier reply replaced by a chair's command is.
         */
        private void replaceStance(Person p, Stance stance, ReplyRef ref, Optional<String> steeredBy) {
            if (p.source != null && p.steeredBy.isEmpty()) {
                supersede(p.source, ref);
            }
            p.stance = stance;
            p.source = ref;
            p.steeredBy = steeredBy;
        }

        private void signUp(String login, ReplyRef ref, TalkKind kind, Optional<Talk> given, Optional<String> steeredBy) {
            Person p = person(login);
            boolean update = p.stance == Stance.TALK && p.kind == kind;
            if (!update) {
                p.signedUpAt = ref.createdAt();
            }
            if (p.stance != Stance.TALK) {
                p.talk = new Talk("", "");
            }
            // "改成 oral" names no talk: the talk they offered before stays.
            Talk offered = given.orElse(new Talk("", ""));
            if (!offered.title().isEmpty() || !offered.url().isEmpty()) {
                p.talk = offered;
            }
            p.kind = kind;
            p.attachTo = Optional.empty();
            replaceStance(p, Stance.TALK, ref, steeredBy);
        }

        private void attend(String login, ReplyRef ref, Optional<String> attachTo, Optional<String> steeredBy) {
            Person p = person(login);
            if (attachTo.isEmpty() && p.stance == Stance.TALK && steeredBy.isEmpty()) {
                // "I'll be there" (or "I'll come and bring a friend") from a presenter: a talk implies coming,
                // so this confirms the talk rather than cancelling it.
                superseded.add(ref);
                return;
            }
            p.attachTo = attachTo;
            p.kind = null;
            replaceStance(p, Stance.ATTEND, ref, steeredBy);
        }

        private void withdraw(String login, ReplyRef ref, Optional<String> steeredBy) {
            Person p = person(login);
            p.had = p.stance == Stance.TALK ? Optional.of(p.kind == TalkKind.ORAL ? Label.ORAL : Label.POSTER)
                    : p.stance == Stance.ATTEND ? Optional.of(Label.ATTEND) : Optional.empty();
            p.attachTo = Optional.empty();
            p.kind = null;
            replaceStance(p, Stance.WITHDRAWN, ref, steeredBy);
            Newcomer self = newcomers.remove(key(login));
            if (self != null && self.steeredBy().isEmpty()) {
                supersede(self.source(), ref);
            }
        }

        private void introduce(ReplyRef ref, Classification c) {
            String bio = c.bio().map(String::strip).orElse("");
            Optional<String> friendLogin = c.friendLogin().map(LedgerFold::login).filter(s -> !s.isEmpty());
            Optional<String> friendName = c.friendName().map(String::strip).filter(s -> !s.isEmpty());
            Newcomer newcomer;
            if (friendLogin.isPresent() || friendName.isPresent()) {
                newcomer = new Newcomer(friendLogin.orElse(""), friendName.orElse(""), ref.author(), bio, ref);
                // The friend this member brought without a name before, now named.
                Newcomer unnamed = newcomers.remove(new Newcomer("", "", ref.author(), "", ref).identity());
                if (unnamed != null) {
                    supersede(unnamed.source(), ref);
                }
            } else if (c.has(Label.ATTEND)) {
                // "I'll come and bring a friend": a newcomer's own introduction never says ATTEND (labels.md), so
                // the newcomer is the member's friend, not the member.
                newcomer = new Newcomer("", "", ref.author(), bio, ref);
            } else {
                String referrer = c.referrer().map(LedgerFold::login).orElse("");
                newcomer = new Newcomer(ref.author(), "", referrer, bio, ref);
                claimFriendWithoutLogin(newcomer);
            }
            record(newcomer, ref);
        }

        private void record(Newcomer newcomer, ReplyRef ref) {
            String key = newcomer.identity();
            Newcomer earlier = newcomers.remove(key);
            if (earlier != null) {
                // A friend a member brought who then introduces themself rarely repeats the referrer: what the
                // later reply leaves out (referrer, name, bio) stays as the earlier reply said it.
                newcomer = new Newcomer(newcomer.login(), or(newcomer.name(), earlier.name()),
                        or(newcomer.referrer(), earlier.referrer()), or(newcomer.bio(), earlier.bio()), ref,
                        newcomer.steeredBy());
                if (earlier.steeredBy().isEmpty()) {
                    supersede(earlier.source(), ref);
                }
            }
            newcomers.put(key, newcomer);
        }

        /**
         * A newcomer who names their referrer is, most likely, the friend that member brought without a login
         * ({@code 带一个新朋友 徐魁}, or no name at all): when the member brought exactly one such friend, it is
         * filed under the newcomer's login, so the two replies make one newcomer. With two or more, which one is
         * unclear, and both stay.
         */
        private void claimFriendWithoutLogin(Newcomer self) {
            if (self.referrer().isEmpty() || newcomers.containsKey(self.identity())) {
                return;
            }
            List<String> brought = newcomers.entrySet().stream()
                    .filter(e -> e.getValue().login().isEmpty() && key(e.getValue().referrer()).equals(key(self.referrer())))
                    .map(Map.Entry::getKey).toList();
            if (brought.size() == 1) {
                newcomers.put(self.identity(), newcomers.remove(brought.get(0)));
            }
        }

        Ledger close(int companionsPerPresenter) {
            List<SignUp> signUps = new ArrayList<>();
            List<Person> attending = new ArrayList<>();
            List<Withdrawal> withdrawals = new ArrayList<>();
            for (Person p : people.values()) {
                switch (p.stance) {
                    case TALK -> signUps.add(new SignUp(p.login, p.kind, p.talk, p.signedUpAt, p.source, p.steeredBy));
                    case ATTEND -> attending.add(p);
                    case WITHDRAWN -> withdrawals.add(new Withdrawal(p.login, p.had, p.source, p.steeredBy));
                }
            }
            signUps.sort(posterOrder.map(o -> ordered(o.value())).orElse(SignUp.FIRST_COME));
            attending.sort(Comparator.comparing(p -> p.source, ReplyRef.THREAD_ORDER));
            withdrawals.sort(Comparator.comparing(Withdrawal::source, ReplyRef.THREAD_ORDER));

            Map<String, SignUp> presenters = new HashMap<>();
            signUps.forEach(s -> presenters.put(key(s.login()), s));
            Map<String, Integer> taken = new HashMap<>();
            List<Attendee> attendees = new ArrayList<>();
            for (Person p : attending) {
                Optional<String> with = Optional.empty();
                if (p.attachTo.isEmpty()) {
                    review.add(new ReviewItem(p.login, ReviewReason.ATTENDS_WITHOUT_TALK, "", p.source));
                } else {
                    SignUp presenter = presenters.get(key(p.attachTo.get()));
                    if (presenter == null) {
                        review.add(new ReviewItem(p.login, ReviewReason.COMPANION_WITHOUT_PRESENTER, p.attachTo.get(), p.source));
                    } else if (taken.getOrDefault(key(presenter.login()), 0) >= companionsPerPresenter) {
                        review.add(new ReviewItem(p.login, ReviewReason.COMPANION_OVER_LIMIT, presenter.login(), p.source));
                    } else {
                        taken.merge(key(presenter.login()), 1, Integer::sum);
                        with = Optional.of(presenter.login());
                    }
                }
                attendees.add(new Attendee(p.login, p.attachTo, with, p.source, p.steeredBy));
            }

            List<Newcomer> newcomerList = new ArrayList<>(newcomers.values());
            newcomerList.sort(Comparator.comparing(Newcomer::source, ReplyRef.THREAD_ORDER)
                    .thenComparing(Newcomer::display));
            for (Newcomer n : newcomerList) {
                if (n.referrer().isEmpty()) {
                    review.add(new ReviewItem(n.display(), ReviewReason.NEWCOMER_WITHOUT_REFERRER, "", n.source()));
                }
            }
            review.sort(ReviewItem.THREAD_ORDER);
            superseded.sort(ReplyRef.THREAD_ORDER);
            settle();
            Steering steering = new Steering(applied, refused, malformed, posterOrder, agenda, help);
            return new Ledger(signUps, attendees, newcomerList, corrections, withdrawals, review,
                    superseded.stream().distinct().toList(), chatter, memberReplies.size(), botReplies, steering);
        }

        /**
         * Marks the corrections and review items that {@code /rsvp done} named. A done that names neither was
         * applied to nothing: it moves to the refused commands, so it is never dropped silently.
         */
        private void settle() {
            for (Map.Entry<Long, GivenCommand> entry : done.entrySet()) {
                long id = entry.getKey();
                String by = entry.getValue().by();
                boolean found = false;
                for (int i = 0; i < corrections.size(); i++) {
                    if (corrections.get(i).source().id() == id) {
                        corrections.set(i, corrections.get(i).doneBy(by));
                        found = true;
                    }
                }
                for (int i = 0; i < review.size(); i++) {
                    if (review.get(i).source().id() == id) {
                        review.set(i, review.get(i).settledBy(by));
                        found = true;
                    }
                }
                if (!found) {
                    GivenCommand given = entry.getValue();
                    Command command = ((Verdict.Accepted) given.verdict()).command();
                    applied.remove(given);
                    refused.add(new GivenCommand(given.by(), given.text(),
                            new Verdict.Refused(command, Refusal.NOTHING_TO_SETTLE), given.source()));
                }
            }
            refused.sort(Comparator.comparing(GivenCommand::source, ReplyRef.THREAD_ORDER));
        }

        /** The Posters a chair listed first, in that order; every other talk after them, first come first. */
        private static Comparator<SignUp> ordered(List<String> logins) {
            List<String> keys = logins.stream().map(LedgerFold::key).toList();
            return Comparator.<SignUp>comparingInt(s -> {
                int at = s.kind() == TalkKind.POSTER ? keys.indexOf(key(s.login())) : -1;
                return at < 0 ? keys.size() : at;
            }).thenComparing(SignUp.FIRST_COME);
        }
    }

    private static String or(String later, String earlier) {
        return later.isEmpty() ? earlier : later;
    }

    /** A login as written in a reply ({@code @Alice}, {@code Alice}) without the {@code @}. */
    static String login(String written) {
        String s = written.strip();
        while (s.startsWith("@")) {
            s = s.substring(1);
        }
        return s.strip();
    }

    /** GitHub logins are case-insensitive. */
    static String key(String login) {
        return login(login).toLowerCase(Locale.ROOT);
    }
}
