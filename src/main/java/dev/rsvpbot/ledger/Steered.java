package dev.rsvpbot.ledger;

/**
 * A value a chair set by command, and who set it.
 *
 * @param value  what was set
 * @param by     the command's author
 * @param source the reply holding the command
 */
public record Steered<T>(T value, String by, ReplyRef source) {
}
