package dev.rsvpbot.pipeline;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tried as a chair would: copy the agenda out of the summary's {@code <details>} block, paste it into the club's
 * announcement, publish. What comes out must be what the chair means to publish, names, mentions and links
 * included, without a hand edit.
 */
class ChairPastesTheAgendaTest {
    /** The club's announcement around the pasted agenda (the minutes' own header and footer lines). */
    private static final String TEMPLATE = """
            << 上次沙龙纪要: [#326](https://github.com/BUPT/ai-ml.club/issues/326)  <<

            %s
            ## 特别鸣谢CAD中心提供活动场地
            """;

    private static String announcement() throws Exception {
        String summary = ExampleThreadGoldenTest.pipeline("zh").summarize(ExampleThreadGoldenTest.example(), "rsvp-bot").body();
        return TEMPLATE.formatted(PasteBlock.of(summary));
    }

    @Test
    void theExampleAgendaPastesIntoTheAnnouncementAsTheChairWouldPublishIt() throws Exception {
        GoldenFiles.assertMatches("announcement-zh.md", announcement());
    }

    @Test
    void peopleAreWrittenAsTheMinutesWriteThemWithTheirNames() throws Exception {
        String pasted = announcement();
        assertThat(pasted).contains(
                "- 轮值主席：李卓桓 @[huan](https://github.com/huan)",
                "- 范弘炜 @[hwfan](https://github.com/hwfan) Deep Metric Learning",
                "- 王琳玉 @[wanglinyu](https://github.com/wanglinyu)（推荐人：李卓桓 @[huan](https://github.com/huan)）",
                "- Li Ming @[liming2019](https://github.com/liming2019)",
                "- 徐魁 @[barrykui](https://github.com/barrykui)");
        // The same style everywhere, the timeline included: nobody is a bare @login in one place and a link in another.
        assertThat(pasted).contains("Oral：范弘炜 @[hwfan](https://github.com/hwfan) —");
        assertThat(OutputInvariants.withoutCode(pasted)).doesNotContainPattern("[@＠][A-Za-z0-9]");
    }

    @Test
    void publishedAnnouncementLinksEveryPersonAndTalkAndHidesNothingInAUrl() throws Exception {
        GfmRendering published = GfmRendering.of(announcement());
        assertThat(published.links).contains(
                new GfmRendering.Rendered("https://github.com/hwfan", "hwfan"),
                new GfmRendering.Rendered("https://github.com/huan", "huan"),
                new GfmRendering.Rendered("https://arxiv.org/abs/1909.11942", "ALBERT"));
        assertThat(published.destinations()).allMatch(d -> d.matches("https://[\\x21-\\x7e]+"));
        assertThat(published.text.toString()).doesNotContain("\u200B").doesNotContain("\\");
    }

    @Test
    void thePasteBlockIsTheWholeAgendaAndNothingElse() throws Exception {
        String block = PasteBlock.of(ExampleThreadGoldenTest.pipeline("zh")
                .summarize(ExampleThreadGoldenTest.example(), "rsvp-bot").body());
        assertThat(block).startsWith("## S3E7 沙龙通知\n").endsWith("想法与反馈（17 人：报告人 5、候补 3、确认参加 5、新人 4；每人 1 分钟）\n")
                .doesNotContain("```", "<details>", "rsvp-bot:summary");
    }
}
