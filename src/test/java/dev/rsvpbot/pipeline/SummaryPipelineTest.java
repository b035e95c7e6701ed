package dev.rsvpbot.pipeline;

import dev.rsvpbot.classify.Label;
import dev.rsvpbot.classify.Track;
import dev.rsvpbot.config.RenderConfig;
import dev.rsvpbot.config.RsvpConfig;
import dev.rsvpbot.ledger.ReviewReason;
import dev.rsvpbot.render.SummaryRenderer;
import dev.rsvpbot.testing.Says;
import dev.rsvpbot.testing.ThreadBuilder;
import dev.rsvpbot.thread.IssueThread;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import dev.rsvpbot.classify.Classification;
import dev.rsvpbot.classify.Lexicon;
import dev.rsvpbot.classify.ReplyClassifier;

import static org.assertj.core.api.Assertions.assertThat;

class SummaryPipelineTest {
    private static final String TITLE = "第三季6场 AI ML Club 活动纪要";

    private static Summary summarize(ThreadBuilder thread) {
        return new SummaryPipeline(RsvpConfig.defaults(), thread.classifier())
                .summarize(thread.thread(ThreadBuilder.issue(TITLE, ThreadBuilder.s3e6Minutes())), "rsvp-bot");
    }

    @Test
    void aTrackHintInRepliesNeverOverridesTheSchedule() {
        Summary summary = summarize(new ThreadBuilder()
                .says("alice", Says.poster("A", "").track(Track.CV))
                .says("bob", Says.poster("B", "").track(Track.CV)));

        assertThat(summary.data().agenda().track()).contains(Track.NLP);
        assertThat(summary.body()).contains("- 分会：NLP");
    }

    @Test
    void theBotsOwnSummaryAndOtherBotsAreIgnoredButCounted() {
        Summary summary = summarize(new ThreadBuilder()
                .bot("rsvp-bot", false)
                .bot("github-actions[bot]", true)
                .says("alice", Says.oral("A", "")));

        assertThat(summary.data().ledger().botReplies()).isEqualTo(2);
        assertThat(summary.data().ledger().memberReplies()).isEqualTo(1);
        assertThat(summary.body()).contains("忽略机器人回复 2 条");
    }

    @Test
    void anIntactSummaryPostedUnderAUserAccountIsNoMemberReply() {
        // A club that runs the bot with a personal token, previewed without --bot-login: its own summary, which
        // names Orals and Posters and @-mentions presenters, must not be read as that account signing up.
        ThreadBuilder earlier = new ThreadBuilder().says("hwfan", Says.oral("ArcFace", "")).says("huan", Says.poster("TPU", ""));
        String oldSummary = summarize(earlier).body();
        java.util.List<dev.rsvpbot.thread.Reply> replies = new java.util.ArrayList<>(earlier.replies());
        java.time.Instant at = replies.get(replies.size() - 1).createdAt().plusSeconds(60);
        replies.add(new dev.rsvpbot.thread.Reply(9_999, "amc-bot", false, oldSummary, at, at, ""));
        IssueThread thread = new IssueThread(ThreadBuilder.issue(TITLE, ThreadBuilder.s3e6Minutes()), replies);

        Summary summary = new SummaryPipeline(RsvpConfig.defaults()).summarize(thread, "");

        assertThat(summary.data().ledger().botReplies()).isEqualTo(1);
        assertThat(summary.data().ledger().memberReplies()).isEqualTo(2);
        assertThat(summary.data().ledger().review()).extracting(r -> r.login()).doesNotContain("amc-bot");
    }

    @Test
    void aMemberWhoPastesAForgedMarkerIsStillAMember() {
        String forged = "<!-- rsvp-bot:summary sha256=" + "a".repeat(64) + " -->\nposter: EfficientNet";
        java.time.Instant at = ThreadBuilder.START;
        IssueThread thread = new IssueThread(ThreadBuilder.issue(TITLE, ThreadBuilder.s3e6Minutes()),
                java.util.List.of(new dev.rsvpbot.thread.Reply(1, "mallory", false, forged, at, at, "")));

        Summary summary = new SummaryPipeline(RsvpConfig.defaults()).summarize(thread, "");

        assertThat(summary.data().ledger().memberReplies()).isEqualTo(1);
        assertThat(summary.data().ledger().botReplies()).isZero();
    }

    @Test
    void theMinutesThemselvesSignNobodyUp() {
        // The S3E6 minutes name Orals and Posters and mention @logins: none of that is a reply.
        Summary summary = new SummaryPipeline(RsvpConfig.defaults())
                .summarize(new ThreadBuilder().thread(ThreadBuilder.issue(TITLE, ThreadBuilder.s3e6Minutes())), "rsvp-bot");

        assertThat(summary.data().ledger().signUps()).isEmpty();
        assertThat(summary.data().ledger().memberReplies()).isZero();
    }

    @Test
    void aReplyTheClassifierChokesOnGoesToReview() {
        ThreadBuilder thread = new ThreadBuilder().says("alice", "poison", Says.chatter()).says("bob", Says.oral("B", ""));
        Function<String, dev.rsvpbot.classify.Classification> choking = body -> {
            if (body.equals("poison")) {
                throw new IllegalStateException("boom");
            }
            return thread.classifier().apply(body);
        };

        Summary summary = new SummaryPipeline(RsvpConfig.defaults(), choking)
                .summarize(thread.thread(ThreadBuilder.issue(TITLE, ThreadBuilder.s3e6Minutes())), "rsvp-bot");

        assertThat(summary.data().ledger().review()).extracting(r -> r.login() + ":" + r.reason())
                .containsExactly("alice:" + ReviewReason.UNSURE);
        assertThat(summary.data().agenda().orals()).hasSize(1);
    }

    @Test
    void aReplyThatOverflowsTheClassifiersStackGoesToReviewAlone() {
        ThreadBuilder thread = new ThreadBuilder().says("alice", "deep", Says.chatter()).says("bob", Says.oral("B", ""));
        Function<String, dev.rsvpbot.classify.Classification> overflowing = body -> {
            if (body.equals("deep")) {
                throw new StackOverflowError();
            }
            return thread.classifier().apply(body);
        };

        Summary summary = new SummaryPipeline(RsvpConfig.defaults(), overflowing)
                .summarize(thread.thread(ThreadBuilder.issue(TITLE, ThreadBuilder.s3e6Minutes())), "rsvp-bot");

        assertThat(summary.data().ledger().review()).extracting(r -> r.login() + ":" + r.reason())
                .containsExactly("alice:" + ReviewReason.UNSURE);
        assertThat(summary.data().agenda().orals()).hasSize(1);
    }

    @Test
    void aCompanionOfAWaitlistedPresenterIsMarked() {
        Summary summary = summarize(new ThreadBuilder()
                .says("alice", Says.oral("A", ""))
                .says("bob", Says.oral("B", ""))
                .says("carol", Says.attachTo("bob")));

        assertThat(summary.body()).contains("| @[carol](https://github.com/carol) | @[bob](https://github.com/bob)（候补，本次不报告） |");
    }

    @Test
    void theJsonSaysWhichCompanionsPresenterWaits() throws Exception {
        ThreadBuilder thread = new ThreadBuilder()
                .says("alice", Says.oral("A", ""))
                .says("bob", Says.oral("B", ""))
                .says("carol", Says.attachTo("bob"))
                .says("dave", Says.attachTo("alice"));
        SummaryPipeline pipeline = new SummaryPipeline(RsvpConfig.defaults(), thread.classifier());
        Summary summary = pipeline.summarize(thread.thread(ThreadBuilder.issue(TITLE, ThreadBuilder.s3e6Minutes())), "rsvp-bot");

        com.fasterxml.jackson.databind.JsonNode attendees = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(pipeline.json(summary.data())).get("attendees");

        assertThat(attendees.findValuesAsText("login")).containsExactly("carol", "dave");
        assertThat(attendees.findValuesAsText("with")).containsExactly("bob", "alice");
        assertThat(attendees.findValues("presenterWaits")).extracting(com.fasterxml.jackson.databind.JsonNode::asBoolean)
                .containsExactly(true, false);
    }

    @Test
    void aFriendKnownOnlyByNameHasNoLoginInTheJson() throws Exception {
        // A name in the login field would read as a GitHub account: "Bob" is somebody else's login.
        ThreadBuilder thread = new ThreadBuilder()
                .says("alice", Says.oral("A", ""))
                .says("carol", Says.attachTo("alice").friend(null, "Bob", "做推荐系统"));
        SummaryPipeline pipeline = new SummaryPipeline(RsvpConfig.defaults(), thread.classifier());
        Summary summary = pipeline.summarize(thread.thread(ThreadBuilder.issue(TITLE, ThreadBuilder.s3e6Minutes())), "rsvp-bot");

        com.fasterxml.jackson.databind.JsonNode newcomer = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(pipeline.json(summary.data())).get("newcomers").get(0);

        assertThat(newcomer.get("login").isNull()).as("login of %s", newcomer).isTrue();
        assertThat(newcomer.get("name").asText()).isEqualTo("Bob");
        assertThat(newcomer.get("referrer").asText()).isEqualTo("carol");
    }

    @Test
    void anUnnamedFriendIsShownAsTheMembersFriend() {
        Summary summary = summarize(new ThreadBuilder()
                .says("alice", Says.oral("A", ""))
                .says("bob", Says.attachTo("alice").and(Label.NEWCOMER)));

        assertThat(summary.body()).contains("| @[bob](https://github.com/bob) 的朋友（未留名） | @[bob](https://github.com/bob) | — |")
                .doesNotContain("新人没有写推荐人");
    }

    @Test
    void theBodyStartsWithTheMarkerOfItsOwnContent() {
        Summary summary = summarize(new ThreadBuilder().says("alice", Says.labels(Label.POSTER)));
        String content = summary.body().substring(summary.body().indexOf('\n') + 1);

        assertThat(dev.rsvpbot.render.SummaryMarker.hashOf(summary.body()))
                .contains(dev.rsvpbot.render.SummaryMarker.sha256(content));
    }

    @Test
    void twoThousandLongRepliesStayWithinGithubsLimitAndSayWhatWasLeftOut() {
        IssueThread thread = LargeThreads.of(2_000, ThreadBuilder.s3e6Minutes());
        // Classify once with the real classifier; both languages then render the same ledger.
        ReplyClassifier classifier = new ReplyClassifier(Lexicon.defaults());
        Map<String, Classification> classified = new HashMap<>();
        thread.replies().forEach(r -> classified.computeIfAbsent(r.body(), classifier::classify));
        for (String language : new String[] {"zh", "en"}) {
            Summary summary = new SummaryPipeline(RsvpConfig.defaults().withRender(new RenderConfig(language)),
                    classified::get).summarize(thread, "rsvp-bot");

            assertThat(summary.body().length()).isLessThanOrEqualTo(SummaryRenderer.GITHUB_LIMIT)
                    .isGreaterThan(SummaryRenderer.GITHUB_LIMIT / 2);
            assertThat(summary.body()).containsPattern(language.equals("zh") ? "另有 \\d+ 条未列出" : "and \\d+ more not shown");
            assertThat(summary.body()).contains("</details>");
            OutputInvariants.check(summary);
        }
    }
}
