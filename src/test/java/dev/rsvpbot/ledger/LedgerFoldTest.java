package dev.rsvpbot.ledger;

import dev.rsvpbot.classify.Label;
import dev.rsvpbot.testing.LedgerReplies;
import dev.rsvpbot.testing.Says;
import dev.rsvpbot.testing.ThreadBuilder;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class LedgerFoldTest {
    private final LedgerFold fold = new LedgerFold(1);

    private Ledger read(ThreadBuilder thread) {
        return fold.fold(thread.events());
    }

    @Test
    void latestStatementWins() {
        Ledger ledger = read(new ThreadBuilder()
                .says("alice", Says.poster("EMANet", ""))
                .says("alice", Says.labels(Label.ORAL)));

        assertThat(ledger.signUps()).extracting(SignUp::login, SignUp::kind).containsExactly(tuple("alice", TalkKind.ORAL));
    }

    @Test
    void switchingKindWithoutTitleKeepsTheTalk() {
        Ledger ledger = read(new ThreadBuilder()
                .says("alice", Says.poster("ArcFace", "https://arxiv.org/abs/1801.07698"))
                .says("alice", Says.labels(Label.ORAL)));

        assertThat(ledger.signUps().get(0).talk().url()).isEqualTo("https://arxiv.org/abs/1801.07698");
        assertThat(ledger.signUps().get(0).talk().title()).isEqualTo("ArcFace");
    }

    @Test
    void changeOfKindTakesTheTimeOfTheChange() {
        Ledger ledger = read(new ThreadBuilder()
                .says("alice", Says.poster("A", ""))
                .says("bob", Says.oral("B", ""))
                .says("alice", Says.labels(Label.ORAL)));

        assertThat(ledger.signUps(TalkKind.ORAL)).extracting(SignUp::login).containsExactly("bob", "alice");
    }

    @Test
    void updatingTheSameKindKeepsThePlace() {
        Ledger ledger = read(new ThreadBuilder()
                .says("alice", Says.poster("A", ""))
                .says("bob", Says.poster("B", ""))
                .says("alice", Says.poster("A, second version", "")));

        assertThat(ledger.signUps()).extracting(SignUp::login).containsExactly("alice", "bob");
        assertThat(ledger.signUps().get(0).talk().title()).isEqualTo("A, second version");
    }

    @Test
    void checkingInDoesNotCancelATalk() {
        Ledger ledger = read(new ThreadBuilder()
                .says("shensda", Says.poster("EfficientNet", ""))
                .says("shensda", Says.attend().friend("barrykui", "徐魁", "")));

        assertThat(ledger.signUps()).extracting(SignUp::login, SignUp::kind).containsExactly(tuple("shensda", TalkKind.POSTER));
        assertThat(ledger.attendees()).isEmpty();
        assertThat(ledger.newcomers()).extracting(Newcomer::login).containsExactly("barrykui");
    }

    @Test
    void attachingToAnotherPresenterReplacesATalk() {
        Ledger ledger = read(new ThreadBuilder()
                .says("alice", Says.poster("A", ""))
                .says("bob", Says.poster("B", ""))
                .says("bob", Says.attachTo("alice")));

        assertThat(ledger.signUps()).extracting(SignUp::login).containsExactly("alice");
        assertThat(ledger.attendees()).extracting(Attendee::login, Attendee::with).containsExactly(tuple("bob", Optional.of("alice")));
    }

    @Test
    void withdrawalCancelsEarlierPoster() {
        Ledger ledger = read(new ThreadBuilder()
                .says("alice", Says.poster("A", ""))
                .says("alice", Says.withdraw()));

        assertThat(ledger.signUps()).isEmpty();
        assertThat(ledger.withdrawals()).extracting(Withdrawal::login, Withdrawal::had)
                .containsExactly(tuple("alice", Optional.of(Label.POSTER)));
    }

    @Test
    void signingUpAgainAfterWithdrawingCountsFromTheNewSignUp() {
        Ledger ledger = read(new ThreadBuilder()
                .says("alice", Says.poster("A", ""))
                .says("bob", Says.poster("B", ""))
                .says("alice", Says.withdraw())
                .says("alice", Says.poster("A", "")));

        assertThat(ledger.signUps()).extracting(SignUp::login).containsExactly("bob", "alice");
        assertThat(ledger.withdrawals()).isEmpty();
    }

    @Test
    void timeOrdersTheThreadNotInputOrder() {
        ThreadBuilder thread = new ThreadBuilder()
                .saysAt(Instant.parse("2019-09-16T10:00:00Z"), 5, "alice", Says.withdraw())
                .saysAt(Instant.parse("2019-09-16T09:00:00Z"), 9, "alice", Says.poster("A", ""));

        assertThat(read(thread).signUps()).isEmpty();
    }

    @Test
    void anEditedReplyKeepsItsPlaceInTheQueue() {
        // alice posted first and edited her reply after bob signed up: the edit does not move her back.
        ThreadBuilder thread = new ThreadBuilder()
                .saysAt(Instant.parse("2019-09-16T09:00:00Z"), 1, "alice", Says.oral("edited title", ""))
                .saysAt(Instant.parse("2019-09-16T10:00:00Z"), 2, "bob", Says.oral("B", ""));
        List<LedgerEvent> events = new ArrayList<>();
        for (LedgerEvent e : thread.events()) {
            LedgerEvent.MemberReply m = (LedgerEvent.MemberReply) e;
            dev.rsvpbot.thread.Reply r = m.reply();
            events.add(new LedgerEvent.MemberReply(new dev.rsvpbot.thread.Reply(r.id(), r.author(), false, r.body(),
                    r.createdAt(), r.createdAt().plusSeconds(86_400), r.htmlUrl()), m.classification()));
        }

        assertThat(fold.fold(events).signUps(TalkKind.ORAL)).extracting(SignUp::login, s -> s.talk().title())
                .containsExactly(tuple("alice", "edited title"), tuple("bob", "B"));
    }

    @Test
    void equalTimestampsAreOrderedByCommentId() {
        Instant at = Instant.parse("2019-09-16T09:00:00Z");
        ThreadBuilder thread = new ThreadBuilder()
                .saysAt(at, 7, "bob", Says.oral("B", ""))
                .saysAt(at, 3, "alice", Says.oral("A", ""));
        List<LedgerEvent> events = new ArrayList<>(thread.events());
        Ledger forward = fold.fold(events);
        Collections.reverse(events);

        assertThat(forward.signUps()).extracting(SignUp::login).containsExactly("alice", "bob");
        assertThat(fold.fold(events)).isEqualTo(forward);
    }

    @Test
    void botRepliesAreIgnoredButCounted() {
        ThreadBuilder thread = new ThreadBuilder()
                .bot("rsvp-bot", false)
                .bot("dependabot[bot]", false)
                .bot("some-app", true)
                .says("alice", Says.poster("A", ""));
        LedgerEvents events = new LedgerEvents("RSVP-bot", r -> thread.classifier().apply(r.body()));

        Ledger ledger = fold.fold(events.of(thread.thread(ThreadBuilder.issue("t", "oral poster"))));

        assertThat(ledger.botReplies()).isEqualTo(3);
        assertThat(ledger.signUps()).extracting(SignUp::login).containsExactly("alice");
        assertThat(ledger.chatter()).isEmpty();
    }

    @Test
    void companionAttachesToThePresenterTheyName() {
        Ledger ledger = read(new ThreadBuilder()
                .says("alice", Says.poster("A", ""))
                .says("carol", Says.attachTo("@Alice")));

        assertThat(ledger.attendees()).extracting(Attendee::login, Attendee::with)
                .containsExactly(tuple("carol", Optional.of("alice")));
        assertThat(ledger.review()).isEmpty();
    }

    @Test
    void companionOverTheLimitGoesToReview() {
        Ledger ledger = read(new ThreadBuilder()
                .says("alice", Says.poster("A", ""))
                .says("carol", Says.attachTo("alice"))
                .says("dave", Says.attachTo("alice")));

        assertThat(ledger.attendees()).extracting(Attendee::login, Attendee::with)
                .containsExactly(tuple("carol", Optional.of("alice")), tuple("dave", Optional.empty()));
        assertThat(ledger.review()).extracting(ReviewItem::login, ReviewItem::reason, ReviewItem::subject)
                .containsExactly(tuple("dave", ReviewReason.COMPANION_OVER_LIMIT, "alice"));
    }

    @Test
    void configuredLimitAllowsMoreCompanions() {
        Ledger ledger = new LedgerFold(2).fold(new ThreadBuilder()
                .says("alice", Says.poster("A", ""))
                .says("carol", Says.attachTo("alice"))
                .says("dave", Says.attachTo("alice")).events());

        assertThat(ledger.attendees()).extracting(Attendee::with).containsOnly(Optional.of("alice"));
    }

    @Test
    void companionWithoutPresenterGoesToReview() {
        Ledger ledger = read(new ThreadBuilder()
                .says("carol", Says.attachTo("ghost")));

        assertThat(ledger.review()).extracting(ReviewItem::reason, ReviewItem::subject)
                .containsExactly(tuple(ReviewReason.COMPANION_WITHOUT_PRESENTER, "ghost"));
    }

    @Test
    void companionOfAPresenterWhoWithdrewGoesToReview() {
        Ledger ledger = read(new ThreadBuilder()
                .says("alice", Says.poster("A", ""))
                .says("carol", Says.attachTo("alice"))
                .says("alice", Says.withdraw()));

        assertThat(ledger.review()).extracting(ReviewItem::login, ReviewItem::reason)
                .containsExactly(tuple("carol", ReviewReason.COMPANION_WITHOUT_PRESENTER));
    }

    @Test
    void plainAttendeeIsListedAndFlaggedForReview() {
        Ledger ledger = read(new ThreadBuilder().says("erin", Says.attend()));

        assertThat(ledger.attendees()).extracting(Attendee::login).containsExactly("erin");
        assertThat(ledger.review()).extracting(ReviewItem::reason).containsExactly(ReviewReason.ATTENDS_WITHOUT_TALK);
    }

    @Test
    void newcomerCarriesReferrerAndBio() {
        Ledger ledger = read(new ThreadBuilder().says("wang", Says.newcomer("@huan", "北邮研一，做 ReID")));

        assertThat(ledger.newcomers()).extracting(Newcomer::login, Newcomer::referrer, Newcomer::bio)
                .containsExactly(tuple("wang", "huan", "北邮研一，做 ReID"));
        assertThat(ledger.review()).isEmpty();
    }

    @Test
    void newcomerWithoutReferrerGoesToReview() {
        Ledger ledger = read(new ThreadBuilder().says("li", Says.newcomer(null, "hello")));

        assertThat(ledger.newcomers()).extracting(Newcomer::login).containsExactly("li");
        assertThat(ledger.review()).extracting(ReviewItem::login, ReviewItem::reason)
                .containsExactly(tuple("li", ReviewReason.NEWCOMER_WITHOUT_REFERRER));
    }

    @Test
    void newcomerOfferingATalkIsNewcomerAndPresenter() {
        Ledger ledger = read(new ThreadBuilder().says("li", Says.newcomer("huan", "hi").and(Label.POSTER)));

        assertThat(ledger.newcomers()).extracting(Newcomer::login).containsExactly("li");
        assertThat(ledger.signUps()).extracting(SignUp::login, SignUp::kind).containsExactly(tuple("li", TalkKind.POSTER));
    }

    @Test
    void memberBringingAFriendMakesTheFriendTheNewcomer() {
        Ledger ledger = read(new ThreadBuilder()
                .says("alice", Says.poster("A", "").friend("barrykui", "徐魁", "做推荐系统")));

        assertThat(ledger.newcomers()).extracting(Newcomer::login, Newcomer::name, Newcomer::referrer, Newcomer::bio)
                .containsExactly(tuple("barrykui", "徐魁", "alice", "做推荐系统"));
        assertThat(ledger.signUps()).extracting(SignUp::login).containsExactly("alice");
    }

    @Test
    void friendWithoutLoginIsKnownByName() {
        Ledger ledger = read(new ThreadBuilder()
                .says("alice", Says.attachTo("bob").friend(null, "徐魁", "")));

        assertThat(ledger.newcomers()).extracting(Newcomer::display, Newcomer::referrer)
                .containsExactly(tuple("徐魁", "alice"));
    }

    @Test
    void aFriendWhoLaterIntroducesThemselfKeepsTheMemberAsReferrer() {
        Ledger ledger = read(new ThreadBuilder()
                .says("shensda", Says.poster("EfficientNet", "").friend("barrykui", "徐魁", "做推荐系统的"))
                .says("barrykui", Says.newcomer(null, "大家好，我是徐魁")));

        assertThat(ledger.newcomers()).extracting(Newcomer::login, Newcomer::name, Newcomer::referrer, Newcomer::bio)
                .containsExactly(tuple("barrykui", "徐魁", "shensda", "大家好，我是徐魁"));
        assertThat(ledger.review()).isEmpty();
    }

    @Test
    void aNewcomersLaterReplyWithoutABioKeepsTheEarlierBio() {
        Ledger ledger = read(new ThreadBuilder()
                .says("li", Says.newcomer("huan", "做语音识别"))
                .says("li", Says.newcomer(null, null)));

        assertThat(ledger.newcomers()).extracting(Newcomer::referrer, Newcomer::bio)
                .containsExactly(tuple("huan", "做语音识别"));
    }

    @Test
    void aNamedReferrerInALaterIntroductionReplacesTheEarlierOne() {
        Ledger ledger = read(new ThreadBuilder()
                .says("alice", Says.attachTo("bob").friend("dave", "", ""))
                .says("dave", Says.newcomer("carol", "hi")));

        assertThat(ledger.newcomers()).extracting(Newcomer::referrer).containsExactly("carol");
    }

    @Test
    void aMemberWhoComesWithAnUnnamedFriendIsNotTheNewcomer() {
        // 挂靠 @hwfan，另外带一个新朋友: ATTEND and NEWCOMER, no friend named. A newcomer's own introduction never
        // says ATTEND (labels.md), so the newcomer is the friend, referred by the member.
        Ledger ledger = read(new ThreadBuilder()
                .says("hwfan", Says.oral("A", ""))
                .says("alice", Says.attachTo("hwfan").and(Label.NEWCOMER)));

        assertThat(ledger.newcomers()).extracting(Newcomer::login, Newcomer::name, Newcomer::referrer)
                .containsExactly(tuple("", "", "alice"));
        assertThat(ledger.attendees()).extracting(Attendee::login, Attendee::with)
                .containsExactly(tuple("alice", Optional.of("hwfan")));
        assertThat(ledger.review()).isEmpty();
    }

    @Test
    void namingTheFriendLaterReplacesTheUnnamedFriend() {
        Ledger ledger = read(new ThreadBuilder()
                .says("hwfan", Says.oral("A", ""))
                .says("alice", Says.attachTo("hwfan").and(Label.NEWCOMER))
                .says("alice", Says.attachTo("hwfan").friend("barrykui", "徐魁", "")));

        assertThat(ledger.newcomers()).extracting(Newcomer::login, Newcomer::name, Newcomer::referrer)
                .containsExactly(tuple("barrykui", "徐魁", "alice"));
    }

    @Test
    void aFriendBroughtWithoutALoginWhoThenIntroducesThemselfNamingTheMemberIsOneNewcomer() {
        Ledger ledger = read(new ThreadBuilder()
                .says("hwfan", Says.oral("A", ""))
                .says("shensda", Says.attachTo("hwfan").friend(null, "徐魁", "做推荐系统的"))
                .says("alice", Says.attachTo("hwfan").and(Label.NEWCOMER))
                .says("barrykui", Says.newcomer("@shensda", "大家好，我是徐魁"))
                .says("li", Says.newcomer("alice", "我是李明")));

        assertThat(ledger.newcomers()).extracting(Newcomer::login, Newcomer::name, Newcomer::referrer, Newcomer::bio)
                .containsExactly(tuple("barrykui", "徐魁", "shensda", "大家好，我是徐魁"), tuple("li", "", "alice", "我是李明"));
    }

    @Test
    void whenAMemberBroughtTwoFriendsWithoutLoginsASelfIntroductionMatchesNeither() {
        Ledger ledger = read(new ThreadBuilder()
                .says("hwfan", Says.oral("A", ""))
                .says("shensda", Says.attachTo("hwfan").friend(null, "徐魁", ""))
                .says("shensda", Says.attachTo("hwfan").friend(null, "王五", ""))
                .says("barrykui", Says.newcomer("shensda", "hi")));

        assertThat(ledger.newcomers()).extracting(Newcomer::display).containsExactly("徐魁", "王五", "barrykui");
    }

    @Test
    void withdrawnNewcomerLeavesTheNewcomerList() {
        Ledger ledger = read(new ThreadBuilder()
                .says("li", Says.newcomer("huan", "hi"))
                .says("li", Says.withdraw()));

        assertThat(ledger.newcomers()).isEmpty();
        assertThat(ledger.withdrawals()).extracting(Withdrawal::login).containsExactly("li");
    }

    @Test
    void correctionLinksToTheReplyAndQuotesItsStart() {
        ThreadBuilder thread = new ThreadBuilder()
                .says("liuyun", "> 刘云 @fuyunfuyun666\n纪要里我的论文链接错了，应该是 https://arxiv.org/abs/1812.00500", Says.correction());
        Ledger ledger = read(thread);

        assertThat(ledger.corrections()).singleElement().satisfies(c -> {
            assertThat(c.login()).isEqualTo("liuyun");
            assertThat(c.excerpt()).isEqualTo("纪要里我的论文链接错了，应该是 https://arxiv.org/abs/1812.00500");
            assertThat(c.source().id()).isEqualTo(thread.replies().get(0).id());
            assertThat(c.source().url()).isEqualTo(thread.replies().get(0).htmlUrl());
        });
    }

    @Test
    void correctionAndSignUpInOneReplyCountBoth() {
        Ledger ledger = read(new ThreadBuilder().says("liuyun", Says.correction().and(Label.POSTER)));

        assertThat(ledger.corrections()).hasSize(1);
        assertThat(ledger.signUps()).hasSize(1);
    }

    @Test
    void unsureReplyGoesToReviewAndChangesNothing() {
        Ledger ledger = read(new ThreadBuilder()
                .says("alice", Says.poster("A", ""))
                .says("alice", Says.withdraw().unsure()));

        assertThat(ledger.signUps()).extracting(SignUp::login).containsExactly("alice");
        assertThat(ledger.review()).extracting(ReviewItem::reason, ReviewItem::subject)
                .containsExactly(tuple(ReviewReason.UNSURE, "WITHDRAW"));
    }

    @Test
    void questionWithRsvpWordsGoesToReview() {
        Ledger ledger = read(new ThreadBuilder().says("bob", "oral 可以讲多久？", Says.question()));

        assertThat(ledger.review()).extracting(ReviewItem::reason).containsExactly(ReviewReason.RSVP_WORDS_WITHOUT_SIGN_UP);
        assertThat(ledger.chatter()).isEmpty();
    }

    @Test
    void thanksCountAsChatter() {
        Ledger ledger = read(new ThreadBuilder().says("bob", "👍", Says.chatter()));

        assertThat(ledger.chatter()).hasSize(1);
        assertThat(ledger.review()).isEmpty();
    }

    @Test
    void withdrawingAndSigningUpInOneReplyGoesToReviewAndChangesNothing() {
        Ledger ledger = read(new ThreadBuilder()
                .says("alice", Says.oral("A", ""))
                .says("alice", Says.withdraw().and(Label.POSTER)));

        assertThat(ledger.signUps()).extracting(SignUp::kind).containsExactly(TalkKind.ORAL);
        assertThat(ledger.review()).extracting(ReviewItem::reason).containsExactly(ReviewReason.WITHDRAWS_AND_SIGNS_UP);
    }

    @Test
    void offeringBothKindsIsAPosterForTheChairToReview() {
        Ledger ledger = read(new ThreadBuilder().says("alice", Says.labels(Label.ORAL, Label.POSTER)));

        assertThat(ledger.signUps()).extracting(SignUp::kind).containsExactly(TalkKind.POSTER);
        assertThat(ledger.review()).extracting(ReviewItem::reason).containsExactly(ReviewReason.OFFERS_BOTH_KINDS);
    }

    @Test
    void everyMemberReplyEndsUpSomewhere() {
        ThreadBuilder thread = new ThreadBuilder()
                .says("alice", Says.poster("A", ""))
                .says("alice", Says.labels(Label.ORAL))
                .says("bob", Says.attachTo("alice"))
                .says("carol", Says.attachTo("alice"))
                .says("dave", Says.attend())
                .says("erin", Says.withdraw())
                .says("li", Says.newcomer(null, "hi"))
                .says("liuyun", Says.correction())
                .says("x", Says.question())
                .says("y", Says.chatter())
                .says("z", Says.poster("Z", "").unsure())
                .says("alice", Says.withdraw().and(Label.ORAL));
        Ledger ledger = read(thread);

        assertThat(LedgerReplies.placed(ledger)).containsExactlyInAnyOrderElementsOf(thread.replies().stream().map(r -> r.id()).toList());
    }
}
