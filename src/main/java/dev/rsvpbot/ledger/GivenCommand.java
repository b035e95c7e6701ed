package dev.rsvpbot.ledger;

import dev.rsvpbot.command.Verdict;

/**
 * One command line as the summary lists it.
 *
 * @param by      who wrote it
 * @param text    the line as written
 * @param verdict applied, refused (and why) or malformed (and what was expected)
 * @param source  the reply holding it
 */
public record GivenCommand(String by, String text, Verdict verdict, ReplyRef source) {
}
