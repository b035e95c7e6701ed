package dev.rsvpbot.pipeline;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The example thread's summary as GitHub renders it (commonmark-java with GFM tables and autolinks): links work
 * where the bot means them (profiles, talks, replies), member text makes none, and no URL anywhere holds a
 * zero-width character, so whatever the chair copies works.
 */
class GfmRenderedSummaryTest {
    private static final String ZERO_WIDTH = "\u200B\u200C\u200D\u2060\uFEFF";

    private static GfmRendering rendered(String language) throws Exception {
        return GfmRendering.of(ExampleThreadGoldenTest.pipeline(language)
                .summarize(ExampleThreadGoldenTest.example(), "rsvp-bot").body());
    }

    @ParameterizedTest
    @ValueSource(strings = {"zh", "en"})
    void noUrlHoldsAZeroWidthCharacter(String language) throws Exception {
        GfmRendering summary = rendered(language);
        assertThat(summary.links).isNotEmpty();
        for (GfmRendering.Rendered link : summary.links) {
            assertThat(link.destination()).as("link %s", link).doesNotContainAnyWhitespaces()
                    .matches("https://[^" + ZERO_WIDTH + "]+");
        }
        // Nor does any URL-like run of the text a reader sees (a broken link shown as text).
        assertThat(summary.text.toString()).doesNotContainPattern("(?i)(?:https?:|www)\\S*[" + ZERO_WIDTH + "]");
        summary.codeSpans.stream().filter(code -> code.startsWith("http"))
                .forEach(url -> assertThat(url).as("url in code").matches("https?://[^\\s" + ZERO_WIDTH + "]+"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"zh", "en"})
    void linksGoWhereTheBotMeansThemAndNowhereElse(String language) throws Exception {
        GfmRendering summary = rendered(language);
        for (String destination : summary.destinations()) {
            boolean profile = destination.matches("https://github\\.com/[A-Za-z0-9-]+");
            boolean reply = destination.startsWith("https://github.com/BUPT/ai-ml.club/issues/326#issuecomment-");
            boolean talk = destination.equals("https://arxiv.org/abs/1909.11942");
            assertThat(profile || reply || talk).as("unexpected link %s", destination).isTrue();
        }
        assertThat(summary.links).contains(new GfmRendering.Rendered("https://github.com/hwfan", "hwfan"),
                new GfmRendering.Rendered("https://arxiv.org/abs/1909.11942", "ALBERT"));
        // Every reply the corrections, review list and not-applied commands cite is a working link.
        assertThat(summary.destinations()).contains(
                "https://github.com/BUPT/ai-ml.club/issues/326#issuecomment-531700285",
                "https://github.com/BUPT/ai-ml.club/issues/326#issuecomment-531703436");
    }

    @Test
    void correctionsShowTheirUrlsWholeAndCopyable() throws Exception {
        GfmRendering summary = rendered("zh");
        assertThat(summary.codeSpans).contains("https://arxiv.org/abs/1812.00500", "https://aclanthology.org/P15-1152/");
        assertThat(summary.destinations()).doesNotContain("https://arxiv.org/abs/1812.00500",
                "https://aclanthology.org/P15-1152/");
    }

    @Test
    void hostileMemberTextMakesNoLinkEvenAsGithubAutolinks() {
        String body = new SummaryPipeline(dev.rsvpbot.config.RsvpConfig.defaults()
                .withRender(new dev.rsvpbot.config.RenderConfig("en")), SmallThreads.adversarial().classifier())
                .summarize(SmallThreads.adversarial().thread(dev.rsvpbot.testing.ThreadBuilder.issue(
                        "第三季6场 AI ML Club 活动纪要", dev.rsvpbot.testing.ThreadBuilder.s3e6Minutes())), "rsvp-bot").body();
        GfmRendering summary = GfmRendering.of(body);
        assertThat(summary.destinations()).noneMatch(d -> d.contains("e.vil") || d.startsWith("javascript"));
        assertThat(summary.codeSpans).contains("http://e.vil/i.png", "http://e.vil");
    }
}
