package dev.rsvpbot.ledger;

import java.util.Optional;

/**
 * A member who comes without a talk.
 *
 * @param login    the attendee
 * @param asked    the presenter they asked to attach to ({@code 挂靠 @alice}), as written, when they named one
 * @param with     the presenter they are attached to, once the limit and the presenter's sign-up allow it
 * @param source   the reply that holds their latest statement
 * @param steeredBy who set this by a command ({@code /rsvp attend @x}), when a command did
 */
public record Attendee(String login, Optional<String> asked, Optional<String> with, ReplyRef source,
                       Optional<String> steeredBy) {
    public Attendee {
        steeredBy = steeredBy == null ? Optional.empty() : steeredBy;
    }

    public Attendee(String login, Optional<String> asked, Optional<String> with, ReplyRef source) {
        this(login, asked, with, source, Optional.empty());
    }
}
