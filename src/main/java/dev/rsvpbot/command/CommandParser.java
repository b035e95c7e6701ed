package dev.rsvpbot.command;

import dev.rsvpbot.classify.Label;
import dev.rsvpbot.classify.ReplyClassifier;
import dev.rsvpbot.classify.Talk;
import dev.rsvpbot.classify.Track;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the commands in a reply: one a line, starting with {@code /rsvp} or {@code /agenda}, in the author's own
 * words only. Quotes, code, HTML comments and unticked boxes are dropped first by the same reader the classifier
 * uses, so a command quoted from someone else, or shown in code, never counts.
 *
 * <p>Each line gives "not a command" (nothing), a {@link Command} or a malformed line with what was expected
 * (as triagebot's parsers do). Pure: no I/O, and permissions are {@link Permissions}' job.
 *
 * <pre>{@code
 * CommandParser parser = new CommandParser(classifier::ownWords);
 * ReplyCommands rc = parser.parse("/rsvp drop @alice\nthanks!");   // one Drop, rest "thanks!"
 * }</pre>
 */
public final class CommandParser {
    private static final Pattern LOGIN = Pattern.compile("[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}");
    private static final Pattern COMMENT_LINK = Pattern.compile("issuecomment-(\\d{1,19})");
    private static final Pattern COMMENT_ID = Pattern.compile("#?(\\d{1,19})");
    private static final Pattern URL = Pattern.compile("(?i)https?://\\S+");
    private static final Pattern TIME = Pattern.compile("(\\d{1,2})[:：](\\d{2})");
    private static final List<String> NAMESPACES = List.of("/rsvp", "/agenda");
    private static final List<String> WITH = List.of("with", "挂靠");
    private static final List<String> REFERRER = List.of("referrer", "推荐人");
    private static final String TRAILING = ",，.。;；:：!！";

    private final Function<String, String> ownWords;

    /** @param ownWords a body to the author's own words (the classifier's {@code ownWords}) */
    public CommandParser(Function<String, String> ownWords) {
        this.ownWords = ownWords;
    }

    public ReplyCommands parse(String body) {
        if (body == null || !mayHoldCommands(body)) {
            return ReplyCommands.none(body == null ? "" : body); // most replies: nothing to read twice
        }
        List<Issued> commands = new ArrayList<>();
        for (String line : ownWords.apply(body).split("\n")) {
            String text = line.strip();
            namespaceOf(text).ifPresent(ns -> commands.add(new Issued(commands.size(), text, read(ns, text))));
        }
        if (commands.isEmpty()) {
            return ReplyCommands.none(body);
        }
        String rest = withoutCommandLines(body);
        return new ReplyCommands(commands, rest, !ReplyClassifier.saysNothing(ownWords.apply(rest)));
    }

    private static boolean mayHoldCommands(String body) {
        String lower = body.toLowerCase(Locale.ROOT);
        return NAMESPACES.stream().anyMatch(lower::contains);
    }

    /** {@code /rsvp} or {@code /agenda} when the line starts with one as a whole word. */
    private static Optional<String> namespaceOf(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        for (String ns : NAMESPACES) {
            if (lower.startsWith(ns) && (lower.length() == ns.length() || Character.isWhitespace(lower.charAt(ns.length())))) {
                return Optional.of(ns);
            }
        }
        return Optional.empty();
    }

    /**
     * The body without the lines that start with a command word. A line like that inside a quote starts with
     * {@code >} and stays; one inside code the classifier drops anyway, so taking it out changes nothing it reads.
     */
    private static String withoutCommandLines(String body) {
        StringBuilder out = new StringBuilder(body.length());
        for (String line : body.split("\n", -1)) {
            if (namespaceOf(line.strip()).isEmpty()) {
                out.append(line).append('\n');
            }
        }
        return out.length() == 0 ? "" : out.substring(0, out.length() - 1);
    }

    private static Verdict read(String namespace, String text) {
        List<String> words = List.of(text.split("[\\s\\u3000]+"));
        if (words.size() < 2) {
            return new Verdict.Malformed(namespace + " " + String.join("|", Verb.names(namespace)) + " …",
                    "no command after " + namespace);
        }
        Optional<Verb> verb = Verb.of(namespace, words.get(1));
        if (verb.isEmpty()) {
            return new Verdict.Malformed(namespace + " " + String.join("|", Verb.names(namespace)) + " …",
                    "\"" + words.get(1) + "\" is not a command");
        }
        List<String> args = words.subList(2, words.size());
        String restText = text.substring(text.indexOf(words.get(1)) + words.get(1).length()).strip();
        try {
            return new Verdict.Accepted(command(verb.get(), args, restText));
        } catch (IllegalArgumentException e) {
            return new Verdict.Malformed(verb.get().usage(), e.getMessage());
        }
    }

    private static Command command(Verb verb, List<String> args, String restText) {
        Args a = new Args(args);
        return switch (verb) {
            case ORAL, POSTER -> signUp(verb, a);
            case ATTEND -> {
                Optional<String> who = a.optionalLogin();
                Optional<String> with = a.keyword(WITH) ? Optional.of(a.login("a presenter's @login after \"with\""))
                        : Optional.empty();
                a.end();
                yield new Command.Attend(who, with);
            }
            case DROP -> {
                Optional<String> who = a.optionalLogin();
                a.end();
                yield new Command.Drop(who);
            }
            case NEWCOMER -> {
                String login = a.login("the newcomer's @login");
                Optional<String> referrer = a.keyword(REFERRER)
                        ? Optional.of(a.login("the referrer's @login after \"referrer\"")) : Optional.empty();
                a.end();
                yield new Command.Newcomer(login, referrer);
            }
            case ORDER -> {
                LinkedHashSet<String> logins = new LinkedHashSet<>();
                logins.add(a.login("at least one Poster's @login"));
                while (a.hasNext()) {
                    logins.add(a.login("only @logins"));
                }
                yield new Command.PosterOrder(List.copyOf(logins));
            }
            case DONE -> {
                String ref = a.next("a comment link or id");
                a.end();
                yield new Command.Done(commentId(ref));
            }
            case DATE -> {
                String value = single(a, restText, "a date");
                try {
                    yield new Command.AgendaDate(LocalDate.parse(value));
                } catch (DateTimeParseException e) {
                    throw new IllegalArgumentException("\"" + value + "\" is not a date as YYYY-MM-DD");
                }
            }
            case TIME -> {
                String value = single(a, restText, "a time");
                Matcher m = TIME.matcher(value);
                int hour = m.matches() ? Integer.parseInt(m.group(1)) : -1;
                int minute = m.matches() ? Integer.parseInt(m.group(2)) : -1;
                if (hour < 0 || hour > 23 || minute > 59) {
                    throw new IllegalArgumentException("\"" + value + "\" is not a time as HH:MM");
                }
                yield new Command.AgendaTime(LocalTime.of(hour, minute));
            }
            case ROOM -> {
                if (restText.isEmpty()) {
                    throw new IllegalArgumentException("no room given");
                }
                yield new Command.AgendaRoom(restText);
            }
            case TRACK -> {
                String value = single(a, restText, "a track");
                try {
                    yield new Command.AgendaTrack(Track.valueOf(value.toUpperCase(Locale.ROOT)));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("\"" + value + "\" is not a track; tracks are "
                            + List.of(Track.values()));
                }
            }
            case HELP -> new Command.Help();
        };
    }

    /** The one word a command takes; several words are named whole ({@code "next week" is not a date}). */
    private static String single(Args a, String restText, String what) {
        String value = a.next(what);
        return a.hasNext() ? restText : value;
    }

    /** {@code [@login] [title…] [url]}: the first link is the talk's, the other words its title. */
    private static Command signUp(Verb verb, Args a) {
        Optional<String> who = a.optionalLogin();
        String url = "";
        List<String> title = new ArrayList<>();
        while (a.hasNext()) {
            String w = a.next("");
            if (url.isEmpty() && URL.matcher(w).matches()) {
                url = w;
            } else {
                title.add(w);
            }
        }
        return new Command.SignUp(who, verb == Verb.ORAL ? Label.ORAL : Label.POSTER,
                new Talk(unquote(String.join(" ", title)), url));
    }

    private static String unquote(String title) {
        String t = title.strip();
        String[][] pairs = {{"\"", "\""}, {"“", "”"}, {"《", "》"}, {"'", "'"}, {"「", "」"}};
        for (String[] p : pairs) {
            if (t.length() >= 2 && t.startsWith(p[0]) && t.endsWith(p[1])) {
                return t.substring(p[0].length(), t.length() - p[1].length()).strip();
            }
        }
        return t;
    }

    private static long commentId(String ref) {
        Matcher link = COMMENT_LINK.matcher(ref);
        if (link.find()) {
            return parseId(link.group(1), ref);
        }
        Matcher id = COMMENT_ID.matcher(ref);
        if (id.matches()) {
            return parseId(id.group(1), ref);
        }
        throw new IllegalArgumentException("\"" + ref + "\" is neither a comment link (…#issuecomment-123) nor an id");
    }

    private static long parseId(String digits, String ref) {
        try {
            return Long.parseLong(digits);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("\"" + ref + "\" is no comment id");
        }
    }

    /** The words after the verb, read left to right. */
    private static final class Args {
        private final List<String> words;
        private int at;

        Args(List<String> words) {
            this.words = words;
        }

        boolean hasNext() {
            return at < words.size();
        }

        String next(String what) {
            if (!hasNext()) {
                throw new IllegalArgumentException("missing " + what);
            }
            return words.get(at++);
        }

        /** A login when the next word is an {@code @mention}. */
        Optional<String> optionalLogin() {
            if (hasNext() && isMention(words.get(at))) {
                return Optional.of(login("an @login"));
            }
            return Optional.empty();
        }

        String login(String what) {
            String w = next(what);
            if (!isMention(w)) {
                throw new IllegalArgumentException("expected " + what + ", got \"" + w + "\"");
            }
            String login = stripTrailing(w.substring(1));
            if (!LOGIN.matcher(login).matches()) {
                throw new IllegalArgumentException("\"" + w + "\" is not a GitHub login");
            }
            return login;
        }

        boolean keyword(List<String> spellings) {
            if (hasNext() && spellings.contains(words.get(at).toLowerCase(Locale.ROOT))) {
                at++;
                return true;
            }
            return false;
        }

        void end() {
            if (hasNext()) {
                throw new IllegalArgumentException("unexpected \"" + String.join(" ", words.subList(at, words.size())) + "\"");
            }
        }

        private static boolean isMention(String w) {
            return w.startsWith("@") || w.startsWith("＠");
        }

        private static String stripTrailing(String s) {
            int end = s.length();
            while (end > 0 && TRAILING.indexOf(s.charAt(end - 1)) >= 0) {
                end--;
            }
            return s.substring(0, end);
        }
    }
}
