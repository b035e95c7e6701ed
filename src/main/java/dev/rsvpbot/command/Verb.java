package dev.rsvpbot.command;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The commands a reply may give, each with its namespace ({@code /rsvp} or {@code /agenda}), its spellings
 * (English first, then the Chinese the club would type) and its syntax, which both a malformed command's
 * message and {@code /rsvp help} show.
 */
public enum Verb {
    ORAL("/rsvp", "/rsvp oral [@<login>] [title] [url]", "oral", "口头报告", "长报告"),
    POSTER("/rsvp", "/rsvp poster [@<login>] [title] [url]", "poster", "海报", "短报告"),
    ATTEND("/rsvp", "/rsvp attend [@<login>] [with @<presenter>]", "attend", "参加", "旁听"),
    DROP("/rsvp", "/rsvp drop [@<login>]", "drop", "退出", "取消"),
    NEWCOMER("/rsvp", "/rsvp newcomer @<login> [referrer @<member>]", "newcomer", "新人"),
    ORDER("/rsvp", "/rsvp order @<a> @<b> …", "order", "顺序"),
    DONE("/rsvp", "/rsvp done <comment link or id>", "done", "已处理", "完成"),
    HELP("/rsvp", "/rsvp help", "help", "帮助"),
    DATE("/agenda", "/agenda date YYYY-MM-DD", "date", "日期"),
    TIME("/agenda", "/agenda time HH:MM", "time", "时间"),
    ROOM("/agenda", "/agenda room <room>", "room", "地点"),
    TRACK("/agenda", "/agenda track CV|NLP", "track", "分会");

    private final String namespace;
    private final String usage;
    private final List<String> spellings;

    Verb(String namespace, String usage, String... spellings) {
        this.namespace = namespace;
        this.usage = usage;
        this.spellings = List.of(spellings);
    }

    /** {@code /rsvp} or {@code /agenda}. */
    public String namespace() {
        return namespace;
    }

    /** The syntax, e.g. {@code /rsvp drop [@<login>]}. */
    public String usage() {
        return usage;
    }

    /** Every spelling; the first is the English one. */
    public List<String> spellings() {
        return spellings;
    }

    /** The verb a namespace and a word name, any letter case. */
    static Optional<Verb> of(String namespace, String word) {
        String w = word.toLowerCase(Locale.ROOT);
        for (Verb v : values()) {
            if (v.namespace.equals(namespace) && v.spellings.contains(w)) {
                return Optional.of(v);
            }
        }
        return Optional.empty();
    }

    /** The English verbs of a namespace, for "expected one of …". */
    static List<String> names(String namespace) {
        return java.util.Arrays.stream(values()).filter(v -> v.namespace.equals(namespace))
                .map(v -> v.spellings.get(0)).toList();
    }
}
