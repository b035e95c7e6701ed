package dev.rsvpbot.ledger;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds people's names in text: in the minutes, a Chinese name right before a login ({@code - 范弘炜 @[hwfan](…)},
 * {@code 轮值主席：侯正罡 @ArronHZG}); in a self-introduction, the name after {@code 我是}/{@code 我叫} or
 * {@code I'm}/{@code my name is}. Only names standing alone count (followed by punctuation or the end), and a few
 * words that follow {@code 我是} without being a name ({@code 新人}, {@code 北邮研一}) are refused.
 */
final class NameReader {
    /** 2–4 Han characters not preceded by another, then the login (the minutes' own style or a plain mention). */
    private static final Pattern MINUTES = Pattern.compile(
            "(?<!\\p{IsHan})(\\p{IsHan}{2,4})[ \\t]*[@＠]\\[?([A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38})(?![A-Za-z0-9-])");
    private static final Pattern ZH_SELF = Pattern.compile(
            "(?:我是|我叫|我的名字是)[ \\t]*(\\p{IsHan}{2,4})(?=[，,。.！!；;：:、\\s（(]|$)");
    private static final Pattern EN_SELF = Pattern.compile(
            "(?:\\bI['’]m|\\bI am|\\b[Mm]y name is)[ \\t]+(\\p{Lu}\\p{Ll}+(?:[ \\t]\\p{Lu}\\p{Ll}+){0,2})(?=[,.!;:]|$)");
    /** Words that follow 我是 as a description, not a name. */
    private static final List<String> NOT_NAMES = List.of("新人", "新来", "新同", "新成员", "北邮", "研一", "研二", "研三",
            "大一", "大二", "大三", "大四", "本科", "硕士", "博士", "学生", "同学", "老师", "一名", "一个", "来自", "做",
            "在", "大家", "朋友", "你们", "他们", "这个", "那个", "感谢", "谢谢", "欢迎", "邀请", "推荐", "挂靠", "回复", "请",
            "联系", "通知", "主席", "副主席", "会员", "成员");
    private static final List<String> NOT_ENGLISH = List.of("Here", "New", "Excited", "Happy", "Glad", "Sorry", "Not",
            "Interested", "Looking", "Back", "In", "On", "From", "Also", "Still", "Just", "Really", "Very", "So");

    private NameReader() {
    }

    /** Name by lower-case login, first written first: the minutes name people the same way throughout. */
    static Map<String, String> fromMinutes(String body) {
        Map<String, String> names = new LinkedHashMap<>();
        Matcher m = MINUTES.matcher(body);
        while (m.find()) {
            String name = m.group(1);
            if (isName(name)) {
                names.putIfAbsent(m.group(2).toLowerCase(Locale.ROOT), name);
            }
        }
        return names;
    }

    /** The name a newcomer's introduction gives for its author, when it gives one. */
    static Optional<String> fromIntroduction(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        Matcher zh = ZH_SELF.matcher(text);
        if (zh.find() && isName(zh.group(1))) {
            return Optional.of(zh.group(1));
        }
        Matcher en = EN_SELF.matcher(text);
        if (en.find() && NOT_ENGLISH.stream().noneMatch(w -> en.group(1).startsWith(w + " ") || en.group(1).equals(w))) {
            return Optional.of(en.group(1));
        }
        return Optional.empty();
    }

    private static boolean isName(String name) {
        return NOT_NAMES.stream().noneMatch(name::startsWith) && !name.endsWith("的");
    }
}
