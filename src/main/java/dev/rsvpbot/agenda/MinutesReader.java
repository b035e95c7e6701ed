package dev.rsvpbot.agenda;

import dev.rsvpbot.classify.Track;
import dev.rsvpbot.config.AgendaConfig;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads what the agenda needs from the minutes (the title and body): the meeting date, episode, chairs. */
final class MinutesReader {
    private static final Pattern ZH_DATE = Pattern.compile("日期\\s*[：:]\\s*(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日");
    /** Front matter {@code date: 2019-09-15 15:00 +0800} or a {@code Date: 2019-09-15} line, bulleted or not. */
    private static final Pattern ISO_DATE = Pattern.compile(
            "(?im)^[ \\t]*(?:[-*][ \\t]*)?date[ \\t]*[：:][ \\t]*(\\d{4})-(\\d{1,2})-(\\d{1,2})(?![\\d])");
    private static final String ZH_NUMBER = "[零〇一二两三四五六七八九十\\d]{1,4}";
    private static final Pattern ZH_EPISODE = Pattern.compile(
            "第\\s*(" + ZH_NUMBER + ")\\s*季\\s*第?\\s*(" + ZH_NUMBER + ")\\s*[场期]");
    private static final Pattern EPISODE = Pattern.compile("(?i)(?<![A-Za-z0-9])S(\\d{1,3})\\s?E(\\d{1,3})(?![0-9])");
    private static final Pattern CHAIRS = Pattern.compile(
            "(?i)\\((CV|NLP)\\)\\s*Chairs?\\s*[：:]\\s*Chair\\s*[：:]\\s*(\\S+?)[\\s,，;；]+Vice[- ]?chair\\s*[：:]\\s*(\\S+)");

    private MinutesReader() {
    }

    /** The date of the meeting the minutes record. */
    static Optional<LocalDate> meetingDate(String body) {
        Optional<LocalDate> zh = date(ZH_DATE.matcher(body));
        return zh.isPresent() ? zh : date(ISO_DATE.matcher(body));
    }

    private static Optional<LocalDate> date(Matcher m) {
        while (m.find()) {
            try {
                return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3))));
            } catch (DateTimeException | NumberFormatException e) {
                // Not a real date (2019-02-30): look for another one.
            }
        }
        return Optional.empty();
    }

    /** The episode the minutes record: the title first, as the body may name other episodes. */
    static Optional<Episode> episode(String title, String body) {
        Optional<Episode> inTitle = episodeIn(title);
        return inTitle.isPresent() ? inTitle : episodeIn(body);
    }

    private static Optional<Episode> episodeIn(String text) {
        Matcher zh = ZH_EPISODE.matcher(text);
        Matcher latin = EPISODE.matcher(text);
        boolean zhFound = zh.find();
        boolean latinFound = latin.find();
        if (zhFound && (!latinFound || zh.start() <= latin.start())) {
            int season = number(zh.group(1));
            int episode = number(zh.group(2));
            return season > 0 && episode > 0 ? Optional.of(new Episode(season, episode)) : Optional.empty();
        }
        if (latinFound) {
            return Optional.of(new Episode(Integer.parseInt(latin.group(1)), Integer.parseInt(latin.group(2))));
        }
        return Optional.empty();
    }

    /** Digits or a Chinese numeral up to 99 ({@code 三}, {@code 十二}, {@code 二十三}); 0 when unreadable. */
    static int number(String text) {
        if (text.chars().allMatch(Character::isDigit)) {
            return text.length() > 3 ? 0 : Integer.parseInt(text);
        }
        String digits = "零一二三四五六七八九";
        String t = text.replace('两', '二').replace('〇', '零');
        int ten = t.indexOf('十');
        if (ten < 0) {
            return t.length() == 1 ? Math.max(digits.indexOf(t.charAt(0)), 0) : 0;
        }
        int tens = ten == 0 ? 1 : digits.indexOf(t.charAt(0));
        int ones = ten == t.length() - 1 ? 0 : digits.indexOf(t.charAt(ten + 1));
        if (tens < 0 || ones < 0 || ten > 1 || t.length() > ten + 2) {
            return 0;
        }
        return tens * 10 + ones;
    }

    /** Chairs per track as the minutes announce them ({@code AMC(CV) Chairs:Chair: 段嘉铭 Vice-chair: 刘云}). */
    static Map<Track, AgendaConfig.Chairs> chairs(String body) {
        Map<Track, AgendaConfig.Chairs> chairs = new EnumMap<>(Track.class);
        Matcher m = CHAIRS.matcher(body);
        while (m.find()) {
            chairs.putIfAbsent(Track.valueOf(m.group(1).toUpperCase(java.util.Locale.ROOT)),
                    new AgendaConfig.Chairs(m.group(2), m.group(3)));
        }
        return chairs;
    }
}
