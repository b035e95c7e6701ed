package dev.rsvpbot.ledger;

import dev.rsvpbot.classify.Track;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;

/** What chairs set of the next meeting by {@code /agenda} commands; the latest of each kind wins. */
public record AgendaOverrides(Optional<Steered<LocalDate>> date, Optional<Steered<LocalTime>> time,
                             Optional<Steered<String>> room, Optional<Steered<Track>> track) {
    public static AgendaOverrides none() {
        return new AgendaOverrides(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    AgendaOverrides withDate(Steered<LocalDate> d) {
        return new AgendaOverrides(Optional.of(d), time, room, track);
    }

    AgendaOverrides withTime(Steered<LocalTime> t) {
        return new AgendaOverrides(date, Optional.of(t), room, track);
    }

    AgendaOverrides withRoom(Steered<String> r) {
        return new AgendaOverrides(date, time, Optional.of(r), track);
    }

    AgendaOverrides withTrack(Steered<Track> t) {
        return new AgendaOverrides(date, time, room, Optional.of(t));
    }
}
