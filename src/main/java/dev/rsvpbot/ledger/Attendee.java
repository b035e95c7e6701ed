package dev.rsvpbot.ledger;

import java.util.Optional;

/**
 * A member who comes without a talk.
 *
 * @param login    the attendee
 * @param asked    the presenter they asked to attach to ({@code 挂靠 @alice}), as written, when they named one
 * @param with     the presenter they are attached to, once the limit and the presenter's sign-up allow it
 * @param source   the reply that holds their latest statement
 */
public record Attendee(String login, Optional<String> asked, Optional<String> with, ReplyRef source) {
}
