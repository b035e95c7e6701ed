package dev.rsvpbot.ledger;

/** The two kinds of talk a member signs up for (domain.md): a full Oral or a short Poster. */
public enum TalkKind {
    ORAL, POSTER
}
