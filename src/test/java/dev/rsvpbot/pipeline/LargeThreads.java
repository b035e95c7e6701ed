package dev.rsvpbot.pipeline;

import dev.rsvpbot.thread.IssueThread;
import dev.rsvpbot.thread.Reply;
import dev.rsvpbot.thread.SeminarIssue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A thread far bigger than any club's: for the size limit test and the preview benchmark. */
public final class LargeThreads {
    private LargeThreads() {
    }

    /** {@code count} replies of long, mixed sign-ups, companions, newcomers, corrections and chatter. */
    public static IssueThread of(int count, String minutes) {
        String filler = "这是一段很长的说明 with some English words and a link https://arxiv.org/abs/1801.07698 | ".repeat(30);
        List<Reply> replies = new ArrayList<>(count);
        Instant start = Instant.parse("2019-09-16T03:00:00Z");
        for (int i = 0; i < count; i++) {
            String who = "member-" + i;
            String body = switch (i % 8) {
                case 0 -> "下次 oral，讲《" + filler.substring(0, 120) + i + "》";
                case 1 -> "2. poster: https://arxiv.org/abs/19" + String.format("%02d.%05d", i % 12 + 1, i) + " " + filler;
                case 2 -> "挂靠 @member-" + (i - 1) + " " + filler;
                case 3 -> "大家好，我是新人" + i + "号，推荐人 @member-" + (i - 2) + "。" + filler;
                case 4 -> "纪要里的名字写错了：" + filler;
                case 5 -> "oral 可以讲多久？" + filler;
                case 6 -> "谢谢分享 👍 " + filler;
                default -> "报名旁听 " + filler;
            };
            Instant at = start.plusSeconds(37L * i);
            replies.add(new Reply(600_000_000L + i, who, false, body, at, at,
                    "https://github.com/BUPT/ai-ml.club/issues/326#issuecomment-" + (600_000_000L + i)));
        }
        SeminarIssue issue = new SeminarIssue("BUPT/ai-ml.club", 326, "第三季6场 AI ML Club 活动纪要", minutes, "ArronHZG",
                Instant.parse("2019-09-16T02:31:07Z"), "https://github.com/BUPT/ai-ml.club/issues/326", List.of("seminar"));
        return new IssueThread(issue, replies);
    }
}
