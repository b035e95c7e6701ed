package dev.rsvpbot.digest;

import dev.rsvpbot.agenda.Agenda;
import dev.rsvpbot.ledger.Ledger;
import dev.rsvpbot.thread.SeasonIssue;

/**
 * One seminar issue after the summary pipeline: the digest's input.
 *
 * @param issue  the issue, its replies and what GitHub says about it
 * @param ledger who does what, after every reply
 * @param agenda the draft agenda of the seminar its replies plan
 */
public record SummarisedIssue(SeasonIssue issue, Ledger ledger, Agenda agenda) {
}
