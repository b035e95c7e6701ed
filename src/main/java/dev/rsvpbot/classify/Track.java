package dev.rsvpbot.classify;

/** The club's alternating topic tracks (domain.md: from S3E7, CV and NLP by week). */
public enum Track {
    CV, NLP
}
