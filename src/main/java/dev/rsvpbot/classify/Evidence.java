package dev.rsvpbot.classify;

/**
 * Why a label was given: the rule or lexicon cue that fired, and the words it fired on.
 *
 * @param label   the label this evidence supports
 * @param cue     the name of the rule or lexicon entry, e.g. {@code lexicon:oral "oral"} or {@code numbered-answer 2}
 * @param excerpt the author's own words that matched (quotes and code already removed)
 */
public record Evidence(Label label, String cue, String excerpt) {
}
