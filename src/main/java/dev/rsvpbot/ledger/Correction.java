package dev.rsvpbot.ledger;

/**
 * A request to correct or add to the minutes.
 *
 * @param login   who asked
 * @param excerpt the start of what they wrote (quotes removed), for the chair to recognise it
 * @param source  the reply, linked from the summary
 */
public record Correction(String login, String excerpt, ReplyRef source) {
}
