package dev.rsvpbot.render;

import dev.rsvpbot.command.Refusal;
import dev.rsvpbot.command.Verb;

import java.util.List;
import java.util.Map;

/**
 * The summary's words about commands, one instance per language: the marks on entries a command set, the list of
 * commands not applied, the hint on correcting the bot and the list {@code /rsvp help} asks for.
 */
public record CommandMessages(String steeredMark, String doneMark, String settledMark, String posterOrder,
                              String notAppliedHeading, String notAppliedHeaders, Map<Refusal, String> refusals,
                              String malformed, String tally, String hint,
                              String helpHeading, String helpIntro, String helpHeaders, Map<Verb, List<String>> help) {
    public CommandMessages {
        refusals = Map.copyOf(refusals);
        help = Map.copyOf(help);
    }

    static final CommandMessages ZH = new CommandMessages(
            "（%s 用指令设置）", "（✅ %s 已处理）", "（%s 已确认）", "Poster 顺序由 %s 用指令指定。",
            "未执行的指令", "| 成员 | 指令 | 原因 | 回复 |",
            Map.of(Refusal.NOT_SELF_OR_CHAIR, "只有本人或主席可以这样做",
                    Refusal.NOT_REFERRER_OR_CHAIR, "只有推荐人或主席可以登记新人",
                    Refusal.CHAIR_ONLY, "只有主席可以这样做",
                    Refusal.NOTHING_TO_SETTLE, "评论 %s 里没有待处理的修订或待确认项"),
            "无法识别（%s），应为 %s",
            "指令：执行 %d 条，拒绝 %d 条，无法识别 %d 条。",
            "💡 汇总有误？在回复中单独一行写指令纠正，例如 `/rsvp drop @<login>`、`/rsvp poster @<login> 题目`"
                    + "（本人可改自己的，主席可改任何人的）；`/rsvp help` 列出全部指令。",
            "指令", "在回复中每行写一条（引用和代码里的不算），按时间先后生效：之后的指令或本人之后的回复优先。"
                    + "主席指：配置中的主席和副主席、本 issue 的作者、author_association 为 %s 的评论者。",
            "| 指令 | 谁可以用 | 作用 |",
            Map.ofEntries(
                    Map.entry(Verb.ORAL, List.of("本人；主席可为任何人", "报名 Oral（替换此人原有的报名）")),
                    Map.entry(Verb.POSTER, List.of("本人；主席可为任何人", "报名 Poster（替换此人原有的报名）")),
                    Map.entry(Verb.ATTEND, List.of("本人；主席可为任何人", "参加，可挂靠一位报告人")),
                    Map.entry(Verb.DROP, List.of("本人；主席可为任何人", "退出；同类候补的第一位递补")),
                    Map.entry(Verb.NEWCOMER, List.of("推荐人；主席", "登记新人（不写推荐人时，推荐人是写指令的人）")),
                    Map.entry(Verb.ORDER, List.of("主席", "指定 Poster 的顺序（也就决定了谁候补）")),
                    Map.entry(Verb.DONE, List.of("主席", "标记修订已处理，或待确认项已确认")),
                    Map.entry(Verb.DATE, List.of("主席", "改日期")),
                    Map.entry(Verb.TIME, List.of("主席", "改开始时间")),
                    Map.entry(Verb.ROOM, List.of("主席", "改地点")),
                    Map.entry(Verb.TRACK, List.of("主席", "改分会")),
                    Map.entry(Verb.HELP, List.of("任何人", "在汇总中列出这些指令"))));

    static final CommandMessages EN = new CommandMessages(
            " (set by %s's command)", " — ✅ done (%s)", " — settled by %s", "Poster order fixed by %s's command.",
            "Commands not applied", "| Member | Command | Why | Reply |",
            Map.of(Refusal.NOT_SELF_OR_CHAIR, "only the person themself or a chair may do this",
                    Refusal.NOT_REFERRER_OR_CHAIR, "only the referrer or a chair may record a newcomer",
                    Refusal.CHAIR_ONLY, "only a chair may do this",
                    Refusal.NOTHING_TO_SETTLE, "comment %s holds no correction or review item"),
            "not understood (%s); expected %s",
            "Commands: %d applied, %d refused, %d not understood.",
            "💡 Something wrong? Correct the bot with a command on its own line in a reply, e.g. `/rsvp drop @<login>` "
                    + "or `/rsvp poster @<login> title` (anyone for themself, a chair for anyone); `/rsvp help` lists them all.",
            "Commands", "One a line in a reply (not in quotes or code), applied in time order: a later command, or a "
                    + "later reply by the same person, wins. Chairs: the chairs and vice-chairs of the config, this "
                    + "issue's author, and commenters whose author_association is %s.",
            "| Command | Who may use it | Effect |",
            Map.ofEntries(
                    Map.entry(Verb.ORAL, List.of("the person themself; a chair for anyone", "signs up as Oral (replaces what that person had)")),
                    Map.entry(Verb.POSTER, List.of("the person themself; a chair for anyone", "signs up as Poster (replaces what that person had)")),
                    Map.entry(Verb.ATTEND, List.of("the person themself; a chair for anyone", "attends, optionally attached to a presenter")),
                    Map.entry(Verb.DROP, List.of("the person themself; a chair for anyone", "withdraws; the first on that kind's waitlist moves up")),
                    Map.entry(Verb.NEWCOMER, List.of("the referrer; a chair", "records a newcomer (without referrer, the command's author refers them)")),
                    Map.entry(Verb.ORDER, List.of("a chair", "fixes the order of the Posters (and so who waits)")),
                    Map.entry(Verb.DONE, List.of("a chair", "marks a correction applied, or a review item settled")),
                    Map.entry(Verb.DATE, List.of("a chair", "sets the date")),
                    Map.entry(Verb.TIME, List.of("a chair", "sets the start time")),
                    Map.entry(Verb.ROOM, List.of("a chair", "sets the room")),
                    Map.entry(Verb.TRACK, List.of("a chair", "sets the track")),
                    Map.entry(Verb.HELP, List.of("anyone", "the summary lists these commands"))));
}
