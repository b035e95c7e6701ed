package dev.rsvpbot.pipeline;

import dev.rsvpbot.classify.Label;
import dev.rsvpbot.config.RenderConfig;
import dev.rsvpbot.config.RsvpConfig;
import dev.rsvpbot.testing.LedgerReplies;
import dev.rsvpbot.testing.Says;
import dev.rsvpbot.testing.ThreadBuilder;
import dev.rsvpbot.thread.IssueThread;
import dev.rsvpbot.thread.Reply;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class SummaryPropertiesTest {
    private static final String MINUTES_TITLE = "第三季6场 AI ML Club 活动纪要";
    private static final List<String> TRICKS = List.of("<!--", "-->", "<!-- rsvp-bot:summary sha256=" + "a".repeat(64) + " -->",
            "@alice", "@@bob", "＠carol", "@ dave", "me@example.com", "@org/team", "|", "\\|", "\\", "\n# heading\n",
            "\n===\n", "![img](http://e.vil/x.png)", "[link](http://e.vil)", "<http://e.vil>", "https://e.vil/@eve",
            "`", "```", "````", "~~~", "<details>", "</details>", "<summary>", "\u202Eevil", "&#64;frank", "&lt;!--",
            "*", "_", "\r\n", "\u2028", "\u0000", "<script>", "{{ x }}", "$$x$$", ":+1:", "- [x] Poster", "> quote",
            "　", "👍🏽", "\uD800", "漢字", "第三季7场");

    /** Arbitrary text, adversarial fragments, and mixtures of both. */
    @Provide
    Arbitrary<String> memberText() {
        Arbitrary<String> any = Arbitraries.strings().all().ofMaxLength(80);
        Arbitrary<String> trick = Arbitraries.of(TRICKS);
        Arbitrary<String> mixed = Combinators.combine(any, trick, any, trick).as((a, b, c, d) -> a + b + c + d);
        return Arbitraries.oneOf(any, trick, mixed);
    }

    private static SummaryPipeline pipeline(ThreadBuilder thread, String language) {
        return new SummaryPipeline(RsvpConfig.defaults().withRender(new RenderConfig(language)), thread.classifier());
    }

    private static IssueThread threadOf(ThreadBuilder thread) {
        return thread.thread(ThreadBuilder.issue(MINUTES_TITLE, ThreadBuilder.s3e6Minutes()));
    }

    @Property(tries = 300)
    void noMemberTextForgesTheMarkerOpensACommentBreaksATableOrMentionsAnyone(
            @ForAll("memberText") String title, @ForAll("memberText") String url, @ForAll("memberText") String bio,
            @ForAll("memberText") String name, @ForAll("memberText") String referrer,
            @ForAll("memberText") String correction, @ForAll("memberText") String author) {
        String login = author.isBlank() ? "x" : author;
        ThreadBuilder thread = new ThreadBuilder()
                .says(login, Says.poster(title, url))
                .says("second", Says.oral(name, url))
                .says("third", Says.oral(bio, title))
                .says("fourth", Says.attachTo(referrer))
                .says(login + "2", Says.attachTo(login))
                .says("newbie", Says.newcomer(referrer, bio))
                .says("member", Says.attend().friend(name, name, bio))
                .says("fixer", correction, Says.correction())
                .says(name.isBlank() ? "y" : name, correction + "?", Says.question())
                .says("unsure", Says.poster(title, "").unsure());

        for (String language : List.of("zh", "en")) {
            OutputInvariants.check(pipeline(thread, language).summarize(threadOf(thread), "rsvp-bot"));
        }
    }

    @Property(tries = 200)
    void theRealClassifierNeverThrowsAndItsSummaryKeepsTheInvariants(@ForAll @Size(max = 6) List<@From("memberText") String> bodies) {
        List<Reply> replies = new ArrayList<>();
        Instant at = ThreadBuilder.START;
        for (int i = 0; i < bodies.size(); i++) {
            replies.add(new Reply(i + 1, "m" + i, false, bodies.get(i), at.plusSeconds(i), at.plusSeconds(i), ""));
        }
        RsvpConfig config = RsvpConfig.defaults();
        IssueThread thread = new IssueThread(ThreadBuilder.issue(MINUTES_TITLE, ThreadBuilder.s3e6Minutes()), replies);

        OutputInvariants.check(new SummaryPipeline(config).summarize(thread, "rsvp-bot"));
    }

    @Provide
    Arbitrary<String> minutesText() {
        Arbitrary<String> any = Arbitraries.strings().all().ofMaxLength(60);
        Arbitrary<String> dates = Arbitraries.of("日期：2019年9月15日", "日期：0000年0月0日", "日期：9999年12月31日", "date: 2019-02-30",
                "Date: 0001-01-01", "date: 9999-12-31 23:59", "第三季6场", "第零季零场", "第九十九季九十九场", "S999E999", "S0E0",
                "AMC(CV) Chairs:Chair: 段嘉铭 Vice-chair: 刘云", "(NLP) Chairs: Chair: | Vice-chair: <!--", "第十十季二二场");
        return Combinators.combine(any, dates, any, dates).as((a, b, c, d) -> a + b + "\n" + c + d);
    }

    @Property(tries = 200)
    void anyMinutesGiveAnAgendaWithoutThrowing(@ForAll("minutesText") String title, @ForAll("minutesText") String body) {
        ThreadBuilder thread = new ThreadBuilder().says("alice", Says.oral("A", "")).says("bob", Says.attachTo("alice"));

        Summary summary = pipeline(thread, "en").summarize(thread.thread(ThreadBuilder.issue(title, body)), "rsvp-bot");

        OutputInvariants.check(summary);
        assertThat(summary.data().agenda().date()).isAfter(java.time.LocalDate.of(0, 1, 1));
    }

    /** Nothing a member wrote may silently vanish: each reply is in some list of the ledger, or counted as chatter. */
    private static void everyReplyEndsUpSomewhere(Summary summary, List<Reply> replies) {
        assertThat(LedgerReplies.placed(summary.data().ledger()))
                .containsExactlyInAnyOrderElementsOf(replies.stream().map(Reply::id).toList());
    }

    private static final List<Says> ACTIONS = List.of(Says.oral("O", ""), Says.poster("P", "https://arxiv.org/abs/1801.07698"),
            Says.attend(), Says.withdraw(), Says.correction(), Says.chatter(), Says.question(), Says.newcomer("a0", "hi"),
            Says.labels(Label.ORAL), Says.attend().and(Label.NEWCOMER), Says.attend().friend(null, "徐魁", ""),
            Says.attend().friend("a1", "", ""), Says.newcomer(null, "hi"));

    @Property(tries = 200)
    void shufflingRepliesNeverChangesTheSummaryAndLosesNoReply(@ForAll @Size(min = 1, max = 25) List<@IntRange(max = 999) Integer> steps,
                                                @ForAll long seed) {
        ThreadBuilder thread = new ThreadBuilder();
        Map<Integer, Integer> ids = new HashMap<>();
        for (int i = 0; i < steps.size(); i++) {
            int step = steps.get(i);
            // Few distinct times and few people, so equal timestamps and changes of mind are common.
            Instant at = ThreadBuilder.START.plusSeconds(60L * (step % 4));
            String who = "a" + (step / 4) % 5;
            String attach = "a" + (step / 20) % 5;
            Says says = step % 10 == 9 ? Says.attachTo(attach) : ACTIONS.get(step % ACTIONS.size());
            ids.merge(step, 1, Integer::sum);
            thread.saysAt(at, 10_000L + i * 7L, who, says);
        }
        SummaryPipeline pipeline = pipeline(thread, "zh");
        String inOrder = pipeline.summarize(threadOf(thread), "rsvp-bot").body();
        List<Reply> shuffled = new ArrayList<>(thread.replies());
        Collections.shuffle(shuffled, new Random(seed));
        IssueThread shuffledThread = new IssueThread(threadOf(thread).issue(), shuffled);

        Summary shuffledSummary = pipeline.summarize(shuffledThread, "rsvp-bot");
        assertThat(shuffledSummary.body()).isEqualTo(inOrder);
        everyReplyEndsUpSomewhere(shuffledSummary, thread.replies());
        assertThat(pipeline(thread, "zh").summarize(threadOf(thread), "rsvp-bot").body())
                .as("a second pipeline renders the same bytes").isEqualTo(inOrder);
    }
}
