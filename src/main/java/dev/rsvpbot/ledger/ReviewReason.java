package dev.rsvpbot.ledger;

/** Why a reply needs the chair's eyes. The renderer words each one per language. */
public enum ReviewReason {
    /** The classifier's cues conflict or are weak; nothing was changed for this reply. Subject: the labels it leaned to. */
    UNSURE,
    /** Speaks of orals, posters or sign-ups but signs up for nothing: often a question. */
    RSVP_WORDS_WITHOUT_SIGN_UP,
    /** Withdraws and signs up in the same reply; nothing was changed. */
    WITHDRAWS_AND_SIGNS_UP,
    /** Offers both an Oral and a Poster; listed as a Poster (the club's default), the chair picks the Oral. */
    OFFERS_BOTH_KINDS,
    /** A companion names a presenter who has no talk signed up. Subject: that presenter. */
    COMPANION_WITHOUT_PRESENTER,
    /** The presenter already takes as many companions as allowed. Subject: the presenter. */
    COMPANION_OVER_LIMIT,
    /** The club's "everyone speaks" rule: attending needs a talk or a presenter to attach to. */
    ATTENDS_WITHOUT_TALK,
    /** Newcomers come through a member who refers them. */
    NEWCOMER_WITHOUT_REFERRER
}
