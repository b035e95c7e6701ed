package dev.rsvpbot.agenda;

/**
 * A seminar's place in the club's numbering: season and episode, {@code S3E6} is season 3, seminar 6.
 */
public record Episode(int season, int number) {
    public Episode next() {
        return new Episode(season, number + 1);
    }

    @Override
    public String toString() {
        return "S" + season + "E" + number;
    }
}
