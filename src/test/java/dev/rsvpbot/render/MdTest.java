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
                .isEqualTo("\\# h \\!\\[i\\]\\(http:\u200B//x/i.png\\) \\[l\\]\\(https:\u200B//x\\) www\u200B.x.org");
    }

    @Test
    void bidiOverridesAndControlsBecomeSpaces() {
        assertThat(Md.text("a\u202Eb\u0000c")).isEqualTo("a b c");
    }

    @Test
    void longTextIsCutWithAnEllipsis() {
        assertThat(Md.text("字".repeat(500))).hasSize(Md.MAX_TEXT + 1).endsWith("…");
    }

    @Test
    void onlyPlainHttpUrlsBecomeLinks() {
        assertThat(Md.link("t", "https://arxiv.org/abs/1801.07698")).isEqualTo("[t](https://arxiv.org/abs/1801.07698)");
        assertThat(Md.link("t", "javascript:alert(1)")).isEqualTo("t javascript:alert\\(1\\)");
        assertThat(Md.link("t", "https://x.org/a) [y](https://e.vil")).startsWith("t https:\u200B//x.org/a\\)");
        assertThat(Md.link("t", "https://x.org/@alice")).isEqualTo("[t](https://x.org/%40alice)");
    }

    @Test
    void onlyRealLoginsMentionOrLink() {
        assertThat(Md.mention("hwfan")).isEqualTo("@hwfan");
        assertThat(Md.mention("not a login")).isEqualTo("not a login");
        assertThat(Md.person("hwfan")).isEqualTo("@[hwfan](https://github.com/hwfan)");
        assertThat(Md.person("x](https://e.vil)")).isEqualTo("x\\]\\(https:\u200B//e.vil\\)");
    }

    @Test
    void theFenceIsLongerThanAnyBacktickRunInside() {
        assertThat(Md.fence("plain")).isEqualTo("```");
        assertThat(Md.fence("a ```` b ``")).isEqualTo("`````");
    }
}
