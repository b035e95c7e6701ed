package dev.rsvpbot.render;

import dev.rsvpbot.agenda.SlotKind;

import java.util.Map;

/**
 * The strings that explain the timeline's counts and what was shortened so the talks fit, one instance per
 * language. Apart from {@link Messages} so that record does not grow wider still.
 *
 * @param closing      the feedback round: total, then presenters, waitlisted, attending, newcomers, then how long
 * @param perPerson    the feedback round as the rules ask it: minutes per person
 * @param shortenedFrom a shortened part, inside its own parentheses: the minutes it asked for
 * @param shortenedSuffix a shortened part, after what is already in its parentheses
 * @param shortenedAlone a shortened part without parentheses of its own
 * @param shortenedNote the line under the timeline: the hard limit, then the list of shortened parts
 * @param shortenedEntry one shortened part: its name, minutes asked, minutes given
 * @param listSeparator between the entries of that list
 * @param partNames    the short name of each part that may be shortened
 */
public record TimingMessages(String closing, String perPerson, String shortenedFrom, String shortenedSuffix, String shortenedAlone,
                             String shortenedNote, String shortenedEntry, String listSeparator,
                             Map<SlotKind, String> partNames) {
    public TimingMessages {
        partNames = Map.copyOf(partNames);
    }

    public static final TimingMessages ZH = new TimingMessages(
            "想法与反馈（%d 人：报告人 %d、候补 %d、确认参加 %d、新人 %d；%s）", "每人 %d 分钟", "由 %d 分钟压缩", "，由 %d 分钟压缩",
            "（由 %d 分钟压缩）", "⏱️ 为让 Oral 和 Poster 都排进 %d 分钟的上限，已缩短：%s。", "%s %d→%d 分钟", "、",
            Map.of(SlotKind.OPENING, "开场", SlotKind.NEWCOMERS, "新人自我介绍", SlotKind.CLOSING, "想法与反馈"));

    public static final TimingMessages EN = new TimingMessages(
            "Ideas and feedback (%d people: %d presenting, %d waitlisted, %d attending, %d new; %s)",
            "%d min each", "shortened from %d min", ", shortened from %d min", " (shortened from %d min)",
            "⏱️ Shortened so the Orals and Posters fit the %d-minute hard limit: %s.", "%s %d→%d min", ", ",
            Map.of(SlotKind.OPENING, "opening", SlotKind.NEWCOMERS, "newcomer introductions", SlotKind.CLOSING,
                    "ideas and feedback"));
}
