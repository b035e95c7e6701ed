package dev.rsvpbot.pipeline;

import dev.rsvpbot.agenda.Agenda;
import dev.rsvpbot.agenda.SlotKind;
import dev.rsvpbot.classify.Classification;
import dev.rsvpbot.classify.Lexicon;
import dev.rsvpbot.classify.ReplyClassifier;
import dev.rsvpbot.classify.ThreadAsk;
import dev.rsvpbot.config.RenderConfig;
import dev.rsvpbot.config.RsvpConfig;
import dev.rsvpbot.testing.Says;
import dev.rsvpbot.testing.ThreadBuilder;
import dev.rsvpbot.thread.IssueThread;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Talks come first: a crowd shrinks the parts around the talks, never the talks, and the summary says so. */
class CrowdedMeetingTest {
    @Test
    void fiveThousandRepliesStillGiveEveryTalkItsSlotWithinTheHardLimit() {
        IssueThread thread = LargeThreads.of(5_000, ThreadBuilder.s3e6Minutes());
        ReplyClassifier classifier = new ReplyClassifier(Lexicon.defaults());
        Map<String, Classification> classified = new HashMap<>();
        ThreadAsk ask = classifier.readThread(thread.issue().title(), thread.issue().body(), thread.issue().author());
        thread.replies().forEach(r -> classified.computeIfAbsent(r.body(), body -> classifier.classify(body, ask, "")));
        Summary summary = new SummaryPipeline(RsvpConfig.defaults().withRender(new RenderConfig("en")), classified::get)
                .summarize(thread, "rsvp-bot");

        Agenda agenda = summary.data().agenda();
        assertThat(agenda.orals()).hasSize(1);
        assertThat(agenda.posters()).hasSize(4);
        assertThat(agenda.totalMinutes()).isLessThanOrEqualTo(180);
        assertThat(agenda.shortened()).extracting(s -> s.kind()).contains(SlotKind.CLOSING);
        assertThat(summary.body()).doesNotContain("(+1d)").contains("⏱️ Shortened so the Orals and Posters fit the 180-minute hard limit");
        OutputInvariants.check(summary);
    }

    /** Forty attendees, a long title and a long correction: what a busy week looks like. */
    static ThreadBuilder busyWeek() {
        ThreadBuilder thread = new ThreadBuilder()
                .says("hwfan", Says.oral("Deep Metric Learning", "https://arxiv.org/abs/1801.07698"))
                .says("huan", Says.poster("A Survey of Large Language Models and their Evaluation: Benchmarks, "
                        + "Metrics, Methodologies, Human Judgement, Contamination, Robustness, Calibration, Safety, "
                        + "Fairness, Multilinguality, Long Context, Tool Use, Agents and Everything Else Under the Sun",
                        "https://arxiv.org/abs/2303.18223"))
                .says("23LuZ", "纪要里张璐那篇的链接（aclweb.org/anthology/P15-1152）现在打不开了，麻烦换成新的地址 "
                        + "https://aclanthology.org/P15-1152/ 吧，另外题目也写错了", Says.correction())
                .says("wanglinyu", "大家好，我是王琳玉，推荐人 @huan", Says.newcomer("huan", "我是王琳玉，北邮研一，做行人重识别"));
        for (int i = 1; i <= 160; i++) {
            thread.says("member-" + i, Says.attend());
        }
        return thread;
    }

    @Test
    void aBusyWeekShortensTheFeedbackRoundAndCutsTextWhereItSaysSo() {
        RsvpConfig config = RsvpConfig.defaults().withRender(new RenderConfig("en"));
        ThreadBuilder thread = busyWeek();
        Summary summary = new SummaryPipeline(config, thread.classifier()).summarize(thread.thread(ThreadBuilder.issue(
                "第三季6场 AI ML Club 活动纪要", ThreadBuilder.s3e6Minutes())), "rsvp-bot");
        GoldenFiles.assertMatches("busy-en.md", summary.body());
        OutputInvariants.check(summary);
    }
}
