package dev.rsvpbot.pipeline;

import dev.rsvpbot.agenda.Agenda;
import dev.rsvpbot.classify.Classification;
import dev.rsvpbot.classify.Label;
import dev.rsvpbot.classify.Track;
import dev.rsvpbot.command.Refusal;
import dev.rsvpbot.command.Verdict;
import dev.rsvpbot.config.RsvpConfig;
import dev.rsvpbot.ledger.Ledger;
import dev.rsvpbot.ledger.SignUp;
import dev.rsvpbot.ledger.TalkKind;
import dev.rsvpbot.ledger.Withdrawal;
import dev.rsvpbot.testing.Says;
import dev.rsvpbot.testing.ThreadBuilder;
import dev.rsvpbot.thread.Association;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/** What commands do to the ledger and the agenda, in time order with the replies. huan is a chair by config. */
class SteeringTest {
    private static final String CHAIR = "huan";

    private static Summary summarize(ThreadBuilder thread) {
        return summarize(thread, thread.classifier());
    }

    private static Summary summarize(ThreadBuilder thread, Function<String, Classification> classifier) {
        return new SummaryPipeline(RsvpConfig.defaults(), classifier).summarize(
                thread.thread(ThreadBuilder.issue("第三季6场 AI ML Club 活动纪要", ThreadBuilder.s3e6Minutes())), "rsvp-bot");
    }

    private static List<String> logins(List<SignUp> talks) {
        return talks.stream().map(SignUp::login).toList();
    }

    private static ThreadBuilder twoOralsAndAPoster() {
        return new ThreadBuilder()
                .says("alice", Says.oral("EMANet", ""))
                .says("bob", Says.oral("ViT", ""))
                .says("carol", Says.poster("Mixup", ""));
    }

    @Test
    void aDroppedOralIsReplacedFromTheWaitlist() {
        ThreadBuilder thread = twoOralsAndAPoster().writes(CHAIR, "/rsvp drop @alice");

        Summary summary = summarize(thread);

        assertThat(logins(summary.data().agenda().orals())).containsExactly("bob");
        assertThat(summary.data().agenda().waitlist()).isEmpty();
        Withdrawal alice = summary.data().ledger().withdrawals().get(0);
        assertThat(alice.login()).isEqualTo("alice");
        assertThat(alice.had()).contains(Label.ORAL);
        assertThat(alice.steeredBy()).contains(CHAIR);
    }

    @Test
    void aLaterCommandWinsOverTheEarlierReply() {
        ThreadBuilder thread = twoOralsAndAPoster().writes(CHAIR, "/rsvp oral @carol");

        Ledger ledger = summarize(thread).data().ledger();

        SignUp carol = ledger.signUps(TalkKind.ORAL).stream().filter(s -> s.login().equals("carol")).findFirst().orElseThrow();
        assertThat(carol.steeredBy()).contains(CHAIR);
        assertThat(carol.talk().title()).as("a command naming no talk keeps the one offered").isEqualTo("Mixup");
        assertThat(ledger.signUps(TalkKind.POSTER)).isEmpty();
    }

    @Test
    void aLaterReplyByThePersonWinsOverTheEarlierCommand() {
        ThreadBuilder thread = twoOralsAndAPoster().writes(CHAIR, "/rsvp oral @carol")
                .says("carol", Says.poster("Mixup v2", ""));

        Ledger ledger = summarize(thread).data().ledger();

        assertThat(logins(ledger.signUps(TalkKind.POSTER))).containsExactly("carol");
        assertThat(ledger.signUps(TalkKind.POSTER).get(0).steeredBy()).isEmpty();
    }

    @Test
    void anEditedCommandCountsWithItsCurrentText() {
        Ledger before = summarize(twoOralsAndAPoster().writes(CHAIR, "/rsvp drop @alice")).data().ledger();
        Ledger edited = summarize(twoOralsAndAPoster().writes(CHAIR, "/rsvp drop @carol")).data().ledger();

        assertThat(before.withdrawals()).extracting(Withdrawal::login).containsExactly("alice");
        assertThat(edited.withdrawals()).extracting(Withdrawal::login).containsExactly("carol");
        assertThat(logins(edited.signUps(TalkKind.ORAL))).containsExactly("alice", "bob");
    }

    @Test
    void aDeletedCommandStopsCounting() {
        Ledger withCommand = summarize(twoOralsAndAPoster().writes(CHAIR, "/rsvp drop @alice")).data().ledger();
        Ledger deleted = summarize(twoOralsAndAPoster()).data().ledger();

        assertThat(withCommand.withdrawals()).hasSize(1);
        assertThat(deleted.withdrawals()).isEmpty();
        assertThat(deleted.steering().any()).isFalse();
        assertThat(logins(deleted.signUps(TalkKind.ORAL))).containsExactly("alice", "bob");
    }

    @Test
    void commandsInsideQuotesAndCodeAreIgnored() {
        ThreadBuilder thread = twoOralsAndAPoster().writes(CHAIR,
                "> /rsvp drop @alice\n\n```\n/rsvp drop @bob\n```\n\nUse `/rsvp drop @carol` to leave.\n<!-- /rsvp help -->");

        Ledger ledger = summarize(thread).data().ledger();

        assertThat(ledger.steering().any()).isFalse();
        assertThat(ledger.withdrawals()).isEmpty();
        assertThat(ledger.steering().help()).isFalse();
    }

    @Test
    void aReplyOfOnlyCommandsIsNotClassifiedAndProseBesideCommandsIsReadWithoutThem() {
        ThreadBuilder thread = twoOralsAndAPoster()
                .writes(CHAIR, "/rsvp drop @alice\n/agenda room 教三 101")
                .writes("dave", Association.NONE, "I'll bring a poster on GANs\n/rsvp attend @erin with @bob", Says.chatter())
                .prose("I'll bring a poster on GANs", Says.poster("GANs", ""));
        List<String> read = new ArrayList<>();
        Function<String, Classification> classifier = body -> {
            read.add(body);
            return thread.classifier().apply(body);
        };

        Ledger ledger = summarize(thread, classifier).data().ledger();

        assertThat(read).noneMatch(body -> body.contains("/rsvp") || body.contains("/agenda"));
        assertThat(read).contains("I'll bring a poster on GANs");
        assertThat(logins(ledger.signUps(TalkKind.POSTER))).containsExactly("carol", "dave");
        assertThat(ledger.steering().refused()).singleElement()
                .satisfies(g -> assertThat(((Verdict.Refused) g.verdict()).reason()).isEqualTo(Refusal.NOT_SELF_OR_CHAIR));
        assertThat(ledger.memberReplies()).isEqualTo(5);
        assertThat(ledger.chatter()).isEmpty();
    }

    @Test
    void aChairFixesThePosterOrderAndSoWhoWaits() {
        ThreadBuilder thread = new ThreadBuilder()
                .says("p1", Says.poster("a", "")).says("p2", Says.poster("b", "")).says("p3", Says.poster("c", ""))
                .says("p4", Says.poster("d", "")).says("p5", Says.poster("e", ""))
                .writes(CHAIR, "/rsvp order @p5 @p3");

        Agenda agenda = summarize(thread).data().agenda();

        assertThat(logins(agenda.posters())).containsExactly("p5", "p3", "p1", "p2");
        assertThat(agenda.waitlist()).extracting(w -> w.signUp().login()).containsExactly("p4");
    }

    @Test
    void agendaCommandsOverrideTheRulesAndTheMinutes() {
        ThreadBuilder thread = twoOralsAndAPoster()
                .writes(CHAIR, "/agenda date 2019-09-28\n/agenda time 19:00\n/agenda room 教三 101\n/agenda track CV")
                .writes("ArronHZG", "/agenda room 教三 202");

        Summary summary = summarize(thread);
        Agenda agenda = summary.data().agenda();

        assertThat(agenda.date()).isEqualTo(LocalDate.of(2019, 9, 28));
        assertThat(agenda.start()).isEqualTo(LocalTime.of(19, 0));
        assertThat(agenda.room()).as("the later command wins").isEqualTo("教三 202");
        assertThat(agenda.track()).contains(Track.CV);
        assertThat(agenda.officers().chair()).as("the CV track's chair").isEqualTo("VDeamoV");
        assertThat(summary.data().ledger().steering().agenda().room().orElseThrow().by()).isEqualTo("ArronHZG");
    }

    @Test
    void doneMarksACorrectionAndRefusesACommentWithNothingToSettle() {
        ThreadBuilder thread = twoOralsAndAPoster();
        long correction = thread.nextId();
        thread.says("erin", Says.correction());
        long chatter = thread.nextId();
        thread.says("frank", Says.chatter())
                .writes(CHAIR, "/rsvp done " + correction + "\n/rsvp done " + chatter);

        Ledger ledger = summarize(thread).data().ledger();

        assertThat(ledger.corrections().get(0).doneBy()).contains(CHAIR);
        assertThat(ledger.steering().applied()).hasSize(1);
        assertThat(ledger.steering().refused()).singleElement()
                .satisfies(g -> assertThat(((Verdict.Refused) g.verdict()).reason()).isEqualTo(Refusal.NOTHING_TO_SETTLE));
    }

    @Test
    void aNewcomerByCommandJoinsTheNewcomerTheyIntroduceThemselvesAs() {
        ThreadBuilder thread = new ThreadBuilder()
                .writes("bob", "/rsvp newcomer @dave")
                .says("dave", Says.newcomer("", "PhD student, speech"));

        Ledger ledger = summarize(thread).data().ledger();

        assertThat(ledger.newcomers()).singleElement().satisfies(n -> {
            assertThat(n.login()).isEqualTo("dave");
            assertThat(n.referrer()).isEqualTo("bob");
            assertThat(n.bio()).isEqualTo("PhD student, speech");
            assertThat(n.steeredBy()).isEmpty();
        });
    }

    @Test
    void botsGiveNoCommands() {
        ThreadBuilder thread = twoOralsAndAPoster().writes("some-app[bot]", Association.OWNER, "/rsvp drop @alice", Says.chatter());

        Ledger ledger = summarize(thread).data().ledger();

        assertThat(ledger.steering().any()).isFalse();
        assertThat(ledger.withdrawals()).isEmpty();
        assertThat(ledger.botReplies()).isEqualTo(1);
    }

    @Test
    void aRepositoryOwnerIsAChairByDefaultAMemberIsNot() {
        Ledger owner = summarize(twoOralsAndAPoster().writes("octo", Association.OWNER, "/rsvp drop @alice", Says.chatter()))
                .data().ledger();
        Ledger member = summarize(twoOralsAndAPoster().writes("octo", Association.MEMBER, "/rsvp drop @alice", Says.chatter()))
                .data().ledger();

        assertThat(owner.withdrawals()).extracting(Withdrawal::steeredBy).containsExactly(Optional.of("octo"));
        assertThat(member.withdrawals()).isEmpty();
        assertThat(member.steering().refused()).hasSize(1);
    }
}
