package dev.rsvpbot.pipeline;

import dev.rsvpbot.agenda.Agenda;
import dev.rsvpbot.ledger.Ledger;

/**
 * The structured result of summarising one thread: what {@code preview --format json} prints.
 *
 * @param repo   {@code owner/name}
 * @param issue  the issue number
 * @param ledger who does what, after reading every reply
 * @param agenda the draft agenda of the next meeting
 */
public record ThreadSummary(String repo, int issue, Ledger ledger, Agenda agenda) {
}
