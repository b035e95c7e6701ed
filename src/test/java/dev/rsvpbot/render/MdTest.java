package dev.rsvpbot.render;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MdTest {
    @Test
    void pipesAndLineBreaksCannotBreakATableRow() {
        assertThat(Md.text("a | b\n| c |\r\nd")).isEqualTo("a \\| b \\| c \\| d");
    }

    @Test
    void htmlCommentsAndTagsShowAsText() {
        assertThat(Md.text("<!-- rsvp-bot:summary --> <details>")).doesNotContain("<").contains("&lt;\\!-- rsvp-bot:summary --&gt;");
    }

    @Test
    void mentionsInMemberTextDoNotNotify() {
        assertThat(Md.text("thanks @alice and ＠bob")).isEqualTo("thanks @\u200Balice and ＠\u200Bbob");
    }

    @Test
    void entitiesCannotSpellAMention() {
        assertThat(Md.text("&#64;alice")).isEqualTo("&amp;\\#64;alice");
    }

    @Test
    void headingsLinksImagesAndAutolinksAreNeutralised() {
        assertThat(Md.text("# h ![i](http://x/i.png) [l](https://x) www.x.org"))
                .isEqualTo("\\# h \\!\\[i\\]\\(`http://x/i.png`\\) \\[l\\]\\(`https://x`\\) `www.x.org`");
    }

    @Test
    void bidiOverridesAndControlsBecomeSpaces() {
        assertThat(Md.text("a\u202Eb\u0000c")).isEqualTo("a b c");
    }

    @Test
    void urlsInMemberTextShowWholeAsCodeWithNothingInsertedInThem() {
        assertThat(Md.text("改成 https://arxiv.org/abs/1812.00500，谢谢 @alice"))
                .isEqualTo("改成 `https://arxiv.org/abs/1812.00500`，谢谢 @\u200Balice");
        assertThat(Md.text("see https://x.org/@bob/a_b*c.")).isEqualTo("see `https://x.org/@bob/a_b*c`.");
        assertThat(Md.text("mail me: a@b.org")).isEqualTo("mail me: a@\u200Bb.org");
    }

    @Test
    void aCutNeverFallsInsideAUrl() {
        String url = "https://aclanthology.org/P15-1152/";
        String text = "换成".repeat(35) + " " + url + " 吧，谢谢";
        assertThat(Md.cut(text, 80)).isEqualTo("换成".repeat(35) + " " + url + "…");
        assertThat(Md.text("字".repeat(195) + " " + url + " 吧")).endsWith("`" + url + "`…");
    }

    @Test
    void aCutEndsBetweenWordsWithAnEllipsis() {
        String title = "Deep Metric Learning ".repeat(12);
        // The 198th character falls inside "Metric": the cut moves back to the space before it.
        assertThat(Md.cut(title, 198)).endsWith("Learning Deep…").hasSize(193 + 1);
        assertThat(Md.cut("word".repeat(60), 200)).hasSize(201).endsWith("…");
    }

    @Test
    void longTextIsCutWithAnEllipsis() {
        assertThat(Md.text("字".repeat(500))).hasSize(Md.MAX_TEXT + 1).endsWith("…");
    }

    @Test
    void onlyPlainHttpUrlsBecomeLinks() {
        assertThat(Md.link("t", "https://arxiv.org/abs/1801.07698")).isEqualTo("[t](https://arxiv.org/abs/1801.07698)");
        assertThat(Md.link("t", "javascript:alert(1)")).isEqualTo("t javascript:alert\\(1\\)");
        assertThat(Md.link("t", "https://x.org/a) [y](https://e.vil")).isEqualTo("t `https://x.org/a`\\) \\[y\\]\\(`https://e.vil`");
        assertThat(Md.link("t", "https://x.org/@alice")).isEqualTo("[t](https://x.org/%40alice)");
    }

    @Test
    void onlyRealLoginsMentionOrLink() {
        assertThat(Md.person("hwfan")).isEqualTo("@[hwfan](https://github.com/hwfan)");
        assertThat(Md.person("x](https://e.vil)")).isEqualTo("x\\]\\(`https://e.vil`\\)");
        assertThat(Md.person("not a login")).isEqualTo("not a login");
    }

    @Test
    void theFenceIsLongerThanAnyBacktickRunInside() {
        assertThat(Md.fence("plain")).isEqualTo("```");
        assertThat(Md.fence("a ```` b ``")).isEqualTo("`````");
    }
}
