package dev.rsvpbot.agenda;

import dev.rsvpbot.classify.Track;
import dev.rsvpbot.config.AgendaConfig;
import dev.rsvpbot.ledger.Ledger;
import dev.rsvpbot.ledger.LedgerFold;
import dev.rsvpbot.ledger.SignUp;
import dev.rsvpbot.ledger.TalkKind;
import dev.rsvpbot.testing.Says;
import dev.rsvpbot.testing.ThreadBuilder;
import dev.rsvpbot.thread.SeminarIssue;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class AgendaPlannerTest {
    private static final AgendaConfig CLUB = AgendaConfig.defaults();

    private static SeminarIssue minutes(String title, String body) {
        return ThreadBuilder.issue(title, body);
    }

    private static SeminarIssue s3e6() {
        return minutes("第三季6场 AI ML Club 活动纪要", ThreadBuilder.s3e6Minutes());
    }

    private static Agenda plan(AgendaConfig rules, ThreadBuilder thread) {
        Ledger ledger = new LedgerFold(rules.companionsPerPresenter()).fold(thread.events());
        return new AgendaPlanner(rules).plan(s3e6(), ledger);
    }

    private static AgendaConfig rules(int orals, int maxPosters, int softLimit, int hardLimit) {
        AgendaConfig d = CLUB;
        return new AgendaConfig(d.timeZone(), d.weekday(), d.start(), d.room(), d.chair(), d.viceChair(), orals, maxPosters,
                d.oralMinutes(), d.posterMinutes(), d.companionsPerPresenter(), d.openingMinutes(), d.newcomerMinutes(),
                d.breakMinutes(), d.closingMinutesPerPerson(), softLimit, hardLimit, d.tracks());
    }

    private static AgendaConfig chairs(String chair, String vice, AgendaConfig.Tracks tracks) {
        AgendaConfig d = CLUB;
        return new AgendaConfig(d.timeZone(), d.weekday(), d.start(), d.room(), chair, vice, d.orals(), d.maxPosters(),
                d.oralMinutes(), d.posterMinutes(), d.companionsPerPresenter(), d.openingMinutes(), d.newcomerMinutes(),
                d.breakMinutes(), d.closingMinutesPerPerson(), d.softLimitMinutes(), d.hardLimitMinutes(), tracks);
    }

    @Test
    void nextMeetingIsTheSundayAfterTheMinutes() {
        assertThat(new AgendaPlanner(CLUB).nextMeetingDate(s3e6())).isEqualTo(LocalDate.of(2019, 9, 22));
    }

    @Test
    void aMeetingOnTheWeekdayItselfMovesAWholeWeek() {
        SeminarIssue issue = minutes("纪要", "- 日期：2019年9月22日周日");

        assertThat(new AgendaPlanner(CLUB).nextMeetingDate(issue)).isEqualTo(LocalDate.of(2019, 9, 29));
    }

    @Test
    void dateLineInEnglishMinutesCounts() {
        SeminarIssue issue = minutes("Seminar minutes", "Some text\nDate: 2019-10-02\nRoom: 821");

        assertThat(new AgendaPlanner(CLUB).nextMeetingDate(issue)).isEqualTo(LocalDate.of(2019, 10, 6));
    }

    @Test
    void frontMatterDateCounts() {
        SeminarIssue issue = minutes("minutes", "---\ntitle: x\ndate: 2019-09-29 15:00 +0800\n---\nbody");

        assertThat(new AgendaPlanner(CLUB).nextMeetingDate(issue)).isEqualTo(LocalDate.of(2019, 10, 6));
    }

    @Test
    void impossibleDatesAreSkipped() {
        SeminarIssue issue = minutes("minutes", "date: 2019-02-30\nDate: 2019-09-15");

        assertThat(new AgendaPlanner(CLUB).nextMeetingDate(issue)).isEqualTo(LocalDate.of(2019, 9, 22));
    }

    @Test
    void withoutADateTheDayTheIssueOpenedInTheClubsTimeZoneCounts() {
        // 2019-09-14 18:00 UTC is already Sunday 02:00 in Beijing: the next Sunday is a week later.
        SeminarIssue issue = new SeminarIssue("o/r", 1, "minutes", "no date here", "chair",
                Instant.parse("2019-09-14T18:00:00Z"), "", List.of());

        assertThat(new AgendaPlanner(CLUB).nextMeetingDate(issue)).isEqualTo(LocalDate.of(2019, 9, 22));
        AgendaConfig utc = new AgendaConfig(ZoneId.of("UTC"), DayOfWeek.SUNDAY, LocalTime.of(15, 0), "", "", "", 1, 4,
                30, 5, 1, 10, 1, 10, 1, 120, 180, AgendaConfig.Tracks.none());
        assertThat(new AgendaPlanner(utc).nextMeetingDate(issue)).isEqualTo(LocalDate.of(2019, 9, 15));
    }

    @Test
    void s3e7IsNlp() {
        Agenda agenda = plan(CLUB, new ThreadBuilder());

        assertThat(agenda.episode()).contains(new Episode(3, 7));
        assertThat(agenda.track()).contains(Track.NLP);
        assertThat(agenda.officers()).isEqualTo(new Officers("huan", "23LuZ", true));
    }

    @Test
    void tracksAlternateWeekByWeekBothWaysFromTheAnchor() {
        AgendaPlanner planner = new AgendaPlanner(CLUB);

        assertThat(planner.trackOf(LocalDate.of(2019, 9, 29))).contains(Track.CV);
        assertThat(planner.trackOf(LocalDate.of(2019, 10, 6))).contains(Track.NLP);
        assertThat(planner.trackOf(LocalDate.of(2019, 9, 15))).contains(Track.CV);
        assertThat(planner.trackOf(LocalDate.of(2019, 9, 8))).contains(Track.NLP);
    }

    @Test
    void tracksFollowCalendarWeeksWhenTheClubMeetsOnAnotherDayThanTheAnchor() {
        // The anchor is S3E7's Sunday; a club that moves to Saturdays keeps the parity of the week (Monday to
        // Sunday): Saturday 21 Sept is in S3E7's week, Saturday 28 Sept in the next one.
        AgendaConfig d = CLUB;
        AgendaPlanner saturdays = new AgendaPlanner(new AgendaConfig(d.timeZone(), DayOfWeek.SATURDAY, d.start(), d.room(),
                d.chair(), d.viceChair(), d.orals(), d.maxPosters(), d.oralMinutes(), d.posterMinutes(),
                d.companionsPerPresenter(), d.openingMinutes(), d.newcomerMinutes(), d.breakMinutes(),
                d.closingMinutesPerPerson(), d.softLimitMinutes(), d.hardLimitMinutes(), d.tracks()));

        assertThat(saturdays.nextMeetingDate(s3e6())).isEqualTo(LocalDate.of(2019, 9, 21));
        assertThat(saturdays.trackOf(LocalDate.of(2019, 9, 21))).contains(Track.NLP);
        assertThat(saturdays.trackOf(LocalDate.of(2019, 9, 28))).contains(Track.CV);
        assertThat(saturdays.trackOf(LocalDate.of(2019, 9, 14))).contains(Track.CV);
    }

    @Test
    void aClubWithoutTracksHasNoTrack() {
        Agenda agenda = plan(chairs("", "", AgendaConfig.Tracks.none()), new ThreadBuilder());

        assertThat(agenda.track()).isEmpty();
        assertThat(agenda.officers()).isEqualTo(Officers.unknown());
    }

    @Test
    void configuredChairServesWhenTheTrackHasNone() {
        AgendaConfig.Tracks noChairs = new AgendaConfig.Tracks(List.of(Track.CV, Track.NLP), LocalDate.of(2019, 9, 22),
                Track.NLP, Map.of());

        assertThat(plan(chairs("ArronHZG", "VDeamoV", noChairs), new ThreadBuilder()).officers())
                .isEqualTo(new Officers("ArronHZG", "VDeamoV", true));
    }

    @Test
    void chairsAreReadFromTheMinutesWhenTheConfigHasNone() {
        AgendaConfig.Tracks noChairs = new AgendaConfig.Tracks(List.of(Track.CV, Track.NLP), LocalDate.of(2019, 9, 22),
                Track.CV, Map.of());

        assertThat(plan(chairs("", "", noChairs), new ThreadBuilder()).officers())
                .isEqualTo(new Officers("段嘉铭", "刘云", false));
    }

    @Test
    void nextEpisodeFollowsTheMinutesTitleBeforeTheBody() {
        assertThat(MinutesReader.episode("第三季6场 AI ML Club 活动纪要", "从S3E7开始")).contains(new Episode(3, 6));
        assertThat(MinutesReader.episode("AMC S3E12 minutes", "")).contains(new Episode(3, 12));
        assertThat(MinutesReader.episode("纪要", "第十二季第二十三场")).contains(new Episode(12, 23));
        assertThat(MinutesReader.episode("weekly notes", "nothing")).isEmpty();
    }

    @Test
    void chineseNumeralsAreRead() {
        assertThat(List.of("三", "十", "十二", "二十", "二十三", "两", "6", "十二三四"))
                .extracting(MinutesReader::number).containsExactly(3, 10, 12, 20, 23, 2, 6, 0);
    }

    @Test
    void secondOralGoesToTheWaitlist() {
        Agenda agenda = plan(CLUB, new ThreadBuilder()
                .says("alice", Says.oral("A", ""))
                .says("bob", Says.oral("B", "")));

        assertThat(agenda.orals()).extracting(SignUp::login).containsExactly("alice");
        assertThat(agenda.waitlist()).extracting(w -> w.signUp().login(), w -> w.signUp().kind(), Waitlisted::reason)
                .containsExactly(tuple("bob", TalkKind.ORAL, WaitReason.ORALS_TAKEN));
    }

    @Test
    void fifthPosterGoesToTheWaitlistInOrderWithTheLaterOnes() {
        ThreadBuilder thread = new ThreadBuilder();
        for (String who : List.of("p1", "p2", "p3", "p4", "p5")) {
            thread.says(who, Says.poster(who, ""));
        }
        thread.says("o2", Says.oral("x", "")).says("o1", Says.oral("y", "")).says("p6", Says.poster("p6", ""));
        Agenda agenda = plan(CLUB, thread);

        assertThat(agenda.posters()).extracting(SignUp::login).containsExactly("p1", "p2", "p3", "p4");
        assertThat(agenda.waitlist()).extracting(w -> w.signUp().login(), w -> w.signUp().kind())
                .containsExactly(tuple("p5", TalkKind.POSTER), tuple("o1", TalkKind.ORAL), tuple("p6", TalkKind.POSTER));
    }

    @Test
    void timelineRunsOpeningNewcomersOralBreakPostersClosing() {
        Agenda agenda = plan(CLUB, new ThreadBuilder()
                .says("alice", Says.oral("A", ""))
                .says("bob", Says.poster("B", ""))
                .says("carol", Says.attachTo("alice"))
                .says("li", Says.newcomer("bob", "hi")));

        assertThat(agenda.slots()).extracting(Slot::start, Slot::minutes, Slot::kind, Slot::people).containsExactly(
                tuple(LocalTime.of(15, 0), 10, SlotKind.OPENING, 0),
                tuple(LocalTime.of(15, 10), 1, SlotKind.NEWCOMERS, 1),
                tuple(LocalTime.of(15, 11), 30, SlotKind.ORAL, 0),
                tuple(LocalTime.of(15, 41), 10, SlotKind.BREAK, 0),
                tuple(LocalTime.of(15, 51), 5, SlotKind.POSTER, 0),
                tuple(LocalTime.of(15, 56), 4, SlotKind.CLOSING, 4));
        assertThat(agenda.totalMinutes()).isEqualTo(60);
        assertThat(agenda.end()).isEqualTo(LocalTime.of(16, 0));
        assertThat(agenda.pastSoftLimit()).isFalse();
    }

    @Test
    void noBreakWithoutPostersAfterTheOral() {
        Agenda agenda = plan(CLUB, new ThreadBuilder().says("alice", Says.oral("A", "")));

        assertThat(agenda.slots()).extracting(Slot::kind)
                .containsExactly(SlotKind.OPENING, SlotKind.ORAL, SlotKind.CLOSING);
    }

    @Test
    void closingCountsEveryoneOnceIncludingWaitlistedPresenters() {
        Agenda agenda = plan(CLUB, new ThreadBuilder()
                .says("alice", Says.oral("A", ""))
                .says("bob", Says.oral("B", ""))
                .says("alice", Says.oral("A2", ""))
                .says("li", Says.newcomer("bob", "hi").and(dev.rsvpbot.classify.Label.POSTER))
                .says("erin", Says.attend()));

        assertThat(agenda.peoplePresent()).isEqualTo(4);
    }

    @Test
    void twoMembersUnnamedFriendsAreTwoPeople() {
        Agenda agenda = plan(CLUB, new ThreadBuilder()
                .says("alice", Says.oral("A", ""))
                .says("bob", Says.attachTo("alice").and(dev.rsvpbot.classify.Label.NEWCOMER))
                .says("carol", Says.attend().and(dev.rsvpbot.classify.Label.NEWCOMER)));

        assertThat(agenda.peoplePresent()).isEqualTo(5);
        assertThat(agenda.slots()).filteredOn(s -> s.kind() == SlotKind.NEWCOMERS).extracting(Slot::people).containsExactly(2);
    }

    @Test
    void pastTheSoftLimitTheAgendaWarns() {
        Agenda agenda = plan(rules(2, 4, 60, 180), new ThreadBuilder()
                .says("alice", Says.oral("A", ""))
                .says("bob", Says.oral("B", "")));

        assertThat(agenda.totalMinutes()).isEqualTo(10 + 60 + 2);
        assertThat(agenda.pastSoftLimit()).isTrue();
        assertThat(agenda.pastHardLimit()).isFalse();
    }

    @Test
    void talksPastTheHardLimitAreWaitlisted() {
        // opening 10 + closing 3 = 13 fixed; a 30-minute Oral fits in 45, a second one would not.
        Agenda agenda = plan(rules(3, 4, 40, 48), new ThreadBuilder()
                .says("alice", Says.oral("A", ""))
                .says("bob", Says.oral("B", ""))
                .says("carol", Says.poster("C", "")));

        assertThat(agenda.orals()).extracting(SignUp::login).containsExactly("alice");
        assertThat(agenda.posters()).isEmpty();
        assertThat(agenda.waitlist()).extracting(w -> w.signUp().login(), Waitlisted::reason).containsExactly(
                tuple("bob", WaitReason.PAST_HARD_LIMIT), tuple("carol", WaitReason.PAST_HARD_LIMIT));
        assertThat(agenda.totalMinutes()).isLessThanOrEqualTo(48);
    }

    @Test
    void aPosterThatFitsOnlyWithoutTheBreakStillWaits() {
        // fixed 10 + 2 = 12, Oral 30 -> 42; a Poster needs the break too: 42 + 10 + 5 = 57 > 50.
        Agenda agenda = plan(rules(1, 4, 40, 50), new ThreadBuilder()
                .says("alice", Says.oral("A", ""))
                .says("carol", Says.poster("C", "")));

        assertThat(agenda.waitlist()).extracting(Waitlisted::reason).containsExactly(WaitReason.PAST_HARD_LIMIT);
        assertThat(agenda.slots()).extracting(Slot::kind).doesNotContain(SlotKind.BREAK);
    }

    @Test
    void roomAndStartComeFromTheConfig() {
        Agenda agenda = plan(CLUB, new ThreadBuilder());

        assertThat(agenda.room()).isEqualTo("北邮科研楼821");
        assertThat(agenda.start()).isEqualTo(LocalTime.of(15, 0));
        assertThat(agenda.date()).isEqualTo(LocalDate.of(2019, 9, 22));
        assertThat(agenda.episode()).map(Episode::toString).isEqualTo(Optional.of("S3E7"));
    }
}
