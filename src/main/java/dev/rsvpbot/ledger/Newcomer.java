package dev.rsvpbot.ledger;

import java.util.Locale;
import java.util.Optional;

/**
 * A newcomer: someone who introduced themself, or a friend a member brings.
 *
 * @param login    their GitHub login, or empty when a member named a friend without one
 * @param name     their name, when a member named the friend by name; else empty (both are empty when a member
 *                 said only that they bring a friend)
 * @param referrer the member who refers them (login, no {@code @}); empty when nobody was named
 * @param bio      their one-line introduction; may be empty
 * @param source   the reply that introduced them
 * @param steeredBy who recorded them by a command ({@code /rsvp newcomer @x}), when a command did
 */
public record Newcomer(String login, String name, String referrer, String bio, ReplyRef source,
                       Optional<String> steeredBy) {
    public Newcomer {
        steeredBy = steeredBy == null ? Optional.empty() : steeredBy;
    }

    public Newcomer(String login, String name, String referrer, String bio, ReplyRef source) {
        this(login, name, referrer, bio, source, Optional.empty());
    }

    /** Login when known, else the name: how the summary names them. */
    public String display() {
        return login.isEmpty() ? name : login;
    }

    /** Who this is, to count each newcomer once: the login, else the name, else whose unnamed friend they are. */
    public String identity() {
        if (!login.isEmpty()) {
            return login.toLowerCase(Locale.ROOT);
        }
        return name.isEmpty() ? "friend-of:" + referrer.toLowerCase(Locale.ROOT) : "name:" + name;
    }
}
