package dev.rsvpbot.ledger;

import dev.rsvpbot.classify.Classification;
import dev.rsvpbot.classify.Label;
import dev.rsvpbot.classify.Talk;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
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
        int botReplies;
        int memberReplies;

        void apply(LedgerEvent event) {
            if (event instanceof LedgerEvent.BotReply) {
                botReplies++;
            } else if (event instanceof LedgerEvent.MemberReply member) {
                memberReplies++;
                apply(member.source(), member.classification(), member.reply().body());
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
                signUp(ref, kind, c.talk());
            } else if (c.has(Label.ATTEND)) {
                attend(ref, c.attachTo().map(LedgerFold::login).filter(s -> !s.isEmpty()));
            } else if (c.has(Label.WITHDRAW)) {
                withdraw(ref);
            }
            if (c.labels().equals(Set.of(Label.OTHER))) {
                if (c.mentionsRsvpWords()) {
                    review.add(new ReviewItem(author, ReviewReason.RSVP_WORDS_WITHOUT_SIGN_UP, "", ref));
                } else {
                    chatter.add(ref);
                }
            }
        }

        private Person person(ReplyRef ref) {
            return people.computeIfAbsent(key(ref.author()), k -> new Person(ref.author()));
        }

        /** An earlier statement replaced by a later reply; a reply that says two things never replaces itself. */
        private void supersede(ReplyRef earlier, ReplyRef by) {
            if (earlier.id() != by.id()) {
                superseded.add(earlier);
            }
        }

        private void replaceStance(Person p, Stance stance, ReplyRef ref) {
            if (p.source != null) {
                supersede(p.source, ref);
            }
            p.stance = stance;
            p.source = ref;
        }

        private void signUp(ReplyRef ref, TalkKind kind, Optional<Talk> given) {
            Person p = person(ref);
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
            replaceStance(p, Stance.TALK, ref);
        }

        private void attend(ReplyRef ref, Optional<String> attachTo) {
            Person p = person(ref);
            if (attachTo.isEmpty() && p.stance == Stance.TALK) {
                // "I'll be there" (or "I'll come and bring a friend") from a presenter: a talk implies coming,
                // so this confirms the talk rather than cancelling it.
                superseded.add(ref);
                return;
            }
            p.attachTo = attachTo;
            p.kind = null;
            replaceStance(p, Stance.ATTEND, ref);
        }

        private void withdraw(ReplyRef ref) {
            Person p = person(ref);
            p.had = p.stance == Stance.TALK ? Optional.of(p.kind == TalkKind.ORAL ? Label.ORAL : Label.POSTER)
                    : p.stance == Stance.ATTEND ? Optional.of(Label.ATTEND) : Optional.empty();
            p.attachTo = Optional.empty();
            p.kind = null;
            replaceStance(p, Stance.WITHDRAWN, ref);
            Newcomer self = newcomers.remove(key(ref.author()));
            if (self != null) {
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
            String key = newcomer.identity();
            Newcomer earlier = newcomers.remove(key);
            if (earlier != null) {
                // A friend a member brought who then introduces themself rarely repeats the referrer: what the
                // later reply leaves out (referrer, name, bio) stays as the earlier reply said it.
                newcomer = new Newcomer(newcomer.login(), or(newcomer.name(), earlier.name()),
                        or(newcomer.referrer(), earlier.referrer()), or(newcomer.bio(), earlier.bio()), ref);
                supersede(earlier.source(), ref);
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
                    case TALK -> signUps.add(new SignUp(p.login, p.kind, p.talk, p.signedUpAt, p.source));
                    case ATTEND -> attending.add(p);
                    case WITHDRAWN -> withdrawals.add(new Withdrawal(p.login, p.had, p.source));
                }
            }
            signUps.sort(SignUp.FIRST_COME);
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
                attendees.add(new Attendee(p.login, p.attachTo, with, p.source));
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
            return new Ledger(signUps, attendees, newcomerList, corrections, withdrawals, review,
                    superseded.stream().distinct().toList(), chatter, memberReplies, botReplies);
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
