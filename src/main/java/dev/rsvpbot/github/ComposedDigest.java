package dev.rsvpbot.github;

/**
 * The digest as the edge needs it: what to print and what to post.
 *
 * @param week       the ISO week it is for ({@code 2019-W38}): one comment per week
 * @param body       the comment, starting with its digest marker
 * @param json       the same data as JSON
 * @param nothingNew no seminar issue changed in the window: nothing is posted
 */
public record ComposedDigest(String week, String body, String json, boolean nothingNew) {
}
