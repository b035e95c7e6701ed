package dev.rsvpbot.ledger;

/**
 * A newcomer: someone who introduced themself, or a friend a member brings.
 *
 * @param login    their GitHub login, or empty when a member named a friend without one
 * @param name     their name, when a member named the friend by name; else empty
 * @param referrer the member who refers them (login, no {@code @}); empty when nobody was named
 * @param bio      their one-line introduction; may be empty
 * @param source   the reply that introduced them
 */
public record Newcomer(String login, String name, String referrer, String bio, ReplyRef source) {
    /** Login when known, else the name: how the summary names them. */
    public String display() {
        return login.isEmpty() ? name : login;
    }
}
