package dev.rsvpbot.ledger;

import java.util.List;
import java.util.Optional;

/**
 * What commands in the thread did, beside the entries they set (which carry their own {@code steeredBy}).
 *
 * @param applied     commands that took effect, in thread order
 * @param refused     commands their authors may not give, or that settle nothing, in thread order
 * @param malformed   command lines that could not be read, in thread order
 * @param posterOrder the Poster order a chair fixed last, if any
 * @param agenda      date, time, room and track as chairs set them
 * @param help        someone asked for the list of commands
 */
public record Steering(List<GivenCommand> applied, List<GivenCommand> refused, List<GivenCommand> malformed,
                       Optional<Steered<List<String>>> posterOrder, AgendaOverrides agenda, boolean help) {
    public Steering {
        applied = List.copyOf(applied);
        refused = List.copyOf(refused);
        malformed = List.copyOf(malformed);
    }

    public static Steering none() {
        return new Steering(List.of(), List.of(), List.of(), Optional.empty(), AgendaOverrides.none(), false);
    }

    /** True when the thread held any command at all. */
    public boolean any() {
        return !applied.isEmpty() || !refused.isEmpty() || !malformed.isEmpty();
    }
}
