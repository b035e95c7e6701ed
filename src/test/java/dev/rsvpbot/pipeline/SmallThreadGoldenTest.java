package dev.rsvpbot.pipeline;

import dev.rsvpbot.config.RenderConfig;
import dev.rsvpbot.config.RsvpConfig;
import dev.rsvpbot.testing.ThreadBuilder;
import org.junit.jupiter.api.Test;

class SmallThreadGoldenTest {
    private static Summary summarize(ThreadBuilder thread, String language) {
        RsvpConfig config = RsvpConfig.defaults();
        config = new RsvpConfig(config.github(), config.classify(), config.agenda(), new RenderConfig(language),
                config.schedule());
        SummaryPipeline pipeline = new SummaryPipeline(config, thread.classifier());
        return pipeline.summarize(thread.thread(ThreadBuilder.issue("第三季6场 AI ML Club 活动纪要",
                SmallThreads.s3e6Minutes())), "rsvp-bot");
    }

    @Test
    void aWeekInMiniatureInChinese() {
        GoldenFiles.assertMatches("week-zh.md", summarize(SmallThreads.week(), "zh").body());
    }

    @Test
    void aWeekInMiniatureInEnglish() {
        GoldenFiles.assertMatches("week-en.md", summarize(SmallThreads.week(), "en").body());
    }

    @Test
    void aThreadWithoutRepliesStillHasTheAgenda() {
        GoldenFiles.assertMatches("empty-zh.md", summarize(new ThreadBuilder(), "zh").body());
    }

    @Test
    void hostileMemberTextStaysInert() {
        GoldenFiles.assertMatches("adversarial-en.md", summarize(SmallThreads.adversarial(), "en").body());
    }
}
