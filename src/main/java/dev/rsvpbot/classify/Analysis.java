package dev.rsvpbot.classify;

import dev.rsvpbot.classify.NumberedAnswers.Region;
import dev.rsvpbot.classify.PhraseMatcher.Match;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The work of classifying one reply's author text. Single-use and confined to one call. */
final class Analysis {
    /**
     * A label candidate: what fired, where, and whether it is a change of mind or only a weak cue. {@code rule}
     * says what kind of statement it is where {@link #resolve} weighs kinds differently; the cue is for people.
     */
    private record Signal(Label label, int pos, boolean changed, boolean weak, Rule rule, boolean laterSeminar,
                          String cue, String excerpt) {
        Signal(Label label, int pos, boolean changed, boolean weak, String cue, String excerpt) {
            this(label, pos, changed, weak, Rule.PLAIN, false, cue, excerpt);
        }

    }

    /** Kinds of statement that {@link #resolve} treats apart from the rest. */
    private enum Rule {
        PLAIN,
        /** A talk offered without its kind: a Poster, unless the reply names a kind elsewhere. */
        TALK_WITHOUT_KIND,
        /** "不讲": not presenting, which beside "I'll come" means attending without a talk. */
        NO_TALK
    }

    private static final Set<String> SIGN_UP = ClauseCues.SIGN_UP;
    private static final Set<String> MENTION_WORDS = Set.of("oral", "poster", "attend", "withdraw", "attach", "rsvp");
    /** The cues {@link #person} reads; the other categories only qualify the cues of their clause. */
    private static final Set<String> PERSON_CUES = Set.of("newcomer", "newcomer-word", "self-intro", "referrer", "referrer-after", "friend");
    /** A bare answer to the corrections question needs this many letters to say what to fix. */
    private static final int MIN_CORRECTION_LETTERS = 8;
    /** Different bio words that make a self-introduction without "我是" (研一, 学院, 在做). */
    private static final int MIN_BIO_WORDS = 2;
    /** A student or member number: six digits or more. */
    private static final int MIN_ID_DIGITS = 6;
    /** A check-in ("here", "签到") is a whole clause of a few characters. */
    private static final int MAX_CHECKIN_CHARS = 24;

    private final Vocabulary v;
    private final ThreadAsk ask;
    private final boolean byIssueAuthor;
    private final String author;
    private final String text;
    private final String folded;
    private final List<Match> matches;
    private final boolean[] consumed;
    private final People people;
    private final int[] bioStarts;
    private final int[] selfIntroStarts;
    /** The reply greets everyone (hi all, 大家好): with "I'm <name>" it introduces its author. */
    private final boolean greets;

    private final List<Signal> signals = new ArrayList<>();
    private final List<Evidence> otherReasons = new ArrayList<>();
    private boolean unsure;
    private boolean mentionsRsvpWords;
    /** The login the reply opens with, when it speaks to someone ({@code @bob …}). */
    private String addressee;
    private boolean asksSomething;
    private boolean reportsThePast;
    /** The author introduces themself (newcomer) or a friend: the two read differently in {@link #resolve}. */
    private boolean selfNewcomer;
    private boolean friendIntro;
    private String referrer;
    private String attachTo;
    private String friendLogin;
    private String friendName;
    private String bio;
    private int talkFrom;
    private int talkTo;

    Analysis(Vocabulary v, String text, ThreadAsk ask, String author) {
        this.v = v;
        this.ask = ask;
        this.byIssueAuthor = ask.byIssueAuthor(author);
        this.author = author == null ? "" : author;
        this.text = text;
        this.folded = Fold.fold(text);
        this.matches = v.matcher.find(folded, text);
        this.consumed = new boolean[text.length() + 1];
        this.people = new People(text, folded);
        this.bioStarts = startsOf("bio");
        this.greets = startsOf("greeting").length > 0;
        this.selfIntroStarts = startsOf("self-intro");
        this.talkFrom = 0;
        this.talkTo = text.length();
    }

    /**
     * Whether this verdict of the rules rests on what labels.md states outright and real replies bear out, so that
     * it stands where the model would otherwise decide: a newcomer's self-introduction (新人, 我是 with a bio, a
     * greeting with a name, a self-description), a member bringing a friend, and, in a reply read alone, an Oral
     * the words name (in a thread the model weighs a named Oral against what the thread is for); and any reply in
     * which the chair's own words matched (classify.extra-cues): the chair said what they mean. Measured by
     * cross-validation on the real corpus's train and dev splits (docs/understanding.md): trusting these costs
     * about one real reply in a thousand, and keeps the labels.md cases the model has seen too few of to learn.
     */
    boolean decisive(Classification verdict) {
        return verdict.has(Label.ORAL) && !ask.known() || verdict.has(Label.NEWCOMER) && (selfNewcomer || friendIntro)
                || !verdict.has(Label.OTHER) && matches.stream().anyMatch(m -> m.entry().configured());
    }

    Classification run() {
        addressee = people.addresseeAtStart().orElse(null);
        formSlots();
        List<Region> regions = NumberedAnswers.of(folded, ask.questions().size());
        for (Region r : regions) {
            region(r);
        }
        if (v.chatter.contains(Fold.lettersOnly(folded))) {
            otherReasons.add(new Evidence(Label.OTHER, "rule:chatter", excerpt(0, text.length())));
        }
        selfDescription();
        registration();
        return resolve(regions.stream().anyMatch(Region::answer));
    }

    private void region(Region r) {
        boolean none = r.question() > 0 && isNone(r);
        if (none) {
            otherReasons.add(new Evidence(Label.OTHER, "rule:answers-none " + r.question(), excerpt(r.start(), r.end())));
            return;
        }
        int before = signals.size();
        boolean newcomerBefore = hasNewcomerSignal();
        for (int[] c : clauses(r.start(), r.end())) {
            clause(c[0], c[1], c[2] == 1);
        }
        boolean fired = signals.size() > before;
        ThreadAsk.Answer answer = ask.answerTo(r.question()).orElse(ThreadAsk.Answer.OTHER);
        String rule = "thread:answer " + r.question() + " (" + answer.name().toLowerCase(java.util.Locale.ROOT) + ")";
        switch (answer) {
            case CORRECTION -> {
                if (!fired && looksLikeCorrection(r)) {
                    signals.add(new Signal(Label.CORRECTION, r.start(), false, true, rule, excerpt(r.start(), r.end())));
                }
            }
            case DETAILS, ATTENDANCE -> {
                if (!fired && !byIssueAuthor) {
                    signals.add(new Signal(Label.ATTEND, r.start(), false, false, rule, excerpt(r.start(), r.end())));
                }
            }
            case OTHER -> {
            }
            case TALK -> {
                boolean talkish = signals.subList(before, signals.size()).stream()
                        .anyMatch(s -> s.label() != Label.CORRECTION && s.label() != Label.NEWCOMER);
                if (talkish) {
                    talkFrom = r.start();
                    talkTo = r.end();
                } else if (namesTalk(r)) {
                    signals.add(new Signal(Label.POSTER, r.start(), false, false, rule + " names a talk",
                            excerpt(r.start(), r.end())));
                    talkFrom = r.start();
                    talkTo = r.end();
                }
            }
            case NEWCOMER -> {
                if (!newcomerBefore && !hasNewcomerSignal()) {
                    Optional<People.Mention> login = people.mentionIn(r.start(), r.end());
                    String name = people.nameAt(r.start(), r.end());
                    if (login.isPresent() || name != null) {
                        signals.add(new Signal(Label.NEWCOMER, r.start(), false, false, rule + " names a friend",
                                excerpt(r.start(), r.end())));
                        friendIntro = true;
                        friendLogin = friendLogin != null ? friendLogin : login.map(People.Mention::login).orElse(null);
                        friendName = friendName != null ? friendName : name;
                    }
                }
            }
        }
    }

    /**
     * A bare answer to the corrections question is a correction only if it looks like one: a link, or words
     * enough to say what to fix. A name or a form field ({@code 姓名：张三}) is not a correction.
     */
    private boolean looksLikeCorrection(Region r) {
        if (!matchesIn(r.start(), r.end(), "ask-details").isEmpty()) {
            return false;
        }
        String s = text.substring(r.start(), r.end());
        return s.contains("http") || Fold.lettersOnly(folded.substring(r.start(), r.end())).length() >= MIN_CORRECTION_LETTERS;
    }

    /**
     * A self-introduction without "我是" or "新人" (计算机学院研一李四，最近在做文本分类): two or more different
     * bio words say who the author is. Not in a form of requested details (学院：…), which is a registration.
     */
    private void selfDescription() {
        if (selfNewcomer || friendIntro || addressee != null || asksSomething) {
            return;
        }
        List<Match> bios = matchesIn(0, text.length(), "bio");
        long distinct = bios.stream().map(m -> m.entry().phrase()).distinct().count();
        boolean form = ask.kind() == ThreadAsk.Kind.SIGN_UP && !matchesIn(0, text.length(), "ask-details").isEmpty();
        if (distinct >= MIN_BIO_WORDS && !form) {
            selfNewcomer = true;
            int[] sentence = people.sentenceOf(bios.get(0).start());
            String sentenceText = excerpt(sentence[0], sentence[1]);
            signals.add(new Signal(Label.NEWCOMER, bios.get(0).start(), false, false, "rule:self-description lexicon:bio \""
                    + bios.get(0).entry().phrase() + "\"", sentenceText));
            bio = bio != null ? bio : TalkFinder.clean(text.substring(sentence[0], sentence[1]));
        }
    }

    /**
     * In a thread that asks people to sign up by replying, a reply that gives what was asked (the requested
     * details, an id, a name, the author's own login) and says nothing else is a registration: {@code ATTEND}.
     * Not so for the issue's author (who organises), a reply speaking to someone, a question or a report.
     */
    private void registration() {
        if (ask.kind() != ThreadAsk.Kind.SIGN_UP || byIssueAuthor || addressee != null || asksSomething || reportsThePast
                || !signals.isEmpty()) {
            return;
        }
        String rule;
        if (!matchesIn(0, text.length(), "ask-details").isEmpty()) {
            rule = "thread:sign-up-thread gives the details asked";
        } else if (!author.isEmpty() && folded.contains(Fold.fold(author))) {
            rule = "thread:sign-up-thread gives the author's login";
        } else if (hasDigitRun(MIN_ID_DIGITS)) {
            rule = "thread:sign-up-thread gives an id";
        } else if (isBareName()) {
            rule = "thread:sign-up-thread gives a name";
        } else {
            return;
        }
        signals.add(new Signal(Label.ATTEND, 0, false, false, rule, excerpt(0, text.length())));
    }

    private boolean hasDigitRun(int length) {
        int run = 0;
        for (int i = 0; i < folded.length(); i++) {
            run = ArxivId.isDigit(folded.charAt(i)) ? run + 1 : 0;
            if (run >= length) {
                return true;
            }
        }
        return false;
    }

    /**
     * A reply that is only a name, and no cue at all: two to four Han characters, or up to three capitalised Latin
     * words (a single word of any case: a login); a login beside it ({@code 张三 @zhangsan}) is part of the record.
     */
    private boolean isBareName() {
        String letters = Fold.lettersOnly(people.withoutMentions(folded));
        if (!matches.isEmpty() || letters.isEmpty() || v.chatter.contains(letters)) {
            return false;
        }
        boolean han = letters.chars().allMatch(c -> Fold.isCjk((char) c));
        boolean latin = letters.chars().allMatch(c -> c < 128);
        return (han && letters.length() >= 2 && letters.length() <= 4) || (latin && letters.length() >= 3 && isLatinName());
    }

    /** One to three Latin words outside mentions, each capitalised (Jared Reeves), or one word of any case. */
    private boolean isLatinName() {
        String s = people.withoutMentions(text);
        int words = 0;
        boolean allCapitalised = true;
        boolean inWord = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean letter = c < 128 && Character.isLetter(c);
            if (letter && !inWord) {
                words++;
                allCapitalised &= Character.isUpperCase(c);
            }
            inWord = letter;
        }
        return words == 1 || (words <= 3 && allCapitalised);
    }

    /**
     * "I'm Elli", "我是李明": the self-introduction cue is followed by a name, a capitalised Latin word or Han
     * characters, not by a lower-case word ("I'm in", "I'm going").
     */
    private boolean namesSelf(Match m) {
        int i = m.end();
        while (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        if (i >= text.length()) {
            return false;
        }
        char c = text.charAt(i);
        return (c < 128 && Character.isUpperCase(c)) || (Fold.isCjk(c) && m.entry().phrase().equals("我是"));
    }

    /** A digit just before pos, past spaces and dashes ("15-20 minutes"). */
    private boolean afterANumber(int pos) {
        int i = pos - 1;
        while (i >= 0 && (folded.charAt(i) == ' ' || folded.charAt(i) == '-')) {
            i--;
        }
        return i >= 0 && ArxivId.isDigit(folded.charAt(i));
    }

    private boolean hasNewcomerSignal() {
        return signals.stream().anyMatch(s -> s.label() == Label.NEWCOMER);
    }

    private boolean isNone(Region r) {
        String letters = Fold.lettersOnly(folded.substring(r.start(), r.end()));
        return letters.isEmpty() || v.none.contains(letters);
    }

    /** A numbered answer 2 with no cue still names a talk when it holds a link, an arXiv id or a Latin title. */
    private boolean namesTalk(Region r) {
        String s = text.substring(r.start(), r.end());
        if (s.contains("http") || s.toLowerCase(java.util.Locale.ROOT).contains("arxiv")) {
            return true;
        }
        int latin = 0;
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLetter(s.charAt(i)) && s.charAt(i) < 128) {
                latin++;
            } else if (Fold.isCjk(s.charAt(i))) {
                return false;
            }
        }
        return latin >= 3;
    }

    // ---- clauses ----

    /** Splits text[from, to) at sentence and clause punctuation and at clause-break words (but, 但是). */
    private List<int[]> clauses(int from, int to) {
        List<int[]> out = new ArrayList<>();
        List<Match> breaks = new ArrayList<>();
        for (Match m : matchesIn(from, to)) {
            if (m.category().equals("clause-break")) {
                breaks.add(m);
            }
        }
        int b = 0;
        int s = from;
        int i = from;
        while (i < to) {
            if (b < breaks.size() && breaks.get(b).start() == i) {
                addClause(out, s, i, false);
                i = breaks.get(b).end();
                s = i;
                b++;
                continue;
            }
            while (b < breaks.size() && breaks.get(b).start() < i) {
                b++;
            }
            char c = folded.charAt(i);
            boolean end = c == '\n' || c == '。' || c == '!' || c == '?' || c == ';' || c == ',' || c == '…'
                    || (c == '.' && (i + 1 >= to || folded.charAt(i + 1) == ' ' || folded.charAt(i + 1) == '\n')
                    && i > 0 && !ArxivId.isDigit(folded.charAt(i - 1)));
            if (end) {
                addClause(out, s, i, c == '?');
                s = i + 1;
            }
            i++;
        }
        addClause(out, s, to, false);
        return out;
    }

    private void addClause(List<int[]> out, int s, int e, boolean question) {
        if (e > s && !folded.substring(s, e).isBlank()) {
            out.add(new int[]{s, e, question ? 1 : 0});
        }
    }

    private void clause(int cs, int ce, boolean questionMark) {
        List<Match> inClause = new ArrayList<>();
        for (Match m : matchesIn(cs, ce)) {
            if (!consumed[m.start()]) {
                inClause.add(m);
            }
        }
        boolean short_ = ce - cs <= MAX_CHECKIN_CHARS;
        String letters = short_ ? Fold.lettersOnly(folded.substring(cs, ce)) : "";
        boolean checkin = short_ && v.checkin.contains(letters);
        if (inClause.isEmpty() && !checkin) {
            return; // nothing to read here: most clauses of a long text end at this line
        }
        String excerpt = excerpt(cs, ce);
        if (checkin) {
            signals.add(new Signal(Label.ATTEND, cs, false, v.weakWhole.contains(letters), "checkin \"" + excerpt + "\"", excerpt));
            mentionsRsvpWords = true;
            return;
        }
        ClauseCues cues = new ClauseCues(inClause);
        boolean interrogative = cues.has("question");
        boolean asks = interrogative || questionMark || cues.has("question-particle");
        boolean politeAsk = asks && !interrogative && cues.has("polite-offer");
        boolean conditional = cues.has("conditional") || cues.has("conditional-end");
        boolean past = cues.has("past");
        boolean hedged = cues.has("hedge");
        asksSomething |= asks && !politeAsk;
        reportsThePast |= past;
        for (Match m : inClause) {
            String cat = m.category();
            if (MENTION_WORDS.contains(cat) && !m.entry().weak()) {
                mentionsRsvpWords = true;
            }
            String cue = "lexicon:" + cat + " \"" + m.entry().phrase() + "\"";
            if (SIGN_UP.contains(cat)) {
                signUp(m, cues, cue, excerpt, asks, politeAsk);
                unsure |= hedged;
            } else if (cat.equals("withdraw")) {
                if (asks && !politeAsk) {
                    otherReasons.add(new Evidence(Label.OTHER, "rule:question " + cue, excerpt));
                } else if (conditional || past || cues.negatedBefore(m.start())) {
                    otherReasons.add(new Evidence(Label.OTHER, "rule:not-a-withdrawal " + cue, excerpt));
                } else if (hedged) {
                    otherReasons.add(new Evidence(Label.OTHER, "rule:hedged " + cue, excerpt));
                    unsure = true;
                } else {
                    signals.add(new Signal(Label.WITHDRAW, m.start(), false, m.entry().weak(), cue, excerpt));
                }
            } else if (cat.equals("no-talk")) {
                if (asks && !politeAsk) {
                    otherReasons.add(new Evidence(Label.OTHER, "rule:question " + cue, excerpt));
                } else if (cues.kindFrom(m.end())) {
                    otherReasons.add(new Evidence(Label.OTHER, "rule:declines-one-kind " + cue, excerpt));
                    unsure = true;
                } else if (!conditional && !past) {
                    signals.add(new Signal(Label.WITHDRAW, m.start(), false, m.entry().weak(), Rule.NO_TALK, false, cue, excerpt));
                }
            } else if (cat.equals("correction")) {
                if (cues.has("process")) {
                    otherReasons.add(new Evidence(Label.OTHER, "rule:about-the-process " + cue, excerpt));
                } else if (afterANumber(m.start())) {
                    otherReasons.add(new Evidence(Label.OTHER, "rule:a-length-not-the-minutes " + cue, excerpt)); // 15 minutes
                } else if (!cues.negatedBefore(m.start())) {
                    signals.add(new Signal(Label.CORRECTION, m.start(), false, m.entry().weak(), cue, excerpt));
                }
            } else if (cat.equals("material")) {
                otherReasons.add(new Evidence(Label.OTHER, "rule:shares-material " + cue, excerpt));
            } else if (!asks && PERSON_CUES.contains(cat)) {
                person(m, cues, cue);
            }
        }
    }

    private void signUp(Match m, ClauseCues cues, String cue, String excerpt, boolean asks, boolean politeAsk) {
        String cat = m.category();
        Label label = switch (cat) {
            case "oral", "oral-duration" -> Label.ORAL;
            case "poster", "poster-duration", "talk" -> Label.POSTER;
            default -> Label.ATTEND;
        };
        if (cat.endsWith("-duration") && !cues.has("talk")) {
            otherReasons.add(new Evidence(Label.OTHER, "rule:length-without-talk " + cue, excerpt));
            return; // "30 分钟" alone answers a question; only "讲个 30 分钟的" offers a talk
        }
        if (ClauseCues.KINDS.contains(cat) && cues.before("attach", m.start())) {
            otherReasons.add(new Evidence(Label.OTHER, "rule:presenter's-talk " + cue, excerpt));
            return; // 挂靠 @alice 的 oral: the Oral is Alice's
        }
        if (cues.before("second-person", m.start()) || (addressee != null && cues.has("second-person"))) {
            otherReasons.add(new Evidence(Label.OTHER, "rule:speaks-to-someone-else " + cue, excerpt));
            return; // "@bob 你可以做个 poster": Bob's talk, if anyone's
        }
        if (cues.before("cheer", m.start())) {
            otherReasons.add(new Evidence(Label.OTHER, "rule:someone-else's-talk " + cue, excerpt));
            return; // 期待 Arron 的 oral
        }
        boolean changed = cues.changedTo(m);
        boolean past = cues.has("past");
        if (!changed && (past || cues.has("earlier"))) {
            otherReasons.add(new Evidence(Label.OTHER, "rule:" + (past ? "past-seminar " : "earlier-sign-up ") + cue, excerpt));
            return;
        }
        if (asks && !politeAsk) {
            otherReasons.add(new Evidence(Label.OTHER, "rule:question " + cue, excerpt));
            return;
        }
        boolean conditional = cues.has("conditional") || cues.has("conditional-end");
        if (cues.conditionOfAnotherOffer(m)) {
            otherReasons.add(new Evidence(Label.OTHER, "rule:condition-not-offer " + cue, excerpt));
            return;
        }
        boolean negated = cues.negatedBefore(m.start()) || cues.from("negation-after", m.end());
        if (negated && !conditional) {
            if (label == Label.ATTEND && !m.entry().weak()) {
                signals.add(new Signal(Label.WITHDRAW, m.start(), false, false, "rule:negated-attend " + cue, excerpt));
            } else {
                otherReasons.add(new Evidence(Label.OTHER, "rule:negated " + cue, excerpt));
                unsure |= label == Label.ORAL || label == Label.POSTER;
            }
            return;
        }
        if (!changed && cues.anyChange()) {
            otherReasons.add(new Evidence(Label.OTHER, "rule:changed-from " + cue, excerpt));
            return;
        }
        if (cues.has("withdraw") && !changed) {
            otherReasons.add(new Evidence(Label.OTHER, "rule:withdrawn " + cue, excerpt));
            return;
        }
        Rule rule = cat.equals("talk") ? Rule.TALK_WITHOUT_KIND : Rule.PLAIN;
        String kindCue = cat.equals("talk") ? "rule:talk-without-kind " + cue : cue;
        if (conditional) {
            kindCue = "rule:conditional-offer " + kindCue;
        }
        if (changed) {
            kindCue = "rule:change-of-mind " + kindCue;
        }
        boolean later = cues.has("later");
        if (later) {
            kindCue = "rule:later-seminar " + kindCue; // for the seminar after next: counts, but a person should confirm
        }
        boolean weak = m.entry().weak() || (conditional && label == Label.ATTEND) || later;
        unsure |= politeAsk;
        signals.add(new Signal(label, m.start(), changed, weak, rule, later, kindCue, excerpt));
        if (cat.equals("attach")) {
            attachTo = attachTo != null ? attachTo : people.loginAfter(m.end()).orElseGet(() -> people.mentionBefore(m.start()).orElse(null));
        }
    }

    /** Newcomer, friend and referrer cues: who the reply is about. */
    private void person(Match m, ClauseCues cues, String cue) {
        String cat = m.category();
        int[] sentence = people.sentenceOf(m.start());
        String sentenceText = excerpt(sentence[0], sentence[1]);
        switch (cat) {
            case "newcomer" -> {
                if (cues.negatedBefore(m.start())) {
                    return;
                }
                selfNewcomer = true;
                signals.add(new Signal(Label.NEWCOMER, m.start(), false, false, cue, sentenceText));
                if (bio == null) {
                    bio = selfIntroBio(sentence).orElse(null);
                }
            }
            case "newcomer-word" -> {
                if (!cues.negatedBefore(m.start()) && SortedInts.firstIn(selfIntroStarts, sentence[0], sentence[1]) >= 0) {
                    selfNewcomer = true;
                    signals.add(new Signal(Label.NEWCOMER, m.start(), false, false, "rule:self-intro-as-newcomer " + cue, sentenceText));
                    if (bio == null) {
                        bio = selfIntroBio(sentence).orElse(null);
                    }
                }
            }
            case "self-intro" -> {
                if (SortedInts.firstIn(bioStarts, sentence[0], sentence[1]) >= 0) {
                    selfNewcomer = true;
                    signals.add(new Signal(Label.NEWCOMER, m.start(), false, false, "rule:self-intro-with-bio " + cue, sentenceText));
                    if (bio == null) {
                        bio = bioFrom(m.start(), sentence[1]);
                    }
                } else if (greets && namesSelf(m)) {
                    selfNewcomer = true;
                        signals.add(new Signal(Label.NEWCOMER, m.start(), false, false, "rule:greets-and-gives-a-name " + cue, sentenceText));
                    if (bio == null) {
                        bio = bioFrom(m.start(), sentence[1]);
                    }
                }
            }
            case "referrer", "referrer-after" -> { // 推荐人 @bob, @bob 的朋友
                Optional<String> login = cat.equals("referrer") ? people.loginAfter(m.end()) : people.mentionBefore(m.start());
                if (login.isPresent()) {
                    referrer = referrer != null ? referrer : login.get();
                    selfNewcomer = true;
                    signals.add(new Signal(Label.NEWCOMER, m.start(), false, false, "rule:referrer " + cue, sentenceText));
                }
            }
            case "friend" -> {
                if (cues.negatedBefore(m.start())) {
                    return;
                }
                friendIntro = true;
                signals.add(new Signal(Label.NEWCOMER, m.start(), false, false, "rule:friend-intro " + cue, sentenceText));
                if (friendLogin == null) {
                    friendLogin = people.mentionIn(m.end(), sentence[1]).map(People.Mention::login).orElse(null);
                }
                if (friendName == null) {
                    friendName = people.nameAt(m.end(), sentence[1]);
                }
            }
        }
        if (bio == null && selfNewcomer && selfIntroStarts.length > 0) {
            bio = firstSelfIntroBio().orElse(null);
        }
    }

    private Optional<String> selfIntroBio(int[] sentence) {
        int intro = SortedInts.firstIn(selfIntroStarts, sentence[0], sentence[1]);
        if (intro >= 0) {
            return Optional.of(bioFrom(intro, sentence[1]));
        }
        return firstSelfIntroBio().or(() -> Optional.of(excerpt(sentence[0], sentence[1])));
    }

    private Optional<String> firstSelfIntroBio() {
        if (selfIntroStarts.length == 0) {
            return Optional.empty();
        }
        return Optional.of(bioFrom(selfIntroStarts[0], people.sentenceOf(selfIntroStarts[0])[1]));
    }

    /** The self-introduction from "我是" to the end of its sentence, cut before a referrer cue. */
    private String bioFrom(int start, int end) {
        for (Match r : matchesIn(start, end)) {
            if (r.category().equals("referrer")) {
                end = r.start();
                break;
            }
            if (r.category().equals("referrer-after") && people.mentionBefore(r.start()).isPresent()) {
                end = people.lastMentionStartBefore(r.start());
                break;
            }
        }
        return TalkFinder.clean(text.substring(start, Math.max(start, end)));
    }

    // ---- yes/no forms ----

    /** {@code 参加：【是】}, {@code Oral: 否}: a key, a colon or bracket, and a yes/no word. */
    private void formSlots() {
        int lineStart = 0;
        while (lineStart < folded.length()) {
            int nl = folded.indexOf('\n', lineStart);
            int lineEnd = nl < 0 ? folded.length() : nl;
            int keyStart = lineStart;
            int i = lineStart;
            while (i < lineEnd) {
                char c = folded.charAt(i);
                int valueStart = -1;
                int valueEnd = -1;
                int slotEnd = -1;
                if ("【[(「".indexOf(c) >= 0) {
                    char close = "】])」".charAt("【[(「".indexOf(c));
                    int e = i + 1;
                    while (e < lineEnd && e - i <= 8 && folded.charAt(e) != close) {
                        e++;
                    }
                    if (e < lineEnd && folded.charAt(e) == close) {
                        valueStart = i + 1;
                        valueEnd = e;
                        slotEnd = e + 1;
                    }
                } else if (c == ':') {
                    int a = i + 1;
                    while (a < lineEnd && folded.charAt(a) == ' ') {
                        a++;
                    }
                    if (a < lineEnd && "【[(「".indexOf(folded.charAt(a)) >= 0) {
                        i = a;
                        continue;
                    }
                    int e = a;
                    while (e < lineEnd && e - a <= 8 && !Character.isWhitespace(folded.charAt(e)) && ",;。、".indexOf(folded.charAt(e)) < 0) {
                        e++;
                    }
                    valueStart = a;
                    valueEnd = e;
                    slotEnd = e;
                }
                if (valueStart < 0 && !Character.isLetterOrDigit(c) && c != ' '
                        && (v.yes.contains(String.valueOf(c)) || v.no.contains(String.valueOf(c)))) {
                    valueStart = i; // "poster ❌ oral ✅": a tick or cross right after its key
                    valueEnd = i + 1;
                    slotEnd = i + 1;
                }
                if (valueStart >= 0) {
                    String value = folded.substring(valueStart, valueEnd).strip();
                    boolean yes = v.yes.contains(value);
                    boolean no = v.no.contains(value);
                    if ((yes || no) && keyStart < i) {
                        formAnswer(keyStart, i, slotEnd, yes);
                        keyStart = slotEnd;
                        i = slotEnd;
                        continue;
                    }
                }
                i++;
            }
            lineStart = lineEnd + 1;
        }
    }

    private void formAnswer(int keyStart, int keyEnd, int slotEnd, boolean yes) {
        String excerpt = excerpt(keyStart, slotEnd);
        for (Match m : matchesIn(keyStart, keyEnd)) {
            String cat = m.category();
            Label label = switch (cat) {
                case "oral" -> Label.ORAL;
                case "poster", "talk" -> Label.POSTER;
                case "attend", "attach" -> Label.ATTEND;
                case "withdraw" -> Label.WITHDRAW;
                default -> null;
            };
            if (label == null) {
                continue;
            }
            mentionsRsvpWords = true;
            String cue = "rule:form-" + (yes ? "yes" : "no") + " lexicon:" + cat + " \"" + m.entry().phrase() + "\"";
            if (yes) {
                signals.add(new Signal(label, m.start(), false, false, cue, excerpt));
            } else if (label == Label.ATTEND) {
                signals.add(new Signal(Label.WITHDRAW, m.start(), false, false, cue, excerpt));
            } else if (label == Label.WITHDRAW) {
                signals.add(new Signal(Label.ATTEND, m.start(), false, false, cue, excerpt));
            } else {
                otherReasons.add(new Evidence(Label.OTHER, cue, excerpt));
            }
            break;
        }
        for (int k = keyStart; k < slotEnd; k++) {
            consumed[k] = true;
        }
    }

    // ---- resolving signals into labels ----

    /** @param numbered the reply answers the RSVP's numbered questions: a talk not in its answer 2 is not looked for elsewhere */
    private Classification resolve(boolean numbered) {
        Set<Label> labels = EnumSet.noneOf(Label.class);
        List<Evidence> evidence = new ArrayList<>();
        List<Signal> changes = signals.stream().filter(Signal::changed).toList();
        List<Signal> kinds;
        List<Signal> attends;
        List<Signal> withdraws;
        if (!changes.isEmpty()) {
            Signal last = changes.get(changes.size() - 1);
            kinds = last.label() == Label.ATTEND ? List.of() : List.of(last);
            attends = last.label() == Label.ATTEND ? List.of(last) : List.of();
            withdraws = List.of();
        } else {
            kinds = of(Label.ORAL, Label.POSTER);
            attends = of(Label.ATTEND);
            withdraws = of(Label.WITHDRAW);
            boolean explicitKind = kinds.stream().anyMatch(s -> s.rule() != Rule.TALK_WITHOUT_KIND);
            if (explicitKind) {
                kinds = kinds.stream().filter(s -> s.rule() != Rule.TALK_WITHOUT_KIND).toList();
            }
            if (!attends.isEmpty() && kinds.isEmpty() && !withdraws.isEmpty()
                    && withdraws.stream().allMatch(w -> w.rule() == Rule.NO_TALK)) {
                withdraws = List.of(); // "参加，不讲": coming without a talk is exactly ATTEND
            }
            if (!withdraws.isEmpty() && (!kinds.isEmpty() || !attends.isEmpty())) {
                // Both leaving and coming: the later statement wins, and a person should confirm.
                unsure = true;
                int lastWithdraw = withdraws.get(withdraws.size() - 1).pos();
                int lastComing = Math.max(kinds.isEmpty() ? -1 : kinds.get(kinds.size() - 1).pos(),
                        attends.isEmpty() ? -1 : attends.get(attends.size() - 1).pos());
                boolean comingOnlyLater = java.util.stream.Stream.concat(kinds.stream(), attends.stream())
                        .allMatch(Signal::laterSeminar);
                if (lastWithdraw > lastComing || comingOnlyLater) { // this RSVP is for the next seminar
                    kinds = List.of();
                    attends = List.of();
                } else {
                    withdraws = List.of();
                }
            }
        }
        Set<Label> kindLabels = EnumSet.noneOf(Label.class);
        kinds.forEach(s -> kindLabels.add(s.label()));
        if (kindLabels.size() > 1) {
            unsure = true; // both an Oral and a Poster offered, no change of mind to say which
        }
        List<Signal> used = new ArrayList<>(kinds);
        used.addAll(withdraws);
        if (kindLabels.isEmpty()) {
            used.addAll(attends);
        }
        used.addAll(of(Label.CORRECTION));
        boolean newcomer = selfNewcomer || friendIntro;
        if (newcomer) {
            used.addAll(of(Label.NEWCOMER));
        }
        for (Signal s : used) {
            labels.add(s.label());
        }
        boolean bringsFriend = false;
        if (selfNewcomer) {
            labels.remove(Label.ATTEND); // a newcomer's own introduction implies coming
            used.removeIf(s -> s.label() == Label.ATTEND);
        } else if (friendIntro && kindLabels.isEmpty() && withdraws.isEmpty() && !labels.contains(Label.ATTEND)) {
            bringsFriend = true;
            labels.add(Label.ATTEND);
            evidence.add(new Evidence(Label.ATTEND, "rule:member-brings-friend", bringsExcerpt()));
        }
        Set<String> seen = new LinkedHashSet<>();
        for (Signal s : used) {
            if (seen.add(s.label() + s.cue() + s.excerpt())) {
                evidence.add(new Evidence(s.label(), s.cue(), s.excerpt()));
            }
        }
        for (Label l : labels) {
            boolean strong = used.stream().anyMatch(s -> s.label() == l && !s.weak()) || (l == Label.ATTEND && bringsFriend)
                    || (l == Label.ATTEND && ask.kind() == ThreadAsk.Kind.SIGN_UP); // the thread asked for exactly this
            unsure |= !strong;
        }
        Optional<Talk> talk = Optional.empty();
        if (!kindLabels.isEmpty()) {
            talk = v.talks.find(text, folded, matches, talkFrom, talkTo, !numbered);
        }
        if (labels.isEmpty()) {
            labels.add(Label.OTHER);
            if (otherReasons.isEmpty()) {
                evidence.add(new Evidence(Label.OTHER, "rule:no-cue", excerpt(0, text.length())));
            } else {
                evidence.addAll(otherReasons.subList(0, Math.min(3, otherReasons.size())));
            }
        }
        evidence.sort(java.util.Comparator.comparing(Evidence::label));
        boolean friendOnly = friendIntro && !selfNewcomer; // a newcomer's own introduction names no friend
        return Classification.of(labels, evidence, new Classification.Details(talk, Optional.ofNullable(referrer),
                        Optional.ofNullable(attachTo), Optional.ofNullable(friendOnly ? friendLogin : null),
                        Optional.ofNullable(friendOnly ? friendName : null), Optional.ofNullable(selfNewcomer ? bio : null)),
                track(), unsure, mentionsRsvpWords);
    }

    private String bringsExcerpt() {
        return signals.stream().filter(s -> s.label() == Label.NEWCOMER).map(Signal::excerpt).findFirst().orElse("");
    }

    private List<Signal> of(Label... labels) {
        Set<Label> wanted = EnumSet.of(labels[0], labels);
        return signals.stream().filter(s -> wanted.contains(s.label())).sorted(java.util.Comparator.comparingInt(Signal::pos)).toList();
    }

    private Optional<Track> track() {
        boolean cv = false;
        boolean nlp = false;
        for (Match m : matches) {
            cv |= m.category().equals("track-cv");
            nlp |= m.category().equals("track-nlp");
        }
        if (cv == nlp) {
            return Optional.empty();
        }
        return Optional.of(cv ? Track.CV : Track.NLP);
    }

    // ---- helpers over matches, mentions and sentences ----

    private List<Match> matchesIn(int from, int to, String category) {
        return matchesIn(from, to).stream().filter(m -> m.category().equals(category)).toList();
    }

    private List<Match> matchesIn(int from, int to) {
        List<Match> out = new ArrayList<>();
        for (int k = PhraseMatcher.firstStartingFrom(matches, from); k < matches.size() && matches.get(k).start() < to; k++) {
            if (matches.get(k).end() <= to) {
                out.add(matches.get(k));
            }
        }
        return out;
    }

    private int[] startsOf(String category) {
        return matches.stream().filter(m -> m.category().equals(category)).mapToInt(Match::start).toArray();
    }

    private String excerpt(int from, int to) {
        String s = text.substring(from, to).strip().replace('\n', ' ');
        return s.length() > 120 ? s.substring(0, 117) + "..." : s;
    }
}
