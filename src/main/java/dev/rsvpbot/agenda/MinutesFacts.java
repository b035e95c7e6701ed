package dev.rsvpbot.agenda;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the minutes of one seminar record about that seminar (as the digest's season table reads them): its
 * episode and date, who took part (the {@code 会员：…} / {@code 新人：…} lines, or {@code Members:} /
 * {@code Newcomers:}), and the talks listed under the {@code ### Oral} and {@code ### Poster} headings.
 *
 * @param episode    the episode the minutes record, when the title or body names it
 * @param date       the meeting date, when the body gives it
 * @param members    members named on the participant line (0 when there is none)
 * @param newcomers  newcomers named on the participant line
 * @param participantLines true when the minutes have a participant line at all
 * @param orals      presenters listed under the Oral heading (login when the bullet links one, else the name)
 * @param posters    presenters listed under the Poster heading
 */
public record MinutesFacts(Optional<Episode> episode, Optional<LocalDate> date, int members, int newcomers,
                           boolean participantLines, List<String> orals, List<String> posters) {
    private static final Pattern MEMBERS = Pattern.compile("(?im)^[ \\t]*(?:[-*][ \\t]*)?(?:会员|members?)[ \\t]*[：:](.*)$");
    private static final Pattern NEWCOMERS = Pattern.compile("(?im)^[ \\t]*(?:[-*][ \\t]*)?(?:新人|newcomers?)[ \\t]*[：:](.*)$");
    private static final Pattern HEADING = Pattern.compile("^#{1,6}\\s*(.*?)\\s*#*$");
    private static final Pattern BULLET = Pattern.compile("^[-*+]\\s+(.*)$");
    private static final Pattern LINKED_LOGIN = Pattern.compile("@\\[([A-Za-z0-9-]{1,39})]|@([A-Za-z0-9-]{1,39})");
    /** A participant line is short; a paragraph that happens to start with the word is not one. */
    private static final int MAX_NAMES = 200;

    public MinutesFacts {
        orals = List.copyOf(orals);
        posters = List.copyOf(posters);
    }

    /** Reads the minutes; never throws, an unreadable part is simply absent. */
    public static MinutesFacts read(String title, String body) {
        String text = body == null ? "" : body;
        Optional<Integer> members = count(MEMBERS.matcher(text));
        Optional<Integer> newcomers = count(NEWCOMERS.matcher(text));
        List<String> orals = new ArrayList<>();
        List<String> posters = new ArrayList<>();
        List<String> current = null;
        for (String line : text.split("\\R")) {
            Matcher heading = HEADING.matcher(line.strip());
            if (line.startsWith("#") && heading.matches()) {
                String name = heading.group(1).toLowerCase(Locale.ROOT);
                current = name.equals("oral") || name.equals("orals") ? orals
                        : name.equals("poster") || name.equals("posters") ? posters : null;
                continue;
            }
            Matcher bullet = BULLET.matcher(line);
            if (current != null && bullet.matches()) {
                current.add(presenter(bullet.group(1)));
            }
        }
        return new MinutesFacts(MinutesReader.episode(title == null ? "" : title, text), MinutesReader.meetingDate(text),
                members.orElse(0), newcomers.orElse(0), members.isPresent() || newcomers.isPresent(), orals, posters);
    }

    /** Everyone the participant lines name. */
    public int attendance() {
        return members + newcomers;
    }

    /** The names on the first such line, split at the separators the club uses. */
    private static Optional<Integer> count(Matcher m) {
        if (!m.find()) {
            return Optional.empty();
        }
        int names = 0;
        for (String name : m.group(1).split("[、,，;；/]|\\s{2,}")) {
            if (!name.isBlank() && !name.strip().equals("无") && !name.strip().equalsIgnoreCase("none")) {
                names++;
            }
        }
        return Optional.of(Math.min(names, MAX_NAMES));
    }

    /** {@code 范弘炜 @[hwfan](https://github.com/hwfan)}: the login; else the bullet's first words, as written. */
    private static String presenter(String bullet) {
        Matcher login = LINKED_LOGIN.matcher(bullet);
        if (login.find()) {
            return login.group(1) != null ? login.group(1) : login.group(2);
        }
        String name = bullet.strip();
        int cut = name.indexOf(' ');
        return cut > 0 ? name.substring(0, cut) : name;
    }
}
