package dev.rsvpbot.classify;

import dev.rsvpbot.classify.PhraseMatcher.Match;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What an issue asks its readers to reply (labels.md, "Rules that need the thread"), read once per issue and then
 * handed with every reply: whether it is the club's minutes asking for talks, a thread asking people to sign up or
 * check in by replying, or some other thread; its numbered questions and what each asks for; and who wrote it.
 *
 * <pre>{@code
 * ThreadAsk ask = classifier.readThread(issue.title(), issue.body(), issue.author());
 * classifier.classify(reply.body(), ask, reply.author());
 * }</pre>
 *
 * @param kind        what the thread asks of its readers
 * @param questions   the thread's numbered questions, in order (question 1 first); empty when it has none
 * @param issueAuthor who wrote the issue (its replies organise, they rarely sign up); empty when not known
 */
public record ThreadAsk(Kind kind, List<Answer> questions, String issueAuthor) {
    /** What a thread asks of its readers. */
    public enum Kind {
        /** No thread known: the reply is read alone, numbered answers as the club's RSVP questions. */
        UNKNOWN,
        /** The club's minutes or announcement: its RSVP asks for an Oral or a Poster (its own numbered questions). */
        TALKS,
        /** Any other call for talks: speakers for a meetup, presenters for a reading group, lightning talks. */
        TALK_CALL,
        /** A thread that asks people to sign up, register or check in by replying (报名, 签到, "reply to RSVP"). */
        SIGN_UP,
        /** A thread that asks people to introduce themselves (introduce yourself, 新人报到). */
        INTRODUCTIONS,
        /** A thread that asks for nothing of the kind: discussion, a report, a question. */
        OTHER
    }

    /** What one numbered question asks for, and so what a bare answer to it means. */
    public enum Answer {
        CORRECTION, TALK, NEWCOMER, ATTENDANCE, DETAILS, OTHER
    }

    /** The club's RSVP questions (domain.md), assumed when a reply comes without its thread. */
    static final List<Answer> CLUB_QUESTIONS = List.of(Answer.CORRECTION, Answer.TALK, Answer.NEWCOMER);

    /** A reply read alone. */
    public static final ThreadAsk UNKNOWN = new ThreadAsk(Kind.UNKNOWN, CLUB_QUESTIONS, "");

    /** The most questions a thread's numbered list may have and still be read as questions to answer. */
    private static final int MAX_QUESTIONS = 9;

    public ThreadAsk {
        questions = List.copyOf(questions);
        issueAuthor = issueAuthor == null ? "" : issueAuthor;
    }

    /** What a reply's numbered item {@code number} (1-based) answers, if the thread asks that many questions. */
    public Optional<Answer> answerTo(int number) {
        return number >= 1 && number <= questions.size() ? Optional.of(questions.get(number - 1)) : Optional.empty();
    }

    public boolean known() {
        return kind != Kind.UNKNOWN;
    }

    /** The reply was written by whoever opened the issue. */
    public boolean byIssueAuthor(String login) {
        return !issueAuthor.isEmpty() && login != null && issueAuthor.equalsIgnoreCase(login);
    }

    /** Reads an issue's title and body. Pure; never throws on any text. */
    static ThreadAsk read(Vocabulary v, String title, String body, String author) {
        String text = (title == null ? "" : title) + "\n" + (body == null ? "" : body);
        if (text.length() > ReplyClassifier.MAX_BODY_CHARS) {
            text = text.substring(0, ReplyClassifier.MAX_BODY_CHARS);
        }
        String folded = Fold.fold(text);
        List<Match> matches = v.askMatcher.find(folded, text);
        List<Answer> questions = questions(folded, matches);
        int titleEnd = title == null ? 0 : title.length();
        Kind kind = kindOf(matches, 0, titleEnd); // the title says best what a thread is for
        if (kind == Kind.OTHER) {
            kind = kindOf(matches, titleEnd, folded.length());
        }
        boolean clubForm = has(matches, titleEnd, folded.length(), "oral") && has(matches, titleEnd, folded.length(), "poster");
        if (questions.contains(Answer.TALK) || clubForm) {
            kind = Kind.TALKS; // the club's minutes ask for an Oral or a Poster, whatever else the title says
            if (questions.isEmpty()) {
                questions = CLUB_QUESTIONS; // asked in prose: numbered answers still follow the club's three questions
            }
        } else if (kind == Kind.OTHER && (questions.contains(Answer.DETAILS) || questions.contains(Answer.ATTENDANCE))) {
            kind = Kind.SIGN_UP;
        }
        return new ThreadAsk(kind, questions, author);
    }

    private static Kind kindOf(List<Match> matches, int from, int to) {
        if (has(matches, from, to, "ask-talks")) {
            return Kind.TALK_CALL;
        }
        if (has(matches, from, to, "ask-intro")) {
            return Kind.INTRODUCTIONS;
        }
        if (has(matches, from, to, "ask-sign-up")) {
            return Kind.SIGN_UP;
        }
        return Kind.OTHER;
    }

    /**
     * The last numbered list 1, 2, … of which some item asks to reply (回复, 请, reply, a question mark, a yes/no
     * slot): the RSVP questions. The minutes hold other numbered lists (what was discussed); those ask nothing.
     */
    private static List<Answer> questions(String folded, List<Match> matches) {
        List<int[]> items = new ArrayList<>(); // {start, end, number} of each numbered line
        int lineStart = 0;
        while (lineStart < folded.length()) {
            int nl = folded.indexOf('\n', lineStart);
            int lineEnd = nl < 0 ? folded.length() : nl;
            int i = lineStart;
            while (i < lineEnd && (folded.charAt(i) == ' ' || folded.charAt(i) == '\t' || folded.charAt(i) == '>')) {
                i++;
            }
            int d = i;
            while (d < lineEnd && ArxivId.isDigit(folded.charAt(d)) && d - i < 2) {
                d++;
            }
            if (d > i && d < lineEnd && ".、):".indexOf(folded.charAt(d)) >= 0) {
                items.add(new int[]{d + 1, lineEnd, Integer.parseInt(folded.substring(i, d))});
            }
            lineStart = lineEnd + 1;
        }
        List<Answer> best = List.of();
        int k = 0;
        while (k < items.size()) {
            if (items.get(k)[2] != 1) {
                k++;
                continue;
            }
            int end = k + 1;
            while (end < items.size() && items.get(end)[2] == items.get(end - 1)[2] + 1) {
                end++;
            }
            List<int[]> run = items.subList(k, end);
            boolean asks = false;
            for (int[] item : run) {
                asks |= asksToReply(folded, matches, item[0], item[1]);
            }
            if (asks && run.size() <= MAX_QUESTIONS) {
                List<Answer> answers = new ArrayList<>();
                for (int[] item : run) {
                    answers.add(answerOf(matches, item[0], item[1], folded));
                }
                best = answers;
            }
            k = end;
        }
        return best;
    }

    private static boolean asksToReply(String folded, List<Match> matches, int from, int to) {
        String s = folded.substring(from, to);
        return s.contains("?") || s.contains("【") || s.contains("是/否") || has(matches, from, to, "ask-reply");
    }

    /** What a question asks for, by the first kind of word found in it, most specific first. */
    private static Answer answerOf(List<Match> matches, int from, int to, String folded) {
        if (has(matches, from, to, "newcomer") || has(matches, from, to, "newcomer-word") || has(matches, from, to, "friend")) {
            return Answer.NEWCOMER;
        }
        if (has(matches, from, to, "oral") || has(matches, from, to, "poster") || has(matches, from, to, "talk")) {
            return Answer.TALK;
        }
        if (has(matches, from, to, "correction") || has(matches, from, to, "ask-minutes")) {
            return Answer.CORRECTION;
        }
        if (has(matches, from, to, "ask-details")) {
            return Answer.DETAILS;
        }
        String s = folded.substring(from, to).toLowerCase(Locale.ROOT);
        if (has(matches, from, to, "attend") || s.contains("是/否") || s.contains("【")) {
            return Answer.ATTENDANCE;
        }
        return Answer.OTHER;
    }

    private static boolean has(List<Match> matches, int from, int to, String category) {
        for (int k = PhraseMatcher.firstStartingFrom(matches, from); k < matches.size() && matches.get(k).start() < to; k++) {
            if (matches.get(k).category().equals(category)) {
                return true;
            }
        }
        return false;
    }
}
