package dev.rsvpbot.ledger;

import java.util.Optional;

/**
 * A request to correct or add to the minutes.
 *
 * @param login   who asked
 * @param excerpt the start of what they wrote (quotes removed), for the chair to recognise it
 * @param source  the reply, linked from the summary
 * @param doneBy  the chair who marked it applied ({@code /rsvp done}), if one did
 */
public record Correction(String login, String excerpt, ReplyRef source, Optional<String> doneBy) {
    public Correction {
        doneBy = doneBy == null ? Optional.empty() : doneBy;
    }

    public Correction(String login, String excerpt, ReplyRef source) {
        this(login, excerpt, source, Optional.empty());
    }

    Correction doneBy(String chair) {
        return new Correction(login, excerpt, source, Optional.of(chair));
    }
}
