package dev.rsvpbot.render;

import dev.rsvpbot.agenda.WaitReason;
import dev.rsvpbot.ledger.ReviewReason;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Every fixed string of the summary, one instance per language. Templates take {@code %s}/{@code %d} arguments
 * that the renderer has already escaped.
 */
public record Messages(String language,
                       String titleWithEpisode, String title, String intro,
                       String dateLabel, String timeLabel, String roomLabel, String trackLabel,
                       String chairLabel, String viceChairLabel, String unknown,
                       String dateFormat, List<String> weekdays,
                       String oralHeading, String posterHeading, String talkHeaders, String noTalk, String noneYet,
                       String newcomersHeading, String newcomerHeaders,
                       String attendeesHeading, String attendeeHeaders,
                       String correctionsHeading, String correctionEntry, String replyLink,
                       String waitlistHeading, String waitlistHeaders, Map<WaitReason, String> waitReasons,
                       String reviewHeading, String reviewHeaders, Map<ReviewReason, String> reviewReasons,
                       String withdrawalsHeading, String withdrawalHad, String attending,
                       String timelineHeading, String timelineHeaders,
                       String opening, String newcomerIntros, String oralSlot, String breakSlot, String posterSlot,
                       String endsAt, String pastSoftLimit, String pastHardLimit,
                       String tally, String cut,
                       String sourceSummary, String sourceTitle, String sourceTitleNoEpisode,
                       String sourceAgenda, String referredBy, String attachedTo, String colon, String waitlistedMark,
                       String unnamedFriend, CommandMessages commands, TimingMessages timing) {

    public static final Messages ZH = new Messages("zh",
            "%s 沙龙报名汇总（草稿）", "下次沙龙报名汇总（草稿）",
            "由 rsvp-bot 根据本 issue 的回复自动整理，有新回复时更新。请主席核对后再发沙龙通知。",
            "日期", "时间", "地点", "分会", "轮值主席", "轮值副主席", "待定",
            "%d年%d月%d日%s", List.of("周一", "周二", "周三", "周四", "周五", "周六", "周日"),
            "Oral（每个 %d 分钟）", "Poster（每个 %d 分钟，最多 %d 个）", "| # | 报告人 | 题目 |", "（未给出题目）", "暂无",
            "新人", "| 新人 | 推荐人 | 自我介绍 |",
            "确认参加（无报告）", "| 成员 | 挂靠 |",
            "纪要修订", "%s：%s（%s）", "回复",
            "候补（下次沙龙）", "| # | 成员 | 类型 | 题目 | 原因 |",
            Map.of(WaitReason.ORALS_TAKEN, "Oral 名额已满（每次 %d 个）",
                    WaitReason.POSTERS_FULL, "Poster 名额已满（每次最多 %d 个）",
                    WaitReason.PAST_HARD_LIMIT, "超出 %d 分钟的时长上限"),
            "需要主席确认", "| 成员 | 原因 | 回复 |",
            Map.of(ReviewReason.UNSURE, "无法确定这条回复的意思（可能是 %s），未做改动",
                    ReviewReason.RSVP_WORDS_WITHOUT_SIGN_UP, "提到了报名用词但没有报名（可能是提问）",
                    ReviewReason.WITHDRAWS_AND_SIGNS_UP, "同一条回复里既退出又报名，未做改动",
                    ReviewReason.OFFERS_BOTH_KINDS, "同时提出 Oral 和 Poster，暂列为 Poster，由主席决定",
                    ReviewReason.COMPANION_WITHOUT_PRESENTER, "挂靠的 %s 没有报名报告",
                    ReviewReason.COMPANION_OVER_LIMIT, "%s 已有挂靠成员（每位报告人最多 %d 位）",
                    ReviewReason.ATTENDS_WITHOUT_TALK, "参加但没有报告，也没有挂靠报告人（每个人都要发言）",
                    ReviewReason.NEWCOMER_WITHOUT_REFERRER, "新人没有写推荐人"),
            "已退出", "%s（原为 %s）", "旁听",
            "时间安排", "| 开始 | 分钟 | 内容 |",
            "开场：上次沙龙回顾", "新人自我介绍（%d 人%s）", "Oral：%s", "茶歇", "Poster：%s",
            "预计 %s 结束，共 %d 分钟。",
            "⚠️ 预计 %d 分钟，超过了 %d 分钟的建议时长。", "⛔ 预计 %d 分钟，超过了 %d 分钟的上限。",
            "共读取 %1$d 条成员回复：闲聊 %2$d 条、被本人后来的回复取代 %3$d 条（均未列出），其余都体现在上面的表和列表里；另忽略机器人回复 %4$d 条。",
            "……另有 %d 条未列出（评论长度有限）。",
            "议程 Markdown 源码（可粘贴到下次沙龙通知）", "%s 沙龙通知", "沙龙通知",
            "议程", "（推荐人：%s）", "（挂靠 %s）", "：", "%s（候补，本次不报告）",
            "%s 的朋友（未留名）", CommandMessages.ZH, TimingMessages.ZH);

    public static final Messages EN = new Messages("en",
            "Seminar %s sign-ups (draft)", "Next seminar sign-ups (draft)",
            "Compiled by rsvp-bot from the replies to this issue and updated as replies come in. The chair checks it before announcing the seminar.",
            "Date", "Time", "Room", "Track", "Chair", "Vice-chair", "to be decided",
            "%4$s %1$04d-%2$02d-%3$02d", List.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
            "Oral (%d min each)", "Poster (%d min each, at most %d)", "| # | Presenter | Talk |", "(no title yet)", "none yet",
            "Newcomers", "| Newcomer | Referrer | Introduction |",
            "Attending without a talk", "| Member | Attached to |",
            "Corrections to the minutes", "%s: %s (%s)", "reply",
            "Waitlist (next seminar)", "| # | Member | Kind | Talk | Why |",
            Map.of(WaitReason.ORALS_TAKEN, "the Oral slots are taken (%d per seminar)",
                    WaitReason.POSTERS_FULL, "the Poster slots are taken (at most %d per seminar)",
                    WaitReason.PAST_HARD_LIMIT, "would run past the %d-minute limit"),
            "For the chair to check", "| Member | Why | Reply |",
            Map.of(ReviewReason.UNSURE, "unclear what this reply means (perhaps %s); nothing was changed",
                    ReviewReason.RSVP_WORDS_WITHOUT_SIGN_UP, "mentions sign-up words but signs up for nothing (a question?)",
                    ReviewReason.WITHDRAWS_AND_SIGNS_UP, "withdraws and signs up in the same reply; nothing was changed",
                    ReviewReason.OFFERS_BOTH_KINDS, "offers both an Oral and a Poster; listed as a Poster, the chair decides",
                    ReviewReason.COMPANION_WITHOUT_PRESENTER, "attaches to %s, who has no talk signed up",
                    ReviewReason.COMPANION_OVER_LIMIT, "%s already has a companion (at most %d per presenter)",
                    ReviewReason.ATTENDS_WITHOUT_TALK, "attends without a talk or a presenter to attach to (everyone speaks)",
                    ReviewReason.NEWCOMER_WITHOUT_REFERRER, "newcomer without a referrer"),
            "Withdrawn", "%s (had %s)", "attending",
            "Timeline", "| Start | Minutes | What |",
            "Opening: review of the last seminar", "Newcomer introductions (%d%s)", "Oral: %s", "Break", "Poster: %s",
            "Ends about %s, %d minutes in all.",
            "⚠️ About %d minutes: past the %d-minute soft limit.", "⛔ About %d minutes: past the %d-minute hard limit.",
            "Read %1$d member replies: %2$d chatter and %3$d replaced by the same person's later reply (neither listed); every other reply shows in the tables and lists above. Ignored %4$d bot replies.",
            "…and %d more not shown (comment size limit).",
            "Agenda as Markdown (paste into the next announcement)", "Seminar %s", "Seminar",
            "Agenda", " (referred by %s)", " (attached to %s)", ": ", "%s (waitlisted, not presenting this time)",
            "a friend of %s (no name given)", CommandMessages.EN, TimingMessages.EN);

    public Messages {
        weekdays = List.copyOf(weekdays);
        waitReasons = Map.copyOf(waitReasons);
        reviewReasons = Map.copyOf(reviewReasons);
    }

    /** The messages of a language; {@code en} for anything but {@code zh} (the config loader admits only these two). */
    public static Messages of(String language) {
        return "zh".equals(language) ? ZH : EN;
    }

    public String date(LocalDate date) {
        return String.format(java.util.Locale.ROOT, dateFormat, date.getYear(), date.getMonthValue(),
                date.getDayOfMonth(), weekday(date.getDayOfWeek()));
    }

    public String weekday(DayOfWeek day) {
        return weekdays.get(day.getValue() - 1);
    }

    public String format(String template, Object... args) {
        return String.format(java.util.Locale.ROOT, template, args);
    }
}
