package dev.rsvpbot.pipeline;

import dev.rsvpbot.config.RenderConfig;
import dev.rsvpbot.config.RsvpConfig;
import dev.rsvpbot.testing.Says;
import dev.rsvpbot.testing.ThreadBuilder;
import dev.rsvpbot.thread.Association;
import org.junit.jupiter.api.Test;

/**
 * A week in miniature steered by commands: applied ones marked on what they set, refused and malformed ones listed,
 * the hint, and the list of commands someone asked for.
 */
class CommandThreadGoldenTest {
    static ThreadBuilder steeredWeek() {
        ThreadBuilder thread = new ThreadBuilder()
                .says("alice", Says.oral("EMANet", "https://arxiv.org/abs/1907.13426"))
                .says("bob", Says.oral("Vision Transformers", "https://arxiv.org/abs/2010.11929"))
                .says("carol", Says.poster("Mixup", ""))
                .says("dave", Says.poster("Focal Loss", "https://arxiv.org/abs/1708.02002"));
        long correction = thread.nextId();
        return thread.says("erin", Says.correction())
                .writes("huan", "/rsvp drop @alice\n/rsvp poster @frank Diffusion https://arxiv.org/abs/2006.11239\n"
                        + "/agenda room 教三 101\n/rsvp done " + correction)
                .writes("gina", "/rsvp drop @carol")
                .writes("henry", "/agenda date next week")
                .writes("octo", Association.OWNER, "/rsvp order @frank @dave", Says.chatter())
                .writes("ivan", Association.CONTRIBUTOR, "what can I type here?\n/rsvp help", Says.question())
                .prose("what can I type here?", Says.question());
    }

    private static Summary summarize(String language) {
        RsvpConfig config = RsvpConfig.defaults().withRender(new RenderConfig(language));
        ThreadBuilder thread = steeredWeek();
        Summary summary = new SummaryPipeline(config, thread.classifier()).summarize(
                thread.thread(ThreadBuilder.issue("第三季6场 AI ML Club 活动纪要", ThreadBuilder.s3e6Minutes())), "rsvp-bot");
        OutputInvariants.check(summary);
        return summary;
    }

    @Test
    void aSteeredWeekInChinese() {
        GoldenFiles.assertMatches("commands-zh.md", summarize("zh").body());
    }

    @Test
    void aSteeredWeekInEnglish() {
        GoldenFiles.assertMatches("commands-en.md", summarize("en").body());
    }

    @Test
    void aSteeredWeekAsJson() {
        RsvpConfig config = RsvpConfig.defaults().withRender(new RenderConfig("en"));
        SummaryPipeline pipeline = new SummaryPipeline(config, steeredWeek().classifier());
        ThreadBuilder thread = steeredWeek();
        Summary summary = pipeline.summarize(
                thread.thread(ThreadBuilder.issue("第三季6场 AI ML Club 活动纪要", ThreadBuilder.s3e6Minutes())), "rsvp-bot");
        GoldenFiles.assertMatches("commands-en.json", pipeline.json(summary.data()));
    }
}
