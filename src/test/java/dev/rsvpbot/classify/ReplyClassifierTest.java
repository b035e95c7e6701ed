package dev.rsvpbot.classify;

import org.junit.jupiter.api.Test;

import java.util.Set;

import dev.rsvpbot.testing.ThreadBuilder;

import static dev.rsvpbot.classify.Label.ATTEND;
import static dev.rsvpbot.classify.Label.CORRECTION;
import static dev.rsvpbot.classify.Label.NEWCOMER;
import static dev.rsvpbot.classify.Label.ORAL;
import static dev.rsvpbot.classify.Label.OTHER;
import static dev.rsvpbot.classify.Label.POSTER;
import static dev.rsvpbot.classify.Label.WITHDRAW;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rules, case by case, on replies to the club's minutes (S3E6), where they decide: each reply is read there, in
 * the thread it was written for. How replies read alone and in other threads fare is measured on real replies
 * ({@link RealCorpusTest}).
 */
class ReplyClassifierTest {
    private final ReplyClassifier classifier = new ReplyClassifier(Lexicon.defaults());
    private final ThreadAsk club = classifier.readThread("第三季6场 AI ML Club 活动纪要", ThreadBuilder.s3e6Minutes(), "ArronHZG");

    private Classification read(String body) {
        return classifier.classify(body, club, "");
    }

    private Set<Label> labels(String body) {
        return read(body).labels();
    }

    @Test
    void aSingleLetterPIsAPosterAndOAnOral() {
        assertThat(labels("P")).containsExactly(POSTER);
        assertThat(labels("O")).containsExactly(ORAL);
        assertThat(labels("p.s. see you")).doesNotContain(POSTER); // "p." is no Poster; whether "see you" means coming, the model judges
        assertThat(labels("O(n) 的算法很清楚")).containsExactly(OTHER);
        assertThat(labels("大家好，我是高中一年級的黃O霖，想學 python")).doesNotContain(ORAL); // a letter for a hidden character
        assertThat(labels("我选P")).containsExactly(POSTER);
        assertThat(labels("M O A B I T   lol")).doesNotContain(ORAL); // a word spelled out
        assertThat(labels("O，讲 EMANet")).containsExactly(ORAL);
    }

    @Test
    void quotedOralDoesNotCount() {
        assertThat(labels("> 下次 oral，讲 EMANet\n\n谢谢")).containsExactly(OTHER);
        assertThat(labels("> oral\n旁听")).containsExactly(ATTEND);
    }

    @Test
    void fencedCodeDoesNotCount() {
        assertThat(labels("```\noral\n```\n谢谢")).containsExactly(OTHER);
        assertThat(labels("~~~md\n- [x] Oral\n~~~\nposter")).containsExactly(POSTER);
    }

    @Test
    void anUnclosedFenceHidesEverythingAfterIt() {
        assertThat(labels("thanks\n```\noral")).containsExactly(OTHER);
    }

    @Test
    void inlineCodeDoesNotCount() {
        assertThat(labels("格式是 `1. 无 2. Poster 3. 无` 吗")).containsExactly(OTHER);
        assertThat(labels("``oral `x` poster`` 旁听")).containsExactly(ATTEND);
    }

    @Test
    void anUnpairedBacktickIsLiteral() {
        assertThat(labels("` poster")).containsExactly(POSTER);
    }

    @Test
    void htmlCommentDoesNotCount() {
        assertThat(labels("<!-- oral -->\n👍")).containsExactly(OTHER);
        assertThat(labels("<!-- 本来想报\noral -->\nposter")).containsExactly(POSTER);
        assertThat(labels("poster <!-- never closed\noral")).containsExactly(POSTER);
    }

    @Test
    void onlyTickedBoxesCount() {
        assertThat(labels("- [ ] 🎤 Oral\n- [x] 📰 Poster\n- [ ] 👂 旁听")).containsExactly(POSTER);
        assertThat(labels("- [ ] Oral\n- [ ] Poster")).containsExactly(OTHER);
        assertThat(labels("[ ] oral [X] poster")).containsExactly(POSTER);
        assertThat(labels("☐ Oral ☑ 旁听")).containsExactly(ATTEND);
    }

    @Test
    void anEmailFooterAndEverythingBelowItDoesNotCount() {
        assertThat(labels("poster\n\nOn Mon, Sep 16, 2019 at 10:00 AM Bob <bob@x.com> wrote:\noral")).containsExactly(POSTER);
        assertThat(labels("poster\n\nOn Mon, Sep 16, 2019 at 10:00 AM Bob <\nbob@x.com> wrote:\noral")).containsExactly(POSTER);
        assertThat(labels("旁听\n\n发自我的iPhone\n\n在 2019年9月16日 写道：\noral")).containsExactly(ATTEND);
        assertThat(labels("oral\n-- \nposter person")).containsExactly(ORAL);
    }

    @Test
    void numberedAnswersFollowTheRsvpQuestions() {
        assertThat(labels("1. 无 2. Poster 3. 无")).containsExactly(POSTER);
        assertThat(labels("1. 合照少了一张\n2. 无\n3. 无")).containsExactly(CORRECTION);
        assertThat(labels("1. 无\n2. 无\n3. 带一个新朋友 徐魁")).containsExactly(ATTEND, NEWCOMER);
        assertThat(labels("1. 无 2. 无 3. 无")).containsExactly(OTHER);
    }

    @Test
    void aNumberedAnswerTwoWithOnlyALinkIsAPoster() {
        Classification c = read("1. 无\n2. https://arxiv.org/abs/1907.13426\n3. 无");
        assertThat(c.labels()).containsExactly(POSTER);
        assertThat(c.talk()).hasValue(new Talk("", "https://arxiv.org/abs/1907.13426"));
    }

    @Test
    void aLinkInTheCorrectionAnswerIsNotTheTalk() {
        Classification c = read("1. ArcFace 的链接应该是 1801.07698\n2. poster\n3. 无");
        assertThat(c.labels()).containsExactly(POSTER, CORRECTION);
        assertThat(c.talk()).isEmpty();
    }

    @Test
    void negationTurnsASignUpOff() {
        assertThat(labels("not an oral this time")).containsExactly(OTHER);
        assertThat(labels("not an oral this time, a poster is enough")).containsExactly(POSTER);
        assertThat(labels("I can't come")).containsExactly(WITHDRAW);
    }

    @Test
    void aQuestionAboutTheRulesIsOther() {
        Classification c = read("oral 可以讲多久？");
        assertThat(c.labels()).containsExactly(OTHER);
        assertThat(c.mentionsRsvpWords()).isTrue();
        assertThat(labels("新人第一次来需要讲 poster 吗？")).containsExactly(OTHER);
    }

    @Test
    void aPoliteQuestionOfferingATalkIsASignUpButUnsure() {
        Classification c = read("Can I do a poster next week?");
        assertThat(c.labels()).containsExactly(POSTER);
        assertThat(c.unsure()).isTrue();
    }

    @Test
    void aConditionalOfferIsASignUp() {
        assertThat(labels("if nobody takes the oral I can")).containsExactly(ORAL);
        assertThat(labels("如果没人讲 oral 的话我可以讲")).containsExactly(ORAL);
    }

    @Test
    void aTalkNamedInsideAConditionIsNotTheOffer() {
        assertThat(labels("oral 名额满了的话我就 poster")).containsExactly(POSTER);
        assertThat(labels("poster（如果 oral 没人的话我也可以 oral）")).containsExactly(ORAL, POSTER);
    }

    @Test
    void newcomersMentionedInTheThirdPersonAreNotNewcomers() {
        assertThat(labels("我换成 poster 吧，oral 留给新人")).containsExactly(POSTER);
        assertThat(labels("大家好，我是新人李明")).containsExactly(NEWCOMER);
    }

    @Test
    void aHedgedWithdrawalIsNotOneYet() {
        Classification c = read("我下周可能来不了，不确定");
        assertThat(c.labels()).containsExactly(OTHER);
        assertThat(c.unsure()).isTrue();
    }

    @Test
    void aConditionalWithdrawalIsNotAWithdrawal() {
        assertThat(labels("poster，如果来不了我会提前说")).containsExactly(POSTER);
    }

    @Test
    void aChangeOfMindKeepsOnlyTheNewChoice() {
        assertThat(labels("改成 oral")).containsExactly(ORAL);
        assertThat(labels("switch me to a poster")).containsExactly(POSTER);
        assertThat(labels("取消 oral，改成 poster")).containsExactly(POSTER);
        assertThat(labels("Change my oral to a poster please")).containsExactly(POSTER);
        assertThat(labels("oral 改成旁听")).containsExactly(ATTEND);
        assertThat(read("改成 oral").unsure()).isFalse();
    }

    @Test
    void withdrawalsLeaveWithNothing() {
        assertThat(labels("这周来不了")).containsExactly(WITHDRAW);
        assertThat(labels("can't make it, please remove me")).containsExactly(WITHDRAW);
        assertThat(labels("please drop my poster")).containsExactly(WITHDRAW);
    }

    @Test
    void aWithdrawalAndASignUpWithoutAChangeCueAreUnsure() {
        Classification c = read("poster. 这周来不了");
        assertThat(c.labels()).containsExactly(WITHDRAW);
        assertThat(c.unsure()).isTrue();
    }

    @Test
    void yesNoFormAnswersCountAsWhatTheySay() {
        assertThat(labels("参加：【是】")).containsExactly(ATTEND);
        assertThat(labels("参加：【否】")).containsExactly(WITHDRAW);
        assertThat(labels("是否参加：是")).containsExactly(ATTEND);
        assertThat(labels("参加：【是】\nOral：【否】\nPoster：【是】")).containsExactly(POSTER);
    }

    @Test
    void aTickOrCrossRightAfterAKindAnswersTheForm() {
        assertThat(labels("poster ❌ oral ✅")).containsExactly(ORAL);
        assertThat(labels("参加 ✅")).containsExactly(ATTEND);
    }

    @Test
    void aSignUpForTheSeminarAfterNextIsUnsureAndLosesToAWithdrawalFromTheNext() {
        Classification later = read("下下周 CV 分会我讲 oral");
        assertThat(later.labels()).containsExactly(ORAL);
        assertThat(later.unsure()).isTrue();
        assertThat(labels("下周不能来了，下下周再 oral")).containsExactly(WITHDRAW);
    }

    @Test
    void cancellingOneKindAndTakingAnotherIsAChangeOfMind() {
        assertThat(labels("please cancel my oral and put me down for a poster")).containsExactly(POSTER);
    }

    @Test
    void aCheckInIsAttendance() {
        assertThat(labels("here")).containsExactly(ATTEND);
        assertThat(labels("签到")).containsExactly(ATTEND);
        assertThat(labels("here is the photo link")).containsExactly(OTHER);
    }

    @Test
    void aTalkImpliesAttendance() {
        assertThat(labels("参加，poster")).containsExactly(POSTER);
    }

    @Test
    void aTalkOfUnspecifiedKindIsAPoster() {
        assertThat(labels("I can present ArcFace next week")).containsExactly(POSTER);
        assertThat(labels("lightning talk: a 5-minute intro to JAX")).containsExactly(POSTER);
    }

    @Test
    void aTalkLengthNamesItsKindOnlyNextToATalkWord() {
        assertThat(labels("我讲个 30 分钟的")).containsExactly(ORAL);
        assertThat(labels("30 分钟")).containsExactly(OTHER);
    }

    @Test
    void aNewcomerIntroductionGetsNoAttendAndNamesTheReferrer() {
        Classification c = read("大家好，我是王琳玉，北邮研一的学生，推荐人 @huan");
        assertThat(c.labels()).containsExactly(NEWCOMER);
        assertThat(c.referrer()).hasValue("huan");
        assertThat(c.bio()).hasValue("我是王琳玉，北邮研一的学生");
        assertThat(read("referred by @bob, I'm a PhD student").referrer()).hasValue("bob");
        assertThat(read("我是 @bob 的朋友，研一").referrer()).hasValue("bob");
    }

    @Test
    void aNewcomerOfferingATalkGetsNewcomerAndPoster() {
        assertThat(labels("大家好，我是新人李明，推荐人 @23LuZ，下次想讲一个 poster")).containsExactly(POSTER, NEWCOMER);
    }

    @Test
    void aMemberBringingAFriendGetsAttendAndNewcomer() {
        Classification c = read("带一个新朋友 徐魁 @barrykui");
        assertThat(c.labels()).containsExactly(ATTEND, NEWCOMER);
        assertThat(c.friendName()).hasValue("徐魁");
        assertThat(c.friendLogin()).hasValue("barrykui");
        assertThat(c.referrer()).isEmpty();
    }

    @Test
    void aCompanionAttachesToAPresenter() {
        Classification c = read("挂靠 @ArronHZG 的 oral");
        assertThat(c.labels()).containsExactly(ATTEND);
        assertThat(c.attachTo()).hasValue("ArronHZG");
    }

    @Test
    void aReplyAboutThePastSeminarOnlyIsOther() {
        assertThat(labels("thanks for the talk today")).containsExactly(OTHER);
        assertThat(labels("今天的 oral 讲得很好")).containsExactly(OTHER);
    }

    @Test
    void bothKindsOfferedAreUnsure() {
        Classification c = read("oral 或 poster 都可以");
        assertThat(c.labels()).containsExactly(ORAL, POSTER);
        assertThat(c.unsure()).isTrue();
    }

    @Test
    void aWeakCueAloneIsUnsure() {
        assertThat(read("+1").unsure()).isTrue();
        assertThat(read("poster").unsure()).isFalse();
    }

    @Test
    void arxivLinksInEveryFormAreNormalised() {
        assertThat(url("poster arXiv:1801.07698")).isEqualTo("https://arxiv.org/abs/1801.07698");
        assertThat(url("poster 1801.07698v2")).isEqualTo("https://arxiv.org/abs/1801.07698");
        assertThat(url("poster arxiv.org/pdf/1812.00500.pdf")).isEqualTo("https://arxiv.org/abs/1812.00500");
        assertThat(url("poster http://arxiv.org/abs/1801.07698v3")).isEqualTo("https://arxiv.org/abs/1801.07698");
        assertThat(url("poster https://arxiv.org/pdf/1812.00500v1.pdf")).isEqualTo("https://arxiv.org/abs/1812.00500");
        assertThat(url("poster cs/0112017")).isEqualTo("https://arxiv.org/abs/cs/0112017");
        assertThat(url("poster https://arxiv.org/abs/math.GT/0309136v2")).isEqualTo("https://arxiv.org/abs/math.GT/0309136");
        assertThat(url("poster 2019.13426")).isEmpty(); // month 13 is not an arXiv id
    }

    @Test
    void titlesComeFromLinksQuotesAndColons() {
        assertThat(title("poster [ArcFace](https://arxiv.org/abs/1801.07698)")).isEqualTo("ArcFace");
        assertThat(title("poster 《Attention Is All You Need》")).isEqualTo("Attention Is All You Need");
        assertThat(title("oral: “Deep Metric Learning”")).isEqualTo("Deep Metric Learning");
        assertThat(title("Poster: Neural Responding Machine https://www.aclweb.org/anthology/P15-1152")).isEqualTo("Neural Responding Machine");
        assertThat(title("下次 oral，讲 EMANet")).isEqualTo("EMANet");
    }

    @Test
    void evidenceNamesTheCueAndTheExcerpt() {
        Classification c = read("> oral\n改成 poster");
        assertThat(c.evidence()).singleElement().satisfies(e -> {
            assertThat(e.label()).isEqualTo(POSTER);
            assertThat(e.cue()).contains("change-of-mind").contains("lexicon:poster");
            assertThat(e.excerpt()).isEqualTo("改成 poster");
        });
    }

    @Test
    void nullEmptyAndJunkAreOther() {
        assertThat(labels(null)).containsExactly(OTHER);
        assertThat(labels("")).containsExactly(OTHER);
        assertThat(labels("\u0000\uFFFF\uD800")).containsExactly(OTHER);
    }

    @Test
    void aTrackHintIsRead() {
        assertThat(read("下周 NLP 分会，poster").track()).hasValue(Track.NLP);
    }

    @Test
    void extraCuesFromConfigAreUsed() {
        ReplyClassifier extended = new ReplyClassifier(Lexicon.defaults().extendedWith(
                java.util.Map.of("withdraw", java.util.List.of("溜了"))));
        assertThat(extended.classify("溜了溜了").labels()).containsExactly(WITHDRAW);
        assertThat(labels("溜了溜了")).containsExactly(OTHER);
    }

    private String url(String body) {
        return read(body).talk().map(Talk::url).orElse("");
    }

    private String title(String body) {
        return read(body).talk().map(Talk::title).orElse("");
    }
}
