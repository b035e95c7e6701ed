package dev.rsvpbot.pipeline;

import dev.rsvpbot.config.AgendaConfig;
import dev.rsvpbot.config.RenderConfig;
import dev.rsvpbot.config.RsvpConfig;
import dev.rsvpbot.testing.Says;
import dev.rsvpbot.testing.ThreadBuilder;
import org.junit.jupiter.api.Test;

class SmallThreadGoldenTest {
    private static Summary summarize(ThreadBuilder thread, String language) {
        RsvpConfig config = RsvpConfig.defaults().withRender(new RenderConfig(language));
        SummaryPipeline pipeline = new SummaryPipeline(config, thread.classifier());
        return pipeline.summarize(thread.thread(ThreadBuilder.issue("第三季6场 AI ML Club 活动纪要",
                ThreadBuilder.s3e6Minutes())), "rsvp-bot");
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
    void aTightMeetingWarnsAndWaitlistsTalksPastTheHardLimit() {
        RsvpConfig d = RsvpConfig.defaults();
        AgendaConfig a = d.agenda();
        // No tracks, a configured chair, limits of 60 and 70 minutes: talks come first, so the opening and the
        // feedback round shrink to let three Posters in; the fourth would end past 70 even so.
        AgendaConfig tight = new AgendaConfig(a.timeZone(), a.weekday(), java.time.LocalTime.of(19, 0), "Room 101",
                "octocat", "hubot", 1, 4, a.oralMinutes(), a.posterMinutes(), 2, a.openingMinutes(), a.newcomerMinutes(),
                a.breakMinutes(), a.closingMinutesPerPerson(), 60, 70, AgendaConfig.Tracks.none());
        RsvpConfig config = new RsvpConfig(d.github(), d.classify(), tight, new RenderConfig("en"), d.schedule());
        ThreadBuilder thread = new ThreadBuilder()
                .says("alice", Says.oral("Vision Transformers", "https://arxiv.org/abs/2010.11929"))
                .says("bob", Says.poster("Focal Loss", "https://arxiv.org/abs/1708.02002"))
                .says("carol", Says.poster("Mixup", ""))
                .says("dave", Says.poster("", "https://arxiv.org/abs/1905.11946"))
                .says("erin", Says.attachTo("alice"))
                .says("frank", Says.attachTo("alice"))
                .says("grace", Says.newcomer("bob", "PhD student, speech"))
                .says("carol", Says.poster("Mixup: Beyond Empirical Risk Minimization", "https://arxiv.org/abs/1710.09412"))
                .says("heidi", Says.poster("CutMix", "https://arxiv.org/abs/1905.04899"));

        Summary summary = new SummaryPipeline(config, thread.classifier())
                .summarize(thread.thread(ThreadBuilder.issue("Seminar minutes", "Date: 2019-10-05")), "rsvp-bot");

        GoldenFiles.assertMatches("tight-en.md", summary.body());
    }

    @Test
    void hostileMemberTextStaysInert() {
        GoldenFiles.assertMatches("adversarial-en.md", summarize(SmallThreads.adversarial(), "en").body());
    }
}
