package dev.rsvpbot.classify;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.StringLength;

import static org.assertj.core.api.Assertions.assertThat;

/** Properties over arbitrary text; tries kept modest so the suite stays fast on 2 cores. */
class ReplyClassifierProperties {
    private static final ReplyClassifier CLASSIFIER = new ReplyClassifier(Lexicon.defaults());
    private static final ReplyClassifier ANOTHER = new ReplyClassifier(Lexicon.defaults());

    /** Author replies the hidden parts are added to. None of them uses backticks, fences or comments itself. */
    @Provide
    Arbitrary<String> replies() {
        return Arbitraries.of("P", "这周来不了", "1. 无 2. Poster 3. 无", "大家好，我是王琳玉，北邮研一，推荐人 @huan",
                "thanks!", "oral 可以讲多久？", "挂靠 @alice", "poster: https://arxiv.org/abs/1801.07698",
                "带一个新朋友 徐魁 @barrykui", "参加：【是】", "纪要里我的名字写错了", "", "not an oral this time");
    }

    /** Sign-up phrases mixed with arbitrary Unicode: what a hidden part might say. */
    @Provide
    Arbitrary<String> hidden() {
        Arbitrary<String> phrases = Arbitraries.of("oral", "poster", "P", "这周来不了", "改成 oral", "参加：【是】",
                "推荐人 @bob", "挂靠 @carol", "- [x] Oral", "1. 无 2. Oral 3. 无", "带一个新朋友 @dave");
        Arbitrary<String> any = Arbitraries.strings().all().ofMaxLength(80);
        return Arbitraries.oneOf(phrases, any, Arbitraries.strings().withChars("oralpstePO 参加来不了改成\n>`[]x-<!").ofMaxLength(60));
    }

    @Property(tries = 500)
    @Label("any Unicode input classifies without exception, deterministically")
    void anyInputClassifiesDeterministically(@ForAll @StringLength(max = 400) String body) {
        Classification first = CLASSIFIER.classify(body);
        assertThat(first.labels()).isNotEmpty();
        assertThat(first.evidence()).noneMatch(e -> e.cue().startsWith("rule:internal-error"));
        assertThat(CLASSIFIER.classify(body)).isEqualTo(first);
        assertThat(ANOTHER.classify(body)).isEqualTo(first);
    }

    @Property(tries = 300)
    @Label("lexicon-heavy input classifies without exception, deterministically")
    void cueHeavyInputClassifiesDeterministically(@ForAll("hidden") String a, @ForAll("hidden") String b, @ForAll("replies") String c) {
        String body = a + "\n" + c + " " + b;
        Classification first = CLASSIFIER.classify(body);
        assertThat(first.evidence()).noneMatch(e -> e.cue().startsWith("rule:internal-error"));
        assertThat(CLASSIFIER.classify(body)).isEqualTo(first);
    }

    @Property(tries = 300)
    @Label("quoted lines never change the result")
    void quotedLinesNeverCount(@ForAll("replies") String reply, @ForAll("hidden") String hidden) {
        StringBuilder quoted = new StringBuilder();
        for (String line : hidden.split("\n", -1)) {
            quoted.append("> ").append(line).append('\n');
        }
        assertThat(CLASSIFIER.classify(reply + "\n" + quoted)).isEqualTo(CLASSIFIER.classify(reply));
        assertThat(CLASSIFIER.classify(quoted + reply)).isEqualTo(CLASSIFIER.classify(reply));
    }

    @Property(tries = 300)
    @Label("fenced code never changes the result")
    void fencedCodeNeverCounts(@ForAll("replies") String reply, @ForAll("hidden") String hidden) {
        String code = hidden.replace("`", "'").replace("~", "-");
        assertThat(CLASSIFIER.classify(reply + "\n```\n" + code + "\n```\n")).isEqualTo(CLASSIFIER.classify(reply));
        assertThat(CLASSIFIER.classify("~~~~\n" + code + "\n~~~~\n" + reply)).isEqualTo(CLASSIFIER.classify(reply));
    }

    @Property(tries = 300)
    @Label("inline code never changes the result")
    void inlineCodeNeverCounts(@ForAll("replies") String reply, @ForAll("hidden") String hidden) {
        String code = "c " + hidden.replace("`", "'").replace("\n", " "); // "``" alone is a literal run, not a span
        assertThat(CLASSIFIER.classify(reply + " `" + code + "`")).isEqualTo(CLASSIFIER.classify(reply + " "));
        assertThat(CLASSIFIER.classify(reply + " ``" + code + "``")).isEqualTo(CLASSIFIER.classify(reply + " "));
    }

    @Property(tries = 300)
    @Label("HTML comments and unticked boxes never change the result")
    void commentsAndUntickedBoxesNeverCount(@ForAll("replies") String reply, @ForAll("hidden") String hidden) {
        String comment = hidden.replace("-->", "- ->");
        assertThat(CLASSIFIER.classify(reply + "\n<!-- " + comment + " -->")).isEqualTo(CLASSIFIER.classify(reply + "\n"));
        String boxed = hidden.replace("\n", " ").replace("[", "(").replace("☑", " ").replace("☒", " ");
        assertThat(CLASSIFIER.classify(reply + "\n- [ ] " + boxed)).isEqualTo(CLASSIFIER.classify(reply + "\n- "));
    }
}
