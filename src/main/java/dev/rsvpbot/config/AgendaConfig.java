package dev.rsvpbot.config;

import dev.rsvpbot.classify.Track;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * The club's rules for the next meeting (domain.md), each one configurable.
 *
 * @param timeZone               the club's time zone
 * @param weekday                the day the seminar meets
 * @param start                  when it starts
 * @param room                   where it meets
 * @param chair                  default chair login (used when the track has none)
 * @param viceChair              default vice-chair login
 * @param orals                  Orals per seminar
 * @param maxPosters             Posters per seminar
 * @param oralMinutes            length of an Oral
 * @param posterMinutes          length of a Poster
 * @param companionsPerPresenter how many companions ({@code 挂靠}) one presenter takes
 * @param openingMinutes         the opening review
 * @param newcomerMinutes        each newcomer's introduction
 * @param breakMinutes           the break after the Oral(s)
 * @param closingMinutesPerPerson the closing rounds (ideas, feedback): minutes per person present
 * @param softLimitMinutes       past this the agenda carries a warning
 * @param hardLimitMinutes       talks that would end past this go to the waitlist
 * @param tracks                 the track alternation; {@link Tracks#none()} when the club has no tracks
 */
public record AgendaConfig(ZoneId timeZone, DayOfWeek weekday, LocalTime start, String room,
                           String chair, String viceChair, int orals, int maxPosters,
                           int oralMinutes, int posterMinutes, int companionsPerPresenter,
                           int openingMinutes, int newcomerMinutes, int breakMinutes,
                           int closingMinutesPerPerson, int softLimitMinutes, int hardLimitMinutes,
                           Tracks tracks) {

    public static AgendaConfig defaults() {
        return new AgendaConfig(ZoneId.of("Asia/Shanghai"), DayOfWeek.SUNDAY, LocalTime.of(15, 0), "北邮科研楼821",
                "", "", 1, 4, 30, 5, 1, 10, 1, 10, 1, 120, 180, Tracks.clubDefaults());
    }

    /**
     * Weekly alternation of tracks: the week of {@code anchorDate} has {@code anchorTrack}, and each following week the next track in {@code order}, cycling.
     *
     * @param order       the tracks in rotation; empty when the club has no tracks
     * @param anchorDate  a meeting date whose track is known
     * @param anchorTrack the track of that date
     * @param chairs      each track's chair and vice-chair logins
     */
    public record Tracks(List<Track> order, LocalDate anchorDate, Track anchorTrack, Map<Track, Chairs> chairs) {
        public Tracks {
            order = List.copyOf(order);
            chairs = Map.copyOf(chairs);
        }

        public boolean enabled() {
            return !order.isEmpty();
        }

        public static Tracks none() {
            return new Tracks(List.of(), LocalDate.of(2019, 9, 22), Track.NLP, Map.of());
        }

        /** S3E6 minutes: S3E7 (2019-09-22) is NLP, then CV and NLP alternate weekly. */
        public static Tracks clubDefaults() {
            return new Tracks(List.of(Track.CV, Track.NLP), LocalDate.of(2019, 9, 22), Track.NLP,
                    Map.of(Track.CV, new Chairs("VDeamoV", "fuyunfuyun666"),
                            Track.NLP, new Chairs("huan", "23LuZ")));
        }
    }

    public record Chairs(String chair, String viceChair) {
    }
}
