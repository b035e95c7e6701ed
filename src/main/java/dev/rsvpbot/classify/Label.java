package dev.rsvpbot.classify;

/** The labels a reply can get, exactly as {@code labels.md} names them. Declaration order is output order. */
public enum Label {
    ORAL, POSTER, ATTEND, CORRECTION, NEWCOMER, WITHDRAW, OTHER
}
