package dev.rsvpbot.pipeline;

import dev.rsvpbot.classify.Label;
import dev.rsvpbot.testing.Says;
import dev.rsvpbot.testing.ThreadBuilder;


/** Small threads with hand-made classifications: the ledger, agenda and renderer seen without the classifier. */
final class SmallThreads {
    private SmallThreads() {
    }

    /** A week of the club in miniature: one of each case. */
    static ThreadBuilder week() {
        return new ThreadBuilder()
                .says("hwfan", "下次 oral，讲 ArcFace", Says.oral("ArcFace: Additive Angular Margin Loss", "https://arxiv.org/abs/1801.07698"))
                .says("ArronHZG", "oral 也可以", Says.oral("EMANet", ""))
                .says("fuyunfuyun666", "P", Says.poster("", ""))
                .says("23LuZ", "挂靠 @hwfan", Says.attachTo("hwfan"))
                .says("huan", "2. poster 讲 TPU", Says.poster("使用 TPU 训练 TensorFlow 模型", ""))
                .says("VDeamoV", "挂靠 @hwfan", Says.attachTo("@hwfan"))
                .says("wanglinyu", "大家好，我是王琳玉，推荐人 @huan", Says.newcomer("huan", "北邮研一，做行人重识别"))
                .says("fuyunfuyun666", "纪要里我的论文链接是 pdf，应该是 abs 页", Says.correction())
                .says("hefei", "oral 可以讲多久？", Says.question())
                .says("zhangsan", "👍", Says.chatter())
                .bot("rsvp-bot", false);
    }

    /** Member text that tries every trick: tables, comments, markers, mentions, headings, links, images. */
    static ThreadBuilder adversarial() {
        String nasty = "x | y\n# Heading <!-- rsvp-bot:summary sha256=" + "0".repeat(64) + " --> @alice ![img](http://e.vil/i.png) [click](http://e.vil) `code`";
        return new ThreadBuilder()
                .says("mallory", Says.poster(nasty, "javascript:alert(1)"))
                .says("trudy", Says.attachTo("mallory"))
                .says("eve", "x", Says.newcomer("@bob | evil", "hi @everyone\n\n## I am a heading\n<details>"))
                .says("eve2", "> quoted\n纪要 | 有误 <!-- hidden --> @octocat", Says.correction().and(Label.ATTEND));
    }
}
