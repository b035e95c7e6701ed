package dev.rsvpbot.pipeline;

/**
 * What the bot posts for one thread.
 *
 * @param body the full comment text, starting with the {@link dev.rsvpbot.render.SummaryMarker} line
 * @param data the structured result behind it
 */
public record Summary(String body, ThreadSummary data) {
}
